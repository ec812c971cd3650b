// End-to-end: the statistics widgets on the release build. Every figure of
// the report with its qualifier, a table behind every widget, count-up
// behaviour with and without reduced motion, the filter, and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, axeViolations, launchBrowser, openPage, serveDist } from './support.mjs';

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

/** [stat id, settled text, currently shown text] for every figure widget. */
const figures = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=figures] [data-stat]')].map((el) => [
      el.dataset.stat,
      el.querySelector('[data-testid=figure-final]').textContent,
      el.querySelector('[data-testid=figure-shown]').textContent,
    ]),
  );

test('every figure of the report appears with its qualifier, settled after the count-up', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1600); // the count-up takes about a second
  const shown = await figures(page);
  for (const s of DATA.statistics) {
    const row = shown.find(([id]) => id === s.id);
    assert.ok(row, `${s.id} has a widget`);
    assert.equal(row[1], s.as_reported, `${s.id}: settled text as reported`);
    assert.equal(row[2], s.as_reported, `${s.id}: digits settled on the final figure`);
  }
  assert.match(await page.locator('[data-testid=derived-share]').textContent(), /^≈35% — calculated from the figures cited/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('while counting, the qualifier never disappears and the digits are hidden from assistive technology', async () => {
  const { page, context } = await openPage(browser, server.url);
  // Record every frame of every figure's moving digits, by figure.
  await page.evaluate(() => {
    window.__frames = {};
    const watch = () => {
      for (const el of document.querySelectorAll('[data-testid=figures] [data-stat]')) {
        const text = el.querySelector('[data-testid=figure-shown]').textContent;
        (window.__frames[el.dataset.stat] ??= new Set()).add(text);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1600);
  const frames = await page.evaluate(() =>
    Object.fromEntries(Object.entries(window.__frames).map(([k, v]) => [k, [...v]])),
  );
  for (const s of DATA.statistics) {
    const seen = frames[s.id];
    assert.ok(seen.length > 2, `${s.id} counted up (${seen.join(' | ')})`);
    assert.equal(seen.at(-1), s.as_reported, `${s.id} ends on the reported figure`);
    if (s.qualifier) {
      const words = s.as_reported.slice(0, s.as_reported.search(/\d/)).trim();
      for (const f of seen) assert.ok(f.startsWith(`${words} `), `${s.id}: frame "${f}" keeps "${words}"`);
    }
  }
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=figure-shown]')].every((el) => el.getAttribute('aria-hidden') === 'true'),
  );
  assert.ok(hidden, 'moving digits are aria-hidden');
  await context.close();
});

test('with reduced motion the final figures are there at once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=briefing]');
  await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
  for (const [id, settled, shown] of await figures(page)) {
    assert.equal(shown, settled, `${id} shows its final figure immediately`);
  }
  await context.close();
});

test('every widget has a table alternative with header cells', async () => {
  const { page, context } = await openPage(browser, server.url);
  const widgets = page.locator('[data-testid=figures] .rb-widget');
  const n = await widgets.count();
  const wholes = new Set(DATA.statistics.map((s) => s.part_of).filter(Boolean));
  const shares = DATA.statistics.filter((s) => s.part_of).length;
  const cards = DATA.statistics.filter((s) => !s.part_of && !wholes.has(s.id)).length;
  assert.equal(n, shares + cards + 3, 'one widget per share, per other figure, and three charts');
  for (let i = 0; i < n; i++) {
    const w = widgets.nth(i);
    const table = w.locator('[data-testid=data-table] table');
    assert.equal(await table.count(), 1, `widget ${i} has a table`);
    assert.ok((await table.locator('caption').textContent()).length > 0);
    assert.ok((await table.locator('thead th[scope=col]').count()) >= 2);
    assert.ok((await table.locator('tbody th[scope=row]').count()) >= 1);
    const exposed = await w.evaluate((el) =>
      [...el.querySelectorAll('svg')].filter((svg) => !svg.closest('[aria-hidden=true]')).length,
    );
    assert.equal(exposed, 0, 'graphics are hidden from assistive technology');
    await w.locator('[data-testid=data-table] summary').click();
    assert.equal(await table.isVisible(), true, 'Show table opens it');
  }
  const share = page.locator('[data-testid=share-widget] table tbody');
  assert.match(await share.textContent(), /20 million people/);
  assert.match(await share.textContent(), /≈35%/);
  assert.deepEqual(await axeViolations(page), [], 'with every table open');
  await context.close();
});

test('under a country filter only that country\'s figures remain, and charts recount', async () => {
  const { page, context } = await openPage(browser, `${server.url}#country=ru`);
  const visible = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=figures] [data-stat]')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.dataset.stat),
  );
  const ru = DATA.statistics.filter((s) => s.country === 'ru').map((s) => s.id);
  assert.deepEqual(visible, ru);
  assert.equal(await page.locator('[data-testid=figures] [data-testid=none-note]').isVisible(), ru.length === 0);
  const summary = await page.locator('[data-chart=speakers-by-country] [data-testid=chart-summary]').textContent();
  assert.equal(summary, `${DATA.speakers.filter((s) => s.country === 'ru').length} speakers in all. 4 from Russia.`);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the statistics (${colorScheme})`, async () => {
    const { page, context } = await openPage(browser, `${server.url}#theme=${colorScheme}`, { width: 375 });
    await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
