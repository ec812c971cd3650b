// End-to-end: the country and topic filters, the status line, keyboard use,
// deep links and back/forward, on the release build. The expected results
// are derived from data/roundtable.json with the filter rules written out
// again here, independently of the Rust implementation. Each read of the
// sections waits until they have caught up with the last click (`settled`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATA,
  activeTestId,
  axeViolations,
  expectHash,
  poll,
  pressed,
  serveDist,
  settled,
  useBrowser,
  withPage,
} from './support/index.mjs';

const t = useBrowser({ server: () => serveDist() });

const speakerById = Object.fromEntries(DATA.speakers.map((s) => [s.id, s]));
const onTopic = (item, topic) => !topic || item.topics.includes(topic);
const inCountry = (country, c) => country === 'all' || c === country;

/** The oracle: which speaker and measure ids a filter should leave visible. */
function expected(country, topic) {
  const speakers = DATA.speakers
    .filter((s) => inCountry(country, s.country))
    .filter(
      (s) =>
        !topic ||
        DATA.statements.some((st) => st.speaker === s.id && onTopic(st, topic)) ||
        DATA.quotes.some((q) => q.speaker === s.id && onTopic(q, topic)),
    )
    .map((s) => s.id);
  const measures = DATA.measures
    .filter((m) => inCountry(country, m.country) && onTopic(m, topic))
    .map((m) => m.id);
  const statements = DATA.statements.filter(
    (st) => inCountry(country, speakerById[st.speaker].country) && onTopic(st, topic),
  ).length;
  return { speakers, measures, statements };
}

/** Ids of the items of one kind that are actually visible on screen. */
function visibleIds(page, testid, attr) {
  return page.evaluate(
    ([testid, attr]) =>
      [...document.querySelectorAll(`[data-testid="${testid}"]`)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => el.getAttribute(attr)),
    [testid, attr],
  );
}

async function assertShows(page, country, topic) {
  const want = expected(country, topic);
  await settled(page);
  assert.deepEqual(await visibleIds(page, 'speaker', 'data-speaker'), want.speakers, `speakers for ${country}/${topic}`);
  assert.deepEqual(await visibleIds(page, 'agenda-item', 'data-speaker'), want.speakers, 'running order agrees');
  // The comparison groups measures by theme, so compare them as sets.
  assert.deepEqual(
    (await visibleIds(page, 'measure', 'data-measure')).sort(),
    [...want.measures].sort(),
    `measures for ${country}/${topic}`,
  );
  const status = await page.getByRole('status').innerText();
  if (country === 'all' && !topic) {
    assert.match(status, new RegExp(`^Showing all: ${DATA.speakers.length} speakers`));
  } else {
    assert.match(status, new RegExp(`Showing ${want.speakers.length} of ${DATA.speakers.length} speakers, ${want.statements} of ${DATA.statements.length} points`));
    assert.match(status, new RegExp(`${want.measures.length} of ${DATA.measures.length} measures`));
  }
}

test('a filter click paints its results in its own frame: the pressed button, the status and the sections, never busy', async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
    const frame = await page.evaluate(
      () =>
        new Promise((done) => {
          const root = document.querySelector('[data-testid=briefing]');
          const busy = [];
          new MutationObserver(() => busy.push(root.getAttribute('aria-busy'))).observe(root, {
            attributes: true,
            attributeFilter: ['aria-busy'],
          });
          document.querySelector('[data-testid=country-ru]').click();
          // What the first frame after the click will paint.
          requestAnimationFrame(() =>
            done({
              pressed: document.querySelector('[data-testid=country-ru]').getAttribute('aria-pressed'),
              status: document.querySelector('[role=status]').textContent,
              busy,
              speakers: [...document.querySelectorAll('[data-testid=speaker]')].filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
            }),
          );
        }),
    );
    const ru = expected('ru', null);
    assert.equal(frame.pressed, 'true');
    assert.match(frame.status, new RegExp(`Showing ${ru.speakers.length} of ${DATA.speakers.length} speakers`));
    assert.equal(frame.speakers, ru.speakers.length, 'the sections are filtered in that same frame');
    assert.ok(ru.speakers.length < DATA.speakers.length, 'the filter leaves some speakers out');
    assert.deepEqual(frame.busy, [], 'the briefing is never marked busy');
    await assertShows(page, 'ru', null);
    assert.deepEqual(problems, []);
  });
});


test("a filter click's whole change is in the page when the click returns: filter, pressed state, status, charts", async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
    const after = await page.evaluate(() => {
      const root = document.querySelector('[data-testid=briefing]');
      const before = document.querySelector('[role=status]').textContent;
      document.querySelector('[data-testid=country-kz]').click();
      // Read in the same task, with no microtask in between: the client's
      // effects run inside the click (src/client/dom.rs, `effect`).
      return {
        country: root.getAttribute('data-rb-filter-country'),
        pressed: document.querySelector('[data-testid=country-kz]').getAttribute('aria-pressed'),
        allPressed: document.querySelector('[data-testid=country-all]').getAttribute('aria-pressed'),
        statusChanged: document.querySelector('[role=status]').textContent !== before,
      };
    });
    assert.deepEqual(after, { country: 'kz', pressed: 'true', allPressed: 'false', statusChanged: true });
    await assertShows(page, 'kz', null);
    assert.deepEqual(problems, []);
  });
});
test('each country button filters speakers, running order, measures and the status', async () => {
  await withPage(t.server.url, async ({ page, problems }) => {
    const status = page.getByRole('status');
    assert.equal(await status.count(), 1, 'the status region exists from the start');
    for (const country of ['kz', 'ru', 'all']) {
      await page.click(`[data-testid="country-${country}"]`);
      // The pressed state and focus are the click's own feedback: there at once.
      assert.equal(await pressed(page, `country-${country}`), 'true');
      assert.equal(await activeTestId(page), `country-${country}`, 'focus stays on the pressed button');
      await assertShows(page, country, null);
    }
    await page.click('[data-testid="country-kz"]');
    await settled(page);
    assert.match(await status.innerText(), /Left out: 1 speaker whose country the report does not state\./);
    assert.deepEqual(problems, []);
  });
});

test('each topic button filters, combined with a country, and Clear returns to all', async () => {
  await withPage(t.server.url, async ({ page }) => {
    const topics = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="topic-"]')].map((b) => b.dataset.testid.slice(6)),
    );
    assert.ok(topics.length > 1);
    for (const country of ['all', 'ru']) {
      await page.click(`[data-testid="country-${country}"]`);
      for (const topic of topics) {
        await page.click(`[data-testid="topic-${topic}"]`);
        await assertShows(page, country, topic === 'all' ? null : topic);
      }
    }
    await page.click('[data-testid="topic-domestic-violence"]');
    await page.click('[data-testid="clear-filters"]');
    assert.equal(await pressed(page, 'country-all'), 'true');
    assert.equal(await pressed(page, 'topic-all'), 'true');
    await assertShows(page, 'all', null);
    assert.equal(await page.isDisabled('[data-testid="clear-filters"]'), true);
  });
});

test('the controls work from the keyboard alone', async () => {
  await withPage(t.server.url, async ({ page }) => {
    let guard = 0;
    while ((await activeTestId(page)) !== 'country-kz') {
      await page.keyboard.press('Tab');
      assert.ok(++guard < 80, 'the Kazakhstan button is reachable with Tab');
    }
    await page.keyboard.press('Space');
    assert.equal(await pressed(page, 'country-kz'), 'true');
    assert.equal(await activeTestId(page), 'country-kz');
    while ((await activeTestId(page)) !== 'topic-domestic-violence') {
      await page.keyboard.press('Tab');
      assert.ok(++guard < 160);
    }
    await page.keyboard.press('Enter');
    await assertShows(page, 'kz', 'domestic-violence');
    await expectHash(page, '#country=kz&topic=domestic-violence');
  });
});

test('a deep link opens the same view', async () => {
  await withPage(`${t.server.url}#country=kz&topic=domestic-violence`, async ({ page, problems }) => {
    assert.equal(await pressed(page, 'country-kz'), 'true');
    assert.equal(await pressed(page, 'topic-domestic-violence'), 'true');
    await assertShows(page, 'kz', 'domestic-violence');
    assert.deepEqual(problems, []);
  });
});

test('back and forward step through filter changes', async () => {
  await withPage(t.server.url, async ({ page }) => {
    await page.click('[data-testid="country-kz"]');
    await expectHash(page, '#country=kz');
    await page.click('[data-testid="country-ru"]');
    await expectHash(page, '#country=ru');
    await page.goBack();
    await expectHash(page, '#country=kz', 'Back returns to the previous filter');
    await settled(page);
    assert.equal(await pressed(page, 'country-kz'), 'true');
    await assertShows(page, 'kz', null);
    await page.goBack();
    await expectHash(page, '', 'Back again returns to no filter');
    await settled(page);
    assert.equal(await pressed(page, 'country-all'), 'true');
    await page.goForward();
    await expectHash(page, '#country=kz', 'Forward returns to the filter');
    await settled(page);
    assert.equal(await pressed(page, 'country-kz'), 'true');
  });
});

/** A `setup` for openPage: collects the page's console warnings from its first script on. */
function collectWarnings(page) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  return warnings;
}

test('an invalid fragment falls back to the default and names the bad value', async () => {
  await withPage(
    `${t.server.url}#country=xx&topic=dance`,
    async ({ page, extra: warnings }) => {
      assert.equal(await pressed(page, 'country-all'), 'true');
      // The warnings were logged before the app went live; their console events may arrive a moment later.
      const named = (value) => warnings.some((w) => w.includes(value));
      await poll(() => named('country="xx"') && named('topic="dance"'));
      assert.ok(named('country="xx"'), warnings.join('\n'));
      assert.ok(named('topic="dance"'), warnings.join('\n'));
      await assertShows(page, 'all', null);
      await expectHash(page, '', 'the bad fragment is cleaned up');
    },
    { setup: collectWarnings },
  );
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations with filters and an explicit ${colorScheme} theme`, async () => {
    await withPage(`${t.server.url}#country=ru&topic=family-values&theme=${colorScheme}`, async ({ page }) => {
      await settled(page);
      assert.deepEqual(await axeViolations(page), []);
      await page.click('[data-testid="country-kz"]');
      await settled(page);
      assert.deepEqual(await axeViolations(page), []);
    });
  });
}
