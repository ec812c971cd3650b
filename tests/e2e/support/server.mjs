// Shared helpers for the browser end-to-end tests: a static file server for
// dist/ on 127.0.0.1, the system Chromium (never a downloaded one), and axe-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
export const DATA = JSON.parse(await readFile(join(ROOT, 'data/roundtable.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dist/` on 127.0.0.1 (random port), optionally under a path prefix
 * such as `/some/sub/path/`, like any plain static host would. `pages` adds
 * test pages made from dist/index.html: `{ 'rotating.html': (html) => … }`.
 *
 * Further options (all optional):
 * - `pages` values may also be a string or Buffer (served as is), or a
 *   function of `(indexHtml, request)` returning any body: a host page, a
 *   script, a redirect (`{ redirect: 'http://…' }`) or `{ body, type, status }`.
 *   The content type follows the key's extension unless `type` says otherwise.
 * - `headers`: extra response headers on every response (e.g. a
 *   Content-Security-Policy, or `access-control-allow-origin`).
 * - `dist`: the directory to serve instead of dist/ (index.html may then be absent).
 * - `notFound`: a file of the directory (e.g. '404.html') served with status
 *   404 for every missing path, as GitHub Pages and Netlify do.
 */
export async function serveDist({ prefix = '/', pages = {}, headers = {}, dist = DIST, notFound = null } = {}) {
  dist = resolve(dist);
  if (dist === DIST) {
    await stat(join(DIST, 'index.html')).catch(() => {
      throw new Error('dist/index.html is missing: run `trunk build --release` first');
    });
  }
  const send = (res, status, type, body) => {
    res.writeHead(status, { ...headers, ...(type ? { 'content-type': type } : {}) });
    res.end(body);
  };
  const missing = async (res) => {
    if (notFound) {
      try {
        return send(res, 404, TYPES['.html'], await readFile(join(dist, notFound)));
      } catch {}
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      await missing(res);
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dist, rel));
    if (!file.startsWith(dist)) {
      send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const page = pages[rel];
    let body;
    try {
      if (typeof page === 'function') {
        const index = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '');
        body = await page(index, req);
      } else {
        body = page ?? (await readFile(file));
      }
    } catch {
      await missing(res);
      return;
    }
    if (body && typeof body === 'object' && !Buffer.isBuffer(body)) {
      if (body.redirect) {
        res.writeHead(302, { ...headers, location: body.redirect }).end();
      } else {
        send(res, body.status ?? 200, body.type ?? type, body.body ?? '');
      }
      return;
    }
    send(res, 200, type, body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Launches Debian's Chromium headless, with no background network traffic. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a fresh page of the given width and collects console errors,
 * page errors and every requested URL.
 */
export async function openPage(
  browser,
  url,
  { width = 1280, height = 900, colorScheme = 'light', setup = null, waitFor = '[data-testid=briefing]' } = {},
) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  // `setup(page, context)` runs before the page loads (e.g. recordCspViolations);
  // `waitFor: null` skips waiting for the briefing (a host page with an iframe).
  const extra = setup ? await setup(page, context) : undefined;
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(url);
  if (waitFor) await page.waitForSelector(waitFor);
  return { page, context, problems, requests, extra };
}

/**
 * Runs axe-core on the page and returns its violations. Options (optional):
 * `frames: true` loads axe into every frame too, so iframes (cross-origin
 * ones included) are checked as part of the page; `axe` is passed to
 * `axe.run` (e.g. `{ rules: { 'page-has-heading-one': { enabled: false } } }`).
 */
export async function axeViolations(page, { frames = false, axe = {} } = {}) {
  for (const frame of frames ? page.frames() : [page.mainFrame()]) {
    await frame.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    // axe talks only to same-origin frames unless told otherwise.
    if (frames) await frame.evaluate(() => window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }));
  }
  const result = await page.evaluate((options) => window.axe.run(document, options), axe);
  if (frames) {
    const untested = result.incomplete.filter((r) => r.id === 'frame-tested').flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
    if (untested.length) throw new Error(`axe could not test these frames: ${untested.join(', ')}`);
  }
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

/**
 * Waits until the page's URL fragment is `hash` (the briefing writes it after
 * the next paint, so not synchronously with a click), failing with `message`
 * and the fragment it found if that does not happen within two seconds.
 */
export async function expectHash(page, hash, message = 'the URL fragment') {
  try {
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: 2000 });
  } catch {
    assert.equal(new URL(page.url()).hash, hash, message);
  }
}

/**
 * Records every `securitypolicyviolation` event of `page` (or of every page
 * of a context) in every frame, cross-origin iframes included, from the
 * first script on. Call it before navigating; returns the live array of
 * `{ frame, directive, blocked, source, line, sample }`.
 */
export async function recordCspViolations(target) {
  const violations = [];
  await target.exposeBinding('__rbReportCspViolation', ({ frame }, v) => {
    violations.push({ frame: frame?.url(), ...v });
  });
  await target.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) =>
        globalThis.__rbReportCspViolation?.({
          directive: e.effectiveDirective || e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          disposition: e.disposition,
        }),
      true,
    );
  });
  return violations;
}

/** Polls `fn` (an async predicate) until it returns a truthy value; returns it, or the last value on timeout. */
export async function poll(fn, { timeout = 5000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last || Date.now() > end) return last;
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/**
 * Waits until every briefing in `target` (a page or frame, including those in
 * open shadow roots) has caught up with its filter: the sections follow the
 * controls one frame later and carry `aria-busy="true"` until then.
 */
export async function settled(target, { timeout = 5000 } = {}) {
  await target.waitForFunction(
    () => {
      const roots = [document];
      const busy = [];
      while (roots.length) {
        const root = roots.pop();
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (el.getAttribute('data-testid') === 'briefing' && el.getAttribute('aria-busy') === 'true') busy.push(el);
        }
      }
      return busy.length === 0;
    },
    undefined,
    { timeout },
  );
}
