// End-to-end: the embed-code builder's script snippet carries the briefing
// as plain article HTML inside <roundtable-briefing> (issue #7, point 4).
// The snippet is read from the builder on index.html and pasted, unchanged,
// into a host page on another origin; then the host page is loaded with
// JavaScript off, with embed.js failing, and working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, axeViolations, launchBrowser, openPage, serveDist } from './support.mjs';

let widget; // the briefing's origin (dist/)
let host; // the news site
let browser;
const snippets = {};

const hostPage = (snippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title>
<link rel="icon" href="data:,"></head>
<body><main><h1>A news article</h1><p>Before the briefing.</p>
${snippet}
<p>After the briefing.</p></main></body></html>`;

before(async () => {
  widget = await serveDist({ headers: { 'access-control-allow-origin': '*' } });
  browser = await launchBrowser();
  // The builder's snippets, as an editor would copy them.
  const { page, context, problems } = await openPage(browser, widget.url);
  await page.click('[data-testid=builder] summary');
  const fallback = page.locator('[data-testid=builder-fallback]');
  assert.equal(await fallback.isChecked(), true, 'the fallback is included by default');
  snippets.all = await page.inputValue('[data-testid=builder-script]');
  await page.check('input[name=rb-builder-country][value=kz]');
  snippets.kz = await page.inputValue('[data-testid=builder-script]');
  await fallback.uncheck();
  snippets.bare = await page.inputValue('[data-testid=builder-script]');
  assert.deepEqual(problems, []);
  await context.close();
  host = await serveDist({
    pages: { 'all.html': hostPage(snippets.all), 'kz.html': hostPage(snippets.kz), 'bare.html': hostPage(snippets.bare) },
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), host?.close()]);
});

/** The text and blockquote count of the article pasted inside the element, or null. */
const shownFallback = (page) =>
  page.evaluate(() => {
    const article = document.querySelector('roundtable-briefing > article.rb-fallback');
    return article ? { text: article.innerText, blockquotes: article.querySelectorAll('blockquote').length } : null;
  });

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

test('the snippet carries the briefing inside the element; without the option it is empty', () => {
  assert.match(snippets.all, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>\n<roundtable-briefing>\n<article class="rb-fallback"/);
  assert.match(snippets.kz, /<roundtable-briefing country="kz">\n<article/);
  assert.match(snippets.bare, /<roundtable-briefing country="kz"><\/roundtable-briefing>$/, "option off: the element is empty");
});

test('with JavaScript off the host page shows the whole briefing from the snippet', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${host.url}all.html`);
  const text = await page.locator('roundtable-briefing > article').innerText();
  const blockquotes = await page.locator('roundtable-briefing blockquote').count();
  assertComplete(text, blockquotes);
  await context.close();
});

test('when embed.js cannot load, the pasted briefing stays, complete and accessible', async () => {
  for (const [name, only] of [['all', null], ['kz', 'kz']]) {
    const { page, context } = await openPage(browser, `${host.url}${name}.html`, {
      waitFor: 'roundtable-briefing > article',
      setup: (page) => page.route('**/embed.js', (route) => route.abort()),
    });
    await page.waitForLoadState('networkidle');
    const fallback = await shownFallback(page);
    assert.ok(fallback, 'the fallback is there');
    assert.equal(await page.locator('roundtable-briefing > article').isVisible(), true);
    assertComplete(fallback.text, fallback.blockquotes, { only });
    assert.deepEqual(await axeViolations(page), [], `${name}: no axe violation`);
    await context.close();
  }
});

test('when the app mounts it takes the element over and the pasted text is no longer shown', async () => {
  const { page, context, problems } = await openPage(browser, `${host.url}kz.html`, { waitFor: null });
  await page.waitForFunction(() => document.querySelector('roundtable-briefing')?.shadowRoot?.querySelector('[data-testid=briefing]'));
  assert.equal(await page.locator('roundtable-briefing > article').isVisible(), false, 'the light-DOM copy is not rendered');
  // The live briefing honours the same attribute: Kazakhstan pressed.
  const pressed = await page.locator('roundtable-briefing [data-testid=country-kz]').getAttribute('aria-pressed');
  assert.equal(pressed, 'true');
  assert.deepEqual(problems, []);
  await context.close();
});
