// Completions under the search box (ARIA combobox with a listbox): arrows move
// through them, Enter or a click takes one, Escape closes the list.
import { clear, el } from './dom.js';

const KINDS = { title: 'word', speaker: 'speaker', place: 'place', topic: 'topic' };

export class Suggest {
  constructor(input, listbox, onPick) {
    this.input = input;
    this.listbox = listbox;
    this.onPick = onPick;
    this.items = [];
    this.active = -1;
    // pointerdown, not click: a click would blur the input and close the list first.
    listbox.addEventListener('pointerdown', (e) => {
      const option = e.target.closest('[role="option"]');
      if (!option) return;
      e.preventDefault();
      this.pick(Number(option.dataset.index));
    });
  }

  get open() {
    return !this.listbox.hidden;
  }

  show(items) {
    this.items = items;
    this.active = -1;
    clear(this.listbox);
    items.forEach((s, i) => {
      const option = el('li', { role: 'option', id: `suggestion-${i}`, 'data-index': i, 'aria-selected': 'false' },
                        el('span', { class: 'text' }, s.text), el('span', { class: 'kind' }, KINDS[s.kind] || s.kind));
      this.listbox.append(option);
    });
    this.listbox.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.input.removeAttribute('aria-activedescendant');
  }

  hide() {
    this.show([]);
  }

  moveTo(index) {
    const options = this.listbox.children;
    if (this.active >= 0) options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    if (index < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    options[index].setAttribute('aria-selected', 'true');
    options[index].scrollIntoView({ block: 'nearest' });
    this.input.setAttribute('aria-activedescendant', options[index].id);
  }

  // Returns true when the key was for the list.
  key(e) {
    if (!this.open) return false;
    const n = this.items.length;
    if (e.key === 'ArrowDown') this.moveTo(this.active + 1 < n ? this.active + 1 : -1);
    else if (e.key === 'ArrowUp') this.moveTo(this.active < 0 ? n - 1 : this.active - 1);
    else if (e.key === 'Escape') this.hide();
    else if (e.key === 'Enter' && this.active >= 0) this.pick(this.active);
    else return false;
    e.preventDefault();
    return true;
  }

  pick(index) {
    const s = this.items[index];
    this.hide();
    if (s) this.onPick(s);
  }
}
