// Helpers for the benchmarks: statistics, brotli sizes, a consistent snapshot
// of dist/, the "static floor" page, and network/CPU emulation over CDP.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from '../tests/e2e/support/index.mjs';

/** Nearest-rank quantile (as bench/filter-click.mjs): q = 0.5 is the median, 0.75 the p75. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
export const median = (values) => quantile(values, 0.5);
export const p75 = (values) => quantile(values, 0.75);

/** Brotli at quality 11 (what `brotli -q 11` and scripts/size-report use). */
export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  });
}

/**
 * Reads every top-level file of dist/ into memory, so that a rebuild of dist/
 * while the benchmark runs cannot mix two builds. Waits (up to `wait` ms)
 * while a Trunk build is staging (dist/.stage), and checks that every local
 * file index.html refers to is present.
 */
export async function snapshotDist({ dist = DIST, wait = 10 * 60_000 } = {}) {
  const end = Date.now() + wait;
  for (let announced = false; ; ) {
    const staging = await stat(join(dist, '.stage')).then(() => true, () => false);
    if (!staging) break;
    if (Date.now() > end) throw new Error('dist/ is still being built (dist/.stage exists)');
    if (!announced) console.error('dist/ is being rebuilt (dist/.stage exists); waiting for the build to finish…');
    announced = true;
    await new Promise((ok) => setTimeout(ok, 2000));
  }
  const files = new Map();
  for (const entry of await readdir(dist, { withFileTypes: true })) {
    if (entry.isFile()) files.set(entry.name, await readFile(join(dist, entry.name)));
  }
  const index = files.get('index.html')?.toString('utf8');
  if (!index) throw new Error('dist/index.html is missing: build first (scripts/build)');
  if (index.includes('.well-known/trunk/ws')) {
    throw new Error('dist/ was written by `trunk serve` (it carries the autoreload script): rebuild it with scripts/build');
  }
  for (const [, ref] of index.matchAll(/(?:href|src)=["']?\.?\/?([\w.-]+\.(?:js|css|wasm|png))/g)) {
    if (!files.has(ref)) throw new Error(`dist/index.html refers to ${ref}, which dist/ lacks (a rebuild under way?): rerun`);
  }
  return files;
}

/**
 * The static floor: the pre-rendered page with every script removed (script
 * elements, module preloads and preloads), so the browser only parses HTML
 * and applies CSS. Whatever is left is the best any client-side code could do.
 */
export function staticFloor(html) {
  const floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
  if (/<script\b|modulepreload|rel=["']?preload/i.test(floor)) throw new Error('static floor: a script or preload survived the rewrite');
  return floor;
}

/**
 * Slow 4G as issue #7 defines it: 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up (CDP takes bytes per second). CDP adds the latency to each
 * request and caps throughput; it does not model TCP/TLS set-up or slow start.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};

/** Formats milliseconds, bytes and ratios for the report. */
export const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const pad = (s, n) => String(s).padEnd(n);
export const lpad = (s, n) => String(s).padStart(n);

/**
 * Clicks each `ids[i % ids.length]` button `count` times (after `warmup`
 * uncounted clicks) and times two things per click:
 *
 * - `paint`: click to next paint, read from Chromium's own trace: from the
 *   start of the click's dispatch to the end of the first frame's paint on the
 *   renderer's main thread after the dispatch. Nothing in the
 *   page decides when this ends, so work the app puts after the paint (the
 *   URL write, the sections it updates one frame later) cannot hide in it or
 *   be counted by accident of task order.
 * - `settled`: click to the paint after everything the click changed is in
 *   the DOM (the briefing's `aria-busy` is gone): an animation frame plus a
 *   task after that, measured in the page.
 *
 * Clicks are `element.click()` in the page, one evaluation each, so the
 * harness adds nothing between click and paint.
 */
export async function clickTimings(page, cdp, ids, { count, warmup = 2 }) {
  const settled = [];
  const clickOnce = (id) =>
    page.evaluate(
      (id) =>
        new Promise((done) => {
          const button = document.querySelector(`[data-testid="${id}"]`);
          if (!button) throw new Error(`no button ${id}`);
          const root = button.closest('[data-testid=briefing]') ?? document.querySelector('[data-testid=briefing]');
          const start = performance.now();
          button.click();
          const paintAfter = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          requestAnimationFrame(() => {
            if (root.getAttribute('aria-busy') !== 'true') return paintAfter();
            const watch = new MutationObserver(() => {
              if (root.getAttribute('aria-busy') === 'true') return;
              watch.disconnect();
              paintAfter();
            });
            watch.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
          });
        }),
      id,
    );
  for (let i = 0; i < warmup; i++) await clickOnce(ids[i % ids.length]);
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  for (let i = 0; i < count; i++) {
    settled.push(await clickOnce(ids[(i + warmup) % ids.length]));
    await new Promise((ok) => setTimeout(ok, 30)); // one click's trailing work does not overlap the next
  }
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const dispatches = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'click')
    .sort((a, b) => a.ts - b.ts);
  if (dispatches.length !== count) throw new Error(`trace: ${dispatches.length} click dispatches for ${count} clicks`);
  const main = dispatches[0].tid;
  const paints = events.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.tid === main).sort((a, b) => a.ts - b.ts);
  const paint = dispatches.map((click) => {
    let k = paints.findIndex((p) => p.ts >= click.ts + click.dur);
    if (k < 0) throw new Error('trace: a click with no paint after it');
    // A frame paints its layers one after another: follow the run.
    let end = paints[k].ts + paints[k].dur;
    while (k + 1 < paints.length && paints[k + 1].ts - end < 1000) end = Math.max(end, paints[++k].ts + paints[k].dur);
    return (end - click.ts) / 1000;
  });
  return { paint, settled };
}
