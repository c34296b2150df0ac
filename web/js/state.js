// The page's whole state and its one text form, the URL's query string.
// The page's parameters are named as the API's (docs/http_api.md), so a page URL
// reads like the search it shows; only `page` is the page's own.

export const LIST_FACETS = ['location', 'country', 'topic', 'attendance'];
export const PAGE_SIZE = 10;
export const MAX_OFFSET = 10000;
export const SORTS = ['relevance', 'date', '-date'];

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function emptyState() {
  return { q: '', location: [], country: [], topic: [], attendance: [], from: '', to: '',
           upcoming: false, sort: '', page: 1 };
}

function flag(text) {
  return text !== null && ['', '1', 'true', 'yes'].includes(text.toLowerCase());
}

// Anything the page did not write is dropped, so a hand-edited URL cannot
// put the page into a state its controls cannot show.
export function stateFromParams(params) {
  const s = emptyState();
  s.q = params.getAll('q').join(' ');
  for (const f of LIST_FACETS) {
    s[f] = [...new Set(params.getAll(f).map((v) => v.trim()).filter(Boolean))];
  }
  const from = params.get('from') || '', to = params.get('to') || '';
  s.from = DATE_RE.test(from) ? from : '';
  s.to = DATE_RE.test(to) ? to : '';
  s.upcoming = flag(params.get('upcoming'));
  const sort = params.get('sort') || '';
  s.sort = SORTS.includes(sort) ? sort : '';
  const page = Number.parseInt(params.get('page') || '1', 10);
  const lastPage = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;
  s.page = Number.isFinite(page) && page >= 1 ? Math.min(page, lastPage) : 1;
  return s;
}

// The filters and words, in a fixed order: the shared part of page, API and
// calendar URLs.
function appendSearch(p, s) {
  if (s.q.trim()) p.append('q', s.q.trim());
  for (const f of LIST_FACETS) for (const v of s[f]) p.append(f, v);
  if (s.from) p.append('from', s.from);
  if (s.to) p.append('to', s.to);
  if (s.upcoming) p.append('upcoming', '1');
  return p;
}

export function stateToParams(s) {
  const p = appendSearch(new URLSearchParams(), s);
  if (s.sort) p.append('sort', s.sort);
  if (s.page > 1) p.append('page', String(s.page));
  return p;
}

export function pageUrl(s) {
  const text = stateToParams(s).toString();
  return text ? `?${text}` : location.pathname;
}

// /api/search parameters. `partial` while typing: the last word is a prefix.
// facet_limit=0: every value, for the filter boxes and the month histogram.
export function searchParams(s, { partial = false, dates = true } = {}) {
  const p = appendSearch(new URLSearchParams(), dates ? s : { ...s, from: '', to: '' });
  if (s.sort) p.append('sort', s.sort);
  p.append('limit', String(PAGE_SIZE));
  p.append('offset', String((s.page - 1) * PAGE_SIZE));
  p.append('facet_limit', '0');
  if (partial) p.append('partial', '1');
  return p;
}

export function calendarParams(s) {
  const p = appendSearch(new URLSearchParams(), s);
  if (s.sort) p.append('sort', s.sort);
  return p;
}

export function sameState(a, b) {
  return stateToParams(a).toString() === stateToParams(b).toString();
}

export function hasFilters(s) {
  return LIST_FACETS.some((f) => s[f].length > 0) || Boolean(s.from || s.to) || s.upcoming;
}

export function clearFilters(s) {
  return { ...emptyState(), q: s.q, sort: s.sort };
}

// A month "YYYY-MM" bound for the histogram from a from/to value of any precision.
export function monthBound(date, end) {
  if (!date) return '';
  if (date.length === 4) return `${date}-${end ? '12' : '01'}`;
  return date.slice(0, 7);
}
