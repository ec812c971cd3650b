// End-to-end: the embed-code builder's script snippet carries the briefing
// as plain article HTML inside <roundtable-briefing> (issue #7, point 4).
// The snippet is read from the builder on index.html and pasted, unchanged,
// into a host page on another origin; then the host page is loaded with
// JavaScript off (every speaker, both quotes and every figure), with embed.js
// failing (the same, and zero axe violations), and working (the app takes the
// element over and honours its attribute).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, axeViolations, hostPage, poll, pressed, serveDist, useBrowser, withPage } from './support/index.mjs';

const snippets = {};

/** A host page (the news article) with `name`'s snippet pasted in; built when requested, once the snippets are read. */
const article = (name) => () => hostPage({ kind: 'none', title: 'A news article', heading: 'A news article', body: snippets[name] });

const t = useBrowser({
  widget: () => serveDist({ headers: { 'access-control-allow-origin': '*' } }), // the briefing's origin (dist/)
  host: () => serveDist({ pages: { 'all.html': article('all'), 'kz.html': article('kz'), 'bare.html': article('bare') } }), // the news site
});

/** Waits until the textarea `selector` no longer holds `previous` (the builder rewrites it when a choice changes) and returns its value. */
async function changedValue(page, selector, previous) {
  const changed = await poll(async () => (await page.inputValue(selector)) !== previous);
  assert.ok(changed, `${selector} changed after the choice`);
  return page.inputValue(selector);
}

/**
 * Reads the builder's snippets, as an editor would copy them (once the
 * builder is live), into `snippets`; once per file, by the first test that
 * needs them (node 20 runs a file's `before` hooks concurrently, so this
 * cannot be a second hook beside useBrowser's).
 */
let reading = null;
const readSnippets = () =>
  (reading ??= withPage(
    t.widget.url,
    async ({ page, problems }) => {
      await page.click('[data-testid=builder] summary');
      const fallback = page.locator('[data-testid=builder-fallback]');
      assert.equal(await fallback.isChecked(), true, 'the fallback is included by default');
      snippets.all = await page.inputValue('[data-testid=builder-script]');
      await page.check('input[name=rb-builder-country][value=kz]');
      snippets.kz = await changedValue(page, '[data-testid=builder-script]', snippets.all);
      await fallback.uncheck();
      snippets.bare = await changedValue(page, '[data-testid=builder-script]', snippets.kz);
      assert.deepEqual(problems, []);
    },
    { waitFor: '#roundtable-briefing-builder[data-rb-live] [data-testid=builder]' },
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
  await withPage(`${t.host.url}kz.html`, async ({ page, problems }) => {
    assert.equal(await page.locator('roundtable-briefing > article').isVisible(), false, 'the light-DOM copy is not rendered');
    // The live briefing honours the same attribute: Kazakhstan pressed.
    assert.equal(await pressed(page.locator('roundtable-briefing [data-testid=country-kz]')), 'true');
    assert.deepEqual(problems, []);
  });
});
