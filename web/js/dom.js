// The only ways this page puts index data into the DOM. Everything from the
// index becomes text nodes; the one exception is the server's <mark>, which
// becomes a <mark> element built here (never innerHTML), so a hostile title or
// body can never add an element, an attribute or a script.

// el('a', {href: u, class: 'x'}, 'text', child): attributes are set one by one;
// handlers and inline styles are refused (the CSP forbids them anyway).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === 'style') throw new Error(`el: refusing attribute ${name}`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent, ...children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// The server's snippet or title_html: escaped text with <mark>…</mark> around
// matches. Split on the two literal tags; every piece is decoded to text.
export function appendHighlighted(parent, html) {
  let target = parent;
  for (const piece of String(html ?? '').split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') {
      if (target === parent) target = parent.appendChild(document.createElement('mark'));
    } else if (piece === '</mark>') {
      target = parent;
    } else if (piece) {
      target.append(document.createTextNode(decodeEntities(piece)));
    }
  }
  return parent;
}

// Links only to http(s) or this site; "javascript:" and friends get no link.
export function safeHref(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url, location.origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
