// Load, take-over, interaction and memory figures of the standalone page
// (dist/index.html) against its static floor (the same pre-rendered HTML with
// every script removed), in headless Chromium with 4x CPU throttling, without
// network throttling and with slow-4G emulation. One run, same conditions.
// The method is described in BENCHMARKS.md.
//
//   node bench/load.mjs [--quick]
//
// Environment (all optional):
//   SAMPLES=7        loads per figure (fresh browser context, so a cold cache, each)
//   CLICKS=30        measured clicks per control for click-to-next-paint (>= 20)
//   INTERACTIONS=200 filter and carousel clicks between the two memory readings
//   CPU_RATE=4       CPU throttling rate (CDP Emulation.setCPUThrottlingRate)
//   ENCODING=br      how the files are served: br (as a static host with brotli
//                    would) or identity (uncompressed)
//   QUICK=1          same as --quick: 3 samples, 20 clicks, no 400-interaction trend
import { cpus, loadavg } from 'node:os';
import { launchBrowser, serveDist } from '../tests/e2e/support/index.mjs';
import { SLOW_4G, brotli, clickTimings, kb, lpad, median, ms, p75, pad, snapshotDist, staticFloor } from './support.mjs';

const quick = process.argv.includes('--quick') || process.env.QUICK === '1';
const SAMPLES = Number(process.env.SAMPLES ?? (quick ? 3 : 7));
const CLICKS = Math.max(20, Number(process.env.CLICKS ?? (quick ? 20 : 30)));
const INTERACTIONS = Number(process.env.INTERACTIONS ?? 200);
const RATE = Number(process.env.CPU_RATE ?? 4);
const ENCODING = process.env.ENCODING ?? 'br';
const VIEWPORT = { width: 1280, height: 900 };
const SETTLE = 1000; // ms to keep watching for layout shifts after the page (or the app) is done
const FILTERS = ['country-kz', 'topic-domestic-violence', 'country-ru', 'topic-all', 'country-all', 'topic-social-change'];
const NETWORKS = [
  { name: 'no network throttling', conditions: null },
  { name: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)', short: 'slow 4G', conditions: SLOW_4G },
];
NETWORKS[0].short = 'no throttling';

// ---------------------------------------------------------------------------
// The files, served from memory (one consistent build even if dist/ changes).
const files = await snapshotDist();
const index = files.get('index.html').toString('utf8');
const floorHtml = Buffer.from(staticFloor(index));
const served = new Map([...files, ['floor.html', floorHtml]]);
const pages = {};
for (const [name, body] of served) pages[name] = ENCODING === 'br' ? brotli(body) : body;
const server = await serveDist({ pages, headers: ENCODING === 'br' ? { 'content-encoding': 'br' } : {} });
const URLS = { app: server.url, floor: `${server.url}floor.html` };

// ---------------------------------------------------------------------------
// What runs in the page before any of its own code (addInitScript).
function probe({ clickForTti, settle }) {
  const rb = {
    content: null, // first frame with the headline and the first speaker rendered, painted (rAF + task)
    contentInViewport: null,
    fcp: null,
    lcp: [],
    cls: 0,
    shifts: [],
    takeover: null, // the app replaced the pre-rendered briefing (end of the mounting task)
    tti: null, // aria-pressed="true" on the Kazakhstan filter after a click
    ttiClick: null, // when the click that worked was dispatched
    ttiPaint: null, // the next paint after that
    clicks: 0,
    loaded: null,
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
  const frame = () => {
    const h1 = document.querySelector('[data-testid=briefing-header] h1');
    const speaker = document.querySelector('[data-testid=speaker]');
    if (rendered(h1) && rendered(speaker)) {
      // This frame paints them; a task posted from its rAF runs after that paint.
      rb.contentInViewport = speaker.getBoundingClientRect().top < innerHeight;
      setTimeout(() => {
        rb.content = performance.now();
        check();
      }, 0);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // Take-over: the mount element's children are replaced. Watched from the end
  // of parsing (readystatechange to "interactive" comes before module scripts run).
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const mount = document.getElementById('roundtable-briefing');
    if (!mount) return;
    new MutationObserver((records, observer) => {
      if (records.some((r) => r.removedNodes.length)) {
        rb.takeover = performance.now();
        observer.disconnect();
        check();
      }
    }).observe(mount, { childList: true });
  });
  addEventListener('load', () => {
    rb.loaded = performance.now();
    check();
  });

  // Time to interactive: click the Kazakhstan filter every 10 ms from the
  // moment it exists until a click takes effect.
  if (clickForTti) {
    let watched = null;
    const pressed = () => {
      if (rb.tti !== null) return;
      rb.tti = performance.now();
      rb.ttiClick = rb.lastClick;
      requestAnimationFrame(() => setTimeout(() => {
        rb.ttiPaint = performance.now();
        check();
      }, 0));
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
    if (settling || rb.content === null || rb.loaded === null) return;
    const app = !!document.querySelector('script[type=module]');
    if (app && rb.takeover === null) return;
    if (clickForTti && rb.ttiPaint === null) return;
    settling = true;
    setTimeout(() => {
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      rb.wasmEnd = wasm ? wasm.responseEnd : null;
      finish();
    }, clickForTti ? 0 : settle);
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
    await page.addInitScript(probe, { clickForTti: kind === 'tti', settle: SETTLE });
    await page.goto(kind === 'floor' ? URLS.floor : URLS.app, { waitUntil: 'commit', timeout: 60_000 });
    await page.evaluate(() => window.__rb.done, undefined, { timeout: 60_000 });
    const rb = await page.evaluate(() => {
      const { done, ...rest } = window.__rb;
      return rest;
    });
    if (problems.length) throw new Error(`${kind} load: ${problems.join('; ')}`);
    return { ...rb, lcpFinal: rb.lcp.at(-1)?.t ?? NaN, requests: [...requests.values()] };
  } finally {
    await context.close();
  }
}

/** Loads the standalone page, waits for the take-over (+1 s), then ends the probe's observers. */
async function appReady(page) {
  await page.addInitScript(probe, { clickForTti: false, settle: SETTLE });
  await page.goto(URLS.app);
  await page.evaluate(() => window.__rb.done, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.__rb.stop());
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

  // Warm-up (browser start, network service): one load of each page, discarded.
  progress('warming up');
  const warm = await load('content', null);
  await load('floor', null);
  progress('\n');

  // Loads, interleaved so that drift affects the page and its floor alike.
  const results = new Map(); // `${net}/${kind}` -> [probe results]
  for (let i = 0; i < SAMPLES; i++) {
    for (const [n, net] of NETWORKS.entries()) {
      // The order rotates from round to round, so no page always comes first.
      const order = ['floor', 'content', 'tti'];
      for (let k = 0; k < order.length; k++) {
        const kind = order[(k + i) % order.length];
        progress(`\rload ${i + 1}/${SAMPLES}, ${net.short}, ${kind}      `);
        const key = `${n}/${kind}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await load(kind, net.conditions));
        await pause(); // let the closed context's renderer go before the next load
      }
    }
  }
  progress('\n');

  // Click-to-next-paint, after load, CPU throttled, no network throttling.
  progress('click-to-next-paint\n');
  const clicks = {};
  {
    const { context, page, cdp, problems } = await newPage();
    await appReady(page);
    // The first two clicks of each warm up the JIT and are not counted.
    clicks['carousel (slide-next)'] = await clickTimings(page, cdp, ['slide-next'], { count: CLICKS });
    clicks['filter (cycling 6 buttons)'] = await clickTimings(page, cdp, FILTERS, { count: CLICKS });
    if (problems.length) throw new Error(problems.join('; '));
    await context.close();
  }

  // Memory: after load, then after INTERACTIONS filter and carousel clicks.
  // A control page takes the same number of frames with no click, to show what
  // the measurement itself (its evaluations, the frames) adds.
  progress('memory\n');
  const glue = warm.requests.map((r) => r.url).find((u) => /roundtable-briefing-[0-9a-f]+\.js$/.test(u));
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

  // -------------------------------------------------------------------------
  // A layout-shift score; tiny non-zero scores in exponent form, so that "NOT met" never reads 0.0000.
  const cls = (v) => (v > 0 && v < 0.0001 ? v.toExponential(1) : v.toFixed(4));
  const fig = (values) => `median ${lpad(ms(median(values)), 8)}   p75 ${lpad(ms(p75(values)), 8)}`;
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
  const pick = (n, kind, field) => results.get(`${n}/${kind}`).map((r) => r[field]);
  const targets = [];

  for (const [n, net] of NETWORKS.entries()) {
    say();
    say(`== Load, ${RATE}x CPU, ${net.name}; ${SAMPLES} cold loads each ==`);
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
    const takeover = pick(n, 'content', 'takeover');
    const tti = pick(n, 'tti', 'tti');
    const ttiClick = pick(n, 'tti', 'ttiClick');
    const ttiPaint = pick(n, 'tti', 'ttiPaint');
    const floorContent = median(pick(n, 'floor', 'content'));
    say(`${pad('wasm downloaded (resource timing responseEnd)', 52)} ${pad('', 32)} ${fig(pick(n, 'content', 'wasmEnd'))}`);
    say(`${pad('app took over the pre-rendered DOM', 52)} ${pad('', 32)} ${fig(takeover)}`);
    say(`${pad('time to interactive (first filter click that works)', 52)} ${pad('', 32)} ${pad(fig(tti), 32)}  ${ratio(median(tti), floorContent)} of the floor's content`);
    say(`${pad('  that click was dispatched at', 52)} ${pad('', 32)} ${fig(ttiClick)}`);
    say(`${pad('  its effect painted at', 52)} ${pad('', 32)} ${fig(ttiPaint)}`);
    say(`${pad('  clicks before one worked (10 ms apart)', 52)} ${pad('', 32)} median ${median(pick(n, 'tti', 'clicks'))}`);
    const list = (values) => values.map((v) => v.toFixed(0)).join(' ');
    say(`  samples in run order (ms): content floor [${list(pick(n, 'floor', 'content'))}], page [${list(pick(n, 'content', 'content'))}]; interactive [${list(tti)}]`);
    const clsFloor = pick(n, 'floor', 'cls');
    const clsApp = pick(n, 'content', 'cls');
    say(`${pad('cumulative layout shift (load + take-over + 1 s)', 52)} ${pad(`max ${cls(Math.max(...clsFloor))}`, 32)} max ${cls(Math.max(...clsApp))}`);
    for (const [kind, label] of [['floor', 'static floor'], ['content', 'standalone page']]) {
      results.get(`${n}/${kind}`).forEach((r, i) => {
        for (const s of r.shifts) say(`  layout shift, ${label}, load ${i + 1}: ${cls(s.value)} at ${s.t.toFixed(0)} ms: ${s.sources}`);
      });
    }
    const inView = results.get(`${n}/content`).every((r) => r.contentInViewport);
    say(`  (first speaker ${inView ? 'inside' : 'below'} the first viewport)`);
    const lcpEls = [...new Set(results.get(`${n}/content`).map((r) => r.lcp.at(-1)?.el))];
    say(`  LCP element(s) on the standalone page: ${lcpEls.join(' | ')}`);

    const appContent = median(pick(n, 'content', 'content'));
    targets.push([`time to content <= floor + 50 ms (${net.short})`, appContent <= floorContent + 50, `${ms(appContent)} vs floor ${ms(floorContent)} (${appContent >= floorContent ? '+' : '-'}${Math.abs(appContent - floorContent).toFixed(0)} ms), medians`]);
    if (net.conditions) {
      targets.push([`time to interactive <= 700 ms (slow 4G, ${RATE}x CPU)`, median(tti) <= 700, `median ${ms(median(tti))}, p75 ${ms(p75(tti))}`]);
    }
    targets.push([`layout shift 0 during load and take-over (${net.short})`, Math.max(...clsApp) === 0, `max CLS ${cls(Math.max(...clsApp))} over ${clsApp.length} loads`]);
  }

  say();
  say(`== Click to next paint, ${RATE}x CPU, after load; ${CLICKS} clicks each (2 warm-up clicks not counted) ==`);
  say('(next paint: from the trace, the target; settled: the paint after every section has caught up, see bench/support.mjs)');
  for (const [name, { paint, settled }] of Object.entries(clicks)) {
    say(`${pad(`${name}: next paint`, 52)} ${fig(paint)}   max ${ms(Math.max(...paint))}`);
    say(`${pad(`${name}: settled`, 52)} ${fig(settled)}   max ${ms(Math.max(...settled))}`);
    targets.push([`click-to-paint p75 <= 50 ms: ${name}`, p75(paint) <= 50, `p75 ${ms(p75(paint))}`]);
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
  const control = mem.control.at(-1);
  row(`control: another page, ${control.after} frames, no click`, control, mem.control[0]);
  const logged = mem.marks.at(-1).logged;
  if (logged) say(`  the page logged ${logged} console messages during the interactions (DevTools keeps them, and their arguments, alive)`);
  say('  (wasm memory: the byte length of the app module\'s WebAssembly.Memory, read through its wasm-bindgen glue;');
  say('   performance.measureUserAgentSpecificMemory is unavailable: the page is not cross-origin isolated)');
  const after = mem.marks.find((m) => m.after === INTERACTIONS);
  const heapGrowth = (after.heap - base.heap) / base.heap;
  const wasmGrowth = (after.wasm - base.wasm) / base.wasm;
  targets.push([`memory growth after ${INTERACTIONS} interactions <= 5 %`, heapGrowth <= 0.05 && wasmGrowth <= 0.05, `JS heap ${pct(after.heap, base.heap)}, wasm memory ${pct(after.wasm, base.wasm)}`]);

  // Transfer: what the standalone page requested in the unthrottled warm-up load.
  say();
  say('== Transfer of the standalone page (brotli -q 11 of each file; on the wire = CDP encodedDataLength, headers included) ==');
  const kinds = { html: 'HTML', css: 'CSS', js: 'JS', wasm: 'wasm' };
  const nameOf = (url) => {
    const path = new URL(url).pathname.slice(1);
    return path === '' ? 'index.html' : path;
  };
  let total = 0;
  let wireTotal = 0;
  const others = [];
  say(`${pad('asset', 48)} ${lpad('raw', 9)} ${lpad('brotli', 9)} ${lpad('on the wire', 12)}`);
  for (const r of warm.requests.filter((r) => r.url.startsWith(server.origin))) {
    const name = nameOf(r.url);
    const ext = name.split('.').pop();
    const body = served.get(name);
    if (!body) continue;
    if (!kinds[ext]) {
      others.push(`${name} (${body.length} B)`);
      continue;
    }
    const br = brotli(body).length;
    total += br;
    wireTotal += r.wire;
    say(`${pad(`${name} (${kinds[ext]})`, 48)} ${lpad(body.length, 9)} ${lpad(br, 9)} ${lpad(r.wire, 12)}`);
  }
  say(`${pad('TOTAL (HTML, CSS, JS, wasm)', 48)} ${lpad('', 9)} ${lpad(total, 9)} ${lpad(wireTotal, 12)}   = ${kb(total)} brotli`);
  if (others.length) say(`  also requested, not counted: ${others.join(', ')}`);
  const floorBr = brotli(floorHtml).length + [...index.matchAll(/href=\.?\/?([\w.-]+\.css) [^>]*rel=stylesheet/g)].reduce((s, [, f]) => s + brotli(files.get(f)).length, 0);
  say(`  static floor (HTML without scripts + its stylesheets): ${kb(floorBr)} brotli; page/floor ${(total / floorBr).toFixed(2)}x`);
  const embed = files.get('embed.js');
  if (embed) {
    const text = embed.toString('utf8');
    const refs = [...new Set([...text.matchAll(/'([\w.-]+\.(?:js|wasm|css))'/g)].map(([, f]) => f))].filter((f) => files.has(f));
    const embedTotal = brotli(embed).length + refs.reduce((s, f) => s + brotli(files.get(f)).length, 0);
    say(`embed.js: ${embed.length} B raw, ${brotli(embed).length} B brotli; with the files it loads (${refs.join(', ')}): ${kb(embedTotal)} brotli`);
  }
  targets.push(['total transfer <= 60 KB brotli', total <= 60_000, `${kb(total)}`]);

  say();
  say(`machine at end: ${busy()}`);
  say();
  say('== Targets ==');
  for (const [name, met, detail] of targets) say(`${pad(met ? 'met' : 'NOT met', 8)} ${pad(name, 58)} ${detail}`);
} finally {
  await browser.close();
  await server.close();
}
