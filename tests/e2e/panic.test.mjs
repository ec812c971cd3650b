// A panic in the app never leaves a frozen or blank briefing: the panic hook
// logs a clear message and puts the pre-rendered briefing back, with every
// quote and table shown and a note. Runs on dist-test/, the test build with
// the test-only trigger (`--features test-hooks`); the release has none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA, ROOT, launchBrowser, serveDist } from './support.mjs';

const DIST_TEST = join(ROOT, 'dist-test');
let server;
let browser;

before(async () => {
  await stat(join(DIST_TEST, 'index.html')).catch(() => {
    throw new Error(
      'dist-test/ is missing: run `ROUNDTABLE_DATA=tests/fixtures/hostile.json trunk build --features test-hooks --dist dist-test`',
    );
  });
  server = await serveDist({ dist: DIST_TEST });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const visible = (page, selector) =>
  page.evaluate(
    (s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility({ visibilityProperty: true })).length,
    selector,
  );

test('a panic swaps the live briefing for the static one, with a note, keeping its content', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('[data-testid=briefing]') && window.performance.now() > 0);
  // The app is running: a filter click works.
  await page.click('[data-testid=country-kz]');
  await page.waitForSelector('[data-testid=country-kz][aria-pressed=true]');
  const before = await page.evaluate(() => document.getElementById('roundtable-briefing').getBoundingClientRect().height);

  await page.evaluate(() =>
    document.getElementById('roundtable-briefing').dispatchEvent(new CustomEvent('rb-test-panic')),
  ).catch(() => {}); // the trap surfaces as an exception in the dispatching script

  await page.waitForSelector('.rb-page__failed', { timeout: 5000 });
  assert.match(await page.locator('.rb-page__failed').textContent(), /interactive features/);
  assert.ok(errors.some((e) => e.includes('test-triggered panic')), `panic logged:\n${errors.join('\n')}`);
  assert.ok(errors.some((e) => e.includes('showing the static briefing')), 'the switch is explained');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('rb-app-failed')), true);
  // The static briefing: every speaker (not only the filtered ones), both quotes, no controls
  // (once the static stylesheet has loaded).
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/static.css')));
  assert.equal(await visible(page, '[data-testid=speaker]'), DATA.speakers.length);
  assert.equal(await visible(page, 'figure blockquote'), DATA.quotes.length);
  assert.equal(await visible(page, '[data-testid=controls]'), 0, 'controls that cannot work are hidden');
  const afterHeight = await page.evaluate(() => document.getElementById('roundtable-briefing').getBoundingClientRect().height);
  assert.ok(afterHeight >= before * 0.9, `height kept (${before} → ${afterHeight})`);
  await context.close();
});

test('the release build has no panic trigger', async () => {
  const release = await serveDist();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(release.url);
  await page.waitForSelector('[data-testid=country-kz]');
  await page.click('[data-testid=country-kz]');
  await page.waitForSelector('[data-testid=country-kz][aria-pressed=true]');
  await page.evaluate(() =>
    document.getElementById('roundtable-briefing').dispatchEvent(new CustomEvent('rb-test-panic')),
  );
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.rb-page__failed').count(), 0);
  await page.click('[data-testid=country-ru]');
  await page.waitForSelector('[data-testid=country-ru][aria-pressed=true]');
  await context.close();
  await release.close();
});
