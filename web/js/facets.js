// The facet lists (location, country, topic, attendance) with their counts,
// a filter box for long lists, and the active-filter chips. Counts come from
// the API, which counts a facet that has a selection as if that selection were
// removed (disjunctive), so ticking a second value shows its true count.
import { append, clear, el } from './dom.js';

const SECTIONS = [
  { facet: 'location', api: 'location', title: 'Location' },
  { facet: 'country', api: 'country', title: 'Country' },
  { facet: 'topic', api: 'topic', title: 'Topic' },
  { facet: 'attendance', api: 'online', title: 'Online / in person' },
];
const ATTENDANCE = { online: 'Online', 'in-person': 'In person', hybrid: 'Hybrid' };
const COLLAPSED = 8;
const MAX_SHOWN = 200;

export function valueLabel(facet, value) {
  return facet === 'attendance' ? ATTENDANCE[value] || value : value;
}

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

class FacetSection {
  constructor(spec, onToggle) {
    this.spec = spec;
    this.onToggle = onToggle;
    this.expanded = false;
    const id = `facet-${spec.facet}`;
    this.filter = el('input', { type: 'search', class: 'facet-filter', placeholder: `Filter ${spec.title.toLowerCase()}`,
                               'aria-label': `Filter the ${spec.title.toLowerCase()} list`, hidden: true });
    this.list = el('ul', { class: 'facet-values', 'aria-labelledby': `${id}-heading` });
    this.more = el('button', { type: 'button', class: 'link more', hidden: true, 'aria-controls': `${id}-list` });
    this.list.id = `${id}-list`;
    this.note = el('p', { class: 'facet-note', hidden: true });
    this.root = el('section', { class: 'facet', id, 'aria-labelledby': `${id}-heading` },
                   el('h3', { id: `${id}-heading` }, spec.title), this.filter, this.list, this.note, this.more);
    this.filter.addEventListener('input', () => this.draw());
    this.more.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.draw();
    });
    this.values = [];
    this.selected = [];
  }

  update(values, selected) {
    const known = new Set(values.map((v) => v.value));
    this.values = [...values, ...selected.filter((s) => !known.has(s)).map((value) => ({ value, count: 0 }))];
    this.selected = selected;
    this.root.hidden = this.values.length === 0;
    this.filter.hidden = this.values.length <= COLLAPSED;
    this.draw();
  }

  visibleValues() {
    const needle = fold(this.filter.value.trim());
    if (needle) return this.values.filter((v) => fold(valueLabel(this.spec.facet, v.value)).includes(needle));
    if (this.expanded) return this.values;
    const top = this.values.slice(0, COLLAPSED);
    const rest = this.values.slice(COLLAPSED).filter((v) => this.selected.includes(v.value));
    return [...top, ...rest];
  }

  draw() {
    const active = document.activeElement?.dataset?.focusKey;
    clear(this.list);
    const shown = this.visibleValues();
    for (const v of shown.slice(0, MAX_SHOWN)) this.list.append(this.item(v));
    const filtering = Boolean(this.filter.value.trim());
    this.note.hidden = !(filtering ? shown.length === 0 || shown.length > MAX_SHOWN : shown.length > MAX_SHOWN);
    this.note.textContent = shown.length === 0 ? 'No value matches.' : `First ${MAX_SHOWN} of ${shown.length}; type to narrow.`;
    this.more.hidden = filtering || this.values.length <= COLLAPSED;
    this.more.setAttribute('aria-expanded', String(this.expanded));
    this.more.textContent = this.expanded ? 'Show fewer' : `Show all ${this.values.length}`;
    if (active) this.list.querySelector(`[data-focus-key="${CSS.escape(active)}"]`)?.focus();
  }

  item(v) {
    const checked = this.selected.includes(v.value);
    const box = el('input', { type: 'checkbox', 'data-focus-key': `${this.spec.facet}:${v.value}`,
                              'data-facet': this.spec.facet, 'data-value': v.value, checked });
    box.addEventListener('change', () => this.onToggle(this.spec.facet, v.value, box.checked));
    return el('li', {}, el('label', {}, box, el('span', { class: 'value' }, valueLabel(this.spec.facet, v.value)),
                           el('span', { class: 'count' }, v.count.toLocaleString('en'))));
  }
}

export class FacetPanel {
  constructor(root, onToggle) {
    this.sections = SECTIONS.map((spec) => new FacetSection(spec, onToggle));
    append(root, this.sections.map((s) => s.root));
  }

  update(facets, state) {
    for (const s of this.sections) s.update(facets?.[s.spec.api] || [], state[s.spec.facet]);
  }
}

// The active filters as chips; each removes its filter.
export function renderChips(list, state, onRemove) {
  clear(list);
  const chips = [];
  const names = { location: 'Location', country: 'Country', topic: 'Topic', attendance: 'Attendance' };
  for (const facet of Object.keys(names)) {
    for (const value of state[facet]) chips.push({ text: `${names[facet]}: ${valueLabel(facet, value)}`, facet, value });
  }
  if (state.from || state.to) chips.push({ text: `Date: ${state.from || '…'} – ${state.to || '…'}`, facet: 'dates' });
  if (state.upcoming) chips.push({ text: 'Upcoming only', facet: 'upcoming' });
  for (const c of chips) {
    const button = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${c.text}`,
                                  'data-focus-key': `chip:${c.facet}:${c.value ?? ''}` },
                      el('span', {}, c.text), el('span', { class: 'x', 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => onRemove(c.facet, c.value));
    list.append(el('li', {}, button));
  }
  if (chips.length > 1) {
    const all = el('button', { type: 'button', class: 'link' }, 'Clear all');
    all.addEventListener('click', () => onRemove('all'));
    list.append(el('li', {}, all));
  }
  list.hidden = chips.length === 0;
}
