// The search page: state in the URL, one search request per state, and the
// controls drawn from the state and the last answer. See docs/web.md.
import { isAbort, Latest } from './api.js';
import { FacetPanel, renderChips } from './facets.js';
import { Histogram } from './histogram.js';
import { hideMessage, renderDidYouMean, renderEmpty, renderError, renderHits, renderPager, renderSummary } from './results.js';
import {
  calendarParams, clearFilters, hasFilters, LIST_FACETS, monthBound, pageUrl, searchParams, stateFromParams,
} from './state.js';
import { Suggest } from './suggest.js';
import { wireKeyboard } from './keyboard.js';

const DEBOUNCE_MS = 15;  // small: Latest already keeps to one search in flight
const $ = (id) => document.getElementById(id);

class App {
  constructor() {
    this.state = stateFromParams(new URLSearchParams(location.search));
    this.searches = new Latest();
    this.monthSearches = new Latest();
    this.suggestions = new Latest();
    this.timer = 0;
    this.typingPushed = false;  // the first debounced search of a typing burst adds a history entry
    this.inputAt = null;
    this.facets = new FacetPanel($('facet-sections'), (facet, value, on) => this.toggle(facet, value, on));
    this.histogram = new Histogram($('histogram'), (from, to) => this.change({ from, to }));
    this.suggest = new Suggest($('q'), $('suggestions'), (s) => this.pick(s));
    this.wire();
    wireKeyboard({ input: $('q'), results: $('results'), suggest: this.suggest });
    this.showControls();
    this.run();
  }

  wire() {
    const q = $('q');
    q.addEventListener('input', () => this.typed());
    q.addEventListener('blur', () => setTimeout(() => this.suggest.hide(), 100));
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.suggest.hide();
      this.commit({ ...this.state, q: q.value, page: 1 }, this.typingPushed ? 'replace' : 'push');
    });
    $('sort').addEventListener('change', (e) => this.change({ sort: e.target.value }));
    $('upcoming').addEventListener('change', (e) => this.change({ upcoming: e.target.checked }));
    for (const id of ['from', 'to']) {
      $(id).addEventListener('change', (e) => {
        if (e.target.value === '' || /^\d{4}-\d{2}$/.test(e.target.value)) this.change({ [id]: e.target.value });
      });
    }
    $('range-clear').addEventListener('click', () => this.change({ from: '', to: '' }));
    $('filters-toggle').addEventListener('click', (e) => {
      const open = e.currentTarget.getAttribute('aria-expanded') !== 'true';
      e.currentTarget.setAttribute('aria-expanded', String(open));
      $('filters').classList.toggle('open', open);
    });
    window.addEventListener('popstate', () => {
      this.state = stateFromParams(new URLSearchParams(location.search));
      this.typingPushed = false;
      this.showControls();
      this.run();
    });
  }

  typed() {
    this.inputAt = performance.now();
    clearTimeout(this.timer);
    // One Latin letter or digit would match nearly everything as a prefix and
    // is the slowest search there is: wait for the next key (Enter still searches).
    if (/^\s*[a-z0-9]$/i.test($('q').value)) return;
    this.timer = setTimeout(() => {
      const mode = this.typingPushed ? 'replace' : 'push';
      this.typingPushed = true;
      this.commit({ ...this.state, q: $('q').value, page: 1 }, mode, { fromTyping: true });
      this.loadSuggestions($('q').value);
    }, DEBOUNCE_MS);
  }

  // A new state from a control: a new history entry, back to page 1.
  change(patch) {
    this.commit({ ...this.state, page: 1, ...patch }, 'push');
  }

  toggle(facet, value, on) {
    const values = this.state[facet].filter((v) => v !== value);
    if (on) values.push(value);
    this.change({ [facet]: values });
  }

  removeFilter(facet, value) {
    if (facet === 'all') this.commit({ ...clearFilters(this.state), page: 1 }, 'push');
    else if (facet === 'dates') this.change({ from: '', to: '' });
    else if (facet === 'upcoming') this.change({ upcoming: false });
    else this.toggle(facet, value, false);
  }

  pick(s) {
    if (s.kind === 'place') this.commit({ ...this.state, q: '', page: 1, location: [...new Set([...this.state.location, s.text])] }, 'push');
    else if (s.kind === 'topic') this.commit({ ...this.state, q: '', page: 1, topic: [...new Set([...this.state.topic, s.text])] }, 'push');
    else this.commit({ ...this.state, q: s.text, page: 1 }, 'push');
    $('q').focus();
  }

  commit(state, mode, { fromTyping = false } = {}) {
    if (!fromTyping) {
      clearTimeout(this.timer);
      this.typingPushed = false;
    }
    const url = pageUrl(state);
    const current = location.search || location.pathname;
    if (mode === 'push' && url !== current) history.pushState(null, '', url);
    else if (url !== current) history.replaceState(null, '', url);
    this.state = state;
    if (!fromTyping) this.inputAt = null;
    this.showControls({ keepInput: fromTyping });
    this.run();
  }

  // The controls that hold state, set from the state (after load, back, forward).
  showControls({ keepInput = false } = {}) {
    const s = this.state;
    if (!keepInput) $('q').value = s.q;
    $('sort').value = s.sort || (s.q.trim() ? 'relevance' : '-date');
    $('upcoming').checked = s.upcoming;
    $('from').value = monthBound(s.from, false);
    $('to').value = monthBound(s.to, true);
    $('range-clear').hidden = !(s.from || s.to);
    const active = LIST_FACETS.reduce((n, f) => n + s[f].length, 0) +
      (s.from || s.to ? 1 : 0) + (s.upcoming ? 1 : 0);
    $('filters-toggle').textContent = active ? `Filters (${active})` : 'Filters';
    const hadFocus = document.activeElement?.dataset?.focusKey;
    renderChips($('chips'), s, (facet, value) => this.removeFilter(facet, value));
    if (hadFocus?.startsWith('chip:') && !document.activeElement?.isConnected) {
      ($('chips').querySelector('button') || $('q')).focus();
    }
    const ics = `/api/events.ics?${calendarParams(s)}`;
    $('ics-download').href = ics;
    $('ics-subscribe').href = `webcal://${location.host}${ics}`;
    $('ics-url').value = `${location.origin}${ics}`;
    document.title = s.q.trim() ? `${s.q.trim()} – Lanyard search` : 'Lanyard search';
  }

  async run() {
    const state = this.state;
    const partial = /\S$/.test(state.q);
    const started = this.inputAt ?? performance.now();
    document.body.classList.add('loading');
    try {
      let response = await this.searches.run('/api/search', searchParams(state, { partial }));
      // Partial mode does no spelling correction: when the half-typed words
      // find nothing, ask again for whole words, which may bring "did you mean".
      if (partial && response.total === 0) response = await this.searches.run('/api/search', searchParams(state));
      this.show(response, state, performance.now() - started);
      if (state.from || state.to) this.loadMonths(state);
    } catch (e) {
      if (isAbort(e)) return;
      this.fail(e.message);
    }
    document.body.classList.remove('loading');
  }

  show(response, state, ms) {
    const message = $('message');
    hideMessage(message);
    const focusedPager = document.activeElement?.closest?.('#pager');
    renderHits($('results'), response, (topic) => this.toggle('topic', topic, true));
    renderSummary($('summary'), response, state, ms);
    renderDidYouMean($('did-you-mean'), response, (q) => this.commit({ ...this.state, q, page: 1 }, 'push'));
    renderPager($('pager'), response, state, (page) => this.commit({ ...this.state, page }, 'push'));
    if (focusedPager) $('results').focus();
    if (response.total === 0) renderEmpty(message, state, hasFilters(state) ? () => this.removeFilter('all') : null);
    this.facets.update(response.facets, state);
    if (!state.from && !state.to) this.histogram.update(response.facets?.month || [], '', '');
    $('results').dataset.query = state.q;
    performance.mark('lanyard:results', { detail: { q: state.q, page: state.page, took_ms: response.took_ms, total: response.total } });
    this.announce(response, state);
  }

  async loadMonths(state) {
    try {
      const p = searchParams(state, { dates: false });
      p.set('limit', '1');
      p.set('offset', '0');
      p.append('snippets', '0');
      const response = await this.monthSearches.run('/api/search', p);
      if (state === this.state) this.histogram.update(response.facets?.month || [], monthBound(state.from, false), monthBound(state.to, true));
    } catch (e) {
      if (!isAbort(e)) this.histogram.update([], '', '');
    }
  }

  async loadSuggestions(text) {
    if (!text.trim() || document.activeElement !== $('q')) {
      this.suggest.hide();
      return;
    }
    try {
      const body = await this.suggestions.run('/api/suggest', new URLSearchParams({ q: text, limit: '6' }));
      if (document.activeElement === $('q') && $('q').value === text) this.suggest.show(body.suggestions || []);
    } catch (e) {
      if (!isAbort(e)) this.suggest.hide();
    }
  }

  fail(message) {
    $('results').replaceChildren();
    $('pager').replaceChildren();
    $('summary').textContent = 'No results: the search failed';
    renderError($('message'), message, () => this.run());
    $('status').textContent = `The search failed: ${message}`;
  }

  announce(response, state) {
    const n = response.total;
    const words = state.q.trim() ? ` for ${state.q.trim()}` : '';
    const text = `${n.toLocaleString('en')} result${n === 1 ? '' : 's'}${words}${state.page > 1 ? `, page ${state.page}` : ''}`;
    if ($('status').textContent !== text) $('status').textContent = text;
  }
}

new App();
