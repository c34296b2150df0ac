// Keyboard paths: "/" focuses the search box from anywhere but a text field;
// Down from the box goes to the suggestions, or to the first result when there
// are none; Up/Down move between results (Home/End to the ends), Up from the
// first goes back to the box; Enter opens a result (it is a link).

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];

// A field where "/" is a character, not the shortcut (a checkbox is not one).
function typingIn(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.tagName === 'INPUT') return !NOT_TEXT.includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function wireKeyboard({ input, results, suggest }) {
  const links = () => [...results.querySelectorAll('a.hit-link')];

  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });

  input.addEventListener('keydown', (e) => {
    if (suggest.key(e)) return;
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if (e.key === 'Escape' && input.value) {
      e.preventDefault();
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
  });

  results.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    let next = null;
    if (e.key === 'ArrowDown') next = all[Math.min(at + 1, all.length - 1)];
    else if (e.key === 'ArrowUp') next = at === 0 ? input : all[at - 1];
    else if (e.key === 'Home') next = all[0];
    else if (e.key === 'End') next = all[all.length - 1];
    if (!next) return;
    e.preventDefault();
    next.focus();
  });
}
