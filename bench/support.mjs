// Helpers for the benchmarks: statistics, brotli sizes, a consistent snapshot
// of dist/, the "static floor" page, and network/CPU emulation over CDP.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, serveDist } from '../tests/e2e/support/index.mjs';

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
 * while a Trunk build is staging (dist/.stage), then checks the snapshot is
 * one build: every local file the pages and start scripts name is present,
 * and every integrity hash they carry matches the file it names. If not (a
 * rebuild was under way), waits a minute and reads again, up to `retries` times.
 * BENCH_DIST=/some/dist measures another build (e.g. a copy with an
 * experimental stylesheet, to compare A/B).
 */
export async function snapshotDist({ dist = process.env.BENCH_DIST ?? DIST, wait = 10 * 60_000, retries = 4 } = {}) {
  for (let attempt = 0; ; attempt++) {
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
      if (entry.isFile()) files.set(entry.name, await readFile(join(dist, entry.name)).catch(() => null));
    }
    for (const [name, body] of files) if (body === null) files.delete(name); // removed while read
    const problem = checkSnapshot(files);
    if (!problem) return files;
    if (attempt >= retries) throw new Error(`dist/ is not one consistent build: ${problem}`);
    console.error(`dist/ snapshot: ${problem}; a rebuild under way? reading it again in 60 s…`);
    await new Promise((ok) => setTimeout(ok, 60_000));
  }
}

/** What is wrong with a snapshot of dist/ (a missing file, an integrity mismatch), or null. */
function checkSnapshot(files) {
  const index = files.get('index.html')?.toString('utf8');
  if (!index) return 'dist/index.html is missing (build first: scripts/build)';
  if (index.includes('.well-known/trunk/ws')) {
    throw new Error('dist/ was written by `trunk serve` (it carries the autoreload script): rebuild it with scripts/build');
  }
  // The pages and the small loaders that name hashed files (not the wasm-bindgen glue).
  const texts = [...files].filter(([name]) => /\.html$|^embed\.js$|^(?:start|builder)-[0-9a-f]+\.js$/.test(name));
  const fileRef = /(?:\.\/)?([\w-]+(?:-[0-9a-f]{8,})[\w-]*\.(?:js|css|wasm|html))/g;
  for (const [name, body] of texts) {
    const text = body.toString('utf8');
    // Every hashed file a page or start script names must be there.
    for (const [, ref] of text.matchAll(fileRef)) if (!files.has(ref)) return `${name} refers to ${ref}, which dist/ lacks`;
    // Every integrity hash must match the file named just before it.
    for (const m of text.matchAll(/integrity[=:]\s*["']?(sha384-[A-Za-z0-9+/=]+)/g)) {
      const before = text.slice(Math.max(0, m.index - 250), m.index);
      const refs = [...before.matchAll(fileRef)];
      const ref = refs.at(-1)?.[1];
      if (!ref || !files.has(ref)) continue;
      const actual = `sha384-${createHash('sha384').update(files.get(ref)).digest('base64')}`;
      if (actual !== m[1]) return `${name}: the integrity of ${ref} does not match the file`;
    }
  }
  return null;
}

/**
 * Serves a snapshot of dist/ (from `snapshotDist`) from memory on 127.0.0.1,
 * each file brotli-compressed at quality 11 with `content-encoding: br` (as a
 * static host with brotli would), or as is with `encoding: 'identity'`.
 * `extra` adds pages (name -> Buffer). Returns the server, `served` (name ->
 * raw bytes, what the transfer tables measure) and `add(name, buffer)` to
 * serve a page made later (a host page built from the builder's snippet).
 */
export async function serveSnapshot(files, { encoding = 'br', extra = {} } = {}) {
  const served = new Map([...files, ...Object.entries(extra)]);
  const pages = {};
  const add = (name, body) => {
    served.set(name, body);
    pages[name] = encoding === 'br' ? brotli(body) : body;
  };
  for (const [name, body] of served) add(name, body);
  const server = await serveDist({ pages, headers: encoding === 'br' ? { 'content-encoding': 'br' } : {} });
  return { server, served, add };
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
 * Installed in the page (so self-contained) by `clickTimings`: what a click
 * on a filter chip or a carousel button must put on screen, read from the
 * page just before the click.
 *
 * - A filter chip (`data-rb-set="country=kz"`, …): the chip is
 *   `aria-pressed="true"`, the briefing root carries the new filter
 *   (`data-rb-filter-country`, `data-rb-filter-topic`), exactly the speakers
 *   that match it are rendered (a box of some size), and no element
 *   outside the carousel that the filter excludes (`[data-rb-country]`,
 *   `[data-rb-topics]`) is rendered. The filtering is CSS from the root's
 *   attributes, so this is what the next frame paints.
 * - A carousel button (`data-rb-move`): the next (previous) of the rendered
 *   slides is the current one and visible.
 *
 * `__rbBench.click(id)` clicks and, in each animation frame after it, checks
 * that; a task posted from the frame in which it holds runs after that frame
 * is painted. Returns `{ ms, frames }`: click to that task, and which frame
 * after the click it was (1: the click's next paint); `frames: null` if it
 * did not hold within 120 frames.
 */
function installBench() {
  // Laid out as a box of some size. An element the filter hides either has no
  // box (`display: none`) or, hidden with `content-visibility: hidden`, an empty
  // one; checkVisibility() first, so that nothing inside a hidden item is laid
  // out just to be measured. (Not `visibility`: carousel slides that are not
  // current are `visibility: hidden`.)
  const shown = (el) => {
    if (!el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const filterOf = (root) => ({
    country: root.getAttribute('data-rb-filter-country') ?? 'all',
    topic: root.getAttribute('data-rb-filter-topic') ?? 'all',
  });
  const matches = (el, f) => {
    const country = el.getAttribute('data-rb-country');
    const topics = el.getAttribute('data-rb-topics');
    return (f.country === 'all' || country === null || country === f.country) && (f.topic === 'all' || topics === null || topics.split(/\s+/).includes(f.topic));
  };
  const expectation = (button) => {
    const root = button.closest('.rb-briefing') ?? document.querySelector('.rb-briefing');
    const set = button.getAttribute('data-rb-set');
    if (set !== null) {
      const want = filterOf(root);
      for (const pair of set.split('&')) {
        const [key, value] = pair.split('=');
        if (key in want) want[key] = value;
      }
      const speakers = [...root.querySelectorAll('[data-testid=speaker]')];
      const expected = speakers.filter((s) => matches(s, want)).length;
      const excluded = [...root.querySelectorAll('[data-rb-country], [data-rb-topics]')].filter((el) => !el.closest('[data-testid=carousel]') && !matches(el, want));
      return {
        what: `${want.country}/${want.topic}: ${expected} of ${speakers.length} speakers`,
        ok: () => {
          if (button.getAttribute('aria-pressed') !== 'true') return false;
          const now = filterOf(root);
          if (now.country !== want.country || now.topic !== want.topic) return false;
          return speakers.filter(shown).length === expected && !excluded.some(shown);
        },
      };
    }
    const move = button.getAttribute('data-rb-move');
    if (move !== null) {
      const slides = [...root.querySelectorAll('[data-testid=slide]')].filter(shown);
      const n = slides.length;
      const current = slides.findIndex((s) => s.classList.contains('rb-carousel__slide--current'));
      const next = slides[(current + (move === 'previous' ? n - 1 : 1) + n) % n];
      return {
        what: `slide ${current + 1} -> ${slides.indexOf(next) + 1} of ${n}`,
        ok: () => next.classList.contains('rb-carousel__slide--current') && getComputedStyle(next).visibility === 'visible',
      };
    }
    throw new Error(`${button.dataset.testid}: neither a filter chip (data-rb-set) nor a carousel button (data-rb-move)`);
  };
  window.__rbBench = {
    click: (id) =>
      new Promise((done) => {
        const button = document.querySelector(`[data-testid="${id}"]`);
        if (!button) throw new Error(`no button ${id}`);
        const { ok, what } = expectation(button);
        const start = performance.now();
        button.click();
        let frames = 0;
        const frame = () => {
          frames += 1;
          if (ok()) return setTimeout(() => done({ ms: performance.now() - start, frames, what }), 0);
          if (frames >= 120) return done({ ms: NaN, frames: null, what });
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  };
}

/**
 * Clicks each `ids[i % ids.length]` button `count` times (after `warmup`
 * uncounted clicks, which also check that what each click must show does
 * appear) and times, per click:
 *
 * - `paint`: click to next paint, read from Chromium's own trace: from the
 *   start of the click's dispatch to the end of the first frame's paint on
 *   the renderer's main thread after the dispatch. Nothing in the page
 *   decides when this ends.
 * - `results`: click to the end of the paint of the frame in which the
 *   click's results are on screen (see `installBench`): the same trace,
 *   frame `frames` after the dispatch. When `frames` is 1 this is `paint`.
 * - `inPage`: the same moment measured in the page (rAF + task), a cross-check.
 * - `frames`: which frame after the click first showed the results.
 *
 * Clicks are `element.click()` in the page, one evaluation each, so the
 * harness adds nothing between click and paint.
 */
export async function clickTimings(page, cdp, ids, { count, warmup = 2 }) {
  await page.evaluate(installBench);
  const clickOnce = async (id) => {
    const r = await page.evaluate((id) => window.__rbBench.click(id), id);
    if (r.frames === null) throw new Error(`${id} (${r.what}): the results never appeared within 120 frames`);
    return r;
  };
  for (let i = 0; i < warmup; i++) await clickOnce(ids[i % ids.length]);
  const measured = [];
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  try {
    for (let i = 0; i < count; i++) {
      measured.push(await clickOnce(ids[(i + warmup) % ids.length]));
      await new Promise((ok) => setTimeout(ok, 30)); // one click's trailing work does not overlap the next
    }
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const dispatches = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'click')
    .sort((a, b) => a.ts - b.ts);
  if (dispatches.length !== count) throw new Error(`trace: ${dispatches.length} click dispatches for ${count} clicks`);
  const main = dispatches[0].tid;
  const paints = events.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.tid === main).sort((a, b) => a.ts - b.ts);
  // The ends of the frames painted after `ts`: a frame paints its layers one
  // after another, so Paint events less than 1 ms apart are one frame.
  const frameEnds = (ts, wanted) => {
    const ends = [];
    let k = paints.findIndex((p) => p.ts >= ts);
    while (k >= 0 && k < paints.length && ends.length < wanted) {
      let end = paints[k].ts + paints[k].dur;
      while (k + 1 < paints.length && paints[k + 1].ts - end < 1000) end = Math.max(end, paints[++k].ts + paints[k].dur);
      ends.push(end);
      k += 1;
    }
    return ends;
  };
  const paint = [];
  const results = [];
  dispatches.forEach((click, i) => {
    const ends = frameEnds(click.ts + click.dur, measured[i].frames);
    if (ends.length === 0) throw new Error('trace: a click with no paint after it');
    paint.push((ends[0] - click.ts) / 1000);
    // If fewer frames painted than the page counted, the in-page time stands in.
    results.push(ends.length >= measured[i].frames ? (ends[measured[i].frames - 1] - click.ts) / 1000 : measured[i].ms);
  });
  return { paint, results, inPage: measured.map((m) => m.ms), frames: measured.map((m) => m.frames) };
}
