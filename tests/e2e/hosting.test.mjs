// End-to-end: hosting dist/ (docs/embedding.md, docs/hosting.md): every
// page under the strict Content-Security-Policy, under a subpath, with no
// request leaving its origin, and the 404 page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchBrowser, openPage, poll, recordCspViolations, serveDist } from './support.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

let browser;

/** Host pages (no inline script or style), referring to dist/ by `base` (relative or absolute). */
const hostElement = (base) => () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page with the script embed</title><link rel="icon" href="data:,">
<script type="module" src="${base}embed.js"></script></head>
<body><main><h1>An article</h1><roundtable-briefing country="kz"></roundtable-briefing></main></body></html>`;
const hostIframe = (base) => () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page with the iframe embed</title><link rel="icon" href="data:,"></head>
<body><main><h1>An article</h1>
<iframe data-roundtable-briefing src="${base}embed.html?country=kz"
  title="Roundtable briefing: Kazakhstan and Russia on family policy"
  width="100%" height="1400" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
<script src="${base}embed-parent.js" defer></script></main></body></html>`;

const samePages = { 'host-element.html': hostElement(''), 'host-iframe.html': hostIframe('') };

/** The four pages, each with where its briefing is. */
const PAGES = [
  ['index.html', 'index.html', null],
  ['embed.html', 'embed.html', null],
  ['a host page with the custom element', 'host-element.html', 'roundtable-briefing'],
  ['a host page with the iframe', 'host-iframe.html', 'iframe'],
];

/** A locator for the briefing's root on `page`, wherever it lives (page, shadow root, iframe). */
function briefingScope(page, where) {
  if (where === 'iframe') return page.frameLocator('iframe[data-roundtable-briefing]');
  if (where) return page.locator(where);
  return page;
}

/** The briefing renders and the app is live: a filter button works. */
async function assertLive(page, where, what) {
  const scope = briefingScope(page, where);
  await scope.locator('[data-testid=briefing]').first().waitFor({ timeout: 15000 });
  const ru = scope.locator('[data-testid=country-ru]');
  const ok = await poll(
    async () => {
      await ru.click();
      return (await ru.getAttribute('aria-pressed')) === 'true';
    },
    { timeout: 15000, interval: 250 },
  );
  assert.ok(ok, `${what}: the interactive briefing started (a filter click works)`);
  if (where === 'iframe') {
    const height = await page.$eval('iframe[data-roundtable-briefing]', (f) => f.style.height);
    assert.match(height, /^\d+px$/, `${what}: the parent script sized the iframe`);
  }
  if (where === 'roundtable-briefing') {
    const styled = await page.locator(where).evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet),
    );
    assert.ok(styled, `${what}: the widget's stylesheet loaded`);
  }
}

before(async () => {
  await stat(join(DIST, 'index.html'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('every page works under the strict CSP, with no violation in any frame', async () => {
  const server = await serveDist({ headers: { 'content-security-policy': CSP }, pages: samePages });
  try {
    for (const [what, path, where] of PAGES) {
      const { page, context, problems, extra: violations } = await openPage(browser, `${server.url}${path}`, {
        setup: (p) => recordCspViolations(p),
        waitFor: null,
      });
      await assertLive(page, where, what);
      await page.waitForLoadState('networkidle');
      assert.equal((await page.evaluate(() => document.body.innerText)).length > 0, true);
      assert.deepEqual(violations, [], `${what}: no securitypolicyviolation`);
      assert.deepEqual(problems, [], `${what}: no console error, page error or failed request`);
      await context.close();
    }
  } finally {
    await server.close();
  }
});

test('a host on another origin works under the CSP extended with the briefing\'s origin', async () => {
  const widget = await serveDist({ headers: { 'access-control-allow-origin': '*', 'content-security-policy': CSP } });
  const o = widget.origin;
  // The policy of docs/embedding.md with the briefing's origin added where it says.
  const hostCsp = {
    element: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${o}; style-src 'self' ${o}; img-src 'self' data:; connect-src 'self' ${o}`,
    // The parent script comes from the briefing's origin too, hence script-src.
    iframe: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${o}; style-src 'self'; img-src 'self' data:; frame-src ${o}`,
  };
  // A CSP header can hold one policy per page, so one server per policy.
  const element = await serveDist({ headers: { 'content-security-policy': hostCsp.element }, pages: { 'host.html': hostElement(widget.url) } });
  const iframe = await serveDist({ headers: { 'content-security-policy': hostCsp.iframe }, pages: { 'host.html': hostIframe(widget.url) } });
  try {
    for (const [what, server, where] of [['script embed', element, 'roundtable-briefing'], ['iframe embed', iframe, 'iframe']]) {
      const { page, context, problems, extra: violations } = await openPage(browser, `${server.url}host.html`, {
        setup: (p) => recordCspViolations(p),
        waitFor: null,
      });
      await assertLive(page, where, what);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(violations, [], `${what}: no securitypolicyviolation`);
      assert.deepEqual(problems, [], `${what}: no console error, page error or failed request`);
      await context.close();
    }
  } finally {
    await Promise.all([widget.close(), element.close(), iframe.close()]);
  }
});

test('dist/ under /some/sub/path/: index.html, embed.html, embed.js and embed-parent.js load with no 4xx', async () => {
  const sub = await serveDist({
    prefix: '/some/sub/path/',
    // Host pages two folders deeper than dist/, so a URL resolved against
    // the page instead of the script would miss.
    pages: { 'hosts/deeper/element.html': hostElement('../../'), 'hosts/deeper/iframe.html': hostIframe('../../') },
  });
  try {
    const pages = [
      ['index.html', '', null],
      ['embed.html', 'embed.html', null],
      ['embed.js from a deeper page', 'hosts/deeper/element.html', 'roundtable-briefing'],
      ['embed.html and embed-parent.js from a deeper page', 'hosts/deeper/iframe.html', 'iframe'],
    ];
    for (const [what, path, where] of pages) {
      const statuses = [];
      const { page, context, problems, requests } = await openPage(browser, `${sub.url}${path}`, {
        waitFor: null,
        setup: (p) => p.on('response', (r) => statuses.push([r.status(), r.url()])),
      });
      await assertLive(page, where, what);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(statuses.filter(([s]) => s >= 400), [], `${what}: no 4xx or 5xx`);
      assert.deepEqual(problems, [], what);
      const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith(sub.url));
      assert.deepEqual(outside, [], `${what}: every request stays under the subpath`);
      for (const file of where === 'iframe' ? ['embed.html', 'embed-parent.js'] : where ? ['embed.js'] : []) {
        assert.ok(requests.some((u) => new URL(u).pathname === `/some/sub/path/${file}`), `${what}: ${file} requested`);
      }
      await context.close();
    }
  } finally {
    await sub.close();
  }
});

test('every request a page makes goes to its own origin (and the script embed only to its own files)', async () => {
  const server = await serveDist({ pages: samePages });
  const widget = await serveDist({ headers: { 'access-control-allow-origin': '*' } });
  const other = await serveDist({ pages: { 'host.html': hostElement(widget.url) } });
  try {
    for (const [what, path, where] of PAGES) {
      const { page, context, requests } = await openPage(browser, `${server.url}${path}`, { waitFor: null });
      await assertLive(page, where, what);
      await page.waitForLoadState('networkidle');
      const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== server.origin);
      assert.deepEqual(foreign, [], `${what}: requests only its own origin`);
      await context.close();
    }
    // On another site's page, the widget requests files of dist/ and nothing else.
    const { page, context, requests } = await openPage(browser, `${other.url}host.html`, { waitFor: null });
    await assertLive(page, 'roundtable-briefing', 'script embed on another origin');
    await page.waitForLoadState('networkidle');
    const own = requests.filter((u) => new URL(u).origin === widget.origin);
    assert.ok(own.length >= 4, `embed.js, its glue, wasm and stylesheet (${own.join(', ')})`);
    for (const u of own) {
      const file = new URL(u).pathname.slice(1);
      await stat(join(DIST, file)).catch(() => assert.fail(`${u} is not a file of dist/`));
    }
    const elsewhere = requests.filter((u) => !u.startsWith('data:') && ![widget.origin, other.origin].includes(new URL(u).origin));
    assert.deepEqual(elsewhere, []);
    await context.close();
  } finally {
    await Promise.all([server.close(), widget.close(), other.close()]);
  }
});

test('404.html exists and is served for a missing page, under the CSP, with a working link home', async () => {
  const html = await readFile(join(DIST, '404.html'), 'utf8');
  assert.match(html, /<title>[^<]+<\/title>/);
  const server = await serveDist({ notFound: '404.html', headers: { 'content-security-policy': CSP } });
  try {
    const direct = await fetch(`${server.url}404.html`);
    assert.equal(direct.status, 200);
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await recordCspViolations(page);
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push([r.status(), r.url()]));
    const missing = `${server.url}no-such-page`;
    const response = await page.goto(missing);
    assert.equal(response.status(), 404, 'a missing page answers 404');
    assert.equal(await page.locator('h1').count(), 1);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(failed, [[404, missing]], 'nothing else on the page is missing');
    assert.deepEqual(violations, []);
    const home = page.getByRole('link', { name: /briefing/i });
    assert.equal(await home.count(), 1, 'a link back to the briefing');
    await home.click();
    await page.waitForSelector('[data-testid=briefing]');
    assert.equal(new URL(page.url()).pathname, '/', 'the link leads to the briefing');
    await context.close();
  } finally {
    await server.close();
  }
});
