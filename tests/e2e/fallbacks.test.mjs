// End-to-end: what readers get when the app cannot start (issue #8, point 1).
// index.html and embed.html arrive with the whole briefing pre-rendered;
// whatever stops the wasm or its JavaScript from loading, that content must
// stay complete and readable (every speaker, both quotes, every figure), about
// as tall as the live briefing, with no endless spinner, and, where scripts
// run at all, with a note saying the interactive features could not load.
// The custom element keeps the fallback a host pasted inside it and shows a
// note in its shadow root. Each failure mode is a test of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DATA,
  DIST,
  STATE_TIMEOUT,
  animationsDone,
  hostPage,
  poll,
  serveDist,
  useBrowser,
  waitElementsLive,
  withPage,
} from './support/index.mjs';

const files = await readdir(DIST);
/** A bundle's wasm and glue in dist/ (`roundtable-briefing`: the reader's client of every page here). */
const bundle = (stem) => {
  const found = {
    WASM: files.find((f) => new RegExp(`^${stem}-[0-9a-f]+_bg\\.wasm$`).test(f)),
    GLUE: files.find((f) => new RegExp(`^${stem}-[0-9a-f]+\\.js$`).test(f)),
  };
  assert.ok(found.WASM && found.GLUE, `dist/ holds ${stem}'s wasm and its glue (found: ${files.join(', ')})`);
  return found;
};
/** The files each page's app loads: the element of embed.js runs the same reader's client. */
const BUNDLES = { 'index.html': bundle('roundtable-briefing'), 'embed.html': bundle('roundtable-briefing'), 'host.html': bundle('roundtable-briefing') };

// The policy of docs/embedding.md without 'wasm-unsafe-eval'.
const CSP_NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

let fallbackHtml; // the pre-rendered briefing of dist/index.html (outerHTML of [data-testid=briefing])
const workingHeight = {}; // page -> height of the live briefing

/** The pages under test: the standalone page, the iframe embed page, a host page with the element. */
const PAGES = ['index.html', 'embed.html', 'host.html'];

const t = useBrowser({
  // dist/, with a host page whose <roundtable-briefing> holds the pre-rendered briefing as its fallback.
  server: () =>
    serveDist({ pages: { 'host.html': () => hostPage({ body: `<roundtable-briefing>${fallbackHtml}</roundtable-briefing>` }) } }),
});

/**
 * Waits until `page` shows what it has loaded: every stylesheet of the
 * document and of its shadow roots applied (the fallback's static.css
 * among them), the fonts loaded, and (with JavaScript) no transition under
 * way. Polled from here, so it works with JavaScript off too. Returns
 * whether the stylesheets loaded.
 */
async function stylesApplied(page, { javaScriptEnabled = true } = {}) {
  const applied = await poll(() =>
    page.evaluate(() => {
      const roots = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      const links = roots.flatMap((r) => [...r.querySelectorAll('link[rel~=stylesheet]')]);
      return document.fonts.status === 'loaded' && links.every((l) => l.sheet);
    }),
  );
  if (applied && javaScriptEnabled) await animationsDone(page);
  return applied;
}

/**
 * Measures, once, what the failure modes are compared with: the element's
 * fallback HTML and the live briefing's height on each page. Called by each
 * test rather than in a second top-level `before` (Node 20 runs top-level
 * `before` hooks concurrently, so one could start before useBrowser's).
 */
let measured = null;
const measure = () => (measured ??= measureLive());

async function measureLive() {
  // The element's fallback: the briefing as dist/index.html pre-renders it (read with JavaScript off).
  fallbackHtml = await withPage(`${t.server.url}index.html`, ({ page }) => page.$eval('[data-testid=briefing]', (el) => el.outerHTML), {
    javaScriptEnabled: false,
  });
  assert.ok(fallbackHtml.length > 10000, 'the pre-rendered briefing is in dist/index.html');

  // The height of the live briefing on each page, once the app has taken over and its styles apply.
  for (const name of PAGES) {
    await withPage(
      `${t.server.url}${name}`,
      async ({ page }) => {
        // host.html: the light-DOM fallback stays in the element (behind the shadow root), never live itself.
        if (name === 'host.html') await waitElementsLive(page);
        assert.ok(await stylesApplied(page), `${name}: every stylesheet has loaded`);
        workingHeight[name] = await page.evaluate((n) => {
          const el =
            n === 'host.html'
              ? document.querySelector('roundtable-briefing').shadowRoot.querySelector('[data-testid=briefing]')
              : document.querySelector('[data-testid=briefing]');
          return el.getBoundingClientRect().height;
        }, name);
      },
      { live: name !== 'host.html' },
    );
    assert.ok(workingHeight[name] > 1000, `${name}: the live briefing has a height (${workingHeight[name]} px)`);
  }
}

/** The faults, each applied to a fresh context before the page loads, to the files of the page's bundle. */
const FAULTS = {
  'wasm 404': (context, { WASM }) =>
    context.route(`**/${WASM}`, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
  'wasm request aborted': (context, { WASM }) => context.route(`**/${WASM}`, (r) => r.abort()),
  'truncated wasm (first 1000 bytes)': async (context, { WASM }) => {
    const bytes = (await readFile(join(DIST, WASM))).subarray(0, 1000);
    await context.route(`**/${WASM}`, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes }));
  },
  'JS glue served as text/plain': async (context, { GLUE }) => {
    const body = await readFile(join(DIST, GLUE));
    await context.route(`**/${GLUE}`, (r) => r.fulfill({ status: 200, contentType: 'text/plain', body }));
  },
  'wasm integrity mismatch (one byte flipped)': async (context, { WASM }) => {
    const bytes = Buffer.from(await readFile(join(DIST, WASM)));
    // A byte in the middle of the code section: the module may even still compile.
    const at = Math.floor(bytes.length / 2);
    bytes[at] ^= 0x01;
    await context.route(`**/${WASM}`, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes }));
  },
  // The script embed's pre-rendered briefing (briefing-<hash>.html); only embed.js fetches it.
  'briefing file 404': (context) =>
    context.route(/\/briefing-[0-9a-f]+\.html$/, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
  "CSP without 'wasm-unsafe-eval'": (context) =>
    context.route(/\.html(\?.*)?$/, async (r) => {
      const response = await r.fetch();
      await r.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP_NO_WASM } });
    }),
};

/**
 * `openPage`'s `setup` for `fault`: applies it to the context before the page
 * loads and logs console messages, page errors and failed requests. Returns the log.
 */
const faulty = (fault, name) => async (page, context) => {
  if (fault) await FAULTS[fault](context, BUNDLES[name]);
  const log = [];
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => log.push(`requestfailed: ${r.url()} (${r.failure()?.errorText})`));
  return log;
};

/** What the reader sees of the briefing: visibility of every speaker, quote and figure value, its height. */
function readBriefing(page, name) {
  return page.evaluate((n) => {
    // The failed element shows the pre-rendered briefing in its shadow root once that file has
    // arrived (else its light-DOM children); the failed page its own article.
    const host = document.querySelector('roundtable-briefing');
    const root = n === 'host.html' ? (host.shadowRoot?.querySelector('[data-testid=briefing]') ? host.shadowRoot : host) : document;
    const briefing = root.querySelector('[data-testid=briefing]');
    const seen = (sel) =>
      [...root.querySelectorAll(sel)].map((el) => ({
        text: el.textContent.trim().slice(0, 60),
        visible: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      }));
    const busy = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)].flatMap(
      (r) => [...r.querySelectorAll('[aria-busy=true]')].map((e) => e.tagName),
    );
    return {
      speakers: seen('[data-testid=speaker]'),
      quotes: seen('figure blockquote'),
      figures: seen('[data-testid=figure-value]'),
      height: briefing ? briefing.getBoundingClientRect().height : 0,
      busy,
      failedClass: document.documentElement.classList.contains('rb-app-failed'),
    };
  }, name);
}

/** Every speaker, both quotes and every figure value are visible. */
const allVisible = (b) =>
  b.speakers.length === DATA.speakers.length &&
  b.quotes.length === DATA.quotes.length &&
  b.figures.length === DATA.statistics.length &&
  [...b.speakers, ...b.quotes, ...b.figures].every((x) => x.visible);

/** The note `selector` (in the document, or in the element's shadow root) is visible. */
const noteVisible = (page, name) =>
  page.evaluate((n) => {
    const note =
      n === 'host.html'
        ? document.querySelector('roundtable-briefing').shadowRoot?.querySelector('.rb-embed-failed')
        : document.querySelector('main .rb-page__failed');
    return !!note && note.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && note.getAttribute('role') === 'note';
  }, name);

/**
 * Waits until the app has given up on `name`: the note is in place (in the
 * element's shadow root on host.html; on the pages, `html.rb-app-failed` and
 * the note before the briefing). Returns whether that state was reached.
 */
const failedState = (page, name) =>
  page
    .waitForFunction(
      (n) =>
        n === 'host.html'
          ? !!document.querySelector('roundtable-briefing')?.shadowRoot?.querySelector('.rb-embed-failed')
          : document.documentElement.classList.contains('rb-app-failed') && !!document.querySelector('main .rb-page__failed'),
      name,
      { timeout: STATE_TIMEOUT },
    )
    .then(
      () => true,
      () => false,
    );

/**
 * The checks every failure mode shares. Every check runs and every failure is
 * listed in one assertion, so a broken fallback reports everything it breaks
 * (with the console and the DOM), not just the first thing.
 */
async function assertFallback(name, { fault = null, javaScriptEnabled = true }) {
  await measure();
  const started = Date.now();
  // The app is meant to fail: do not wait for it to go live.
  await withPage(
    `${t.server.url}${name}`,
    async ({ page, extra: log }) => {
      const what = `${name}, ${fault ?? 'JavaScript off'}`;
      const failures = [];
      const check = (ok, message) => ok || failures.push(message);
      let noteAfter = null;
      if (javaScriptEnabled) {
        const gaveUp = await failedState(page, name);
        noteAfter = Date.now() - started;
        const state = name === 'host.html' ? '.rb-embed-failed' : 'html.rb-app-failed with its note';
        check(gaveUp, `the app did not give up within ${STATE_TIMEOUT / 1000} s (no ${state})`);
      }
      // The fallback's static.css (added with the note) has loaded and applies.
      check(await stylesApplied(page, { javaScriptEnabled }), 'a stylesheet of the page did not load');
      if (javaScriptEnabled) {
        check(
          await noteVisible(page, name),
          `the note (${name === 'host.html' ? '.rb-embed-failed in the shadow root' : 'main .rb-page__failed'}, role=note) is not visible`,
        );
      }
      const b = await readBriefing(page, name);
      const hidden = (list) => list.filter((x) => !x.visible).map((x) => x.text);
      check(b.speakers.length === DATA.speakers.length, `${b.speakers.length} speakers on the page, expected ${DATA.speakers.length}`);
      check(hidden(b.speakers).length === 0, `speakers not visible: ${JSON.stringify(hidden(b.speakers))}`);
      check(b.quotes.length === DATA.quotes.length, `${b.quotes.length} quotes (figure blockquote) on the page, expected ${DATA.quotes.length}`);
      check(hidden(b.quotes).length === 0, `quotes not visible: ${JSON.stringify(hidden(b.quotes))}`);
      check(b.figures.length === DATA.statistics.length, `${b.figures.length} figure values on the page, expected ${DATA.statistics.length}`);
      check(hidden(b.figures).length === 0, `figure values not visible: ${JSON.stringify(hidden(b.figures))}`);
      const ratio = b.height / workingHeight[name];
      check(
        ratio >= 0.9,
        `the briefing is ${Math.round(b.height)} px tall, ${Math.round(ratio * 100)}% of the live ${Math.round(workingHeight[name])} px (expected at least 90%)`,
      );
      check(b.busy.length === 0, `elements with aria-busy=true (a spinner that never ends): ${b.busy.join(', ')}`);
      if (name === 'host.html') {
        const live = await page.evaluate(() => !!document.querySelector('roundtable-briefing').shadowRoot?.querySelector('[data-rb-live]'));
        check(!live, 'the app started anyway: the fault did not take effect');
      }
      const dom = await page.evaluate(() => ({
        htmlClass: document.documentElement.className,
        stylesheets: [...document.styleSheets].map((s) => s.href?.split('/').pop() ?? 'inline'),
        failedNote: document.querySelector('.rb-page__failed')?.outerHTML ?? null,
        shadow: document.querySelector('roundtable-briefing')?.shadowRoot?.innerHTML.slice(0, 400) ?? null,
      }));
      console.log(
        `# ${what}: note ${noteAfter === null ? 'n/a (no scripts)' : failures.length ? 'see failures' : `visible after ${noteAfter} ms`}, ` +
          `height ${Math.round(b.height)} px = ${Math.round(ratio * 100)}% of live; DOM: ${JSON.stringify(dom)}; console: ${JSON.stringify(log)}`,
      );
      assert.deepEqual(failures, [], `${what}: ${failures.join('; ')}\n  DOM: ${JSON.stringify(dom)}\n  console: ${JSON.stringify(log)}`);
    },
    { setup: faulty(fault, name), javaScriptEnabled, live: false },
  );
}

for (const name of ['index.html', 'embed.html']) {
  for (const fault of Object.keys(FAULTS).filter((f) => f !== 'briefing file 404')) {
    test(`${name}: ${fault}: the pre-rendered briefing stays complete, with a note`, () => assertFallback(name, { fault }));
  }
  test(`${name}: JavaScript off: the pre-rendered briefing is complete`, () => assertFallback(name, { javaScriptEnabled: false }));
}

for (const fault of ['wasm 404', 'wasm request aborted']) {
  test(`<roundtable-briefing> on a host page: ${fault}: the pre-rendered briefing shows in the shadow root, with .rb-embed-failed`, () =>
    assertFallback('host.html', { fault }));
}
test('<roundtable-briefing> on a host page: briefing file 404: its light-DOM fallback stays, the shadow root shows .rb-embed-failed', () =>
  assertFallback('host.html', { fault: 'briefing file 404' }));
