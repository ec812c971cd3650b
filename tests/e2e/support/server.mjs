// The static side of the end-to-end tests: a file server for dist/ on
// 127.0.0.1, like any plain static host, and the host pages (news articles
// that embed the briefing) the tests serve beside it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DIST } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
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
    if (!file.startsWith(dist + sep)) {
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

/**
 * A host page: a news article with the briefing embedded in it, as an editor
 * would paste it. `kind` says how:
 * - `'element'`: the script embed, `<script type="module" src="{base}embed.js">`
 *   in the head (`scripts` inclusions of it: a query string each, `null` for
 *   none; default one);
 * - `'iframe'`: `embed-parent.js` loaded after the article (the iframe itself
 *   is in `body`);
 * - `'none'`: neither (the snippet in `body` brings its own scripts).
 *
 * `head` and `body` are HTML; `body` goes between the article's first and
 * last paragraph. `title`, `heading` (the article's h1) and `icon` (a data
 * URL by default, so Chromium's /favicon.ico request cannot 404) are optional.
 */
export function hostPage({
  kind = 'element',
  base = '',
  head = '',
  body = '',
  scripts = [null],
  title = 'A news site: an article',
  heading = 'An article with a briefing',
  icon = 'data:,',
}) {
  if (!['element', 'iframe', 'none'].includes(kind)) throw new Error(`hostPage: unknown kind "${kind}" (expected element, iframe or none)`);
  const embedScripts =
    kind === 'element' ? scripts.map((query) => `<script type="module" src="${base}embed.js${query ?? ''}"></script>`).join('\n') : '';
  const parentScript = kind === 'iframe' ? `<script src="${base}embed-parent.js" defer></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="${icon}">${head}
${embedScripts}
</head><body><header><p>A news site</p></header><main><h1>${heading}</h1>
<p>Some text of the article.</p>
${body}
<p>The article goes on.</p></main>
${parentScript}
</body></html>`;
}

/** The iframe embed's markup as docs/embedding.md gives it, for `src`. */
export function iframeEmbed(src, { attributes = '' } = {}) {
  return `<iframe data-roundtable-briefing ${attributes} src="${src}"
  title="Roundtable briefing: Kazakhstan and Russia on family policy"
  width="100%" height="1400" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** The strict Content-Security-Policy the pages must work under: no inline script or style. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
