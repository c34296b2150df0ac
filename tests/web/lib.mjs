// Shared by the page tests: Debian's Chromium through playwright-core (no
// browser download), the server's URL from run.sh, and page helpers.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = process.env.LANYARD_URL;
if (!BASE) throw new Error('LANYARD_URL is not set: run tests/web/run.sh, which starts lanyard serve');
export const SHOTS = process.env.LANYARD_SCREENSHOTS || path.resolve('screenshots');
const CHROMIUM = process.env.LANYARD_CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  // Root in a container: Chromium's sandbox needs user namespaces it may not have.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

// A page that records what would show an injection: dialogs (alert), CSP
// violations (an inline handler or script the page created), page errors.
export async function openPage(browser, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
  // Result links point to events.example.org: answer them here, never on the network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outside</title>opened' }));
  const page = await context.newPage();
  const events = { dialogs: [], errors: [], violations: [] };
  page.on('dialog', (d) => {
    events.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.events = events;
  return page;
}

export async function closePage(page) {
  await page.context().close();
}

// Waits until the page shows the answer to its current state (no request in flight).
export async function settled(page) {
  await page.waitForFunction(() => !document.body.classList.contains('loading') &&
    document.querySelector('#summary').textContent !== '');
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !document.body.classList.contains('loading'));
}

export async function gotoPage(page, query = '') {
  await page.goto(`${BASE}/${query}`);
  await settled(page);
}

export async function typeQuery(page, text, delay = 60) {
  await page.locator('#q').click();
  await page.locator('#q').fill('');
  await page.keyboard.type(text, { delay });
  await page.waitForFunction((q) => document.querySelector('#results').dataset.query === q, text);
  await settled(page);
}

export const titles = (page) => page.locator('#results .hit-title').allTextContents();

export async function total(page) {
  const text = await page.locator('#summary strong').textContent();
  if (text.startsWith('No results')) return 0;
  return Number(text.replace(/[^\d].*$/, '').replace(/,/g, ''));
}

// {value: count} of one facet list as shown.
export async function facetCounts(page, facet) {
  return page.evaluate((f) => Object.fromEntries([...document.querySelectorAll(`#facet-${f} li`)].map((li) => [
    li.querySelector('input').dataset.value, Number(li.querySelector('.count').textContent.replace(/,/g, ''))])), facet);
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export async function assertNothingRan(page, assert) {
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(page.events.dialogs, [], 'no alert() ran');
  assert.deepEqual(violations, [], 'no CSP violation: the page created no inline script or handler');
  assert.deepEqual(page.events.errors, [], 'no page error');
}
