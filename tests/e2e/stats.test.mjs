// End-to-end: the statistics widgets on the release build. Every figure of
// the report with its qualifier, a table behind every widget, count-up
// behaviour with and without reduced motion, the filter, and axe-core.
// The count-up is waited for by its state (every moving figure showing its
// final text), never by its expected duration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, STATE_TIMEOUT, axeViolations, nextFrames, serveDist, settled, useBrowser, withPage } from './support/index.mjs';

const t = useBrowser({ server: () => serveDist() });

/** [stat id, settled text, currently shown text] for every figure widget. */
const figures = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=figures] [data-stat]')].map((el) => [
      el.dataset.stat,
      el.querySelector('[data-testid=figure-final]').textContent,
      el.querySelector('[data-testid=figure-shown]').textContent,
    ]),
  );

/**
 * Waits until every figure's count-up has ended (`data-count-up="done"` on its
 * moving digits, set by the app) and its digits show the settled figure.
 * Fails naming the figures still waiting or counting.
 */
async function countUpDone(page) {
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=figures] [data-stat]')].every((el) => {
          const shown = el.querySelector('[data-testid=figure-shown]');
          return shown.dataset.countUp === 'done' && shown.textContent === el.querySelector('[data-testid=figure-final]').textContent;
        }),
      undefined,
      { timeout: STATE_TIMEOUT },
    );
  } catch (e) {
    const phases = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=figures] [data-stat]')].map((el) => {
        const shown = el.querySelector('[data-testid=figure-shown]');
        return `${el.dataset.stat} ${shown.dataset.countUp} "${shown.textContent}"`;
      }),
    );
    throw new Error(`the count-up did not end: ${phases.join(', ')}`, { cause: e });
  }
}

/**
 * Brings every figure into view at once (a viewport as tall as the page),
 * so that each one counts up, waits until they all have, and restores the
 * viewport: the statistics as a reader who scrolled through them sees them.
 */
async function countEveryFigure(page) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  try {
    await countUpDone(page);
  } finally {
    await page.setViewportSize(viewport);
  }
}

test('every figure of the report appears with its qualifier, settled after the count-up', async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
    await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
    await countUpDone(page);
    const shown = await figures(page);
    for (const s of DATA.statistics) {
      const row = shown.find(([id]) => id === s.id);
      assert.ok(row, `${s.id} has a widget`);
      assert.equal(row[1], s.as_reported, `${s.id}: settled text as reported`);
      assert.equal(row[2], s.as_reported, `${s.id}: digits settled on the final figure`);
    }
    assert.match(await page.locator('[data-testid=derived-share]').textContent(), /^≈35% — calculated from the figures cited/);
    assert.deepEqual(problems, []);
  });
});

test('while counting, the qualifier never disappears and the digits are hidden from assistive technology', async () => {
  await withPage(t.server.url, async ({ page }) => {
    // Record every frame of every figure's moving digits, by figure (and the latest one).
    await page.evaluate(() => {
      window.__frames = {};
      window.__lastFrame = {};
      const watch = () => {
        for (const el of document.querySelectorAll('[data-testid=figures] [data-stat]')) {
          const text = el.querySelector('[data-testid=figure-shown]').textContent;
          (window.__frames[el.dataset.stat] ??= new Set()).add(text);
          window.__lastFrame[el.dataset.stat] = text;
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
    // Done: every figure's latest recorded frame is its final figure, after other ones.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('[data-testid=figures] [data-stat]')].every((el) => {
            const final = el.querySelector('[data-testid=figure-final]').textContent;
            const seen = window.__frames[el.dataset.stat];
            return window.__lastFrame[el.dataset.stat] === final && seen?.size > 1;
          }),
        undefined,
        { timeout: STATE_TIMEOUT },
      )
      .catch(() => {}); // the assertions below say which figure did not count up
    const { frames, last } = await page.evaluate(() => ({
      frames: Object.fromEntries(Object.entries(window.__frames).map(([k, v]) => [k, [...v]])),
      last: window.__lastFrame,
    }));
    for (const s of DATA.statistics) {
      const seen = frames[s.id];
      assert.ok(seen.length > 2, `${s.id} counted up (${seen.join(' | ')})`);
      assert.equal(last[s.id], s.as_reported, `${s.id} ends on the reported figure`);
      if (s.qualifier) {
        const words = s.as_reported.slice(0, s.as_reported.search(/\d/)).trim();
        for (const f of seen) assert.ok(f.startsWith(`${words} `), `${s.id}: frame "${f}" keeps "${words}"`);
      }
    }
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=figure-shown]')].every((el) => el.getAttribute('aria-hidden') === 'true'),
    );
    assert.ok(hidden, 'moving digits are aria-hidden');
  });
});

test('a figure not yet scrolled to shows the reported figure, not a count-up start (captures, print, copy)', async () => {
  await withPage(t.server.url, async ({ page }) => {
    // The live app, the figures below the first screen: nothing has counted yet.
    const below = await page.evaluate(() => document.querySelector('[data-testid=figures]').getBoundingClientRect().top > innerHeight);
    assert.ok(below, 'the figures start below the first screen');
    const shown = await figures(page);
    for (const s of DATA.statistics) {
      const [, final, digits] = shown.find(([id]) => id === s.id);
      assert.equal(digits, final, `${s.id}: "${digits}" before it is in view`);
      assert.equal(final, s.as_reported);
    }
    const phases = await page.locator('[data-testid=figures] [data-testid=figure-shown]').evaluateAll((els) => els.map((e) => e.dataset.countUp));
    assert.deepEqual(new Set(phases), new Set(['waiting']), 'each figure still has its count-up to come');
  });
});

test('with reduced motion the final figures are there at once', async () => {
  await withPage(
    t.server.url,
    async ({ page }) => {
      const phases = () => page.locator('[data-testid=figures] [data-testid=figure-shown]').evaluateAll((els) => els.map((e) => e.dataset.countUp));
      assert.deepEqual(new Set(await phases()), new Set(['done']), 'no count-up to come (with motion they are "waiting")');
      await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
      for (const [id, final, shown] of await figures(page)) {
        assert.equal(shown, final, `${id} shows its final figure immediately`);
      }
      // And they stay: the figures' first view (frames in which a count-up would start) changes nothing.
      await nextFrames(page, 3);
      assert.deepEqual(new Set(await phases()), new Set(['done']), 'still no count-up once in view');
      for (const [id, final, shown] of await figures(page)) {
        assert.equal(shown, final, `${id} still shows its final figure once in view`);
      }
    },
    { reducedMotion: 'reduce' },
  );
});

test('every widget has a table alternative with header cells', async () => {
  await withPage(t.server.url, async ({ page }) => {
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
      const exposed = await w.evaluate((el) => [...el.querySelectorAll('svg')].filter((svg) => !svg.closest('[aria-hidden=true]')).length);
      assert.equal(exposed, 0, 'graphics are hidden from assistive technology');
      await w.locator('[data-testid=data-table] summary').click();
      assert.equal(await table.isVisible(), true, 'Show table opens it');
    }
    const share = page.locator('[data-testid=share-widget] table tbody');
    assert.match(await share.textContent(), /20 million people/);
    assert.match(await share.textContent(), /≈35%/);
    await countEveryFigure(page); // axe checks the figures as they settle, not half-way
    assert.deepEqual(await axeViolations(page), [], 'with every table open');
  });
});

test("under a country filter only that country's figures remain, and charts recount", async () => {
  await withPage(`${t.server.url}#country=ru`, async ({ page }) => {
    await settled(page);
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=figures] [data-stat]')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => el.dataset.stat),
    );
    const ru = DATA.statistics.filter((s) => s.country === 'ru').map((s) => s.id);
    assert.deepEqual(visible, ru);
    assert.equal(await page.locator('[data-testid=figures] [data-testid=none-note]').isVisible(), ru.length === 0);
    const summary = await page.locator('[data-chart=speakers-by-country] [data-testid=chart-summary]').textContent();
    assert.equal(summary, `${DATA.speakers.filter((s) => s.country === 'ru').length} speakers in all. 4 from Russia.`);
  });
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the statistics (${colorScheme})`, async () => {
    await withPage(
      `${t.server.url}#theme=${colorScheme}`,
      async ({ page }) => {
        await page.locator('[data-testid=figures]').scrollIntoViewIfNeeded();
        await countEveryFigure(page);
        assert.deepEqual(await axeViolations(page), []);
      },
      { width: 375 },
    );
  });
}
