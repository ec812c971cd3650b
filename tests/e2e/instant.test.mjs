// Instant content (issue #7): the pages arrive with the whole briefing as
// HTML, readable without JavaScript, and the app takes it over without a
// jump (layout shift 0) and without console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, launchBrowser, serveDist } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['', 'embed.html'];
const name = (path) => path || 'index.html';

/** What a reader sees: speakers, quotes and figure values that are rendered and visible. */
const visibleContent = (page) =>
  page.evaluate(() => {
    const shown = (s) =>
      [...document.querySelectorAll(s)].filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    return {
      speakers: shown('[data-testid=speaker] h1, [data-testid=speaker] h2, [data-testid=speaker] h3, [data-testid=speaker] h4').map((e) => e.textContent.trim()),
      quotes: shown('figure blockquote').map((e) => e.textContent.trim()),
      figures: shown('[data-testid=figure-value]').map((e) => e.textContent.trim()),
      tables: shown('.rb-table table').length,
      controls: shown('[data-testid=controls], .rb-carousel__controls').length,
    };
  });

for (const path of PAGES) {
  test(`${name(path)} without JavaScript: every speaker, both quotes, every figure and every table, no dead controls`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + path);
    const seen = await visibleContent(page);
    assert.deepEqual(seen.speakers, DATA.speakers.map((s) => s.name), 'every speaker, in speaking order');
    assert.deepEqual(seen.quotes, DATA.quotes.map((q) => q.text), 'both quotes, verbatim');
    for (const s of DATA.statistics) {
      assert.ok(seen.figures.some((v) => v.startsWith(s.as_reported)), `figure "${s.as_reported}" visible`);
    }
    assert.ok(seen.tables >= DATA.statistics.length, `the tables are open (${seen.tables})`);
    assert.equal(seen.controls, 0, 'filters and carousel buttons, which cannot work, are not shown');
    await context.close();
  });

  for (const [width, height] of [[1280, 900], [375, 800]]) test(`${name(path)} at ${width} px: the app takes over the pre-rendered briefing with layout shift 0 and no console errors`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(server.url + path);
    // Taken over: the app's buttons respond.
    await page.click('[data-testid=country-kz]');
    await page.waitForSelector('[data-testid=country-kz][aria-pressed=true]');
    await page.click('[data-testid=country-all]');
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], 'no layout shift during load and take-over');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// A slow device paints whatever the parser has when it yields; a half-parsed
// chip or header fact then moves when the rest arrives (a layout shift seen in
// the benchmark at 4x CPU). The pages hold their first paint until the whole
// briefing is parsed (<link rel=expect blocking=render>).
for (const path of PAGES) {
  test(`${name(path)}: the first frame, at 4x CPU, already has the whole pre-rendered briefing`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        window.__firstFrame = {
          builder: !!document.getElementById('roundtable-briefing-builder'),
          speakers: document.querySelectorAll('[data-testid=speaker]').length,
          sourceNote: !!document.querySelector('#roundtable-briefing [data-testid=source-note]'),
        };
      });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.url + path);
    await page.waitForFunction(() => window.__firstFrame);
    const first = await page.evaluate(() => window.__firstFrame);
    assert.deepEqual(first, { builder: true, speakers: DATA.speakers.length, sourceNote: true }, 'nothing is painted half-parsed');
    await context.close();
  });
}

test('the pre-rendered HTML is the same briefing the app renders (same speakers, quotes and figures)', async () => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const on = await browser.newContext();
  const [a, b] = [await off.newPage(), await on.newPage()];
  await a.goto(server.url);
  await b.goto(server.url);
  await b.click('[data-testid=country-kz]');
  await b.click('[data-testid=country-all]');
  const text = (page) =>
    page.evaluate(() => ({
      headline: document.querySelector('[data-testid=briefing-header] :is(h1, h2)').textContent,
      speakers: [...document.querySelectorAll('[data-testid=speaker]')].map((e) => e.dataset.speaker),
      measures: [...document.querySelectorAll('[data-testid=measure]')].map((e) => e.dataset.measure),
      quotes: [...document.querySelectorAll('figure blockquote')].map((e) => e.textContent.trim()),
    }));
  assert.deepEqual(await text(a), await text(b));
  await off.close();
  await on.close();
});
