// End-to-end: the Russian and Kazakh editions (ru/, kk/) work as the English
// one does, in their own language, on the release build: the standalone
// page and the iframe page of each. Filters and the status sentence (its
// counts from the data, its words the edition's), the carousel and its
// labels, the table disclosures, the themes, print, axe; the language
// switch and the alternates; the quotes verbatim in English with the
// edition's labelled translation beneath.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATA,
  animationsDone,
  axeViolations,
  builderLive,
  clickPressed,
  hostPage,
  poll,
  pressed,
  serveDist,
  settled,
  useBrowser,
  waitElementsLive,
  withPage,
} from './support/index.mjs';

const t = useBrowser({
  server: () =>
    serveDist({
      pages: {
        'host-ru.html': () => hostPage({ body: '<roundtable-briefing lang="ru" country="kz"></roundtable-briefing>' }),
        'host-bad-lang.html': () => hostPage({ body: '<roundtable-briefing lang="xx"></roundtable-briefing>' }),
      },
    }),
});

/** What each edition writes where the tests look: from its string table. */
const EDITIONS = {
  ru: {
    status: (shown, total) => new RegExp(`^Показано: спикеры — ${shown} из ${total}, `),
    statusAll: /^Показано всё: 10 спикеров, /,
    slide: (n, count, name) => `Цитата ${n} из ${count}: ${name}`,
    showTable: 'Показать таблицу',
    kirkora: 'Ирина Киркора',
  },
  kk: {
    status: (shown, total) => new RegExp(`^Көрсетілгені: спикерлер — ${total}-[а-яәғқңөұүһі]+ ${shown}, `),
    statusAll: /^Бәрі көрсетілген: 10 спикер, /,
    slide: (n, count, name) => `Дәйексөз ${n}/${count}: ${name}`,
    showTable: 'Кестені көрсету',
    kirkora: 'Ирина Киркора',
  },
};

const russianSpeakers = DATA.speakers.filter((s) => s.country === 'ru').length;

for (const [code, edition] of Object.entries(EDITIONS)) {
  for (const page of ['', 'embed.html']) {
    const path = `${code}/${page}`;

    test(`${path}: the page is in ${code}, its briefing live, with nothing failing`, () =>
      withPage(t.server.url + path, async ({ page: p, problems }) => {
        assert.equal(await p.getAttribute('html', 'lang'), code);
        assert.equal(await p.getAttribute('[data-testid=briefing]', 'lang'), code);
        assert.deepEqual(problems, []);
      }));

    test(`${path}: a country filter narrows the briefing and the status says so in ${code}`, () =>
      withPage(t.server.url + path, async ({ page: p }) => {
        const status = p.getByRole('status');
        assert.match(await status.innerText(), edition.statusAll);
        await clickPressed(p, 'country-ru');
        await settled(p);
        assert.equal(await pressed(p, 'country-ru'), 'true');
        assert.match(await status.innerText(), edition.status(russianSpeakers, DATA.speakers.length));
        const visible = await p.evaluate(() =>
          [...document.querySelectorAll('[data-testid=speaker]')].filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
        );
        assert.equal(visible, russianSpeakers);
      }));

    test(`${path}: the carousel moves, its slides named in ${code}`, () =>
      withPage(t.server.url + path, async ({ page: p }) => {
        await p.getByTestId('slide-next').click();
        await animationsDone(p);
        const current = p.locator('.rb-carousel__slide--current');
        assert.equal(await current.getAttribute('aria-label'), edition.slide(2, 2, edition.kirkora));
        // The quotation is the report's English, marked so; the edition's
        // translation is beneath it, outside the blockquote.
        assert.equal(await current.locator('blockquote').getAttribute('lang'), 'en');
        const quote = DATA.quotes[1].text;
        assert.equal((await current.locator('blockquote').innerText()).trim(), quote);
        assert.equal(await current.locator('blockquote [data-testid=quote-translation]').count(), 0);
        assert.ok((await current.getByTestId('quote-translation').innerText()).trim().length > 0);
      }));

    test(`${path}: tables open, themes switch, print shows the whole briefing`, () =>
      withPage(t.server.url + path, async ({ page: p }) => {
        const toggle = p.locator('.rb-table__toggle').first();
        assert.equal((await toggle.innerText()).trim(), edition.showTable);
        await toggle.click();
        assert.ok(await p.locator('.rb-table table').first().isVisible());
        await clickPressed(p, 'theme-dark');
        assert.equal(await p.getAttribute('[data-testid=briefing]', 'data-theme'), 'dark');
        await clickPressed(p, 'country-kz');
        await settled(p);
        await p.emulateMedia({ media: 'print' });
        // Printed in full: filtered-out speakers and every source note.
        const shown = await p.evaluate(() =>
          [...document.querySelectorAll('[data-testid=speaker]')].filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
        );
        assert.equal(shown, DATA.speakers.length);
      }));

    for (const colorScheme of ['light', 'dark']) {
      test(`${path} at 375 px, ${colorScheme}: zero axe violations`, () =>
        withPage(
          t.server.url + path,
          async ({ page: p }) => {
            assert.deepEqual(await axeViolations(p), []);
          },
          { width: 375, height: 800, colorScheme },
        ));
    }
  }

  test(`${code}/: the language switch links every edition by its own name, plain links`, () =>
    withPage(t.server.url + `${code}/`, async ({ page: p }) => {
      const nav = p.getByTestId('language-switch');
      const links = await nav.locator('a').evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent, lang: a.lang, current: a.getAttribute('aria-current'), href: a.href })),
      );
      assert.deepEqual(
        links.map((l) => [l.text, l.lang, l.current]),
        [
          ['English', 'en', code === 'en' ? 'page' : null],
          ['Русский', 'ru', code === 'ru' ? 'page' : null],
          ['Қазақша', 'kk', code === 'kk' ? 'page' : null],
        ],
      );
      assert.deepEqual(
        links.map((l) => l.href),
        [t.server.url, `${t.server.url}ru/`, `${t.server.url}kk/`],
      );
      await nav.getByText('English').click();
      await p.waitForURL(t.server.url);
      assert.equal(await p.getAttribute('html', 'lang'), 'en');
    }));

  test(`${code}/ works without JavaScript: the briefing is there in ${code}`, () =>
    withPage(
      t.server.url + `${code}/`,
      async ({ page: p }) => {
        assert.equal(await p.getAttribute('[data-testid=briefing]', 'lang'), code);
        assert.ok(await p.getByTestId('language-switch').isVisible());
        assert.equal(await p.locator('[data-testid=speaker]').count(), DATA.speakers.length);
      },
      { javaScriptEnabled: false },
    ));
}

test('the script embed shows the edition its lang attribute names, and follows a change of it', () =>
  withPage(
    t.server.url + 'host-ru.html',
    async ({ page, problems }) => {
      await waitElementsLive(page);
      const briefing = page.locator('roundtable-briefing [data-testid=briefing]');
      assert.equal(await briefing.getAttribute('lang'), 'ru');
      assert.match(await page.locator('roundtable-briefing [role=status]').innerText(), /^Показано: спикеры — /);
      // Its other attributes still apply: Kazakhstan's speakers only.
      assert.equal(await pressed(page.locator('roundtable-briefing'), 'country-kz'), 'true');
      // The source note's downloads point at the briefing's own files.
      const href = await page.locator('roundtable-briefing a.rb-source__download').first().getAttribute('href');
      assert.equal(href, `${t.server.url}roundtable.json`);
      await page.evaluate(() => document.querySelector('roundtable-briefing').setAttribute('lang', 'kk'));
      assert.ok(await poll(async () => (await briefing.getAttribute('lang')) === 'kk' || null), 'the Kazakh edition replaced the Russian');
      await waitElementsLive(page);
      assert.match(await page.locator('roundtable-briefing [role=status]').innerText(), /^Көрсетілгені: /);
      assert.equal(await pressed(page.locator('roundtable-briefing'), 'country-kz'), 'true');
      assert.equal(await page.locator('roundtable-briefing [data-testid=briefing]').count(), 1);
      assert.deepEqual(problems, []);
    },
    { live: false },
  ));

test('a lang with no edition: one warning naming it, and the English edition', () =>
  withPage(
    t.server.url + 'host-bad-lang.html',
    async ({ page }) => {
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.reload();
      await waitElementsLive(page);
      assert.equal(await page.locator('roundtable-briefing [data-testid=briefing]').getAttribute('lang'), 'en');
      const named = warnings.filter((w) => w.includes('lang="xx"'));
      assert.deepEqual(named, ['roundtable-briefing: ignoring lang="xx": expected en, ru, kk; using the default']);
    },
    { live: false },
  ));

test('the iframe page with ?lang=kk is the Kazakh edition, the other settings kept', () =>
  withPage(
    t.server.url + 'embed.html?country=ru&lang=kk&theme=dark',
    async ({ page }) => {
      assert.ok(await poll(() => (new URL(page.url()).pathname === '/kk/embed.html' ? true : null)), page.url());
      await page.waitForSelector('[data-rb-live]');
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
      assert.equal(new URL(page.url()).search, '?country=ru&theme=dark');
      assert.equal(await pressed(page, 'country-ru'), 'true');
      assert.equal(await page.getAttribute('[data-testid=briefing]', 'data-theme'), 'dark');
    },
    { live: false },
  ));

test('the builder writes the chosen edition into both codes and previews it', () =>
  withPage(
    t.server.url + 'builder.html',
    async ({ page }) => {
      await builderLive(page);
      await page.check('input[name=rb-builder-lang][value=ru]');
      const script = await poll(async () => {
        const v = await page.inputValue('[data-testid=builder-script]');
        return v.includes('lang="ru"') ? v : null;
      });
      assert.ok(script, 'the script code names the edition');
      assert.match(script, /<roundtable-briefing lang="ru">\n<article class="rb-fallback" lang="ru">/);
      assert.ok(script.includes(`<blockquote lang="en"><p>“${DATA.quotes[0].text}”</p>`));
      const iframe = await page.inputValue('[data-testid=builder-iframe]');
      assert.match(iframe, /src="[^"]*\/ru\/embed\.html[?"]/);
      assert.ok(!iframe.includes('Roundtable briefing:'), 'the title is in Russian');
      const preview = page.getByTestId('builder-preview');
      assert.ok(await poll(async () => ((await preview.getAttribute('src'))?.startsWith('ru/embed.html') ? true : null)), 'the preview is the Russian edition');
    },
    { live: false },
  ));
