// End-to-end: the briefing keeps to itself (issue #8, points 5 and 6).
//
// (a) Two different builds of embed.js on one host page: the first defines
//     <roundtable-briefing>, the second logs a note and does nothing; no
//     exception, and both elements work independently.
// (b) Every request any page makes (index.html, embed.html, a host page with
//     the custom element, a host page with the iframe and embed-parent.js),
//     iframes included, goes to the page's own origin; each page's requests
//     are listed in the test output.
// (c) After load and interaction nothing is stored: no cookie, nothing in
//     localStorage or sessionStorage, no IndexedDB database (nor a cache or
//     a service worker), in the page and in every frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA, DIST, launchBrowser, poll, serveDist } from './support.mjs';

let browser;
let server; // dist/ with the host pages
let twoBuilds; // a snapshot of dist/ under /a/, a copy with another version under /b/
let tmp;

const hostElement = (base = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A news site: an article</title><link rel="icon" href="${base}favicon.png">
<script type="module" src="${base}embed.js"></script></head>
<body><main><h1>An article with a briefing</h1><p>Some text of the article.</p>
<roundtable-briefing></roundtable-briefing>
<p>The article goes on.</p></main></body></html>`;

const hostIframe = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A news site: an article</title><link rel="icon" href="favicon.png"></head>
<body><main><h1>An article with a briefing</h1><p>Some text of the article.</p>
<iframe data-roundtable-briefing src="embed.html"
  title="Roundtable briefing: Kazakhstan and Russia on family policy"
  width="100%" height="1400" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
<script src="embed-parent.js" defer></script>
<p>The article goes on.</p></main></body></html>`;

// Both builds' embed.js, in this order, and one element for each.
const hostTwoBuilds = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A news site with two briefings</title><link rel="icon" href="a/favicon.png">
<script src="count-defines.js"></script>
<script type="module" src="a/embed.js"></script>
<script type="module" src="b/embed.js"></script></head>
<body><main><h1>Two briefings from two builds</h1>
<roundtable-briefing id="one"></roundtable-briefing>
<roundtable-briefing id="two"></roundtable-briefing></main></body></html>`;

// Counts customElements.define calls per name (external: no inline script).
const COUNT_DEFINES_JS = `window.__defines = {};
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => {
  window.__defines[name] = (window.__defines[name] ?? 0) + 1;
  return define(name, ...rest);
};
`;

let versionA;
const VERSION_B = '9.9.9+second-build';

before(async () => {
  server = await serveDist({ pages: { 'host-element.html': () => hostElement(), 'host-iframe.html': () => hostIframe() } });
  // A snapshot of dist/ (others may rebuild it while the tests run), twice.
  tmp = await mkdtemp(join(tmpdir(), 'rb-isolation-'));
  await cp(DIST, join(tmp, 'a'), { recursive: true });
  await cp(DIST, join(tmp, 'b'), { recursive: true });
  const embedB = await readFile(join(tmp, 'b/embed.js'), 'utf8');
  const version = /const VERSION = '([^']+)';/.exec(embedB);
  assert.ok(version, 'embed.js has a VERSION constant');
  versionA = version[1];
  await writeFile(join(tmp, 'b/embed.js'), embedB.replace(version[0], `const VERSION = '${VERSION_B}';`));
  twoBuilds = await serveDist({ dist: tmp, pages: { 'host.html': () => hostTwoBuilds(), 'count-defines.js': COUNT_DEFINES_JS } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), twoBuilds?.close()]);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A URL's path and query, for listings (or the text itself if it is not a URL). */
function shortUrl(u) {
  try {
    const url = new URL(u);
    return url.pathname + url.search;
  } catch {
    return u || '(none)';
  }
}

/** A fresh context recording every request (all frames, workers too) and page errors. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__prerendered = document.querySelector('[data-testid=briefing]');
    });
  });
  const requests = [];
  const errors = [];
  const consoleMessages = [];
  context.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType(), frame: r.frame()?.url() ?? '(worker)' }));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  await page.goto(url);
  return { page, context, requests, errors, consoleMessages };
}

/** Waits until the app is live in `frame` (replaced the pre-rendered briefing) or in `frame`'s custom elements. */
function waitLive(frame, where) {
  return frame.waitForFunction(
    (w) =>
      w
        ? [...document.querySelectorAll(w)].every((el) => el.shadowRoot?.querySelector('[data-testid=briefing]'))
        : !!document.querySelector('[data-testid=briefing]') && document.querySelector('[data-testid=briefing]') !== window.__prerendered,
    where,
    { timeout: 15000 },
  );
}

const pressed = (loc) => loc.getAttribute('aria-pressed');

async function clickPressed(scope, id) {
  const button = scope.locator(`[data-testid="${id}"]`).first();
  await button.click();
  await poll(async () => (await pressed(button)) === 'true', { timeout: 2000 });
  assert.equal(await pressed(button), 'true', `${id} pressed`);
}

test('two builds of embed.js on one page: one definition, a note from the second, both elements work', async () => {
  const { page, context, requests, errors, consoleMessages } = await open(`${twoBuilds.url}host.html`);
  try {
    await waitLive(page.mainFrame(), 'roundtable-briefing');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(errors, [], 'no exception (pageerror)');
    assert.deepEqual(await page.evaluate(() => window.__defines), { 'roundtable-briefing': 1 }, 'customElements.define called once, for roundtable-briefing');
    assert.equal(await page.evaluate(() => window.RoundtableBriefing?.version), versionA, 'the first build (a/) defined it');
    const notes = consoleMessages.filter((m) => m.text.includes('already defined'));
    assert.equal(notes.length, 1, `one note (console: ${JSON.stringify(consoleMessages)})`);
    assert.equal(notes[0].type, 'info', 'the note is console.info');
    assert.ok(notes[0].text.includes(versionA) && notes[0].text.includes(VERSION_B), `the note names both versions: ${notes[0].text}`);
    assert.deepEqual(
      consoleMessages.filter((m) => m.type === 'error'),
      [],
      'no console error',
    );
    // The second build fetched only its embed.js; the app came from the first.
    const fromB = requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/b/'));
    assert.deepEqual(fromB, ['/b/embed.js'], 'from b/ only embed.js is requested');
    const wasm = requests.filter((r) => r.url.endsWith('.wasm')).map((r) => new URL(r.url).pathname);
    assert.equal(wasm.length, 1, `the wasm is fetched once (${wasm.join(', ')})`);
    assert.ok(wasm[0].startsWith('/a/'), 'from a/');

    // Independent: a filter in one leaves the other as it is.
    const one = page.locator('#one');
    const two = page.locator('#two');
    await clickPressed(one, 'country-kz');
    assert.equal(await pressed(two.locator('[data-testid=country-all]')), 'true', 'two: still All after a click in one');
    await clickPressed(two, 'topic-domestic-violence');
    assert.equal(await pressed(one.locator('[data-testid=topic-all]')), 'true', 'one: topic still All after a click in two');
    assert.equal(await pressed(one.locator('[data-testid=country-kz]')), 'true', 'one keeps Kazakhstan');
    assert.equal(await pressed(two.locator('[data-testid=country-all]')), 'true', 'two keeps All');
    const counts = await page.evaluate(() =>
      ['#one', '#two'].map((s) =>
        [...document.querySelector(s).shadowRoot.querySelectorAll('[data-testid=speaker]')].filter((e) => e.checkVisibility()).length,
      ),
    );
    const kz = DATA.speakers.filter((s) => s.country === 'kz').length;
    assert.equal(counts[0], kz, `one shows the ${kz} speakers from Kazakhstan`);
    assert.ok(counts[1] > 0 && counts[1] !== counts[0], `two shows its own selection (${counts[1]} speakers)`);
    assert.deepEqual(errors, [], 'no exception after the clicks');
  } finally {
    await context.close();
  }
});

/** The four pages; `interact` clicks filters, a slide and a theme, and opens every details. */
const PAGES = [
  ['index.html', 'index.html', null],
  ['embed.html', 'embed.html', null],
  ['a host page with the custom element', 'host-element.html', 'roundtable-briefing'],
  ['a host page with the iframe and embed-parent.js', 'host-iframe.html', 'iframe'],
];

async function interact(page, where) {
  if (where === 'iframe') {
    const frame = await (await page.waitForSelector('iframe[data-roundtable-briefing]')).contentFrame();
    await waitLive(frame, null);
  } else {
    await waitLive(page.mainFrame(), where);
  }
  const scope = where === 'iframe' ? page.frameLocator('iframe[data-roundtable-briefing]') : where ? page.locator(where) : page;
  await clickPressed(scope, 'country-kz');
  await clickPressed(scope, 'topic-demography');
  await clickPressed(scope, 'country-all');
  await clickPressed(scope, 'topic-all');
  await clickPressed(scope, 'theme-dark');
  await scope.locator('[data-testid=slide-next]').click();
  // Every details, in every frame and shadow root (on index.html this opens the
  // embed-code builder, whose preview frame loads embed.html).
  for (const frame of page.frames()) {
    await frame.evaluate(() => {
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'details') el.open = true;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
    });
  }
  await page.waitForTimeout(500);
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    await frame.waitForLoadState('load');
    await waitLive(frame, null).catch(() => {}); // frames without a briefing: nothing to wait for
  }
  await page.waitForTimeout(500);
}

test('every request of every page goes to its own origin (iframes included)', async () => {
  const listing = [];
  const foreign = [];
  for (const [what, path, where] of PAGES) {
    const { page, context, requests, errors } = await open(`${server.url}${path}`);
    try {
      await interact(page, where);
      assert.deepEqual(errors, [], `${what}: no exception`);
      const frames = page.frames().map((f) => f.url());
      if (where === 'iframe') assert.equal(frames.length, 2, `${what}: the page and its iframe`);
      listing.push(`${what} (frames: ${frames.map(shortUrl).join(', ')}):`);
      for (const r of requests) {
        const url = new URL(r.url);
        const own = url.origin === server.origin;
        const local = url.protocol === 'data:' || url.protocol === 'about:';
        listing.push(`  ${own ? 'own  ' : local ? 'local' : 'FOREIGN'} ${r.type.padEnd(10)} ${own ? url.pathname + url.search : r.url.slice(0, 100)}  [frame ${shortUrl(r.frame)}]`);
        if (!own && !local) foreign.push(`${what}: ${r.url}`);
      }
      assert.ok(requests.length >= 4, `${what}: requests recorded (${requests.length})`);
    } finally {
      await context.close();
    }
  }
  console.log(`# requests, by page (origin ${server.origin}):\n# ${listing.join('\n# ')}`);
  assert.deepEqual(foreign, [], 'no request leaves the page\'s origin');
});

test('nothing is stored: no cookie, no localStorage or sessionStorage, no IndexedDB, on every page and frame', async () => {
  for (const [what, path, where] of PAGES) {
    const { page, context } = await open(`${server.url}${path}`);
    try {
      for (const moment of ['after load', 'after interaction']) {
        if (moment === 'after load') {
          if (where === 'iframe') {
            const frame = await (await page.waitForSelector('iframe[data-roundtable-briefing]')).contentFrame();
            await waitLive(frame, null);
          } else {
            await waitLive(page.mainFrame(), where);
          }
          await page.waitForTimeout(300);
        } else {
          await interact(page, where);
        }
        for (const frame of page.frames()) {
          const stored = await frame.evaluate(async () => ({
            cookie: document.cookie,
            localStorage: localStorage.length,
            sessionStorage: sessionStorage.length,
            indexedDB: (await indexedDB.databases()).map((d) => d.name),
            caches: await caches.keys(),
            serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
          }));
          const at = `${what}, ${moment}, frame ${shortUrl(frame.url())}`;
          assert.deepEqual(
            stored,
            { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 },
            `${at}: nothing stored`,
          );
        }
        // The browser's own view: no cookie in the context at all.
        assert.deepEqual(await context.cookies(), [], `${what}, ${moment}: no cookie in the browser`);
      }
    } finally {
      await context.close();
    }
  }
});
