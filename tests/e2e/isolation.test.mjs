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
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DATA,
  DIST,
  clickPressed,
  consoleFlushed,
  hostPage,
  iframeEmbed,
  openEveryDetails,
  poll,
  pressed,
  quiet,
  serveDist,
  settled,
  useBrowser,
  withPage,
} from './support/index.mjs';

// Both builds' embed.js, in this order (after the define counter), and one element for each.
const hostTwoBuilds = () =>
  hostPage({
    kind: 'none',
    title: 'A news site with two briefings',
    heading: 'Two briefings from two builds',
    icon: 'a/favicon.png',
    head: `<script src="count-defines.js"></script>
<script type="module" src="a/embed.js"></script>
<script type="module" src="b/embed.js"></script>`,
    body: '<roundtable-briefing id="one"></roundtable-briefing>\n<roundtable-briefing id="two"></roundtable-briefing>',
  });

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

/**
 * A snapshot of dist/ (others may rebuild it while the tests run), twice:
 * under /a/ as it is, under /b/ with another VERSION in embed.js. Closing
 * the server removes the snapshot.
 */
async function serveTwoBuilds() {
  const tmp = await mkdtemp(join(tmpdir(), 'rb-isolation-'));
  await cp(DIST, join(tmp, 'a'), { recursive: true });
  await cp(DIST, join(tmp, 'b'), { recursive: true });
  const embedB = await readFile(join(tmp, 'b/embed.js'), 'utf8');
  // The build's version, `<package version>+<16 hex digits>`, is one string
  // literal in the (minified) embed.js.
  const version = /(["'])(\d+\.\d+\.\d+\+[0-9a-f]{16})\1/.exec(embedB);
  assert.ok(version, 'embed.js has a VERSION constant');
  assert.equal(embedB.split(version[0]).length, 2, 'the version is written once');
  versionA = version[2];
  await writeFile(join(tmp, 'b/embed.js'), embedB.replace(version[0], `'${VERSION_B}'`));
  const server = await serveDist({ dist: tmp, pages: { 'host.html': () => hostTwoBuilds(), 'count-defines.js': COUNT_DEFINES_JS } });
  return {
    ...server,
    close: async () => {
      await server.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

const t = useBrowser({
  // dist/ with the host pages (the favicon is the build's own file, so its request is listed too).
  server: () =>
    serveDist({
      pages: {
        'host-element.html': () => hostPage({ icon: 'favicon.png', body: '<roundtable-briefing></roundtable-briefing>' }),
        'host-iframe.html': () => hostPage({ kind: 'iframe', icon: 'favicon.png', body: iframeEmbed('embed.html') }),
      },
    }),
  twoBuilds: serveTwoBuilds,
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

/**
 * `openPage`'s `setup`: records every request of the context (all frames,
 * workers too) with its type and frame, page errors and console messages.
 */
function record(page, context) {
  const requests = [];
  const errors = [];
  const consoleMessages = [];
  context.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType(), frame: r.frame()?.url() ?? '(worker)' }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  return { requests, errors, consoleMessages };
}

test('two builds of embed.js on one page: one definition, a note from the second, both elements work', async () => {
  await withPage(
    `${t.twoBuilds.url}host.html`,
    async ({ page, extra: { requests, errors, consoleMessages } }) => {
      // Both elements are live (openPage waited for two briefings); the second build has run and logged.
      await poll(() => consoleMessages.some((m) => m.text.includes('already defined')));
      await quiet(page);
      await consoleFlushed(page); // a second note, if any, has arrived too
      assert.deepEqual(errors, [], 'no exception (pageerror)');
      assert.deepEqual(
        await page.evaluate(() => window.__defines),
        { 'roundtable-briefing': 1 },
        'customElements.define called once, for roundtable-briefing',
      );
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
      assert.equal(await pressed(two, 'country-all'), 'true', 'two: still All after a click in one');
      await clickPressed(two, 'topic-domestic-violence');
      assert.equal(await pressed(one, 'topic-all'), 'true', 'one: topic still All after a click in two');
      assert.equal(await pressed(one, 'country-kz'), 'true', 'one keeps Kazakhstan');
      assert.equal(await pressed(two, 'country-all'), 'true', 'two keeps All');
      await settled(page);
      const counts = await page.evaluate(() =>
        ['#one', '#two'].map((s) =>
          [...document.querySelector(s).shadowRoot.querySelectorAll('[data-testid=speaker]')].filter((e) => e.checkVisibility({ visibilityProperty: true })).length,
        ),
      );
      const kz = DATA.speakers.filter((s) => s.country === 'kz').length;
      assert.equal(counts[0], kz, `one shows the ${kz} speakers from Kazakhstan`);
      assert.ok(counts[1] > 0 && counts[1] !== counts[0], `two shows its own selection (${counts[1]} speakers)`);
      assert.deepEqual(errors, [], 'no exception after the clicks');
    },
    { setup: record, live: 2 },
  );
});

/**
 * The four pages: what, path, where the briefing is (null: in the document;
 * a selector: in that element's shadow root; 'iframe': in the page's iframe),
 * and `openPage`'s `live` (the iframe host page waits for its frame instead).
 */
const PAGES = [
  ['index.html', 'index.html', null, true],
  ['embed.html', 'embed.html', null, true],
  ['a host page with the custom element', 'host-element.html', 'roundtable-briefing', true],
  ['a host page with the iframe and embed-parent.js', 'host-iframe.html', 'iframe', false],
];

/** Opens every details in every frame of `page`, and waits until what that started has finished. */
async function openAllDetails(page) {
  for (const frame of page.frames()) await openEveryDetails(frame);
  await quiet(page);
}

/** Clicks filters, a slide and a theme in the briefing, then opens every details (and waits until it has all loaded). */
async function interact(page, where) {
  await quiet(page);
  const scope = where === 'iframe' ? page.frameLocator('iframe[data-roundtable-briefing]') : where ? page.locator(where) : page;
  await clickPressed(scope, 'country-kz');
  await clickPressed(scope, 'topic-demography');
  await clickPressed(scope, 'country-all');
  await clickPressed(scope, 'topic-all');
  await clickPressed(scope, 'theme-dark');
  await scope.locator('[data-testid=slide-next]').click();
  // Every details, in every frame and shadow root.
  await openAllDetails(page);
}

test('every request of every page goes to its own origin (iframes included)', async () => {
  const listing = [];
  const foreign = [];
  for (const [what, path, where, live] of PAGES) {
    await withPage(
      `${t.server.url}${path}`,
      async ({ page, extra: { requests, errors } }) => {
        await interact(page, where);
        assert.deepEqual(errors, [], `${what}: no exception`);
        const frames = page.frames().map((f) => f.url());
        if (where === 'iframe') assert.equal(frames.length, 2, `${what}: the page and its iframe`);
        listing.push(`${what} (frames: ${frames.map(shortUrl).join(', ')}):`);
        for (const r of requests) {
          const url = new URL(r.url);
          const own = url.origin === t.server.origin;
          const local = url.protocol === 'data:' || url.protocol === 'about:';
          listing.push(
            `  ${own ? 'own  ' : local ? 'local' : 'FOREIGN'} ${r.type.padEnd(10)} ${own ? url.pathname + url.search : r.url.slice(0, 100)}  [frame ${shortUrl(r.frame)}]`,
          );
          if (!own && !local) foreign.push(`${what}: ${r.url}`);
        }
        assert.ok(requests.length >= 4, `${what}: requests recorded (${requests.length})`);
      },
      { setup: record, live },
    );
  }
  console.log(`# requests, by page (origin ${t.server.origin}):\n# ${listing.join('\n# ')}`);
  assert.deepEqual(foreign, [], 'no request leaves the page\'s origin');
});

test('nothing is stored: no cookie, no localStorage or sessionStorage, no IndexedDB, on every page and frame', async () => {
  for (const [what, path, where, live] of PAGES) {
    await withPage(
      `${t.server.url}${path}`,
      async ({ page, context }) => {
        for (const moment of ['after load', 'after interaction']) {
          // After load: every briefing (the iframe's too) live, and given its frames to store something.
          if (moment === 'after load') await quiet(page);
          else await interact(page, where);
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
      },
      { live },
    );
  }
});
