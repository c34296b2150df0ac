// The search page in headless Chromium against `lanyard serve` on corpus/
// (tests/web/run.sh starts the server and sets LANYARD_URL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNothingRan, BASE, closePage, facetCounts, gotoPage, launch, openPage, screenshot, settled, titles, total,
  typeQuery,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function withPage(options, fn) {
  const page = await openPage(browser, options);
  try {
    await fn(page);
  } finally {
    await closePage(page);
  }
}

describe('search page', () => {
  test('typing shows results, with completions from /api/suggest', () => withPage({}, async (page) => {
    await gotoPage(page);
    const all = await total(page);
    assert.ok(all > 50, `browsing lists the corpus (${all})`);
    await page.locator('#q').click();
    await page.keyboard.type('tens', { delay: 60 });
    await page.waitForFunction(() => document.querySelector('#results').dataset.query === 'tens');
    await settled(page);
    const partial = await titles(page);
    assert.ok(partial.some((t) => /Tensor/.test(t)), `the half-typed word finds Tensor...: ${partial}`);
    await page.locator('#suggestions [role="option"]').first().waitFor();
    const options = await page.locator('#suggestions [role="option"] .text').allTextContents();
    assert.ok(options.some((o) => /^tens/i.test(o)), `completions start with the typed text: ${options}`);
    assert.equal(await page.locator('#q').getAttribute('aria-expanded'), 'true');
    const marks = await page.locator('#results mark').count();
    assert.ok(marks > 0, 'matches are highlighted');
    assert.ok(await total(page) < all, 'the words narrow the list');
    assert.match(await page.locator('#status').textContent(), /results? for tens/);
    await assertNothingRan(page, assert);
  }));

  test('two locations are ORed and the other counts stay', () => withPage({}, async (page) => {
    await gotoPage(page);
    const before = await facetCounts(page, 'location');
    const [a, b] = Object.keys(before).slice(0, 2);
    assert.ok(a && b, 'the corpus has two locations');
    await page.locator(`#facet-location input[data-value="${a}"]`).check();
    await settled(page);
    assert.equal(await total(page), before[a], `${a} alone`);
    await page.locator(`#facet-location input[data-value="${b}"]`).check();
    await settled(page);
    assert.equal(await total(page), before[a] + before[b], `${a} OR ${b}`);
    assert.deepEqual(await facetCounts(page, 'location'), before, 'location counts are disjunctive: unchanged');
    const url = new URL(page.url());
    assert.deepEqual(url.searchParams.getAll('location'), [a, b]);
    assert.equal(await page.locator('#chips .chip').count(), 2, 'one chip per active filter');
    const countries = await facetCounts(page, 'country');
    const sum = Object.values(countries).reduce((x, y) => x + y, 0);
    assert.ok(sum <= before[a] + before[b], 'other facets count within the selection');
    await page.locator('#chips .chip').first().click();
    await settled(page);
    assert.equal(await total(page), before[b], 'removing a chip removes its filter');
  }));

  test('the month histogram narrows results by click and by brush', () => withPage({}, async (page) => {
    await gotoPage(page);
    const all = await total(page);
    const bars = page.locator('#histogram .bar');
    const n = await bars.count();
    assert.ok(n > 12, `a bar per month (${n})`);
    // Brush: drag across the last quarter of the bars.
    const box = await page.locator('#histogram .bars').boundingBox();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await settled(page);
    const url = new URL(page.url());
    const from = url.searchParams.get('from'), to = url.searchParams.get('to');
    assert.match(from, /^\d{4}-\d{2}$/);
    assert.ok(from <= to);
    const brushed = await total(page);
    assert.ok(brushed < all, `the range narrows (${brushed} of ${all})`);
    const dates = await page.locator('#results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    for (const d of dates) assert.ok(d.slice(0, 7) <= to, `${d} starts by ${to}`);
    assert.equal(await bars.count(), n, 'the histogram keeps every month while a range is set');
    assert.ok(await page.locator('#histogram .bar.in').count() > 0, 'the range is marked');
    // Click: one year.
    await page.locator('#histogram .year').first().click();
    await settled(page);
    const year = new URL(page.url()).searchParams.get('from').slice(0, 4);
    assert.equal(new URL(page.url()).searchParams.get('to'), `${year}-12`);
    assert.equal(await page.locator('#from').inputValue(), `${year}-01`);
    await page.locator('#range-clear').click();
    await settled(page);
    assert.equal(await total(page), all, 'Any date clears the range');
  }));

  test('the URL restores the state after reload, back and forward', () => withPage({}, async (page) => {
    await gotoPage(page);
    await typeQuery(page, 'community');
    const topic = Object.keys(await facetCounts(page, 'topic'))[0];
    await page.locator(`#facet-topic input[data-value="${topic}"]`).check();
    await settled(page);
    await page.locator('#sort').selectOption('date');
    await settled(page);
    const first = { url: page.url(), titles: await titles(page), total: await total(page) };
    await page.locator('#upcoming').check();
    await settled(page);
    const second = { url: page.url(), titles: await titles(page) };
    assert.notEqual(second.url, first.url);
    await page.reload();
    await settled(page);
    assert.equal(page.url(), second.url);
    assert.deepEqual(await titles(page), second.titles, 'reload: same results');
    assert.equal(await page.locator('#upcoming').isChecked(), true);
    await page.goBack();
    await settled(page);
    assert.equal(page.url(), first.url);
    assert.deepEqual(await titles(page), first.titles, 'back: the earlier results');
    assert.equal(await total(page), first.total);
    assert.equal(await page.locator('#q').inputValue(), 'community');
    assert.equal(await page.locator('#sort').inputValue(), 'date');
    assert.equal(await page.locator(`#facet-topic input[data-value="${topic}"]`).isChecked(), true);
    assert.equal(await page.locator('#upcoming').isChecked(), false);
    await page.goForward();
    await settled(page);
    assert.deepEqual(await titles(page), second.titles, 'forward');
    // Paging: page 2 is in the URL and comes back.
    await gotoPage(page, '?sort=-date');
    const page1 = await titles(page);
    await page.locator('#pager [data-pager="next"]').click();
    await settled(page);
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    const page2 = await titles(page);
    assert.notDeepEqual(page2, page1);
    await page.reload();
    await settled(page);
    assert.deepEqual(await titles(page), page2);
    await page.goBack();
    await settled(page);
    assert.deepEqual(await titles(page), page1);
  }));

  test('keyboard only: / focuses, arrows move, Enter opens; checkboxes and suggestions by keys', () => withPage({}, async (page) => {
    await gotoPage(page);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    await page.keyboard.type('tensor', { delay: 60 });
    await page.waitForFunction(() => document.querySelector('#results').dataset.query === 'tensor');
    await settled(page);
    await page.keyboard.press('Escape');  // close the suggestions
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement.closest('.hit')?.querySelector('.hit-link')?.textContent);
    const all = await titles(page);
    assert.equal(await focused(), all[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), all[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'Up from the first result: the box');
    // Suggestions: Down into the list, Enter takes one.
    await page.locator('#q').fill('');
    await page.keyboard.type('comp', { delay: 60 });
    await settled(page);  // the search for "comp" rendered: nothing in flight re-renders the list below
    await page.locator('#suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#suggestions [aria-selected="true"] .text').textContent();
    await page.keyboard.press('Enter');
    await settled(page);
    const url = new URL(page.url());
    assert.ok(url.searchParams.get('q') === chosen || url.searchParams.getAll('location').includes(chosen) ||
              url.searchParams.getAll('topic').includes(chosen), `the suggestion ${chosen} is searched`);
    // Tab to the first location checkbox and tick it with Space; focus stays on it.
    await page.keyboard.press('/');
    let onBox = false;
    for (let i = 0; i < 40 && !onBox; i++) {
      await page.keyboard.press('Tab');
      onBox = await page.evaluate(() => document.activeElement.matches('#facet-sections input[type=checkbox]'));
    }
    assert.ok(onBox, 'Tab reaches the facet checkboxes');
    const key = await page.evaluate(() => document.activeElement.dataset.focusKey);
    await page.keyboard.press('Space');
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.focusKey), key, 'focus survives the redraw');
    assert.equal(await page.evaluate(() => document.activeElement.checked), true);
    // Enter on a result opens its URL.
    await gotoPage(page);
    await page.keyboard.press('/');
    await page.keyboard.type('paris', { delay: 60 });
    await page.waitForFunction(() => document.querySelector('#results').dataset.query === 'paris');
    await settled(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement.href);
    assert.match(href, /^https:\/\/events\.example\.org\//, 'a result link has focus');
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    assert.equal(page.url(), href);
  }));

  test('a hostile title, speaker and body render as text and run nothing', () => withPage({}, async (page) => {
    await gotoPage(page, '?q=escaping+untrusted');
    const hit = page.locator('#results .hit').filter({ hasText: 'in talk titles' });
    assert.equal(await hit.count(), 1, 'the hostile document is found');
    const title = await hit.locator('.hit-title').textContent();
    assert.match(title, /<script>alert\('title'\)<\/script>/, 'the script tag is shown as text');
    assert.match(title, /<img src=x onerror=alert\('title-img'\)>/);
    assert.match(await hit.locator('.hit-speakers').textContent(), /Noor <img src=x onerror=alert\('speaker'\)> Haddad/);
    const injected = await page.locator('#results script, #results img, #results svg, #results iframe, #results [onerror]').count();
    assert.equal(injected, 0, 'no element came from the index');
    const elements = await hit.evaluate((h) => [...new Set([...h.querySelectorAll('*')].map((e) => e.tagName))].sort());
    for (const tag of elements) assert.ok(['A', 'BUTTON', 'H3', 'LI', 'MARK', 'P', 'SPAN', 'TIME', 'UL'].includes(tag), tag);
    // The body's payloads, as a snippet.
    await gotoPage(page, '?q=onerror+body');
    const snippets = (await page.locator('#results .hit-snippet').allTextContents()).join(' ');
    assert.match(snippets, /onerror/);
    await page.waitForTimeout(300);
    await assertNothingRan(page, assert);
  }));

  test('empty, error and did-you-mean states', () => withPage({}, async (page) => {
    await gotoPage(page, '?q=zzzqqqxxy');
    assert.match(await page.locator('#message').textContent(), /Nothing matches/);
    assert.equal(await page.locator('#results .hit').count(), 0);
    await gotoPage(page, '?q=compilrs');
    assert.ok(await page.locator('#did-you-mean').isVisible(), 'a spelling suggestion is offered');
    await page.locator('#did-you-mean button').click();
    await settled(page);
    assert.equal(await page.locator('#q').inputValue(), 'compilers');
    await page.route('**/api/search?*', (route) => route.fulfill({
      status: 503, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'index_unavailable', message: 'the index cannot be read' } }) }));
    await page.locator('#sort').selectOption('date');
    await page.locator('#message.error').waitFor();
    assert.match(await page.locator('#message').textContent(), /the index cannot be read/);
    await page.unroute('**/api/search?*');
    await page.locator('#message button').click();
    await settled(page);
    assert.ok(await page.locator('#results .hit').count() > 0, 'Try again recovers');
  }));

  test('the calendar links carry the search', () => withPage({}, async (page) => {
    await gotoPage(page, '?q=summit&upcoming=1');
    const href = await page.locator('#ics-download').getAttribute('href');
    assert.equal(href, '/api/events.ics?q=summit&upcoming=1');
    assert.match(await page.locator('#ics-subscribe').getAttribute('href'), /^webcal:\/\/127\.0\.0\.1:\d+\/api\/events\.ics\?/);
    const res = await page.request.get(`${BASE}${href}`);
    assert.equal(res.status(), 200);
    assert.match(await res.text(), /^BEGIN:VCALENDAR/);
  }));

  test('works at 375 px: one column, no sideways scroll, filters behind a button', () =>
    withPage({ width: 375, height: 812 }, async (page) => {
      await gotoPage(page, '?q=inference');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px too wide)`);
      assert.equal(await page.locator('#filters').isVisible(), false, 'filters start folded');
      await page.locator('#filters-toggle').click();
      assert.equal(await page.locator('#filters').isVisible(), true);
      const box = await page.locator('#facet-location').boundingBox();
      assert.ok(box.width <= 375, 'facets fit');
      await page.locator('#facet-location input[type=checkbox]').first().check();
      await settled(page);
      assert.ok(await total(page) > 0);
      const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflowAfter <= 0, `still no horizontal scroll (${overflowAfter}px)`);
    }));
});

describe('screenshots', () => {
  for (const scheme of ['light', 'dark']) {
    test(`desktop and phone, ${scheme}`, async () => {
      await withPage({ colorScheme: scheme }, async (page) => {
        await gotoPage(page, '?q=inference&location=San+Francisco%2C+California%2C+United+States&location=Bengaluru%2C+India');
        await screenshot(page, `desktop-${scheme}`);
        await gotoPage(page, '?q=escaping+untrusted');
        await screenshot(page, `desktop-hostile-${scheme}`);
      });
      await withPage({ width: 375, height: 812, colorScheme: scheme }, async (page) => {
        await gotoPage(page, '?q=inference');
        await screenshot(page, `phone-${scheme}`);
        await page.locator('#filters-toggle').click();
        await screenshot(page, `phone-filters-${scheme}`);
      });
    });
  }
});
