// The result list, the count line, "did you mean", the empty and error states
// and the pager. Index data goes in through dom.js only.
import { append, appendHighlighted, clear, el, safeHref } from './dom.js';
import { MAX_OFFSET, PAGE_SIZE } from './state.js';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utcDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

// "7 May 2025", "25–27 Sept 2024": a <time> with the ISO start.
export function dateElement(start, end) {
  const a = utcDate(start);
  if (!a) return null;
  const b = utcDate(end);
  const text = b && b > a ? dayFormat.formatRange(a, b) : dayFormat.format(a);
  return el('time', { datetime: start }, text);
}

function placeText(location) {
  if (!location) return null;
  const label = location.label || [location.city, location.country].filter(Boolean).join(', ');
  if (!label) return location.online ? 'Online' : null;
  return location.online ? `${label} · also online` : label;
}

function hitElement(hit, index, onTopic) {
  const href = safeHref(hit.url);
  const title = appendHighlighted(el(href ? 'a' : 'span', { href, class: 'hit-link', 'data-hit': index }),
                                  hit.title_html || hit.title || hit.id);
  const meta = el('p', { class: 'hit-meta' });
  const date = dateElement(hit.date, hit.end_date);
  const place = placeText(hit.location);
  if (date) append(meta, el('span', { class: 'hit-date' }, date));
  if (place) append(meta, el('span', { class: 'hit-place' }, place));
  const item = el('li', { class: 'hit' }, el('h3', { class: 'hit-title' }, title), meta);
  if (hit.speakers?.length) append(item, el('p', { class: 'hit-speakers' }, 'Speakers: ', hit.speakers.join(', ')));
  if (hit.snippet) append(item, appendHighlighted(el('p', { class: 'hit-snippet' }), hit.snippet));
  if (hit.topics?.length) {
    const chips = el('ul', { class: 'topics', 'aria-label': 'Topics' });
    for (const t of hit.topics) {
      const chip = el('button', { type: 'button', class: 'topic', title: `Filter by topic ${t}` }, t);
      chip.addEventListener('click', () => onTopic(t));
      chips.append(el('li', {}, chip));
    }
    append(item, chips);
  }
  return item;
}

export function renderHits(list, response, onTopic) {
  clear(list);
  response.hits.forEach((hit, i) => list.append(hitElement(hit, i, onTopic)));
}

export function summaryText(response, state) {
  const n = response.total;
  const count = `${n.toLocaleString('en')}${response.total_exact === false ? '+' : ''} result${n === 1 ? '' : 's'}`;
  if (n === 0) return 'No results';
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = first + response.hits.length - 1;
  const range = n > PAGE_SIZE ? `, ${first}–${last}` : '';
  return `${count}${range}`;
}

export function renderSummary(node, response, state, clientMs) {
  const server = typeof response.took_ms === 'number' ? `${response.took_ms.toFixed(1)} ms` : '';
  clear(node);
  const shown = clientMs !== null ? `, on screen in ${Math.round(clientMs)} ms` : '';
  append(node, el('strong', {}, summaryText(response, state)),
         el('span', { class: 'took' }, ` · found in ${server}${shown}`));
}

export function renderDidYouMean(node, response, onPick) {
  clear(node);
  const corrected = response.corrected_query;
  node.hidden = !corrected || corrected === response.query;
  if (node.hidden) return;
  const button = el('button', { type: 'button', class: 'link' }, corrected);
  button.addEventListener('click', () => onPick(corrected));
  if (response.correction_applied) {
    append(node, `Nothing matched “${response.query}”; showing results for `, button, '.');
  } else {
    append(node, 'Did you mean ', button, '?');
  }
}

export function renderEmpty(node, state, onClear) {
  clear(node);
  node.hidden = false;
  node.className = 'message empty';
  append(node, el('h2', {}, state.q ? `Nothing matches “${state.q}”` : 'Nothing matches these filters'));
  const tips = el('ul', {}, el('li', {}, 'Check the spelling, or use fewer or more general words.'));
  if (onClear) {
    const button = el('button', { type: 'button' }, 'Remove all filters');
    button.addEventListener('click', onClear);
    tips.append(el('li', {}, 'Filters narrow the search: ', button));
  }
  node.append(tips);
}

export function renderError(node, message, onRetry) {
  clear(node);
  node.hidden = false;
  node.className = 'message error';
  const retry = el('button', { type: 'button' }, 'Try again');
  retry.addEventListener('click', onRetry);
  append(node, el('h2', {}, 'The search failed'), el('p', {}, message), retry);
}

export function hideMessage(node) {
  clear(node);
  node.hidden = true;
}

function pageButton(label, page, current, onPage, extra = {}) {
  const b = el('button', { type: 'button', ...extra }, label);
  if (page === current) b.setAttribute('aria-current', 'page');
  b.addEventListener('click', () => onPage(page));
  return b;
}

// Previous, a window of page numbers, Next. The API stops at offset 10,000.
export function renderPager(nav, response, state, onPage) {
  clear(nav);
  const pages = Math.min(Math.ceil(response.total / PAGE_SIZE), Math.floor(MAX_OFFSET / PAGE_SIZE) + 1);
  if (pages <= 1) return;
  const cur = state.page;
  const list = el('ul');
  const add = (node) => list.append(el('li', {}, node));
  if (cur > 1) add(pageButton('‹ Previous', cur - 1, 0, onPage, { 'data-pager': 'prev' }));
  const from = Math.max(1, Math.min(cur - 2, pages - 4)), to = Math.min(pages, from + 4);
  for (let p = from; p <= to; p++) add(pageButton(String(p), p, cur, onPage, { 'aria-label': `Page ${p}` }));
  if (cur < pages) add(pageButton('Next ›', cur + 1, 0, onPage, { 'data-pager': 'next' }));
  nav.append(list, el('p', { class: 'pages' }, `Page ${cur} of ${pages.toLocaleString('en')}`));
}
