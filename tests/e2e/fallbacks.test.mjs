// End-to-end: what readers get when the app cannot start (issue #8, point 1).
// index.html and embed.html arrive with the whole briefing pre-rendered;
// whatever stops the wasm or its JavaScript from loading, that content must
// stay complete and readable (every speaker, both quotes, every figure), about
// as tall as the live briefing, with no endless spinner, and, where scripts
// run at all, with a note saying the interactive features could not load.
// The custom element keeps the fallback a host pasted inside it and shows a
// note in its shadow root. Each failure mode is a test of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA, DIST, launchBrowser, poll, serveDist } from './support.mjs';

const files = await readdir(DIST);
const WASM = files.find((f) => /^roundtable-briefing-[0-9a-f]+_bg\.wasm$/.test(f));
const GLUE = files.find((f) => /^roundtable-briefing-[0-9a-f]+\.js$/.test(f));
assert.ok(WASM && GLUE, `dist/ holds the wasm and its glue (found: ${files.join(', ')})`);

// The policy of docs/embedding.md without 'wasm-unsafe-eval'.
const CSP_NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

let server;
let browser;
let fallbackHtml; // the pre-rendered briefing of dist/index.html (outerHTML of [data-testid=briefing])
const workingHeight = {}; // page -> height of the live briefing

/** A host page whose <roundtable-briefing> holds the pre-rendered briefing as its fallback. */
const hostPage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A news site: an article</title><link rel="icon" href="data:,">
<script type="module" src="embed.js"></script></head>
<body><main><h1>An article with a briefing</h1><p>Some text of the article.</p>
<roundtable-briefing>${fallbackHtml}</roundtable-briefing>
<p>The article goes on.</p></main></body></html>`;

/** The pages under test: the standalone page, the iframe embed page, a host page with the element. */
const PAGES = ['index.html', 'embed.html', 'host.html'];

before(async () => {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  server = await serveDist({ pages: { 'host.html': () => hostPage() } });
  browser = await launchBrowser();

  // The element's fallback: the briefing as dist/index.html pre-renders it (read with JavaScript off).
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(index.replace('<base href=./>', `<base href="${server.url}">`));
    fallbackHtml = await page.$eval('[data-testid=briefing]', (el) => el.outerHTML);
    await context.close();
  }
  assert.ok(fallbackHtml.length > 10000, 'the pre-rendered briefing is in dist/index.html');

  // The height of the live briefing on each page, once the app has taken over.
  for (const name of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__prerendered = document.querySelector('[data-testid=briefing]');
      });
    });
    await page.goto(`${server.url}${name}`);
    // Live: the app replaced the pre-rendered article (or rendered in the shadow root).
    await page.waitForFunction(
      (n) => {
        if (n === 'host.html') return !!document.querySelector('roundtable-briefing').shadowRoot?.querySelector('[data-testid=briefing]');
        const now = document.querySelector('[data-testid=briefing]');
        return now && now !== window.__prerendered;
      },
      name,
      { timeout: 15000 },
    );
    await page.waitForLoadState('networkidle');
    workingHeight[name] = await page.evaluate((n) => {
      const el =
        n === 'host.html'
          ? document.querySelector('roundtable-briefing').shadowRoot.querySelector('[data-testid=briefing]')
          : document.querySelector('[data-testid=briefing]');
      return el.getBoundingClientRect().height;
    }, name);
    assert.ok(workingHeight[name] > 1000, `${name}: the live briefing has a height (${workingHeight[name]} px)`);
    await context.close();
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The faults, each applied to a fresh context before the page loads. */
const FAULTS = {
  'wasm 404': (context) =>
    context.route(`**/${WASM}`, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
  'wasm request aborted': (context) => context.route(`**/${WASM}`, (r) => r.abort()),
  'truncated wasm (first 1000 bytes)': async (context) => {
    const bytes = (await readFile(join(DIST, WASM))).subarray(0, 1000);
    await context.route(`**/${WASM}`, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes }));
  },
  'JS glue served as text/plain': async (context) => {
    const body = await readFile(join(DIST, GLUE));
    await context.route(`**/${GLUE}`, (r) => r.fulfill({ status: 200, contentType: 'text/plain', body }));
  },
  'wasm integrity mismatch (one byte flipped)': async (context) => {
    const bytes = Buffer.from(await readFile(join(DIST, WASM)));
    // A byte in the middle of the code section: the module may even still compile.
    const at = Math.floor(bytes.length / 2);
    bytes[at] ^= 0x01;
    await context.route(`**/${WASM}`, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes }));
  },
  "CSP without 'wasm-unsafe-eval'": (context) =>
    context.route(/\.html(\?.*)?$/, async (r) => {
      const response = await r.fetch();
      await r.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP_NO_WASM } });
    }),
};

/** Opens `name` in a fresh context with `fault` applied, collecting console messages. */
async function open(name, { fault = null, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', javaScriptEnabled });
  if (fault) await FAULTS[fault](context);
  const page = await context.newPage();
  const log = [];
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => log.push(`requestfailed: ${r.url()} (${r.failure()?.errorText})`));
  await page.goto(`${server.url}${name}`, { waitUntil: 'domcontentloaded' });
  return { page, context, log };
}

/** What the reader sees of the briefing: visibility of every speaker, quote and figure value, its height. */
function readBriefing(page, name) {
  return page.evaluate((n) => {
    // The failed element shows its light-DOM children; the failed page its own article.
    const root = n === 'host.html' ? document.querySelector('roundtable-briefing') : document;
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
 * The checks every failure mode shares. Every check runs and every failure is
 * listed in one assertion, so a broken fallback reports everything it breaks
 * (with the console and the DOM), not just the first thing.
 */
async function assertFallback(name, { fault = null, javaScriptEnabled = true }) {
  const { page, context, log } = await open(name, { fault, javaScriptEnabled });
  const started = Date.now();
  const what = `${name}, ${fault ?? 'JavaScript off'}`;
  const failures = [];
  const check = (ok, message) => ok || failures.push(message);
  try {
    let noteAfter = null;
    if (javaScriptEnabled) {
      const shown = await poll(() => noteVisible(page, name), { timeout: 5000, interval: 100 });
      noteAfter = Date.now() - started;
      check(shown, `the note (${name === 'host.html' ? '.rb-embed-failed in the shadow root' : 'main .rb-page__failed'}, role=note) is not visible within 5 s`);
    }
    // The fallback stylesheet may still be arriving: give it a moment, then check.
    await poll(async () => allVisible(await readBriefing(page, name)), { timeout: 3000, interval: 100 });
    await page.waitForLoadState('load');
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
      const live = await page.evaluate(() => !!document.querySelector('roundtable-briefing').shadowRoot?.querySelector('[data-testid=briefing]'));
      check(!live, 'the app started anyway: the fault did not take effect');
    }
    const dom = await page.evaluate(() => ({
      htmlClass: document.documentElement.className,
      stylesheets: [...document.styleSheets].map((s) => s.href?.split('/').pop() ?? 'inline'),
      failedNote: document.querySelector('.rb-page__failed')?.outerHTML ?? null,
      shadow: document.querySelector('roundtable-briefing')?.shadowRoot?.innerHTML.slice(0, 400) ?? null,
    }));
    console.log(
      `# ${what}: note ${noteAfter === null ? 'n/a (no scripts)' : failures.length ? 'see failures' : `visible within ${noteAfter} ms`}, ` +
        `height ${Math.round(b.height)} px = ${Math.round(ratio * 100)}% of live; DOM: ${JSON.stringify(dom)}; console: ${JSON.stringify(log)}`,
    );
    assert.deepEqual(failures, [], `${what}: ${failures.join('; ')}\n  DOM: ${JSON.stringify(dom)}\n  console: ${JSON.stringify(log)}`);
  } finally {
    await context.close();
  }
}

for (const name of ['index.html', 'embed.html']) {
  for (const fault of Object.keys(FAULTS)) {
    test(`${name}: ${fault}: the pre-rendered briefing stays complete, with a note`, () => assertFallback(name, { fault }));
  }
  test(`${name}: JavaScript off: the pre-rendered briefing is complete`, () => assertFallback(name, { javaScriptEnabled: false }));
}

for (const fault of ['wasm 404', 'wasm request aborted']) {
  test(`<roundtable-briefing> on a host page: ${fault}: its light-DOM fallback stays, the shadow root shows .rb-embed-failed`, () =>
    assertFallback('host.html', { fault }));
}
