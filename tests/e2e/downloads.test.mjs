// End-to-end: the data to download (src/site/downloads.rs). The source note
// of every briefing links the data file and the two CSV tables; the links
// work from the standalone page, from embed.html and from the script embed
// on a host of another origin (where they point at the briefing's origin,
// not the host's), and what they serve is the data the briefing shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, serveDist, useBrowser, waitElementsLive, withPage } from './support/index.mjs';

const FILES = ['roundtable.json', 'roundtable-figures.csv', 'roundtable-measures.csv'];

const t = useBrowser({
  widget: () => serveDist({ headers: { 'access-control-allow-origin': '*' } }), // dist/
  host: () =>
    serveDist({
      pages: { 'host.html': () => hostPage({ kind: 'element', base: t.widget.url, body: '<roundtable-briefing></roundtable-briefing>' }) },
    }),
});

/**
 * The source note's download links under an element (in its shadow root if
 * it has one), for `locator.evaluate`: text, href as written, resolved URL.
 */
const links = (el) =>
  [...(el.shadowRoot ?? el).querySelectorAll('[data-testid=source-note] [data-testid=data-download]')].map((a) => ({
    text: a.textContent,
    href: a.getAttribute('href'),
    url: a.href,
  }));

/** Fetches each URL in the page: status, type, whether it starts with a UTF-8 byte-order mark, and its text. */
const fetchAll = (page, urls) =>
  page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url);
          const bytes = new Uint8Array(await response.arrayBuffer());
          return {
            url,
            status: response.status,
            bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
            text: new TextDecoder().decode(bytes), // without the byte-order mark
          };
        }),
      ),
    urls,
  );

/** The rows of a CSV without quoted line breaks (the shipped data has none). */
const rows = (text) => text.trimEnd().split('\r\n');

for (const [name, path] of [
  ['the standalone page', ''],
  ['embed.html', 'embed.html'],
]) {
  test(`${name}: the source note links the data, which is what the briefing shows`, () =>
    withPage(`${t.widget.url}${path}`, async ({ page, problems }) => {
      const found = await page.locator('html').evaluate(links);
      assert.deepEqual(
        found.map((l) => l.href),
        FILES,
      );
      assert.deepEqual(
        found.map((l) => l.text),
        ['all data (JSON)', 'figures (CSV)', 'policy measures (CSV)'],
      );
      for (const l of found) assert.equal(l.url, new URL(l.href, t.widget.url).href);
      const [json, figures, measures] = await fetchAll(page, found.map((l) => l.url));
      for (const file of [json, figures, measures]) assert.equal(file.status, 200, file.url);
      const data = JSON.parse(json.text);
      // One row per figure and measure, after the header; the figures keep their qualifiers.
      assert.ok(figures.bom && measures.bom, 'the CSV files start with a UTF-8 byte-order mark');
      const figureRows = rows(figures.text);
      assert.equal(figureRows.length, data.statistics.length + 1);
      assert.match(figureRows[0], /^id,figure,value,qualifier,scale,unit,label,period,country,cited_by,paragraph$/);
      for (const s of data.statistics) {
        const row = figureRows.find((r) => r.startsWith(`${s.id},`));
        assert.ok(row, `a row for ${s.id}`);
        assert.ok(row.includes(s.as_reported.includes(',') ? `"${s.as_reported}"` : `,${s.as_reported},`), `${s.id}: ${row}`);
        assert.ok(row.endsWith(`,${s.paragraph}`), `${s.id} ends with its paragraph: ${row}`);
      }
      assert.equal(rows(measures.text).length, data.measures.length + 1);
      // What the page shows agrees with the file: one figure widget per figure.
      assert.equal(await page.locator('[data-testid=figures] [data-testid=figure]').count(), data.statistics.length);
      assert.deepEqual(problems, []);
    }));
}

test("the script embed on another origin: the links point at the briefing's origin, and work", () =>
  withPage(
    `${t.host.url}host.html`,
    async ({ page, problems }) => {
      await waitElementsLive(page);
      const found = await page.locator('roundtable-briefing').evaluate(links);
      assert.deepEqual(
        found.map((l) => l.url),
        FILES.map((f) => new URL(f, t.widget.url).href),
      );
      assert.notEqual(new URL(t.host.url).origin, new URL(t.widget.url).origin);
      const fetched = await fetchAll(page, found.map((l) => l.url));
      assert.deepEqual(
        fetched.map((f) => f.status),
        [200, 200, 200],
      );
      assert.deepEqual(problems, []);
    },
    { live: false },
  ));
