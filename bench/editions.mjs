// What each edition costs a reader: the brotli size (quality 11, as
// scripts/size-report and bench/load.mjs count it) of every HTML, CSS,
// JavaScript and wasm file a page requests until its briefing is live, for
// the standalone page and the iframe page of each edition, and for a host
// page with `<roundtable-briefing lang>` (embed.js and all it loads). The
// issue's budget: each within 60 KB (60,000 bytes), as the English page.
//
//   node bench/editions.mjs        (on the build in dist/)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, hostPage, serveDist } from '../tests/e2e/support/index.mjs';
import { brotli, kb, lpad, pad } from './support.mjs';

const BUDGET = 60_000;
const COUNTED = /\.(html|css|js|wasm)$/;

const server = await serveDist({
  pages: Object.fromEntries(
    ['en', 'ru', 'kk'].map((lang) => [
      `host-${lang}.html`,
      () => hostPage({ body: `<roundtable-briefing lang="${lang}"></roundtable-briefing>` }),
    ]),
  ),
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });

/** The counted files `path` requests until every briefing on it is live, and their brotli sizes. */
async function cost(path, { host = false } = {}) {
  const page = await browser.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const url = new URL(r.url());
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    if (url.origin === new URL(server.url).origin && COUNTED.test(path)) files.add(path.slice(1));
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() =>
    [document, ...[...document.querySelectorAll('roundtable-briefing')].map((e) => e.shadowRoot).filter(Boolean)].some((root) =>
      root.querySelector('[data-rb-live]'),
    ),
  );
  await page.close();
  let total = 0;
  const parts = [];
  for (const file of [...files].sort()) {
    // A host page is the host's, not ours: not counted.
    if (host && file.startsWith('host-')) continue;
    const name = file;
    const size = brotli(await readFile(join(DIST, name))).length;
    total += size;
    parts.push(`${name.replace(/-[0-9a-f]{16}/, '-…')} ${kb(size)}`);
  }
  return { total, parts };
}

console.log('Editions: what each page transfers (brotli -q 11 of each file it requests until live)');
console.log(`${pad('page', 34)} ${lpad('bytes', 8)} ${lpad('budget', 8)}  files`);
let allMet = true;
for (const [label, path, host] of [
  ['English standalone, /', ''],
  ['Russian standalone, ru/', 'ru/'],
  ['Kazakh standalone, kk/', 'kk/'],
  ['English iframe, embed.html', 'embed.html'],
  ['Russian iframe, ru/embed.html', 'ru/embed.html'],
  ['Kazakh iframe, kk/embed.html', 'kk/embed.html'],
  ['embed.js, lang="en"', 'host-en.html', true],
  ['embed.js, lang="ru"', 'host-ru.html', true],
  ['embed.js, lang="kk"', 'host-kk.html', true],
]) {
  const { total, parts } = await cost(path, { host });
  const met = total <= BUDGET;
  allMet &&= met;
  console.log(`${pad(label, 34)} ${lpad(total, 8)} ${lpad(met ? 'met' : 'NOT met', 8)}  ${parts.join(', ')}`);
}
console.log(allMet ? `Every page within ${BUDGET} bytes.` : `NOT met: a page over ${BUDGET} bytes.`);
await browser.close();
server.close?.();
process.exit(0);
