// End-to-end: the script embed (dist/embed.js, <roundtable-briefing>)
// against docs/embedding.md: hostile host CSS stays outside the widget; two
// instances filter and change slides independently and leave the host's URL,
// history, title, scroll and globals alone; bad attributes are warned about
// and attribute changes applied; embed.js included twice is harmless; axe-core
// passes on a host page, embed.html and the standalone page. Host pages live
// on another origin than the briefing (which, like any static host that
// allows embedding, sends Access-Control-Allow-Origin: the module script and
// the wasm are fetched with CORS), so every URL the widget uses must resolve
// against embed.js, not against the host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ARTIFACTS,
  DATA,
  animationsDone,
  axeViolations,
  consoleFlushed,
  eventually,
  hostPage,
  iframeEmbed,
  nextFrames,
  poll,
  pressed,
  resourcesLoaded,
  serveDist,
  settled,
  useBrowser,
  waitElementsLive,
  waitLive,
  withPage,
} from './support/index.mjs';

const HOSTILE_CSS = `* { font-size: 30px !important; color: red !important }
div { display: flex }
button { display: none }
`;
const HOST_CSS = `.spacer { height: 1500px }
`;
// Records the host's own globals before embed.js runs (external: no inline scripts).
const KEYS_JS = `window.__keysBefore = Object.keys(window);
`;

const t = useBrowser({
  widget: () => serveDist({ headers: { 'access-control-allow-origin': '*' } }), // the briefing's origin (dist/)
  host: () => serveDist({ pages: hostPages() }), // the news site
});

/** The news site's pages; each is built when requested, once the widget's server (its `base`) is up. */
function hostPages() {
  const page = (options) => () => hostPage({ base: t.widget.url, ...options });
  return {
    'plain.html': page({ body: '<roundtable-briefing></roundtable-briefing>' }),
    'hostile.html': page({
      head: '<link rel="stylesheet" href="hostile.css">',
      body: '<roundtable-briefing></roundtable-briefing>',
    }),
    'two.html': page({
      head: '<link rel="stylesheet" href="host.css"><script src="keys.js"></script>',
      body: `<div class="spacer"></div>
<roundtable-briefing id="a" country="kz"></roundtable-briefing>
<roundtable-briefing id="b" country="ru" sections="quotes,figures"></roundtable-briefing>
<div class="spacer"></div>`,
    }),
    'bad.html': page({ body: '<roundtable-briefing country="xx"></roundtable-briefing>' }),
    'twice.html': page({
      head: '<script src="keys.js"></script>',
      body: '<roundtable-briefing></roundtable-briefing>',
      scripts: [null, null, '?copy'],
    }),
    'iframe.html': page({ kind: 'iframe', body: iframeEmbed(`${t.widget.url}embed.html`) }),
    'hostile.css': HOSTILE_CSS,
    'host.css': HOST_CSS,
    'keys.js': KEYS_JS,
  };
}

/**
 * Opens a host page of the news site (`withPage` with `options`) once every
 * <roundtable-briefing> on it holds a live briefing and is styled, and runs `fn`.
 */
function withHost(name, fn, options = {}) {
  return withPage(
    `${t.host.url}${name}`,
    async (opened) => {
      await waitElementsLive(opened.page);
      await resourcesLoaded(opened.page);
      return fn(opened);
    },
    options,
  );
}

/**
 * Lets `target` paint twice and run the timers queued after each paint: what
 * the app defers with after_next_paint (a frame, then a zero timeout: the
 * writes of URL state) has had its chance to happen.
 */
async function afterPaints(target, paints = 2) {
  for (let i = 0; i < paints; i++) {
    await target.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  }
}

/** Computed styles of key elements inside an element's shadow root. */
const KEY_ELEMENTS = {
  headline: '[data-testid=briefing-header] :is(h1,h2,h3,h4,h5,h6)',
  filter: '[data-testid=country-kz]',
  speaker: '[data-testid=speaker] :is(h2,h3,h4,h5,h6)',
  quote: '[data-testid=quote] blockquote',
  status: '[data-testid=status]',
  controls: '[data-testid=controls]',
};
const styles = (page, selector = 'roundtable-briefing') =>
  page.locator(selector).evaluate((el, keys) => {
    const out = {};
    for (const [name, sel] of Object.entries(keys)) {
      const node = el.shadowRoot.querySelector(sel);
      const cs = node && getComputedStyle(node);
      out[name] = cs && { fontSize: cs.fontSize, color: cs.color, display: cs.display, visibility: cs.visibility };
    }
    return out;
  }, KEY_ELEMENTS);

/** The quote id of the slide a reader sees in one instance (not inert). */
const shownSlide = (page, selector) =>
  page.locator(selector).evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('[data-testid=slide]')]
      .filter((s) => !s.hasAttribute('inert'))
      .map((s) => s.querySelector('[data-quote]')?.dataset.quote),
  );

/** The data-testids of the sections shown (laid out) in one instance, in order. */
const shownSections = (page, selector) =>
  page.locator(selector).evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('[data-testid=briefing] section[data-testid]')]
      .filter((s) => s.getClientRects().length > 0)
      .map((s) => s.dataset.testid),
  );

/** Clicks inside the shadow root without Playwright's scrolling into view. */
const clickIn = (page, selector, testid) =>
  page.locator(selector).evaluate((el, id) => el.shadowRoot.querySelector(`[data-testid="${id}"]`).click(), testid);

/** The globals the page has that it did not have before embed.js ran. */
const addedGlobals = (page) =>
  page.evaluate(() => Object.keys(window).filter((k) => !window.__keysBefore.includes(k) && k !== '__keysBefore'));

test('hostile host CSS does not reach inside the widget', async () => {
  const want = await withHost('plain.html', ({ page }) => styles(page));
  for (const [name, s] of Object.entries(want)) assert.ok(s, `${name} found in the widget`);

  await withHost('hostile.html', async ({ page, problems }) => {
    const hostColour = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    assert.equal(hostColour, 'rgb(255, 0, 0)', 'the hostile CSS applies to the host');
    await animationsDone(page);
    await page.screenshot({ path: join(ARTIFACTS, 'embed-element-hostile-css.png') });
    assert.deepEqual(
      await styles(page),
      want,
      'font-size, colour and display of the headline, a filter, a speaker, a quote, the status and the controls',
    );
    const kz = page.locator('roundtable-briefing').locator('[data-testid=country-kz]');
    assert.equal(await kz.isVisible(), true, 'filter buttons are visible');
    await kz.click();
    assert.equal(await eventually(() => pressed(kz), 'true'), 'true', 'and work');
    assert.deepEqual(problems, []);
  });
});

test('two instances filter and change slides independently; the host is left alone', async () => {
  await withHost('two.html', async ({ page, problems }) => {
    const a = page.locator('#a');
    const b = page.locator('#b');
    await settled(page);
    assert.equal(await pressed(a, 'country-kz'), 'true', 'a: country="kz"');
    assert.equal(await pressed(b, 'country-ru'), 'true', 'b: country="ru"');
    assert.deepEqual(await shownSections(page, '#b'), ['quotes', 'figures'], 'b: sections="quotes,figures", in that order');
    for (const id of ['briefing-header', 'controls', 'source-note']) {
      assert.equal(await b.locator(`[data-testid=${id}]`).isVisible(), true, `b always shows ${id}`);
    }
    assert.ok((await shownSections(page, '#a')).length >= 6, 'a shows every section');

    assert.deepEqual(await addedGlobals(page), ['RoundtableBriefing'], 'one global');
    assert.equal(typeof (await page.evaluate(() => window.RoundtableBriefing.version)), 'string');

    await page.evaluate(() => window.scrollTo(0, 700));
    await page.waitForFunction(() => scrollY === 700);
    await nextFrames(page); // the scroll position holds once the page has rendered there
    const hostState = () =>
      page.evaluate(() => ({ href: location.href, length: history.length, title: document.title, x: scrollX, y: scrollY }));
    const before = await hostState();
    assert.equal(before.y, 700);

    // Interact by script (a real click would scroll the host to the button).
    await clickIn(page, '#a', 'country-all');
    await poll(async () => (await pressed(a, 'country-all')) === 'true');
    assert.equal(await pressed(a, 'country-all'), 'true', 'a: All');
    assert.equal(await pressed(b, 'country-ru'), 'true', 'b keeps Russia');
    await clickIn(page, '#b', 'country-all');
    await poll(async () => (await pressed(b, 'country-all')) === 'true');
    await settled(page); // the sections follow the controls one paint later
    assert.deepEqual(await shownSlide(page, '#a'), [DATA.quotes[0].id]);
    assert.deepEqual(await shownSlide(page, '#b'), [DATA.quotes[0].id]);
    await clickIn(page, '#a', 'slide-next');
    await poll(async () => (await shownSlide(page, '#a'))[0] === DATA.quotes[1].id);
    assert.deepEqual(await shownSlide(page, '#a'), [DATA.quotes[1].id], 'a: next slide');
    assert.deepEqual(await shownSlide(page, '#b'), [DATA.quotes[0].id], 'b: slide unchanged');
    await clickIn(page, '#b', 'topic-domestic-violence');
    assert.equal(await eventually(() => pressed(b, 'topic-domestic-violence'), 'true'), 'true', 'b: topic pressed');
    assert.equal(await pressed(a, 'topic-all'), 'true', 'a: topic unchanged');
    await clickIn(page, '#a', 'theme-dark');
    assert.equal(await eventually(() => pressed(a, 'theme-dark'), 'true'), 'true', 'a: theme pressed');
    await settled(page);
    // URL state would be written after the next paint: let that happen (wrongly) if it were going to.
    await afterPaints(page);
    assert.deepEqual(await hostState(), before, 'host URL, history length, title and scroll position unchanged');
    assert.deepEqual(problems, []);
  });
});

test('a bad attribute falls back to the default with one warning; attribute changes update the widget', async () => {
  const warnings = [];
  await withHost(
    'bad.html',
    async ({ page, problems }) => {
      const el = page.locator('roundtable-briefing');
      assert.equal(await pressed(el, 'country-all'), 'true', 'falls back to All');
      // The warning is logged while the app mounts; its console event may reach us a moment later.
      await poll(() => warnings.some((w) => w.includes('country="xx"')));
      await consoleFlushed(page); // a second warning, if any, has arrived too
      const named = warnings.filter((w) => w.includes('country="xx"'));
      assert.equal(named.length, 1, `one console warning names country="xx" (warnings: ${JSON.stringify(warnings)})`);
      assert.match(named[0], /^roundtable-briefing: ignoring country="xx"/);

      await el.locator('[data-testid=topic-domestic-violence]').click();
      assert.equal(await eventually(() => pressed(el, 'topic-domestic-violence'), 'true'), 'true');
      await el.evaluate((e) => e.setAttribute('country', 'ru'));
      const ok = await poll(async () => (await pressed(el, 'country-ru')) === 'true');
      assert.ok(ok, 'country="ru" set after load selects Russia');
      assert.equal(await pressed(el, 'topic-domestic-violence'), 'true', 'the reader\'s topic is kept');
      await el.evaluate((e) => e.setAttribute('sections', 'stats'));
      await poll(async () => {
        await settled(page);
        return (await shownSections(page, 'roundtable-briefing')).join() === 'figures';
      });
      assert.deepEqual(await shownSections(page, 'roundtable-briefing'), ['figures'], 'sections="stats" (the figures\' earlier code) set after load');
      assert.deepEqual(problems, []);
    },
    { setup: (p) => p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())) },
  );
});

test('embed.js included twice: no error, one definition, one global', async () => {
  // The same URL twice is one module; a second URL (`?copy`) runs the script again.
  const infos = [];
  await withHost(
    'twice.html',
    async ({ page, problems }) => {
      // The note is logged before the page's load event; its console event may reach us a moment later.
      await poll(() => infos.some((t) => /roundtable-briefing: already defined/.test(t)));
      assert.ok(
        infos.some((t) => /roundtable-briefing: already defined/.test(t)),
        `the second copy logs a note (console: ${JSON.stringify(infos)})`,
      );
      assert.deepEqual(await addedGlobals(page), ['RoundtableBriefing']);
      assert.equal(await page.locator('roundtable-briefing').locator('[data-testid=briefing]').count(), 1, 'one briefing rendered');
      const kz = page.locator('roundtable-briefing').locator('[data-testid=country-kz]');
      await kz.click();
      assert.equal(await eventually(() => pressed(kz), 'true'), 'true', 'and it works');
      assert.deepEqual(problems, [], 'no exception');
    },
    { setup: (p) => p.on('console', (m) => m.type() !== 'error' && infos.push(m.text())) },
  );
});

test('axe-core finds no violations: host page with the element, embed.html, the standalone page', async () => {
  // The host page with the element.
  await withHost('plain.html', async ({ page }) => {
    assert.deepEqual(await axeViolations(page), [], `${t.host.url}plain.html`);
  });
  // embed.html in its place: a frame of a host page (axe runs in both), once
  // its app is live and the parent script has given the frame its height.
  await withPage(
    `${t.host.url}iframe.html`,
    async ({ page }) => {
      const frame = await (await page.waitForSelector('iframe[data-roundtable-briefing]')).contentFrame();
      await waitLive(frame);
      await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe[data-roundtable-briefing]').style.height));
      assert.deepEqual(await axeViolations(page, { frames: true }), [], `${t.host.url}iframe.html`);
    },
    { live: false },
  );
  // embed.html on its own: a document of its own, with its own h1; and the standalone page.
  for (const url of [`${t.widget.url}embed.html`, t.widget.url]) {
    await withPage(url, async ({ page }) => {
      assert.deepEqual(await axeViolations(page), [], url);
    });
  }
});
