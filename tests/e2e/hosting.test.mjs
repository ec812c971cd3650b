// End-to-end: hosting dist/ (docs/embedding.md, docs/hosting.md): every
// page (the standalone page, embed.html, host pages with the element and
// with the iframe) starts under the strict Content-Security-Policy with no
// violation, also on a host of another origin; dist/ works under a subpath;
// no request leaves its origin; and the 404 page is served, with a way home.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST,
  STATE_TIMEOUT,
  hostPage,
  iframeEmbed,
  nextFrames,
  poll,
  pressed,
  recordCspViolations,
  resourcesLoaded,
  serveDist,
  STRICT_CSP,
  useBrowser,
  waitLive,
  withPage,
} from './support/index.mjs';

const CSP = STRICT_CSP;
const CORS = { 'access-control-allow-origin': '*' };

/** Host pages (no inline script or style), referring to dist/ by `base` (relative or absolute). */
const hostElement = (base) => () =>
  hostPage({
    kind: 'element',
    base,
    title: 'Host page with the script embed',
    body: '<roundtable-briefing country="kz"></roundtable-briefing>',
  });
const hostIframe = (base) => () =>
  hostPage({ kind: 'iframe', base, title: 'Host page with the iframe embed', body: iframeEmbed(`${base}embed.html?country=kz`) });

const samePages = { 'host-element.html': hostElement(''), 'host-iframe.html': hostIframe('') };

// The briefing's origin for hosts elsewhere, with the policy of docs/embedding.md
// extended by that origin where it says; a CSP header holds one policy per
// page, so one host server per policy. The parent script comes from the
// briefing's origin too, hence script-src.
const hostCsp = (o) => ({
  element: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${o}; style-src 'self' ${o}; img-src 'self' data:; connect-src 'self' ${o}`,
  iframe: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${o}; style-src 'self'; img-src 'self' data:; frame-src ${o}`,
});

const t = useBrowser({
  strict: () => serveDist({ headers: { 'content-security-policy': CSP }, pages: samePages }),
  cspWidget: () => serveDist({ headers: { ...CORS, 'content-security-policy': CSP } }),
  cspElementHost: () =>
    serveDist({
      headers: { 'content-security-policy': hostCsp(t.cspWidget.origin).element },
      pages: { 'host.html': hostElement(t.cspWidget.url) },
    }),
  cspIframeHost: () =>
    serveDist({
      headers: { 'content-security-policy': hostCsp(t.cspWidget.origin).iframe },
      pages: { 'host.html': hostIframe(t.cspWidget.url) },
    }),
  sub: () =>
    serveDist({
      prefix: '/some/sub/path/',
      // Host pages two folders deeper than dist/, so a URL resolved against
      // the page instead of the script would miss.
      pages: { 'hosts/deeper/element.html': hostElement('../../'), 'hosts/deeper/iframe.html': hostIframe('../../') },
    }),
  plain: () => serveDist({ pages: samePages }),
  widget: () => serveDist({ headers: CORS }),
  other: () => serveDist({ pages: { 'host.html': hostElement(t.widget.url) } }),
  notFound: () => serveDist({ notFound: '404.html', headers: { 'content-security-policy': CSP } }),
});

/** The four pages, each with where its briefing is. */
const PAGES = [
  ['index.html', 'index.html', null],
  ['embed.html', 'embed.html', null],
  ['a host page with the custom element', 'host-element.html', 'roundtable-briefing'],
  ['a host page with the iframe', 'host-iframe.html', 'iframe'],
];

/** The URLs of the responses each page has received, from its first request on. */
const answered = new WeakMap();

/** `setup` for withPage: records the page's responses in `answered`, then runs `setup` (if any) and returns what it returns. */
const recordingResponses = (setup) => (page, context) => {
  const urls = [];
  answered.set(page, urls);
  page.on('response', (r) => urls.push(r.url()));
  return setup?.(page, context);
};

/**
 * Waits until the icon `page` names (a file, not a data: URL) has been
 * answered: the browser fetches it after the page has loaded, and a missing
 * icon must show up in the page's failed requests.
 */
async function iconFetched(page, what) {
  const icon = await page.evaluate(() => document.querySelector('link[rel~=icon]')?.href);
  if (!icon || icon.startsWith('data:')) return;
  const ok = await poll(() => answered.get(page).includes(icon));
  assert.ok(ok, `${what}: the browser fetched the page's icon, ${icon}`);
}

/**
 * Opens `url` and runs `fn(opened)` once the page has loaded everything it
 * asks for: the app is live wherever its briefing is (in the page, in the
 * element's shadow root, in the iframe), the widget's stylesheet and the
 * page's icon have loaded, every document is complete, and the page has
 * rendered two more frames (a late securitypolicyviolation or console error
 * has been reported by then). On the way it checks that the briefing works:
 * a filter click presses the button; the parent script sized the iframe;
 * the widget's stylesheet loaded.
 */
function withLivePage(url, where, what, fn, options = {}) {
  return withPage(
    url,
    async (opened) => {
      const { page } = opened;
      let scope = page;
      if (where === 'iframe') {
        scope = await (await page.waitForSelector('iframe[data-roundtable-briefing]')).contentFrame();
        await waitLive(scope);
      }
      for (const frame of new Set([page.mainFrame(), scope])) {
        await frame.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: STATE_TIMEOUT });
      }
      const ru = scope.locator('[data-testid=country-ru]');
      await ru.click();
      const ok = await poll(async () => (await pressed(ru)) === 'true');
      assert.ok(ok, `${what}: the interactive briefing started (a filter click works)`);
      if (where === 'iframe') {
        const sized = await poll(() => page.$eval('iframe[data-roundtable-briefing]', (f) => /^\d+px$/.test(f.style.height)));
        const height = await page.$eval('iframe[data-roundtable-briefing]', (f) => f.style.height);
        assert.ok(sized, `${what}: the parent script sized the iframe (height: "${height}")`);
        assert.match(height, /^\d+px$/, `${what}: the parent script sized the iframe`);
      }
      if (where === 'roundtable-briefing') {
        const styled = await poll(() =>
          page.locator(where).evaluate((el) => [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet)),
        );
        assert.ok(styled, `${what}: the widget's stylesheet loaded`);
      }
      await iconFetched(page, what);
      // Whatever the page loads (stylesheets, fonts, images) has been requested and answered.
      for (const frame of new Set([page.mainFrame(), scope])) await resourcesLoaded(frame);
      await nextFrames(page);
      return fn(opened);
    },
    // A briefing in an iframe is not the host page's: its app is waited for in the frame.
    { live: where !== 'iframe', ...options, setup: recordingResponses(options.setup) },
  );
}

test('every page works under the strict CSP, with no violation in any frame', async () => {
  for (const [what, path, where] of PAGES) {
    await withLivePage(
      `${t.strict.url}${path}`,
      where,
      what,
      async ({ page, problems, extra: violations }) => {
        assert.equal((await page.evaluate(() => document.body.innerText)).length > 0, true);
        assert.deepEqual(violations, [], `${what}: no securitypolicyviolation`);
        assert.deepEqual(problems, [], `${what}: no console error, page error or failed request`);
      },
      { setup: (p) => recordCspViolations(p) },
    );
  }
});

test('a host on another origin works under the CSP extended with the briefing\'s origin', async () => {
  for (const [what, server, where] of [
    ['script embed', t.cspElementHost, 'roundtable-briefing'],
    ['iframe embed', t.cspIframeHost, 'iframe'],
  ]) {
    await withLivePage(
      `${server.url}host.html`,
      where,
      what,
      async ({ problems, extra: violations }) => {
        assert.deepEqual(violations, [], `${what}: no securitypolicyviolation`);
        assert.deepEqual(problems, [], `${what}: no console error, page error or failed request`);
      },
      { setup: (p) => recordCspViolations(p) },
    );
  }
});

test('dist/ under /some/sub/path/: index.html, embed.html, embed.js and embed-parent.js load with no 4xx', async () => {
  const pages = [
    ['index.html', '', null],
    ['embed.html', 'embed.html', null],
    ['embed.js from a deeper page', 'hosts/deeper/element.html', 'roundtable-briefing'],
    ['embed.html and embed-parent.js from a deeper page', 'hosts/deeper/iframe.html', 'iframe'],
  ];
  for (const [what, path, where] of pages) {
    await withLivePage(
      `${t.sub.url}${path}`,
      where,
      what,
      async ({ problems, requests, extra: statuses }) => {
        assert.deepEqual(statuses.filter(([s]) => s >= 400), [], `${what}: no 4xx or 5xx`);
        assert.deepEqual(problems, [], what);
        const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith(t.sub.url));
        assert.deepEqual(outside, [], `${what}: every request stays under the subpath`);
        for (const file of where === 'iframe' ? ['embed.html', 'embed-parent.js'] : where ? ['embed.js'] : []) {
          assert.ok(requests.some((u) => new URL(u).pathname === `/some/sub/path/${file}`), `${what}: ${file} requested`);
        }
      },
      {
        setup: (p) => {
          const statuses = [];
          p.on('response', (r) => statuses.push([r.status(), r.url()]));
          return statuses;
        },
      },
    );
  }
});

test('every request a page makes goes to its own origin (and the script embed only to its own files)', async () => {
  for (const [what, path, where] of PAGES) {
    await withLivePage(`${t.plain.url}${path}`, where, what, async ({ requests }) => {
      const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== t.plain.origin);
      assert.deepEqual(foreign, [], `${what}: requests only its own origin`);
    });
  }
  // On another site's page, the widget requests files of dist/ and nothing else.
  await withLivePage(`${t.other.url}host.html`, 'roundtable-briefing', 'script embed on another origin', async ({ requests }) => {
    const own = requests.filter((u) => new URL(u).origin === t.widget.origin);
    assert.ok(own.length >= 4, `embed.js, its glue, wasm and stylesheet (${own.join(', ')})`);
    for (const u of own) {
      const file = new URL(u).pathname.slice(1);
      await stat(join(DIST, file)).catch(() => assert.fail(`${u} is not a file of dist/`));
    }
    const elsewhere = requests.filter((u) => !u.startsWith('data:') && ![t.widget.origin, t.other.origin].includes(new URL(u).origin));
    assert.deepEqual(elsewhere, []);
  });
});

test('404.html exists and is served for a missing page, under the CSP, with a working link home', async () => {
  const html = await readFile(join(DIST, '404.html'), 'utf8');
  assert.match(html, /<title>[^<]+<\/title>/);
  const direct = await fetch(`${t.notFound.url}404.html`);
  assert.equal(direct.status, 200);
  const missing = `${t.notFound.url}no-such-page`;
  await withPage(
    missing,
    async ({ page, extra: { violations, responses } }) => {
      const response = responses.find((r) => r.url() === missing && r.request().isNavigationRequest());
      assert.equal(response?.status(), 404, 'a missing page answers 404');
      assert.equal(await page.locator('h1').count(), 1);
      // The page has loaded (goto waits for its load event), its icon has been fetched, and it
      // has rendered two more frames: a late violation or failed request has been reported by then.
      await iconFetched(page, 'the 404 page');
      await nextFrames(page);
      const failed = responses.filter((r) => r.status() >= 400).map((r) => [r.status(), r.url()]);
      assert.deepEqual(failed, [[404, missing]], 'nothing else on the page is missing');
      assert.deepEqual(violations, []);
      const home = page.getByRole('link', { name: /briefing/i });
      assert.equal(await home.count(), 1, 'a link back to the briefing');
      await home.click();
      await page.waitForURL((u) => u.href !== missing, { timeout: STATE_TIMEOUT });
      await waitLive(page);
      assert.equal(new URL(page.url()).pathname, '/', 'the link leads to the briefing');
    },
    {
      live: false,
      setup: recordingResponses(async (p) => {
        const responses = [];
        p.on('response', (r) => responses.push(r));
        return { violations: await recordCspViolations(p), responses };
      }),
    },
  );
});
