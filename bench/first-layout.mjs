// What the first layout of the briefing costs with no script at all: the
// longest main-thread task while the static floor (bench/load.mjs's: the
// pre-rendered standalone page with every script removed) loads, at 4x CPU,
// beside variants of the same page that lay out less of it. Issue #14's
// "no main-thread task over 50 ms during load" is bound by this task: no
// client can remove a task the page has without any client.
//
//   node bench/first-layout.mjs          7 cold loads of each variant (SAMPLES=N; QUICK=1: 3)
//
// Variants (the first three: the floor plus one <style> rule; all served like the floor):
//   floor           the static floor as built
//   sections-auto   the sections and the source note with `content-visibility: auto`:
//                   only what is near the first screen is laid out at load
//   header-only     every part of the briefing but its header `display: none`
//   plain-text      a page of one heading and one paragraph of about the
//                   header's length, with the widget's stylesheets
//   unstyled-text   the same page without any stylesheet: the browser's own floor
//
// Each load gets a fresh browser context (a new renderer process: cold font
// and text-shaping caches, as a reader's first visit has). Long tasks come
// from a buffered `longtask` observer, from navigation to `load` + 1 s.
import { launchBrowser } from '../tests/e2e/support/index.mjs';
import { lpad, median, ms, pad, serveSnapshot, snapshotDist, staticFloor } from './support.mjs';

const SAMPLES = Number(process.env.SAMPLES ?? (process.env.QUICK === '1' ? 3 : 7));
const RATE = Number(process.env.CPU_RATE ?? 4);
const SETTLE = 1000;

const files = await snapshotDist();
const floor = staticFloor(files.get('index.html').toString('utf8'));
const withRule = (css) => {
  const page = floor.replace('</head>', `<style>${css}</style></head>`);
  if (page === floor) throw new Error('the floor has no </head> to add a rule before');
  return Buffer.from(page);
};
const header = floor.match(/<h1\b[\s\S]*?<\/h1>/)?.[0];
if (!header) throw new Error('the floor has no <h1>');
const stylesheets = [...floor.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/g)].map((m) => m[0]).join('');
const plain = (css) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain text</title>${css}</head><body class="rb-page"><div class="rb-briefing"><header class="rb-header">${header}<p>${'The roundtable compared family policy in two countries. '.repeat(8)}</p></header></div></body></html>`;
const VARIANTS = {
  floor: Buffer.from(floor),
  'sections-auto': withRule('@media screen { .rb-briefing > section, .rb-briefing > footer { content-visibility: auto; contain-intrinsic-size: auto 900px; } }'),
  'header-only': withRule('.rb-briefing > :not(header) { display: none !important; }'),
  'plain-text': Buffer.from(plain(stylesheets)),
  'unstyled-text': Buffer.from(plain('')),
};
const extra = Object.fromEntries(Object.entries(VARIANTS).map(([name, body]) => [`${name}.html`, body]));
const { server } = await serveSnapshot(files, { encoding: 'br', extra });
const browser = await launchBrowser();

async function load(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.addInitScript(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}${name}.html`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE);
    return Math.max(0, ...(await page.evaluate(() => window.__longtasks)));
  } finally {
    await context.close();
  }
}

console.log(`First layout without any script: longest main-thread task during load (navigation to load + ${SETTLE} ms), ${RATE}x CPU, 1280x900, ${SAMPLES} cold loads each, interleaved`);
await load('floor'); // browser start-up, not counted
const longest = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
for (let round = 0; round < SAMPLES; round++) {
  const names = Object.keys(VARIANTS);
  for (const name of round % 2 ? names.reverse() : names) longest[name].push(await load(name));
}
console.log(`${pad('variant', 16)} ${lpad('median', 8)} ${lpad('max', 8)}  loads with a task > 50 ms   samples (ms; 0: none over 50 ms)`);
for (const [name, values] of Object.entries(longest)) {
  const over = values.filter((v) => v > 50).length;
  console.log(`${pad(name, 16)} ${lpad(ms(median(values)), 8)} ${lpad(ms(Math.max(...values)), 8)}  ${lpad(`${over} of ${values.length}`, 24)}   [${values.map((v) => v.toFixed(0)).join(' ')}]`);
}
await browser.close();
await server.close();
