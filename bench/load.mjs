// Load, take-over, interaction, memory and transfer figures of the standalone
// page (dist/index.html) against its static floor (the same pre-rendered HTML
// with every script removed), of the script embed (embed.js) on a host page,
// and of builder.html, in headless Chromium with 4x CPU throttling, without
// network throttling and with slow-4G emulation; then Lighthouse (mobile) on
// the standalone page. One run, same conditions, one snapshot of dist/; the
// targets of issue #14 are printed at the end as met / NOT met. The method is
// described in BENCHMARKS.md.
//
//   node bench/load.mjs [--quick] [--no-lighthouse]
//
// The reader's client attaches to the pre-rendered briefing (it renders
// nothing): "take-over" is the moment it sets `data-rb-live` on
// #roundtable-briefing (src/client/mod.rs), and filtering is CSS from the
// attributes of the `.rb-briefing` root.
//
// Environment (all optional):
//   SAMPLES=7        loads per figure (fresh browser context, so a cold cache, each)
//   CLICKS=30        measured clicks per control for click-to-results (>= 20)
//   INTERACTIONS=200 filter and carousel clicks between the two memory readings
//   CPU_RATE=4       CPU throttling rate (CDP Emulation.setCPUThrottlingRate)
//   ENCODING=br      how the files are served: br (as a static host with brotli
//                    would) or identity (uncompressed)
//   QUICK=1          same as --quick: 3 samples, 20 clicks, no 400-interaction trend
//   LIGHTHOUSE=0     same as --no-lighthouse
import { cpus, loadavg } from 'node:os';
import { hostPage, launchBrowser } from '../tests/e2e/support/index.mjs';
import { lighthouse, summarize } from './lighthouse.mjs';
import { SLOW_4G, brotli, clickTimings, kb, lpad, median, ms, p75, pad, serveSnapshot, snapshotDist, staticFloor } from './support.mjs';

const quick = process.argv.includes('--quick') || process.env.QUICK === '1';
const withLighthouse = !process.argv.includes('--no-lighthouse') && process.env.LIGHTHOUSE !== '0';
const SAMPLES = Number(process.env.SAMPLES ?? (quick ? 3 : 7));
const CLICKS = Math.max(20, Number(process.env.CLICKS ?? (quick ? 20 : 30)));
const INTERACTIONS = Number(process.env.INTERACTIONS ?? 200);
const RATE = Number(process.env.CPU_RATE ?? 4);
const ENCODING = process.env.ENCODING ?? 'br';
const VIEWPORT = { width: 1280, height: 900 };
const SETTLE = 1000; // ms to keep watching (layout shifts, long tasks) after the page is live (the floor: loaded)
const LOAD_TIMEOUT = 120_000;
const FILTERS = ['country-kz', 'topic-domestic-violence', 'country-ru', 'topic-all', 'country-all', 'topic-social-change'];
const NETWORKS = [
  { name: 'no network throttling', short: 'no throttling', conditions: null },
  { name: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)', short: 'slow 4G', conditions: SLOW_4G },
];

// ---------------------------------------------------------------------------
// The files, served from memory (one consistent build even if dist/ changes).
const files = await snapshotDist();
const index = files.get('index.html').toString('utf8');
const floorHtml = Buffer.from(staticFloor(index));
const { server, served, add } = await serveSnapshot(files, { encoding: ENCODING, extra: { 'floor.html': floorHtml } });
const URLS = {
  floor: `${server.url}floor.html`,
  content: server.url,
  tti: server.url,
  embed: `${server.url}embed.html`,
  host: `${server.url}host.html`, // added once the builder's snippet is read
  bare: `${server.url}host-bare.html`,
  builder: `${server.url}builder.html`,
};

// ---------------------------------------------------------------------------
// What runs in the page before any of its own code (addInitScript). `kind`:
// floor | content | tti (the standalone page) | embed (embed.html) |
// host (a host page with the builder's script-embed snippet, its fallback
// included) | bare (the same with an empty element) | builder (builder.html).
function probe({ kind, settle }) {
  if (window !== window.top) return; // the builder's preview frame
  const rb = {
    kind,
    content: null, // first frame with the briefing's content rendered, painted (rAF + task)
    contentBy: null, // what was rendered then (a host page: the fallback, or the briefing)
    contentInViewport: null,
    fcp: null,
    lcp: [],
    cls: 0,
    shifts: [],
    longtasks: [],
    scripts: [], // script runs inside long animation frames (over 50 ms), with their files
    live: null, // data-rb-live appeared: the client has attached (the element, the builder: mounted)
    tti: null, // aria-pressed="true" on the Kazakhstan filter after a click
    ttiClick: null, // when the click that worked was dispatched
    ttiPaint: null, // the paint showing its results (the filter applied)
    ttiFrames: null,
    clicks: 0,
    loaded: null,
    wasm: [],
  };
  window.__rb = rb;
  let finish;
  rb.done = new Promise((ok) => (finish = ok));

  // Everything the probe leaves running, so that `rb.stop()` can end it
  // before the interaction and memory measurements.
  const observers = [];
  rb.stop = () => observers.forEach((o) => o.disconnect());
  const observe = (type, callback) => {
    const observer = new PerformanceObserver((list) => callback(list.getEntries()));
    observer.observe({ type, buffered: true });
    observers.push(observer);
  };
  observe('paint', (entries) => {
    for (const e of entries) if (e.name === 'first-contentful-paint') rb.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (entries) => {
    for (const e of entries) {
      const el = e.element;
      rb.lcp.push({ t: e.startTime, size: e.size, el: el ? `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60) : '(an element no longer in the page)' });
    }
  });
  observe('longtask', (entries) => {
    for (const e of entries) {
      const a = e.attribution?.[0];
      rb.longtasks.push({ t: e.startTime, d: e.duration, where: a?.containerSrc || a?.containerName || (e.name === 'self' ? '' : e.name) });
    }
  });
  // Which script ran inside each long frame (Long Animation Frames API):
  // tells the client's own work from the document's parse and layout.
  observe('long-animation-frame', (entries) => {
    for (const e of entries) {
      for (const s of e.scripts ?? []) {
        rb.scripts.push({ t: s.startTime, d: s.duration, file: (s.sourceURL || '').split('/').pop(), invoker: s.invoker });
      }
    }
  });
  observe('layout-shift', (entries) => {
    for (const e of entries) {
      if (e.hadRecentInput) continue;
      rb.cls += e.value;
      const where = (node) => {
        const el = node?.nodeType === 1 ? node : node?.parentElement;
        const tagged = el?.closest('[data-testid]');
        const text = (node?.textContent ?? '').trim().slice(0, 40) || `(blank; in: ${(el?.textContent ?? '').trim().slice(0, 40)})`;
        return `${node?.nodeName ?? '(gone)'} "${text}" in ${el ? `${el.tagName.toLowerCase()}.${el.className}` : '?'}${tagged ? ` [${tagged.dataset.testid}]` : ''}`;
      };
      const box = (r) => `${r.y.toFixed(0)}+${r.height.toFixed(0)}`;
      rb.shifts.push({
        t: e.startTime,
        value: e.value,
        sources: (e.sources ?? []).map((s) => `${where(s.node)} y ${box(s.previousRect)} -> ${box(s.currentRect)}`).join('; '),
      });
    }
  });

  const rendered = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const heading = ':is(h1, h2, h3, h4, h5, h6)';
  const host = kind === 'host' || kind === 'bare';
  // What "the content is on screen" means for each page. On a host page:
  // the fallback the host pasted into the element, or the briefing embed.js
  // puts into the element's shadow root (whichever is first), each timed.
  const contentNow = () => {
    if (host) {
      const element = document.querySelector('roundtable-briefing');
      if (rendered(element?.shadowRoot?.querySelector(`[data-testid=briefing-header] ${heading}`))) return 'the briefing in the shadow root';
      if (rendered(element?.querySelector(`:scope > article.rb-fallback ${heading}`))) return 'the fallback in the element';
      return null;
    }
    if (kind === 'builder') return rendered(document.querySelector('h1')) ? 'h1' : null;
    const title = document.querySelector(`[data-testid=briefing-header] ${heading}`);
    const speaker = document.querySelector('[data-testid=speaker]');
    if (!rendered(title) || !rendered(speaker)) return null;
    rb.contentInViewport = speaker.getBoundingClientRect().top < innerHeight;
    return 'headline + first speaker';
  };
  rb.fallbackShown = null;
  rb.briefingShown = null;
  const frame = () => {
    const by = contentNow();
    if (by && rb.contentBy === null) {
      rb.contentBy = by;
      // This frame paints it; a task posted from its rAF runs after that paint.
      setTimeout(() => {
        rb.content = performance.now();
        if (by === 'the fallback in the element') rb.fallbackShown = rb.content;
        check();
      }, 0);
    }
    if (host && by === 'the briefing in the shadow root') {
      setTimeout(() => {
        rb.briefingShown = performance.now();
        check();
      }, 0);
      return;
    }
    if (!by || host) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Live: the client (or the app) has set data-rb-live. On the pages with a
  // mount element, a MutationObserver on it from the end of parsing
  // (readystatechange to "interactive" comes before module scripts run)
  // catches the attribute as it is set; the script embed's is in a shadow
  // root, checked every frame.
  const liveNow = {
    floor: () => false,
    content: () => !!document.querySelector('#roundtable-briefing[data-rb-live]'),
    tti: () => !!document.querySelector('#roundtable-briefing[data-rb-live]'),
    embed: () => !!document.querySelector('#roundtable-briefing[data-rb-live]'),
    builder: () => !!document.querySelector('#roundtable-briefing-builder[data-rb-live]'),
    host: () => !!document.querySelector('roundtable-briefing')?.shadowRoot?.querySelector('[data-rb-live]'),
    bare: () => !!document.querySelector('roundtable-briefing')?.shadowRoot?.querySelector('[data-rb-live]'),
  }[kind];
  const markLive = () => {
    if (rb.live !== null || !liveNow()) return;
    rb.live = performance.now();
    check();
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const mount = document.getElementById(kind === 'builder' ? 'roundtable-briefing-builder' : 'roundtable-briefing');
    if (!mount || kind === 'floor' || host) return;
    markLive();
    const observer = new MutationObserver(markLive);
    observer.observe(mount, { attributes: true, attributeFilter: ['data-rb-live'] });
    observers.push(observer);
  });
  if (kind !== 'floor') {
    const poll = () => {
      markLive();
      if (rb.live === null) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
  addEventListener('load', () => {
    rb.loaded = performance.now();
    check();
  });

  // Time to interactive: click the Kazakhstan filter every 10 ms from the
  // moment it exists (it is in the pre-rendered HTML, inert until the client
  // attaches) until a click takes effect; then wait for the frame that shows
  // the filtered results (the root's filter is kz, a Russian speaker is not
  // rendered, a Kazakh one is), and a task after its paint. "Rendered" as the
  // e2e tests and bench/support.mjs read it: the filter hides with
  // content-visibility and visibility, which leave a (sizeless) box.
  if (kind === 'tti') {
    let watched = null;
    const resultsShown = () => {
      const root = document.querySelector('.rb-briefing');
      if (root?.getAttribute('data-rb-filter-country') !== 'kz') return false;
      const ru = root.querySelector('[data-testid=speaker][data-rb-country=ru]');
      const kz = root.querySelector('[data-testid=speaker][data-rb-country=kz]');
      const shown = (el) => el.checkVisibility({ visibilityProperty: true });
      return (!ru || !shown(ru)) && (!kz || shown(kz));
    };
    const pressed = () => {
      if (rb.tti !== null) return;
      rb.tti = performance.now();
      rb.ttiClick = rb.lastClick;
      let frames = 0;
      const step = () => {
        frames += 1;
        if (resultsShown() || frames >= 600) {
          rb.ttiFrames = resultsShown() ? frames : null;
          setTimeout(() => {
            rb.ttiPaint = performance.now();
            check();
          }, 0);
          return;
        }
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    };
    const tick = () => {
      if (rb.tti !== null) return;
      const button = document.querySelector('[data-testid=country-kz]');
      if (button) {
        if (button !== watched) {
          watched = button;
          new MutationObserver(() => {
            if (button.getAttribute('aria-pressed') === 'true') pressed();
          }).observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
        }
        rb.clicks += 1;
        rb.lastClick = performance.now();
        button.click();
        if (button.getAttribute('aria-pressed') === 'true') pressed();
      }
      if (rb.tti === null) setTimeout(tick, 10);
    };
    setTimeout(tick, 0);
  }

  let settling = false;
  function check() {
    if (settling || rb.loaded === null) return;
    if (kind !== 'builder' && rb.content === null) return;
    if (kind !== 'floor' && rb.live === null) return;
    if (kind === 'tti' && rb.ttiPaint === null) return;
    if (host && rb.briefingShown === null) return;
    settling = true;
    // Watch until 1 s after the page is live (the floor: loaded and painted).
    rb.windowEnd = (kind === 'floor' ? Math.max(rb.loaded, rb.content) : rb.live) + settle;
    const wait = kind === 'tti' ? 0 : Math.max(0, rb.windowEnd - performance.now());
    setTimeout(() => {
      rb.wasm = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.wasm'))
        .map((r) => ({ name: r.name.split('/').pop(), end: r.responseEnd }));
      finish();
    }, wait);
  }
}

// ---------------------------------------------------------------------------
const browser = await launchBrowser();

async function newPage({ network = null, cpu = RATE } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const requests = new Map();
  const problems = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, wire: 0, status: 0 }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.status = e.response.status;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => problems.push(`${requests.get(e.requestId)?.url}: ${e.errorText}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { context, page, cdp, requests, problems };
}

/** One load in a fresh context (cold cache); returns what the probe saw. */
async function load(kind, network) {
  const { context, page, requests, problems } = await newPage({ network });
  try {
    await page.addInitScript(probe, { kind, settle: SETTLE });
    await page.goto(URLS[kind], { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    await page.evaluate(() => window.__rb.done, undefined, { timeout: LOAD_TIMEOUT });
    const rb = await page.evaluate(() => {
      const { done, stop, ...rest } = window.__rb;
      return rest;
    });
    if (problems.length) throw new Error(`${kind} load: ${problems.join('; ')}`);
    const windowed = rb.longtasks.filter((t) => t.t <= rb.windowEnd);
    const ours = rb.scripts.filter((s) => s.t <= rb.windowEnd && /^(roundtable-briefing-|start-).*\.js$/.test(s.file));
    return {
      ...rb,
      scripts: ours,
      clientLongest: ours.reduce((m, s) => Math.max(m, s.d), 0),
      lcpFinal: rb.lcp.at(-1)?.t ?? NaN,
      longtasks: windowed,
      longest: windowed.reduce((m, t) => Math.max(m, t.d), 0),
      requests: [...requests.values()],
    };
  } finally {
    await context.close();
  }
}

/** Loads the standalone page, waits until it is live (+1 s), then ends the probe's observers. */
async function appReady(page) {
  await page.addInitScript(probe, { kind: 'content', settle: SETTLE });
  await page.goto(URLS.content);
  await page.evaluate(() => window.__rb.done, undefined, { timeout: LOAD_TIMEOUT });
  await page.evaluate(() => window.__rb.stop());
}

/** The script-embed snippet builder.html writes by default (with its fallback), as an editor copies it. */
async function builderSnippet() {
  const { context, page, problems } = await newPage({ cpu: 1 });
  try {
    await page.goto(URLS.builder);
    await page.waitForSelector('#roundtable-briefing-builder[data-rb-live] [data-testid=builder][open]', { timeout: LOAD_TIMEOUT });
    const snippet = await page.inputValue('[data-testid=builder-script]');
    if (problems.length) throw new Error(`builder.html: ${problems.join('; ')}`);
    if (!/<roundtable-briefing[^>]*>\s*<article class="rb-fallback"/.test(snippet)) throw new Error(`builder.html: the snippet has no fallback article: ${snippet.slice(0, 200)}`);
    return snippet;
  } finally {
    await context.close();
  }
}

async function memory(page, cdp, glue) {
  const wasm = await page.evaluate(async (url) => (await (await import(url)).default()).memory.buffer.byteLength, glue);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: metric('JSHeapUsedSize'), wasm };
}

// ---------------------------------------------------------------------------
const say = (line = '') => console.log(line);
// Progress goes to stderr, and only to a terminal, so that a captured report stays clean.
const progress = (s) => process.stderr.isTTY && process.stderr.write(s);
const pause = (ms = 300) => new Promise((ok) => setTimeout(ok, ms));

try {
  say(`Roundtable Briefing load benchmark: ${SAMPLES} loads per figure, ${RATE}x CPU throttling, ${VIEWPORT.width}x${VIEWPORT.height}, files served ${ENCODING === 'br' ? 'brotli-compressed (q11)' : 'uncompressed'} from 127.0.0.1${quick ? ' (quick mode)' : ''}`);

  const busy = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPUs`;
  say(`machine at start: ${busy()}${loadavg()[0] > 0.5 ? ' (not idle: the figures will be slower and noisier)' : ''}`);

  // The host page: the builder's default snippet pasted into a news article.
  progress('reading the builder\'s snippet\n');
  const snippet = await builderSnippet();
  const article = (body) => Buffer.from(hostPage({ kind: 'none', title: 'A news article', heading: 'A news article', body }));
  add('host.html', article(snippet));
  // The same snippet with the element emptied: what embed.js shows by itself.
  add('host-bare.html', article(snippet.replace(/(<roundtable-briefing[^>]*>)[\s\S]*<\/roundtable-briefing>/, '$1</roundtable-briefing>')));

  // Warm-up (browser start, network service): one load of each page, discarded
  // from the figures; their requests give the transfer tables.
  progress('warming up');
  const warm = {};
  for (const kind of ['content', 'floor', 'embed', 'host', 'bare', 'builder']) warm[kind] = await load(kind, null);
  progress('\n');

  // Loads, interleaved so that drift affects the page and its floor alike.
  const results = new Map(); // `${net}/${kind}` -> [probe results]
  const run = async (kinds, label) => {
    for (let i = 0; i < SAMPLES; i++) {
      for (const [n, net] of NETWORKS.entries()) {
        // The order rotates from round to round, so no page always comes first.
        for (let k = 0; k < kinds.length; k++) {
          const kind = kinds[(k + i) % kinds.length];
          progress(`\r${label} ${i + 1}/${SAMPLES}, ${net.short}, ${kind}      `);
          const key = `${n}/${kind}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key).push(await load(kind, net.conditions));
          await pause(); // let the closed context's renderer go before the next load
        }
      }
    }
    progress('\n');
  };
  await run(['floor', 'content', 'tti'], 'load');
  await run(['host', 'bare', 'builder'], 'host pages and builder');

  // Click to results, after load, CPU throttled, no network throttling.
  progress('click to results\n');
  const clicks = {};
  {
    const { context, page, cdp, problems } = await newPage();
    await appReady(page);
    // The first two clicks of each warm up the JIT and are not counted.
    clicks['carousel (slide-next)'] = await clickTimings(page, cdp, ['slide-next'], { count: CLICKS });
    clicks['filter (cycling 6 chips)'] = await clickTimings(page, cdp, FILTERS, { count: CLICKS });
    if (problems.length) throw new Error(problems.join('; '));
    await context.close();
  }

  // Memory: after load, then after INTERACTIONS filter and carousel clicks.
  // A control page takes the same number of frames with no click, to show what
  // the measurement itself (its evaluations, the frames) adds.
  progress('memory\n');
  const glue = warm.content.requests.map((r) => r.url).find((u) => /roundtable-briefing-[0-9a-f]+\.js$/.test(u));
  if (!glue) throw new Error('memory: the standalone page loaded no roundtable-briefing-<hash>.js glue');
  const next = Array(4).fill('slide-next');
  // Cycles of 8: four filter clicks that end on All / All topics, then four
  // carousel steps (both quotes in view); every filter button takes its turn.
  // Each reading falls on a cycle boundary, so every reading sees the same view.
  const cycle = [
    'country-kz', 'topic-domestic-violence', 'country-all', 'topic-all', ...next,
    'country-ru', 'topic-social-change', 'country-all', 'topic-all', ...next,
  ];
  const memoryRun = async ({ click, rounds }) => {
    const { context, page, cdp, problems } = await newPage();
    let logged = 0;
    page.on('console', () => logged++);
    await cdp.send('Performance.enable');
    await appReady(page);
    logged = 0;
    const marks = [{ after: 0, ...(await memory(page, cdp, glue)) }];
    const kinds = { filter: 0, carousel: 0, skipped: 0 };
    let done = 0;
    for (const target of rounds) {
      // In the page, in one evaluation, so the harness adds nothing per click.
      const counted = await page.evaluate(
        async ({ cycle, from, to, click }) => {
          const kinds = { filter: 0, carousel: 0, skipped: 0 };
          for (let i = from; i < to; i++) {
            if (click) {
              const id = cycle[i % cycle.length];
              const button = document.querySelector(`[data-testid="${id}"]`);
              if (!button || button.offsetParent === null) {
                kinds.skipped++;
                continue;
              }
              button.click();
              kinds[id === 'slide-next' ? 'carousel' : 'filter']++;
            }
            await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
          }
          return kinds;
        },
        { cycle, from: done, to: target, click },
      );
      for (const k of Object.keys(kinds)) kinds[k] += counted[k];
      done = target;
      await page.waitForTimeout(SETTLE);
      marks.push({ after: done, ...(await memory(page, cdp, glue)), kinds: { ...kinds }, logged });
    }
    if (problems.length) throw new Error(problems.join('; '));
    await context.close();
    return marks;
  };
  const mem = {
    marks: await memoryRun({ click: true, rounds: quick ? [INTERACTIONS] : [INTERACTIONS, INTERACTIONS * 2] }),
    control: await memoryRun({ click: false, rounds: [INTERACTIONS] }),
  };

  // Lighthouse on the same server (the same snapshot, brotli).
  let lh = null;
  let lhError = null;
  if (withLighthouse) {
    progress('Lighthouse\n');
    try {
      lh = summarize(await lighthouse(server.url));
    } catch (error) {
      lhError = String(error.message ?? error).split('\n')[0];
    }
  }
  const loadAtEnd = busy();

  // -------------------------------------------------------------------------
  // A layout-shift score; tiny non-zero scores in exponent form, so that "NOT met" never reads 0.0000.
  const cls = (v) => (v > 0 && v < 0.0001 ? v.toExponential(1) : v.toFixed(4));
  const fig = (values) => `median ${lpad(ms(median(values)), 8)}   p75 ${lpad(ms(p75(values)), 8)}`;
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
  const pick = (n, kind, field) => results.get(`${n}/${kind}`).map((r) => r[field]);
  const list = (values) => values.map((v) => (Number.isFinite(v) ? v.toFixed(0) : 'n/a')).join(' ');
  const wasmEnd = (r, pattern) => r.wasm.find((w) => pattern.test(w.name))?.end ?? NaN;
  const targets = []; // [issue point, name, met, figures]
  const longTaskLines = (label, runs) => {
    runs.forEach((r, i) => {
      const over = r.longtasks.filter((t) => t.d > 50);
      if (over.length) say(`  long tasks, ${label}, load ${i + 1}: ${over.map((t) => `${t.d.toFixed(0)} ms at ${t.t.toFixed(0)} ms${t.where ? ` (${t.where})` : ''}`).join(', ')}`);
    });
  };
  const longest = {};

  for (const [n, net] of NETWORKS.entries()) {
    say();
    say(`== Standalone page: load, ${RATE}x CPU, ${net.name}; ${SAMPLES} cold loads each ==`);
    const rows = [
      ['time to content (headline + first speaker painted)', 'content'],
      ['first contentful paint', 'fcp'],
      ['largest contentful paint (last candidate)', 'lcpFinal'],
    ];
    say(`${pad('', 52)} ${pad('static floor', 32)} standalone page                   ratio (medians)`);
    for (const [label, field] of rows) {
      const floor = pick(n, 'floor', field);
      const app = pick(n, 'content', field);
      say(`${pad(label, 52)} ${pad(fig(floor), 32)} ${pad(fig(app), 32)}  ${ratio(median(app), median(floor))}`);
    }
    const live = pick(n, 'content', 'live');
    const tti = pick(n, 'tti', 'ttiPaint');
    const floorContent = median(pick(n, 'floor', 'content'));
    say(`${pad('wasm downloaded (resource timing responseEnd)', 52)} ${pad('', 32)} ${fig(results.get(`${n}/content`).map((r) => wasmEnd(r, /^roundtable-briefing-.*\.wasm$/)))}`);
    say(`${pad('client attached (data-rb-live set)', 52)} ${pad('', 32)} ${pad(fig(live), 32)}  ${ratio(median(live), floorContent)} of the floor's content`);
    say(`${pad('time to interactive (a click\'s results painted)', 52)} ${pad('', 32)} ${pad(fig(tti), 32)}  ${ratio(median(tti), floorContent)} of the floor's content`);
    say(`${pad('  client attached, in these loads', 52)} ${pad('', 32)} ${fig(pick(n, 'tti', 'live'))}`);
    say(`${pad('  that click was dispatched at', 52)} ${pad('', 32)} ${fig(pick(n, 'tti', 'ttiClick'))}`);
    say(`${pad('  the chip was aria-pressed at', 52)} ${pad('', 32)} ${fig(pick(n, 'tti', 'tti'))}`);
    const ttiFrames = pick(n, 'tti', 'ttiFrames');
    say(`${pad('  clicks before one worked (10 ms apart)', 52)} ${pad('', 32)} median ${median(pick(n, 'tti', 'clicks'))}; results in frame ${[...new Set(ttiFrames)].join(', ')} after it was pressed`);
    say(`  samples in run order (ms): content floor [${list(pick(n, 'floor', 'content'))}], page [${list(pick(n, 'content', 'content'))}]; live [${list(live)}]; interactive [${list(tti)}]`);
    const clsFloor = pick(n, 'floor', 'cls');
    const clsApp = pick(n, 'content', 'cls');
    say(`${pad('cumulative layout shift (load + take-over + 1 s)', 52)} ${pad(`max ${cls(Math.max(...clsFloor))}`, 32)} max ${cls(Math.max(...clsApp))}`);
    for (const [kind, label] of [['floor', 'static floor'], ['content', 'standalone page']]) {
      results.get(`${n}/${kind}`).forEach((r, i) => {
        for (const s of r.shifts) say(`  layout shift, ${label}, load ${i + 1}: ${cls(s.value)} at ${s.t.toFixed(0)} ms: ${s.sources}`);
      });
    }
    const ltFloor = pick(n, 'floor', 'longest');
    const ltApp = pick(n, 'content', 'longest');
    say(`${pad('longest main-thread task (load + take-over + 1 s)', 52)} ${pad(`max ${ms(Math.max(...ltFloor))}`, 32)} max ${ms(Math.max(...ltApp))}   (0 ms: none over 50 ms)`);
    longTaskLines('static floor', results.get(`${n}/floor`));
    longTaskLines('standalone page', results.get(`${n}/content`));
    const client = pick(n, 'content', 'clientLongest');
    say(`${pad("  the client's longest script run in a long frame", 52)} ${pad('', 32)} max ${ms(Math.max(...client))}   (Long Animation Frames: the app's glue and start script; 0 ms: none in a frame over 50 ms)`);
    results.get(`${n}/content`).forEach((r, i) => {
      if (r.scripts.length) say(`  client scripts in long frames, load ${i + 1}: ${r.scripts.map((s) => `${s.d.toFixed(0)} ms at ${s.t.toFixed(0)} ms (${s.file}, ${s.invoker})`).join(', ')}`);
    });
    longest[`client${n}`] = Math.max(...client);
    longest[n] = Math.max(...ltApp);
    longest[`floor${n}`] = Math.max(...ltFloor);
    const inView = results.get(`${n}/content`).every((r) => r.contentInViewport);
    say(`  (first speaker ${inView ? 'inside' : 'below'} the first viewport)`);
    const lcpEls = [...new Set(results.get(`${n}/content`).map((r) => r.lcp.at(-1)?.el))];
    say(`  LCP element(s) on the standalone page: ${lcpEls.join(' | ')}`);

    const appContent = median(pick(n, 'content', 'content'));
    if (net.conditions) {
      targets.push([2, `time to interactive <= 1.5x the floor's time to content (slow 4G, ${RATE}x CPU)`, median(tti) <= 1.5 * floorContent, `${ms(median(tti))} = ${ratio(median(tti), floorContent)} of ${ms(floorContent)} (medians; p75 ${ms(p75(tti))})`]);
    }
    targets.push([3, `time to content <= the floor's + 20 ms (${net.short})`, appContent <= floorContent + 20, `${ms(appContent)} vs floor ${ms(floorContent)} (${appContent >= floorContent ? '+' : '-'}${Math.abs(appContent - floorContent).toFixed(0)} ms), medians`]);
    targets.push([7, `layout shift 0 during load and take-over (${net.short})`, Math.max(...clsApp) === 0, `max CLS ${cls(Math.max(...clsApp))} over ${clsApp.length} loads`]);
  }
  targets.push([2, `no main-thread task over 50 ms during load and take-over (${RATE}x CPU)`, NETWORKS.every((net, n) => longest[n] === 0), NETWORKS.map((net, n) => `${net.short}: ${longest[n] ? `longest ${ms(longest[n])}` : 'none'} (floor: ${longest[`floor${n}`] ? `longest ${ms(longest[`floor${n}`])}` : 'none'}; the client's scripts: ${longest[`client${n}`] ? `${ms(longest[`client${n}`])} in a long frame` : 'none in a long frame'})`).join(', ')]);

  // The script embed on host pages, and the builder.
  const hostEarly = [];
  for (const [n, net] of NETWORKS.entries()) {
    for (const [kind, what] of [['host', "the builder's snippet (fallback included)"], ['bare', 'an empty <roundtable-briefing> (no fallback)']]) {
      say();
      say(`== Script embed (embed.js) on a host page with ${what}, ${RATE}x CPU, ${net.name}; ${SAMPLES} cold loads ==`);
      const runs = results.get(`${n}/${kind}`);
      const wasm = runs.map((r) => wasmEnd(r, /\.wasm$/));
      const first = pick(n, kind, 'content');
      const briefing = pick(n, kind, 'briefingShown');
      // Visible before the wasm: the first thing shown (with a fallback), the briefing embed.js brings (without).
      const visible = kind === 'host' ? first : briefing;
      const early = runs.filter((r, i) => visible[i] < wasm[i]).length;
      hostEarly.push([`${net.short}, ${kind === 'host' ? 'with fallback' : 'empty element'}`, early, runs.length]);
      if (kind === 'host') say(`${pad('first content painted (fallback or briefing)', 52)} ${fig(first)}   by: ${[...new Set(runs.map((r) => r.contentBy))].join(', ')}`);
      say(`${pad('briefing painted in the shadow root', 52)} ${fig(briefing)}`);
      say(`${pad('wasm downloaded (responseEnd)', 52)} ${fig(wasm)}   ${[...new Set(runs.flatMap((r) => r.wasm.map((w) => w.name)))].join(', ')}`);
      say(`${pad('element live (data-rb-live in its shadow root)', 52)} ${fig(pick(n, kind, 'live'))}`);
      say(`${pad('first contentful paint', 52)} ${fig(pick(n, kind, 'fcp'))}`);
      say(`  ${kind === 'host' ? 'content' : 'the briefing'} visible before the wasm had arrived: ${early} of ${runs.length} loads; samples (ms): visible [${list(visible)}], wasm [${list(wasm)}]`);
      say(`${pad('cumulative layout shift (to live + 1 s; not budgeted)', 52)} max ${cls(Math.max(...pick(n, kind, 'cls')))}`);
      say(`${pad('longest main-thread task (not budgeted)', 52)} max ${ms(Math.max(...pick(n, kind, 'longest')))}`);
    }
    say();
    say(`== builder.html (not budgeted), ${RATE}x CPU, ${net.name}; ${SAMPLES} cold loads ==`);
    const builder = results.get(`${n}/builder`);
    say(`${pad('first contentful paint', 52)} ${fig(pick(n, 'builder', 'fcp'))}`);
    say(`${pad('full bundle\'s wasm downloaded (responseEnd)', 52)} ${fig(builder.map((r) => wasmEnd(r, /^rb-full-.*\.wasm$/)))}`);
    say(`${pad('builder live (data-rb-live)', 52)} ${fig(pick(n, 'builder', 'live'))}`);
    say(`${pad('longest main-thread task', 52)} max ${ms(Math.max(...pick(n, 'builder', 'longest')))}`);
  }
  targets.push([6, 'embed.js on a host page: the briefing visible before the wasm has arrived', hostEarly.every(([, e, t]) => e === t), hostEarly.map(([name, e, t]) => `${name}: ${e} of ${t}`).join('; ')]);

  say();
  say(`== Click to results, ${RATE}x CPU, after load; ${CLICKS} clicks each (2 warm-up clicks not counted) ==`);
  say('(next paint: from the trace; results: the end of the paint of the first frame showing the clicked chip pressed and the sections');
  say(' filtered, or the next slide current: same trace; in page: rAF + task, a cross-check; see bench/support.mjs)');
  for (const [name, { paint, results: shownAt, inPage, frames }] of Object.entries(clicks)) {
    const inNext = frames.filter((f) => f === 1).length;
    say(`${pad(`${name}: next paint`, 52)} ${fig(paint)}   max ${ms(Math.max(...paint))}`);
    say(`${pad(`${name}: results on screen`, 52)} ${fig(shownAt)}   max ${ms(Math.max(...shownAt))}   in the next paint: ${inNext} of ${frames.length}`);
    say(`${pad(`${name}: results on screen (in page)`, 52)} ${fig(inPage)}   max ${ms(Math.max(...inPage))}`);
    if (name.startsWith('filter')) {
      targets.push([4, 'a filter click: results on screen in its next paint, p75 <= 50 ms', inNext === frames.length && p75(shownAt) <= 50, `p75 ${ms(p75(shownAt))}, median ${ms(median(shownAt))}; in the next paint: ${inNext} of ${frames.length} clicks`]);
    } else {
      targets.push([4, 'carousel: p75 <= 50 ms', p75(shownAt) <= 50, `p75 ${ms(p75(shownAt))}, median ${ms(median(shownAt))}; in the next paint: ${inNext} of ${frames.length} clicks`]);
    }
  }

  say();
  say(`== Memory (after 2 forced GCs), ${RATE}x CPU ==`);
  const base = mem.marks[0];
  const pct = (a, b) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %`;
  const row = (what, m, base) => {
    const growth = m === base ? '' : `   JS ${pct(m.heap, base.heap)}, wasm ${pct(m.wasm, base.wasm)}`;
    say(`${pad(what, 52)} JS heap ${lpad(kb(m.heap), 9)}   wasm memory ${lpad(kb(m.wasm), 9)}${growth}`);
  };
  for (const m of mem.marks) {
    const k = m.kinds;
    row(m.after === 0 ? 'after load' : `after ${m.after} interactions (${k.filter} filter, ${k.carousel} carousel${k.skipped ? `, ${k.skipped} skipped` : ''})`, m, base);
  }
  if (mem.marks.length > 2) {
    const [, m1, m2] = mem.marks;
    say(`${pad(`  from ${m1.after} to ${m2.after} interactions`, 52)} JS ${pct(m2.heap, m1.heap)}, wasm ${pct(m2.wasm, m1.wasm)}`);
  }
  const controlBase = mem.control[0];
  const control = mem.control.at(-1);
  row('control: another page, after load', controlBase, controlBase);
  row(`control: after ${control.after} frames, no click`, control, controlBase);
  const logged = mem.marks.at(-1).logged;
  if (logged) say(`  the page logged ${logged} console messages during the interactions (DevTools keeps them, and their arguments, alive)`);
  say('  (wasm memory: the byte length of the client\'s WebAssembly.Memory, read through its wasm-bindgen glue;');
  say('   performance.measureUserAgentSpecificMemory is unavailable: the page is not cross-origin isolated)');
  const after = mem.marks.find((m) => m.after === INTERACTIONS);
  const heapGrowth = (after.heap - base.heap) / base.heap;
  const controlGrowth = (control.heap - controlBase.heap) / controlBase.heap;
  const beyond = heapGrowth - controlGrowth;
  targets.push([5, `JS heap growth after ${INTERACTIONS} interactions <= 2 % beyond the idle control's`, beyond <= 0.02, `${pct(after.heap, base.heap)} vs control ${pct(control.heap, controlBase.heap)}: ${beyond >= 0 ? '+' : ''}${(beyond * 100).toFixed(1)} points (wasm memory ${pct(after.wasm, base.wasm)})`]);

  // Transfer: what each page requested in its unthrottled warm-up load.
  const kinds = { html: 'HTML', css: 'CSS', js: 'JS', wasm: 'wasm' };
  const brSizes = new Map();
  const brSize = (name) => {
    if (!brSizes.has(name)) brSizes.set(name, brotli(served.get(name)).length);
    return brSizes.get(name);
  };
  const nameOf = (url) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'index.html';
  const transfer = (title, requests, { exclude = [] } = {}) => {
    say();
    say(`== Transfer: ${title} (brotli -q 11 of each file; on the wire = CDP encodedDataLength, headers included) ==`);
    say(`${pad('file', 52)} ${lpad('raw', 9)} ${lpad('brotli', 9)} ${lpad('on the wire', 12)}`);
    const byName = new Map();
    for (const r of requests.filter((r) => r.url.startsWith(server.origin))) {
      const name = nameOf(r.url);
      const e = byName.get(name) ?? { count: 0, wire: 0 };
      e.count += 1;
      e.wire += r.wire;
      byName.set(name, e);
    }
    const sums = { total: 0, wire: 0, wasm: 0, all: 0 };
    for (const [name, { count, wire }] of byName) {
      const body = served.get(name);
      if (!body) {
        say(`${pad(`${name} (not in dist/)`, 52)}`);
        continue;
      }
      const ext = name.split('.').pop();
      const counted = kinds[ext] && !exclude.includes(name);
      const br = brSize(name);
      sums.all += br;
      if (counted) {
        sums.total += br;
        sums.wire += wire;
        if (ext === 'wasm') sums.wasm += br;
      }
      const label = `${name} (${kinds[ext] ?? ext}${count > 1 ? `, requested ${count}x` : ''})${counted ? '' : ', not counted'}`;
      say(`${pad(label, 52)} ${lpad(body.length, 9)} ${lpad(br, 9)} ${lpad(wire, 12)}`);
    }
    say(`${pad('TOTAL counted (HTML, CSS, JS, wasm)', 52)} ${lpad('', 9)} ${lpad(sums.total, 9)} ${lpad(sums.wire, 12)}   = ${kb(sums.total)} brotli`);
    return sums;
  };
  const standalone = transfer('standalone page, index.html', warm.content.requests);
  const floorSums = transfer('static floor, floor.html (index.html without scripts)', warm.floor.requests);
  say(`  standalone page / floor: ${(standalone.total / floorSums.total).toFixed(2)}x (${kb(standalone.total)} vs ${kb(floorSums.total)}); the page's wasm ${kb(standalone.wasm)} brotli`);
  transfer('iframe page, embed.html', warm.embed.requests);
  const host = transfer('host page with the script embed: embed.js and everything it loads (the host\'s own host.html not counted)', warm.host.requests, { exclude: ['host.html'] });
  const bareFiles = (r) => [...new Set(r.requests.filter((q) => q.url.startsWith(server.origin)).map((q) => nameOf(q.url)))].filter((f) => !f.startsWith('host')).sort().join(' ');
  if (bareFiles(warm.bare) !== bareFiles(warm.host)) transfer('host page with an empty element: embed.js and everything it loads', warm.bare.requests, { exclude: ['host-bare.html'] });
  else say('  (the host page with an empty element loads the same files)');
  transfer('builder.html (editors; its preview frame is embed.html; not budgeted)', warm.builder.requests);
  targets.push([1, 'standalone page transfer <= 60 KB brotli in total', standalone.total <= 60_000, `${kb(standalone.total)} (${(standalone.total / floorSums.total).toFixed(2)}x the floor's ${kb(floorSums.total)})`]);
  targets.push([1, '  stretch: <= 50 KB brotli', standalone.total <= 50_000, `${kb(standalone.total)}`]);
  targets.push([1, 'wasm <= 40 KB brotli', standalone.wasm <= 40_000, `${kb(standalone.wasm)}`]);
  targets.push([6, 'embed.js with everything it loads <= 60 KB brotli', host.total <= 60_000, `${kb(host.total)}`]);

  if (withLighthouse) {
    say();
    say('== Lighthouse, standalone page (mobile preset, Lighthouse\'s default simulated throttling) ==');
    if (lh) for (const line of lh.lines) say(line);
    else say(`  Lighthouse failed: ${lhError}`);
    targets.push([2, 'Lighthouse mobile performance >= 99 with total blocking time 0 ms', !!lh && lh.performance >= 99 && lh.tbt === 0, lh ? `performance ${lh.performance}, TBT ${ms(lh.tbt)}, TTI ${ms(lh.tti)}` : `not measured (${lhError})`]);
  } else {
    targets.push([2, 'Lighthouse mobile performance >= 99 with total blocking time 0 ms', false, 'not measured (--no-lighthouse): run node bench/lighthouse.mjs']);
  }

  say();
  say(`machine at end: ${loadAtEnd}`);
  say();
  say('== Targets (issue #14) ==');
  targets.sort((a, b) => a[0] - b[0]);
  for (const [point, name, met, detail] of targets) say(`${pad(met ? 'met' : 'NOT met', 8)} ${point}. ${pad(name, 80)} ${detail}`);
  if (lh) say(`(not an issue #14 target: Lighthouse accessibility ${lh.accessibility}, ${lh.accessibility === 100 ? 'met' : 'NOT met'} against 100)`);
} finally {
  await browser.close();
  await server.close();
}
