// End-to-end: the embed-code builder, on its own page (builder.html), with
// the full bundle; readers of index.html and embed.html never load that
// bundle.
//
// The page: the full bundle (hashed files, integrity-checked) mounts the
// builder, open, with a live preview; the standalone page links to it and it
// links back; it works under the strict CSP with zero axe violations, and
// says so when its wasm fails its integrity check.
//
// The snippet carries the briefing as plain article HTML inside
// <roundtable-briefing> (issue #7, point 4): read from the builder and
// pasted, unchanged, into a host page on another origin, the host page is
// loaded with JavaScript off (every speaker, both quotes and every figure),
// with embed.js failing (the same, and zero axe violations), and working
// (the app, the full bundle, takes the element over and honours its
// attribute).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DATA,
  DIST,
  axeViolations,
  builderLive,
  clickPressed,
  hostPage,
  poll,
  pressed,
  quiet,
  recordCspViolations,
  serveDist,
  STRICT_CSP,
  useBrowser,
  waitLive,
  withPage,
} from './support/index.mjs';

const CSP = STRICT_CSP;

/** A file of the full bundle (content-hashed by the build) or the builder page's start script. */
const FULL_FILE = /\/(rb-full[^/]*|builder-[0-9a-f]+\.js)$/;
/** The full bundle's files in dist/, as the build names them. */
const FULL_GLUE = /^rb-full-[0-9a-f]{16}\.js$/;
const FULL_WASM = /^rb-full-[0-9a-f]{16}_bg\.wasm$/;

/** The subresource integrity of a file of dist/. */
const integrityOf = async (file) => `sha384-${createHash('sha384').update(await readFile(join(DIST, file))).digest('base64')}`;

/** `setup` for withPage: records the URL of every request the page's own document makes (not its frames'). */
const mainFrameRequests = (page) => {
  const urls = [];
  page.on('request', (r) => r.frame() === page.mainFrame() && urls.push(r.url()));
  return urls;
};

const snippets = {};

/** A host page (the news article) with `name`'s snippet pasted in; built when requested, once the snippets are read. */
const article = (name) => () => hostPage({ kind: 'none', title: 'A news article', heading: 'A news article', body: snippets[name] });

const t = useBrowser({
  widget: () => serveDist({ headers: { 'access-control-allow-origin': '*' } }), // the briefing's origin (dist/)
  host: () => serveDist({ pages: { 'all.html': article('all'), 'kz.html': article('kz'), 'bare.html': article('bare') } }), // the news site
  strict: () => serveDist({ headers: { 'content-security-policy': CSP } }), // dist/ under the strict policy of docs/embedding.md
});

/** Waits until the textarea `selector` no longer holds `previous` (the builder rewrites it when a choice changes) and returns its value. */
async function changedValue(page, selector, previous) {
  const changed = await poll(async () => (await page.inputValue(selector)) !== previous);
  assert.ok(changed, `${selector} changed after the choice`);
  return page.inputValue(selector);
}

/**
 * Reads the builder's snippets on builder.html, as an editor would copy them
 * (once the builder is live), into `snippets`; once per file, by the first
 * test that needs them (node 20 runs a file's `before` hooks concurrently,
 * so this cannot be a second hook beside useBrowser's).
 */
let reading = null;
const readSnippets = () =>
  (reading ??= withPage(
    `${t.widget.url}builder.html`,
    async ({ page, problems }) => {
      await builderLive(page);
      const fallback = page.locator('[data-testid=builder-fallback]');
      assert.equal(await fallback.isChecked(), true, 'the fallback is included by default');
      snippets.all = await page.inputValue('[data-testid=builder-script]');
      await page.check('input[name=rb-builder-country][value=kz]');
      snippets.kz = await changedValue(page, '[data-testid=builder-script]', snippets.all);
      await fallback.uncheck();
      snippets.bare = await changedValue(page, '[data-testid=builder-script]', snippets.kz);
      assert.deepEqual(problems, []);
    },
    { live: false }, // no briefing in the page itself: builderLive waits for the builder
  ));

/** The text and blockquote count of the article pasted inside the element, or null. */
const shownFallback = (page) =>
  page.evaluate(() => {
    const article = document.querySelector('roundtable-briefing > article.rb-fallback');
    return article ? { text: article.innerText, blockquotes: article.querySelectorAll('blockquote').length } : null;
  });

/** Asserts that `text` (with `blockquotes` blockquotes) holds every speaker, quote and figure of the data (of one country, `only`). */
function assertComplete(text, blockquotes, { only = null } = {}) {
  for (const s of DATA.speakers) {
    const expected = !only || s.country === only;
    if (expected) assert.ok(text.includes(s.name), `speaker ${s.name}`);
  }
  const quotes = DATA.quotes.filter((q) => !only || DATA.speakers.find((s) => s.id === q.speaker).country === only);
  assert.equal(blockquotes, quotes.length, 'one blockquote per quote');
  for (const q of quotes) assert.ok(text.includes(`“${q.text}”`), `quote ${q.id}, verbatim`);
  for (const st of DATA.statistics.filter((x) => !only || x.country === only)) {
    assert.ok(text.includes(st.label), `figure ${st.id}`);
    assert.ok(text.includes(`¶${st.paragraph}`), `figure ${st.id} with its paragraph`);
  }
  assert.ok(text.includes('Source: report by DKnews.kz.'));
}

test('the snippet carries the briefing inside the element; without the option it is empty', async () => {
  await readSnippets();
  assert.match(snippets.all, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>\n<roundtable-briefing>\n<article class="rb-fallback"/);
  assert.match(snippets.kz, /<roundtable-briefing country="kz">\n<article/);
  assert.match(snippets.bare, /<roundtable-briefing country="kz"><\/roundtable-briefing>$/, "option off: the element is empty");
});

test('with JavaScript off the host page shows the whole briefing from the snippet', async () => {
  await readSnippets();
  await withPage(
    `${t.host.url}all.html`,
    async ({ page }) => {
      const text = await page.locator('roundtable-briefing > article').innerText();
      const blockquotes = await page.locator('roundtable-briefing blockquote').count();
      assertComplete(text, blockquotes);
    },
    { javaScriptEnabled: false, width: 375, height: 800 },
  );
});

test('when embed.js cannot load, the pasted briefing stays, complete and accessible', async () => {
  await readSnippets();
  for (const [name, only] of [['all', null], ['kz', 'kz']]) {
    await withPage(
      `${t.host.url}${name}.html`,
      async ({ page }) => {
        // The page has loaded (goto waits for its load event, which follows the failed module script).
        assert.equal(await page.evaluate(() => customElements.get('roundtable-briefing')), undefined, 'embed.js did not run');
        const fallback = await shownFallback(page);
        assert.ok(fallback, 'the fallback is there');
        assert.equal(await page.locator('roundtable-briefing > article').isVisible(), true);
        assertComplete(fallback.text, fallback.blockquotes, { only });
        assert.deepEqual(await axeViolations(page), [], `${name}: no axe violation`);
      },
      {
        live: false, // no app: embed.js is aborted
        waitFor: 'roundtable-briefing > article',
        setup: (page) => page.route('**/embed.js', (route) => route.abort()),
      },
    );
  }
});

test('when the app mounts it takes the element over and the pasted text is no longer shown', async () => {
  await readSnippets();
  // withPage waits until the briefing in the element's shadow root is live.
  await withPage(`${t.host.url}kz.html`, async ({ page, problems, requests }) => {
    assert.equal(await page.locator('roundtable-briefing > article').isVisible(), false, 'the light-DOM copy is not rendered');
    // The live briefing honours the same attribute: Kazakhstan pressed.
    assert.equal(await pressed(page.locator('roundtable-briefing [data-testid=country-kz]')), 'true');
    // embed.js fetches the pre-rendered briefing and attaches the reader's small client to it:
    // never the full bundle.
    const files = requests.map((u) => new URL(u).pathname.slice(1));
    assert.ok(files.some((f) => /^briefing-[0-9a-f]+\.html$/.test(f)), `the pre-rendered briefing (${files.join(', ')})`);
    assert.ok(files.some((f) => /^roundtable-briefing-[0-9a-f]+_bg\.wasm$/.test(f)), `the reader's client (${files.join(', ')})`);
    assert.ok(!files.some((f) => FULL_GLUE.test(f) || FULL_WASM.test(f)), `no file of the full bundle (${files.join(', ')})`);
    assert.deepEqual(problems, []);
  });
});

test('builder.html: the full bundle, from hashed files with integrity, mounts the builder open with a live preview', async () => {
  const names = await readdir(DIST);
  const glue = names.filter((f) => FULL_GLUE.test(f));
  const wasm = names.filter((f) => FULL_WASM.test(f));
  assert.equal(glue.length, 1, `one full-bundle glue in dist/ (${names.join(', ')})`);
  assert.equal(wasm.length, 1, 'one full-bundle wasm in dist/');
  assert.equal(glue[0].replace('.js', '_bg.wasm'), wasm[0], 'one hash names both');
  assert.deepEqual(names.filter((f) => /^rb-full(\.js|_bg\.wasm)$/.test(f)), [], "Trunk's unhashed names are not shipped");
  const html = await readFile(join(DIST, 'builder.html'), 'utf8');
  assert.ok(html.includes(`href="./${glue[0]}" integrity="${await integrityOf(glue[0])}"`), 'the glue is preloaded with its integrity');
  const start = /<script type="module" src="\.\/(builder-[0-9a-f]+\.js)" integrity="([^"]+)"><\/script>/.exec(html);
  assert.ok(start, 'an external start script with integrity');
  assert.equal(start[2], await integrityOf(start[1]), "the start script's integrity is its own");
  const script = await readFile(join(DIST, start[1]), 'utf8');
  // Minified: `{integrity:"sha384-…"}`.
  const checked = new RegExp(`\\{\\s*integrity:\\s*["']${(await integrityOf(wasm[0])).replace(/[+/]/g, '\\$&')}["']\\s*\\}`);
  assert.match(script, checked, "the start script checks the wasm's integrity");

  await withPage(
    `${t.widget.url}builder.html`,
    async ({ page, problems, extra: own }) => {
      await builderLive(page);
      const files = own.map((u) => new URL(u).pathname.slice(1));
      for (const file of [glue[0], wasm[0], start[1]]) assert.ok(files.includes(file), `builder.html loads ${file}`);
      assert.deepEqual(
        files.filter((f) => f.startsWith('roundtable-briefing-')),
        [],
        "the page itself loads no file of the small bundle (its preview frame, embed.html, does)",
      );
      assert.equal(await page.locator('h1').count(), 1);
      assert.match(await page.locator('[data-testid=builder-preview]').getAttribute('src'), /^embed\.html(\?|$)/, 'the preview is the iframe embed');
      assert.deepEqual(problems, []);
    },
    { live: false, setup: mainFrameRequests },
  );
});

test('the standalone page links to builder.html, and builder.html back to the briefing', async () => {
  await withPage(t.widget.url, async ({ page, problems }) => {
    const link = page.locator('[data-testid=builder-link]');
    assert.equal(await link.isVisible(), true, 'the link is shown');
    assert.equal(await page.locator('#roundtable-briefing [data-testid=builder-link]').count(), 0, 'outside the briefing');
    assert.equal(await page.locator('#roundtable-briefing-builder, [data-testid=builder]').count(), 0, 'no builder on the standalone page');
    await link.click();
    await page.waitForURL((u) => u.pathname === '/builder.html');
    await builderLive(page);
    await page.locator('[data-testid=back-to-briefing]').click();
    await page.waitForURL((u) => u.pathname === '/');
    await waitLive(page);
    assert.deepEqual(problems, []);
  });
});

for (const path of ['index.html', 'embed.html']) {
  test(`${path} never requests a file of the full bundle, neither to start nor when used`, async () => {
    const html = await readFile(join(DIST, path), 'utf8');
    assert.ok(!/rb-full|builder-[0-9a-f]+\.js/.test(html), `${path} names no file of the full bundle (no script, no preload)`);
    // withPage records every request from before the page loads; it returns once the app is live.
    await withPage(`${t.widget.url}${path}`, async ({ page, problems, requests }) => {
      await clickPressed(page, 'country-kz');
      await clickPressed(page, 'country-all');
      // Everything the page and its frames started has finished, late requests included.
      await quiet(page);
      assert.ok(requests.some((u) => u.endsWith('.wasm')), `the requests were recorded (its own wasm): ${requests.join(', ')}`);
      assert.deepEqual(requests.filter((u) => FULL_FILE.test(new URL(u).pathname)), [], `${path}: no request for the full bundle`);
      assert.deepEqual(problems, []);
    });
  });
}

test('builder.html works under the strict CSP, with no violation', async () => {
  await withPage(
    `${t.strict.url}builder.html`,
    async ({ page, problems, extra: violations }) => {
      await builderLive(page);
      await quiet(page);
      assert.deepEqual(violations, [], 'no securitypolicyviolation');
      assert.deepEqual(problems, [], 'no console error, page error or failed request');
    },
    { live: false, setup: (p) => recordCspViolations(p) },
  );
});

for (const colorScheme of ['light', 'dark']) {
  test(`builder.html, ${colorScheme}: zero axe violations`, async () => {
    // Not under the CSP: axe is injected as an inline script.
    await withPage(
      `${t.widget.url}builder.html`,
      async ({ page }) => {
        await builderLive(page);
        await quiet(page);
        assert.deepEqual(await axeViolations(page), []);
      },
      { live: false, colorScheme },
    );
  });
}

test('builder.html: a full-bundle wasm failing its integrity check leaves a note where the builder would be', async () => {
  const wasm = (await readdir(DIST)).find((f) => FULL_WASM.test(f));
  const bytes = Buffer.from(await readFile(join(DIST, wasm)));
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  await withPage(
    `${t.widget.url}builder.html`,
    async ({ page, problems }) => {
      const note = page.locator('#roundtable-briefing-builder [data-testid=builder-failed]');
      await note.waitFor();
      assert.equal(await note.getAttribute('role'), 'note');
      assert.equal(await page.locator('[data-testid=builder]').count(), 0, 'no builder');
      assert.ok(
        problems.some((p) => p.includes('the embed-code builder could not start')),
        `the console says why: ${JSON.stringify(problems)}`,
      );
    },
    {
      live: false,
      setup: (page) => page.route(`**/${wasm}`, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: bytes })),
    },
  );
});
