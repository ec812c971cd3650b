// End-to-end: what editors and readers capture of the standalone page. A
// full-page screenshot shows every section (nothing left unpainted below
// the first screen), the page's text (what "select all, copy" and
// `innerText` give) holds the whole briefing, and every number of an
// ordered list is fully visible at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, DATA, animationsDone, decodePng, inkShare, serveDist, useBrowser, withPage } from './support/index.mjs';

const t = useBrowser({ server: () => serveDist() });

/** Whitespace as `innerText` lays it out is not the point: compare words. */
const words = (s) => s.replace(/\s+/g, ' ').trim();

/** The briefing's parts in page coordinates: header, controls, each section, the source note. */
const parts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=briefing] > [data-testid]')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.dataset.testid, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
      }),
  );

for (const width of [375, 1280]) {
  test(`a full-page screenshot at ${width} px shows every part of the briefing, painted`, () =>
    withPage(
      t.server.url,
      async ({ page }) => {
        await animationsDone(page);
        const shot = await page.screenshot({ fullPage: true });
        await writeFile(join(ARTIFACTS, `full-page-${width}.png`), shot);
        const image = decodePng(shot);
        const found = await parts(page);
        assert.ok(found.length >= 8, `the briefing's parts (${found.map((p) => p.id)})`);
        const blank = found
          .map((p) => ({ ...p, ink: inkShare(image, p) }))
          .filter((p) => p.ink < 0.01)
          .map((p) => `${p.id} (${(p.ink * 100).toFixed(2)}% ink at y=${Math.round(p.y)})`);
        assert.deepEqual(blank, [], 'every part has text or graphics in the capture');
        const last = found.at(-1);
        assert.ok(image.height >= last.y + last.height - 1, `the capture reaches the source note (${image.height} px tall)`);
      },
      { width },
    ));
}

test("the page's text (innerText) holds every section, speaker, measure and the source", () =>
  withPage(t.server.url, async ({ page }) => {
    const { text, wanted } = await page.evaluate(() => ({
      text: document.body.innerText,
      wanted: [
        ...document.querySelectorAll(
          '[data-testid=briefing] section :is(h2,h3), [data-testid=speaker] :is(h2,h3,h4), .rb-measure__title, .rb-measure__summary, [data-testid=source-note] p',
        ),
      ]
        .filter((el) => el.checkVisibility())
        .map((el) => el.textContent),
    }));
    const copied = words(text);
    const speakers = DATA.speakers.filter((s) => !copied.includes(s.name)).map((s) => s.name);
    assert.deepEqual(speakers, [], 'every speaker is in the text');
    assert.ok(wanted.length > DATA.speakers.length + DATA.measures.length, `headings, speakers and measures found (${wanted.length})`);
    const missing = wanted.map(words).filter((w) => !copied.includes(w));
    assert.deepEqual(missing, [], 'every heading, speaker, measure and the source note is in the text');
    assert.ok(copied.includes(DATA.quotes[0].text), 'the quote on screen is in the text, verbatim');
  }));

// A list marker sits outside its item's box: too little indent, or a
// clipping ancestor (overflow, paint containment), cuts "10." to "0.".
for (const width of [320, 375, 1280]) {
  test(`every ordered-list number is fully visible at ${width} px`, () =>
    withPage(
      t.server.url,
      async ({ page }) => {
        const clipped = await page.evaluate(() => {
          const out = [];
          const lists = [...document.querySelectorAll('ol')].filter(
            (ol) => ol.checkVisibility() && getComputedStyle(ol).listStyleType !== 'none',
          );
          for (const ol of lists) {
            for (const [i, li] of [...ol.children].entries()) {
              if (!li.checkVisibility() || getComputedStyle(li).listStylePosition !== 'outside') continue;
              // The marker's width, measured with the marker's own font.
              const marker = getComputedStyle(li, '::marker');
              const probe = document.createElement('span');
              probe.textContent = `${i + 1}. `;
              probe.style.cssText = `position:absolute;white-space:pre;font:${marker.font};font-variant-numeric:${marker.fontVariantNumeric}`;
              li.append(probe);
              const markerWidth = probe.getBoundingClientRect().width;
              probe.remove();
              const left = li.getBoundingClientRect().left - markerWidth;
              // Whatever clips it: the viewport, or an ancestor that clips overflow or contains paint.
              let edge = 0;
              for (let el = li.parentElement; el; el = el.parentElement) {
                const cs = getComputedStyle(el);
                const clips = cs.overflowX !== 'visible' || /paint|strict|content/.test(cs.contain) || cs.contentVisibility === 'auto';
                if (clips && el !== document.documentElement && el !== document.body) edge = Math.max(edge, el.getBoundingClientRect().left);
              }
              if (left < edge - 0.5) out.push(`${ol.className} item ${i + 1}: marker starts at ${left.toFixed(1)} px, clipped at ${edge.toFixed(1)} px`);
            }
          }
          return { out, lists: lists.length };
        });
        assert.ok(clipped.lists >= 1, 'the running order is a numbered list');
        assert.deepEqual(clipped.out, []);
      },
      { width },
    ));
}
