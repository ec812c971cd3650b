// End-to-end: the script embed (dist/embed.js, <roundtable-briefing>)
// against docs/embedding.md. Host pages live on another origin than the
// briefing (which, like any static host that allows embedding, sends
// Access-Control-Allow-Origin: the module script and the wasm are fetched
// with CORS), so every URL the widget uses must resolve against embed.js,
// not against the host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, DATA, axeViolations, launchBrowser, openPage, poll, serveDist, settled } from './support.mjs';

let widget; // the briefing's origin (dist/)
let host; // the news site
let browser;

const HOSTILE_CSS = `* { font-size: 30px !important; color: red !important }
div { display: flex }
button { display: none }
`;
const HOST_CSS = `.spacer { height: 1500px }
`;
// Records the host's own globals before embed.js runs (external: no inline scripts).
const KEYS_JS = `window.__keysBefore = Object.keys(window);
`;

/**
 * A host page: `body` is the markup inside <main>; `head` extra tags.
 * `scripts`: one entry per inclusion of embed.js, a query to add or null (default: one).
 */
function page({ body, head = '', scripts = [null] }) {
  return () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A news site: an article</title><link rel="icon" href="data:,">${head}
${scripts.map((query) => `<script type="module" src="${widget.url}embed.js${query ?? ''}"></script>`).join('\n')}
</head><body><header><p>A news site</p></header><main><h1>An article with a briefing</h1>
<p>Some text of the article.</p>
${body}
<p>The article goes on.</p></main></body></html>`;
}

before(async () => {
  widget = await serveDist({ headers: { 'access-control-allow-origin': '*' } });
  host = await serveDist({
    pages: {
      'plain.html': page({ body: '<roundtable-briefing></roundtable-briefing>' }),
      'hostile.html': page({
        head: '<link rel="stylesheet" href="hostile.css">',
        body: '<roundtable-briefing></roundtable-briefing>',
      }),
      'two.html': page({
        head: '<link rel="stylesheet" href="host.css"><script src="keys.js"></script>',
        body: `<div class="spacer"></div>
<roundtable-briefing id="a" country="kz"></roundtable-briefing>
<roundtable-briefing id="b" country="ru" sections="quotes,stats"></roundtable-briefing>
<div class="spacer"></div>`,
      }),
      'bad.html': page({ body: '<roundtable-briefing country="xx"></roundtable-briefing>' }),
      'twice.html': page({
        head: '<script src="keys.js"></script>',
        body: '<roundtable-briefing></roundtable-briefing>',
        scripts: [null, null, '?copy'],
      }),
      'iframe.html': page({
        scripts: [],
        body: `<iframe data-roundtable-briefing src="${widget.url}embed.html"
  title="Roundtable briefing: Kazakhstan and Russia on family policy" width="100%" height="1400"></iframe>
<script src="${widget.url}embed-parent.js" defer></script>`,
      }),
      'hostile.css': HOSTILE_CSS,
      'host.css': HOST_CSS,
      'keys.js': KEYS_JS,
    },
  });
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), host?.close()]);
});

/** Opens a host page and waits until the widget has rendered and its stylesheet and files have loaded. */
async function openHost(name, options = {}) {
  const opened = await openPage(browser, `${host.url}${name}`, options);
  await opened.page.waitForLoadState('networkidle');
  await opened.page.waitForFunction(() =>
    [...document.querySelectorAll('roundtable-briefing')].every((el) =>
      [...(el.shadowRoot?.querySelectorAll('link[rel=stylesheet]') ?? [])].every((l) => l.sheet),
    ),
  );
  return opened;
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

const pressed = (loc) => loc.getAttribute('aria-pressed');

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

test('hostile host CSS does not reach inside the widget', async () => {
  const plain = await openHost('plain.html');
  const want = await styles(plain.page);
  await plain.context.close();
  for (const [name, s] of Object.entries(want)) assert.ok(s, `${name} found in the widget`);

  const { page, context, problems } = await openHost('hostile.html');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(255, 0, 0)', 'the hostile CSS applies to the host');
  await page.screenshot({ path: join(ARTIFACTS, 'embed-element-hostile-css.png') });
  assert.deepEqual(await styles(page), want, 'font-size, colour and display of the headline, a filter, a speaker, a quote, the status and the controls');
  const kz = page.locator('roundtable-briefing').locator('[data-testid=country-kz]');
  assert.equal(await kz.isVisible(), true, 'filter buttons are visible');
  await kz.click();
  assert.equal(await pressed(kz), 'true', 'and work');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two instances filter and change slides independently; the host is left alone', async () => {
  const { page, context, problems } = await openHost('two.html');
  const a = page.locator('#a');
  const b = page.locator('#b');
  await b.locator('[data-testid=briefing]').waitFor();
  assert.equal(await pressed(a.locator('[data-testid=country-kz]')), 'true', 'a: country="kz"');
  assert.equal(await pressed(b.locator('[data-testid=country-ru]')), 'true', 'b: country="ru"');
  assert.deepEqual(await shownSections(page, '#b'), ['quotes', 'figures'], 'b: sections="quotes,stats", in that order');
  for (const id of ['briefing-header', 'controls', 'source-note']) {
    assert.equal(await b.locator(`[data-testid=${id}]`).isVisible(), true, `b always shows ${id}`);
  }
  assert.ok((await shownSections(page, '#a')).length >= 6, 'a shows every section');

  const added = await page.evaluate(() => Object.keys(window).filter((k) => !window.__keysBefore.includes(k) && k !== '__keysBefore'));
  assert.deepEqual(added, ['RoundtableBriefing'], 'one global');
  assert.equal(typeof (await page.evaluate(() => window.RoundtableBriefing.version)), 'string');

  await page.evaluate(() => window.scrollTo(0, 700));
  await page.waitForTimeout(100);
  const hostState = () =>
    page.evaluate(() => ({ href: location.href, length: history.length, title: document.title, x: scrollX, y: scrollY }));
  const before = await hostState();
  assert.equal(before.y, 700);

  // Interact by script (a real click would scroll the host to the button).
  await clickIn(page, '#a', 'country-all');
  await poll(async () => (await pressed(a.locator('[data-testid=country-all]'))) === 'true');
  assert.equal(await pressed(a.locator('[data-testid=country-all]')), 'true', 'a: All');
  assert.equal(await pressed(b.locator('[data-testid=country-ru]')), 'true', 'b keeps Russia');
  await clickIn(page, '#b', 'country-all');
  await poll(async () => (await pressed(b.locator('[data-testid=country-all]'))) === 'true');
  await settled(page); // the sections follow the controls one paint later
  assert.deepEqual(await shownSlide(page, '#a'), [DATA.quotes[0].id]);
  assert.deepEqual(await shownSlide(page, '#b'), [DATA.quotes[0].id]);
  await clickIn(page, '#a', 'slide-next');
  await poll(async () => (await shownSlide(page, '#a'))[0] === DATA.quotes[1].id);
  assert.deepEqual(await shownSlide(page, '#a'), [DATA.quotes[1].id], 'a: next slide');
  assert.deepEqual(await shownSlide(page, '#b'), [DATA.quotes[0].id], 'b: slide unchanged');
  await clickIn(page, '#b', 'topic-domestic-violence');
  await poll(async () => (await pressed(b.locator('[data-testid=topic-domestic-violence]'))) === 'true');
  assert.equal(await pressed(a.locator('[data-testid=topic-all]')), 'true', 'a: topic unchanged');
  await clickIn(page, '#a', 'theme-dark');
  await page.waitForTimeout(500); // URL state is written after the next paint: give it time to (wrongly) happen
  assert.deepEqual(await hostState(), before, 'host URL, history length, title and scroll position unchanged');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad attribute falls back to the default with one warning; attribute changes update the widget', async () => {
  const warnings = [];
  const { page, context, problems } = await openHost('bad.html', {
    setup: (p) => p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
  });
  const el = page.locator('roundtable-briefing');
  assert.equal(await pressed(el.locator('[data-testid=country-all]')), 'true', 'falls back to All');
  const named = warnings.filter((w) => w.includes('country="xx"'));
  assert.equal(named.length, 1, `one console warning names country="xx" (warnings: ${JSON.stringify(warnings)})`);
  assert.match(named[0], /^roundtable-briefing: ignoring country="xx"/);

  await el.locator('[data-testid=topic-domestic-violence]').click();
  assert.equal(await pressed(el.locator('[data-testid=topic-domestic-violence]')), 'true');
  await el.evaluate((e) => e.setAttribute('country', 'ru'));
  const ok = await poll(async () => (await pressed(el.locator('[data-testid=country-ru]'))) === 'true');
  assert.ok(ok, 'country="ru" set after load selects Russia');
  assert.equal(await pressed(el.locator('[data-testid=topic-domestic-violence]')), 'true', 'the reader\'s topic is kept');
  await el.evaluate((e) => e.setAttribute('sections', 'stats'));
  await poll(async () => (await shownSections(page, 'roundtable-briefing')).join() === 'figures');
  assert.deepEqual(await shownSections(page, 'roundtable-briefing'), ['figures'], 'sections="stats" set after load');
  assert.deepEqual(problems, []);
  await context.close();
});

test('embed.js included twice: no error, one definition, one global', async () => {
  // The same URL twice is one module; a second URL (`?copy`) runs the script again.
  const infos = [];
  const { page, context, problems } = await openHost('twice.html', {
    setup: (p) => p.on('console', (m) => m.type() !== 'error' && infos.push(m.text())),
  });
  assert.ok(
    infos.some((t) => /roundtable-briefing: already defined/.test(t)),
    `the second copy logs a note (console: ${JSON.stringify(infos)})`,
  );
  const added = await page.evaluate(() => Object.keys(window).filter((k) => !window.__keysBefore.includes(k) && k !== '__keysBefore'));
  assert.deepEqual(added, ['RoundtableBriefing']);
  assert.equal(await page.locator('roundtable-briefing').locator('[data-testid=briefing]').count(), 1, 'one briefing rendered');
  const kz = page.locator('roundtable-briefing').locator('[data-testid=country-kz]');
  await kz.click();
  assert.equal(await pressed(kz), 'true', 'and it works');
  assert.deepEqual(problems, [], 'no exception');
  await context.close();
});

test('axe-core finds no violations: host page with the element, embed.html, the standalone page', async () => {
  const pages = [
    [`${host.url}plain.html`, {}],
    // embed.html in its place: a frame of a host page (axe runs in both).
    [`${host.url}iframe.html`, { frames: true }, { waitFor: 'iframe' }],
    // embed.html on its own: a document of its own, with its own h1.
    [`${widget.url}embed.html`, {}],
    [widget.url, {}],
  ];
  for (const [url, options, open = {}] of pages) {
    const { page, context } = await openPage(browser, url, open);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    assert.deepEqual(await axeViolations(page, options), [], url);
    await context.close();
  }
});
