// End-to-end: the release build in dist/, served from 127.0.0.1, in headless
// Chromium. Expected content comes from data/roundtable.json, so the test
// follows the data rather than repeating it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, DATA, axeViolations, launchBrowser, openPage, serveDist } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every speaker, both quotes and every figure are on the page', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  const speakers = page.locator('[data-testid=speaker]');
  assert.equal(await speakers.count(), DATA.speakers.length);
  for (const [i, s] of DATA.speakers.entries()) {
    const card = speakers.nth(i);
    assert.equal(await card.getAttribute('data-speaker'), s.id, `speaking order at ${i + 1}`);
    assert.ok(await card.getByRole('heading', { name: s.name }).isVisible(), `${s.name} visible`);
  }
  const quotes = page.locator('figure blockquote');
  assert.equal(await quotes.count(), DATA.quotes.length);
  for (const [i, q] of DATA.quotes.entries()) {
    assert.equal((await quotes.nth(i).textContent()).trim(), q.text, `quote ${q.id} verbatim`);
    const speaker = DATA.speakers.find((s) => s.id === q.speaker);
    const caption = page.locator(`[data-quote="${q.id}"] figcaption`);
    assert.match(await caption.textContent(), new RegExp(speaker.name));
  }
  const values = (await page.locator('[data-testid=figure-value]').allTextContents()).map((v) => v.trim());
  for (const s of DATA.statistics) {
    assert.ok(values.some((v) => v.startsWith(s.as_reported)), `figure "${s.as_reported}" shown`);
  }
  assert.equal(await page.locator('[data-testid=measure]').count(), DATA.measures.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page reads well at 375 px and 1280 px, with screenshots', async () => {
  for (const width of [375, 1280]) {
    const { page, context, problems } = await openPage(browser, server.url, { width });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
    await page.screenshot({ path: join(ARTIFACTS, `briefing-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('nothing overflows at 320 px', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 320 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=briefing] *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.className || el.tagName),
  );
  assert.deepEqual(wide, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`axe-core finds no violations (${colorScheme}, ${width} px)`, async () => {
      const { page, context } = await openPage(browser, server.url, { width, colorScheme });
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}

test('headings form one outline: a single h1 and no skipped levels', async () => {
  const { page, context } = await openPage(browser, server.url);
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
  );
  assert.equal(levels.filter((l) => l === 1).length, 1);
  for (let i = 1; i < levels.length; i++) {
    assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} → h${levels[i]}`);
  }
  await context.close();
});

test('dist/ works under a subpath and requests nothing from elsewhere', async () => {
  const sub = await serveDist({ prefix: '/some/sub/path/' });
  try {
    const { page, context, problems, requests } = await openPage(browser, sub.url);
    assert.equal(await page.locator('[data-testid=speaker]').count(), DATA.speakers.length);
    assert.deepEqual(problems, []);
    const foreign = requests.filter((u) => !u.startsWith(sub.url));
    assert.deepEqual(foreign, [], 'every request stays under the subpath on the same origin');
    await context.close();
  } finally {
    await sub.close();
  }
});
