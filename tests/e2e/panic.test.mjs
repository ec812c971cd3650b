// A panic in the app never leaves a frozen or blank briefing: the panic hook
// logs a clear message and puts the pre-rendered briefing back, with every
// quote and table shown and a note. Runs on dist-test/, the test build with
// the test-only trigger (`RB_TEST_HOOKS=1`); the release has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DATA,
  DIST_TEST,
  STATE_TIMEOUT,
  animationsDone,
  clickPressed,
  nextFrames,
  poll,
  serveDist,
  useBrowser,
  withPage,
} from './support/index.mjs';

const t = useBrowser({
  // dist-test/: the test build, with the trigger.
  server: async () => {
    await stat(join(DIST_TEST, 'index.html')).catch(() => {
      throw new Error(
        'dist-test/ is missing: run `ROUNDTABLE_DATA=tests/fixtures/hostile.json RB_TEST_HOOKS=1 trunk build --dist dist-test`',
      );
    });
    return serveDist({ dist: DIST_TEST });
  },
  // dist/: the release build.
  release: () => serveDist(),
});

/** How many elements matching `selector` are visible. */
const visible = (page, selector) =>
  page.evaluate(
    (s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility({ visibilityProperty: true })).length,
    selector,
  );

/** Dispatches the test-only `rb-test-panic` event on the briefing's element (the trap, if any, surfaces as an exception here). */
const dispatchPanic = (page) =>
  page.evaluate(() => document.getElementById('roundtable-briefing').dispatchEvent(new CustomEvent('rb-test-panic')));

/** The briefing's height. */
const height = (page) => page.evaluate(() => document.getElementById('roundtable-briefing').getBoundingClientRect().height);


test('a panic swaps the live briefing for the static one, with a note, keeping its content', async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
    // The app is running (openPage waited until it is live): a filter click works.
    await clickPressed(page, 'country-kz');
    const before = await height(page);

    await dispatchPanic(page).catch(() => {}); // the trap surfaces as an exception in the dispatching script

    // The static briefing is back: no longer live, the page marked failed, the note in place.
    await page.waitForFunction(
      () =>
        !document.querySelector('#roundtable-briefing[data-rb-live]') &&
        document.documentElement.classList.contains('rb-app-failed') &&
        !!document.querySelector('.rb-page__failed'),
      undefined,
      { timeout: STATE_TIMEOUT },
    );
    assert.match(await page.locator('.rb-page__failed').textContent(), /interactive features/);
    // The panic hook logs before it swaps the briefing; the messages may still be on their way here.
    const errors = () => problems.filter((p) => p.startsWith('console error: '));
    await poll(() => errors().some((e) => e.includes('showing the static briefing')));
    assert.ok(errors().some((e) => e.includes('test-triggered panic')), `panic logged:\n${errors().join('\n')}`);
    assert.ok(errors().some((e) => e.includes('showing the static briefing')), 'the switch is explained');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('rb-app-failed')), true);
    // The static briefing: every speaker (not only the filtered ones), both quotes, no controls
    // (once the static stylesheet has loaded and nothing is fading).
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/static.css')), undefined, {
      timeout: STATE_TIMEOUT,
    });
    await animationsDone(page);
    assert.equal(await visible(page, '[data-testid=speaker]'), DATA.speakers.length);
    assert.equal(await visible(page, 'figure blockquote'), DATA.quotes.length);
    assert.equal(await visible(page, '[data-testid=controls]'), 0, 'controls that cannot work are hidden');
    const afterHeight = await height(page);
    assert.ok(afterHeight >= before * 0.9, `height kept (${before} → ${afterHeight})`);
  });
});

test('the release build has no panic trigger', async () => {
  await withPage(t.release.url, async ({ page, problems }) => {
    await clickPressed(page, 'country-kz');
    await dispatchPanic(page); // no listener: no exception either
    // A trap would panic inside the dispatch, and the hook swap the briefing at once; give
    // the page frames to show it, then prove the app is still the live one.
    await nextFrames(page, 3);
    assert.equal(await page.locator('.rb-page__failed').count(), 0, 'no failure note');
    const failedClass = await page.evaluate(() => document.documentElement.classList.contains('rb-app-failed'));
    assert.equal(failedClass, false, 'html is not rb-app-failed');
    assert.equal(
      await page.evaluate(() => !!document.querySelector('#roundtable-briefing[data-rb-live] [data-testid=briefing]')),
      true,
      'the briefing is still live (data-rb-live)',
    );
    assert.deepEqual(
      problems.filter((p) => /panic|static briefing/.test(p)),
      [],
      'nothing about a panic in the console',
    );
    // And it still responds.
    await clickPressed(page, 'country-ru');
  });
});
