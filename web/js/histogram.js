// Results per month as bars, with the years below. Click a bar for that month,
// drag across bars (brush) for a range, click a year for the whole year. The
// From/To month fields beside it are the keyboard way to the same range.
import { append, clear, el } from './dom.js';

const MAX_MONTHS = 480;
const MIN_MONTHS = 12;
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function monthIndex(m) {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

function monthOf(index) {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function label(month) {
  return monthName.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}

export class Histogram {
  constructor(root, onRange) {
    this.onRange = onRange;
    this.bars = el('div', { class: 'bars', role: 'img' });
    this.years = el('div', { class: 'years' });
    this.caption = el('p', { class: 'histogram-caption' });
    append(root, this.bars, this.years, this.caption);
    this.root = root;
    this.first = 0;
    this.count = 0;
    this.range = null;
    this.drag = null;
    this.bars.addEventListener('pointerdown', (e) => this.down(e));
    this.bars.addEventListener('pointermove', (e) => this.move(e));
    this.bars.addEventListener('pointerup', (e) => this.up(e));
    this.bars.addEventListener('pointercancel', () => this.cancel());
  }

  // counts: [{value: "YYYY-MM", count}]; from/to: "YYYY-MM" or "".
  update(counts, from, to) {
    const byMonth = new Map(counts.filter((c) => /^\d{4}-\d{2}$/.test(c.value)).map((c) => [monthIndex(c.value), c.count]));
    this.root.hidden = byMonth.size === 0;
    clear(this.bars);
    clear(this.years);
    if (byMonth.size === 0) return;
    let lo = Math.min(...byMonth.keys());
    const hi = Math.max(...byMonth.keys());
    lo = Math.min(Math.max(lo, hi - MAX_MONTHS + 1), hi - MIN_MONTHS + 1);  // a lone month is not one wide block
    this.first = lo;
    this.count = hi - lo + 1;
    const max = Math.max(...[...byMonth.entries()].filter(([k]) => k >= lo).map(([, v]) => v), 1);
    this.range = from || to ? [from ? monthIndex(from) : -Infinity, to ? monthIndex(to) : Infinity] : null;
    this.bars.style.gridTemplateColumns = `repeat(${this.count}, minmax(0, 1fr))`;
    this.years.style.gridTemplateColumns = this.bars.style.gridTemplateColumns;
    let total = 0;
    for (let i = lo; i <= hi; i++) {
      const n = byMonth.get(i) || 0;
      total += n;
      const fill = el('span', { class: 'fill' });
      fill.style.height = n ? `${Math.max(6, (100 * n) / max)}%` : '0';
      this.bars.append(el('span', { class: this.barClass(i), 'data-month': monthOf(i), title: `${label(monthOf(i))}: ${n}` }, fill));
    }
    this.drawYears(lo, hi);
    this.bars.setAttribute('aria-label', `Results per month, ${label(monthOf(lo))} to ${label(monthOf(hi))}`);
    this.caption.textContent = `${label(monthOf(lo))} – ${label(monthOf(hi))} · ${total.toLocaleString('en')} dated`;
  }

  barClass(i, brush) {
    const inRange = brush ? i >= brush[0] && i <= brush[1] : this.range && i >= this.range[0] && i <= this.range[1];
    return `bar${inRange ? ' in' : (this.range || brush) ? ' out' : ''}`;
  }

  drawYears(lo, hi) {
    for (let i = lo; i <= hi;) {
      const year = Math.floor(i / 12);
      const end = Math.min(hi, year * 12 + 11);
      const span = end - i + 1;
      const text = String(year);
      const button = el('button', { type: 'button', class: 'year', title: `All of ${year}`, 'aria-label': `Only ${year}` },
                        span >= 3 ? text : '');
      button.style.gridColumn = `span ${span}`;
      button.addEventListener('click', () => this.onRange(`${text}-01`, `${text}-12`));
      this.years.append(button);
      i = end + 1;
    }
  }

  indexAt(clientX) {
    const rect = this.bars.getBoundingClientRect();
    const f = Math.min(Math.max((clientX - rect.left) / rect.width, 0), 0.99999);
    return this.first + Math.floor(f * this.count);
  }

  down(e) {
    if (e.button !== 0 || !this.count) return;
    this.bars.setPointerCapture(e.pointerId);
    const i = this.indexAt(e.clientX);
    this.drag = [i, i];
    this.paint();
    e.preventDefault();
  }

  move(e) {
    if (!this.drag) return;
    this.drag[1] = this.indexAt(e.clientX);
    this.paint();
  }

  up(e) {
    if (!this.drag) return;
    this.drag[1] = this.indexAt(e.clientX);
    const [a, b] = [Math.min(...this.drag), Math.max(...this.drag)];
    this.drag = null;
    this.onRange(monthOf(a), monthOf(b));
  }

  cancel() {
    this.drag = null;
    this.paint();
  }

  paint() {
    const brush = this.drag && [Math.min(...this.drag), Math.max(...this.drag)];
    [...this.bars.children].forEach((bar, k) => {
      bar.className = this.barClass(this.first + k, brush);
    });
  }
}
