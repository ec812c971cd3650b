// End-to-end: the release build in dist/, served from 127.0.0.1, in headless
// Chromium: the content, the layout at 320, 375 and 1280 px (screenshots),
// the heading outline, axe-core, and dist/ under a subpath. Expected content
// comes from data/roundtable.json, so the test follows the data rather than
// repeating it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, DATA, animationsDone, axeViolations, serveDist, useBrowser, withPage } from './support/index.mjs';

const t = useBrowser({
  server: () => serveDist(),
  sub: () => serveDist({ prefix: '/some/sub/path/' }),
});

test('every speaker, both quotes and every figure are on the page', async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
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
  });
});

test('the page reads well at 375 px and 1280 px, with screenshots', async () => {
  for (const width of [375, 1280]) {
    await withPage(
      t.server.url,
      async ({ page, problems }) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
        await animationsDone(page); // nothing caught half-way in the picture
        await page.screenshot({ path: join(ARTIFACTS, `briefing-${width}.png`), fullPage: true });
        assert.deepEqual(problems, []);
      },
      { width },
    );
  }
});

test('nothing overflows at 320 px', async () => {
  await withPage(
    t.server.url,
    async ({ page }) => {
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=briefing] *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => el.className || el.tagName),
      );
      assert.deepEqual(wide, []);
    },
    { width: 320 },
  );
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`axe-core finds no violations (${colorScheme}, ${width} px)`, async () => {
      await withPage(t.server.url, async ({ page }) => assert.deepEqual(await axeViolations(page), []), { width, colorScheme });
    });
  }
}

test('headings form one outline: a single h1 and no skipped levels', async () => {
  await withPage(t.server.url, async ({ page }) => {
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])));
    assert.equal(levels.filter((l) => l === 1).length, 1);
    for (let i = 1; i < levels.length; i++) {
      assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} → h${levels[i]}`);
    }
  });
});

test('dist/ works under a subpath and requests nothing from elsewhere', async () => {
  await withPage(t.sub.url, async ({ page, problems, requests }) => {
    assert.equal(await page.locator('[data-testid=speaker]').count(), DATA.speakers.length);
    assert.deepEqual(problems, []);
    const foreign = requests.filter((u) => !u.startsWith(t.sub.url));
    assert.deepEqual(foreign, [], 'every request stays under the subpath on the same origin');
  });
});
