// What the JS heap growth of bench/load.mjs's memory figure is made of: the
// standalone page under the same conditions (4x CPU, the probe, its observers
// stopped, the same cycle of 8 filter and carousel clicks, one evaluation per
// round), a V8 heap snapshot (CDP HeapProfiler.takeHeapSnapshot) after
// HeapProfiler.collectGarbage x2 before and after the interactions, and their
// diff by category (V8's node type + constructor / name), with the objects
// allocated between the two snapshots that survived (node ids persist across
// snapshots of one page), what retains them (the nearest object that already
// existed, on the shortest path from the GC roots; weak edges skipped) and
// their retained sizes (dominator tree).
//
//   node bench/heap-diff.mjs                  snapshot diff, 200 interactions after load
//   WARMUP=20 node bench/heap-diff.mjs        baseline snapshot after 20 interactions
//   CLICK=0 node bench/heap-diff.mjs          the idle control page (frames, no click)
//   node bench/heap-diff.mjs variants         JSHeapUsedSize only (no snapshot), both pages read
//                                             after 0, 20, 200, 220, 400, 800 interactions / frames
//   node bench/heap-diff.mjs files A B        the diff of two saved .heapsnapshot files
//
// Environment: INTERACTIONS=200, WARMUP=0, CLICK=1, CPU_RATE=4, TOP=18 (categories
// listed), RUNS=1 (variants: pages per kind), SNAPSHOT_DIR (keep the .heapsnapshot files).
import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/support/index.mjs';
import { kb, lpad, median, pad, serveSnapshot, snapshotDist } from './support.mjs';

const MODE = process.argv[2] ?? 'diff';
const INTERACTIONS = Number(process.env.INTERACTIONS ?? 200);
const WARMUP = Number(process.env.WARMUP ?? 0);
const CLICK = process.env.CLICK !== '0';
const RATE = Number(process.env.CPU_RATE ?? 4);
const TOP = Number(process.env.TOP ?? 18);
const RUNS = Number(process.env.RUNS ?? 1);
const SETTLE = 1000;
const say = (line = '') => console.log(line);

// The probe of bench/load.mjs, taken from its source so that both measure the same page.
const loadSource = await readFile(new URL('./load.mjs', import.meta.url), 'utf8');
const probeSource = loadSource.match(/^function probe\([\s\S]*?^}$/m)?.[0];
if (!probeSource) throw new Error('bench/load.mjs: no `function probe` found');

const offline = MODE === 'files';
const files = offline ? new Map() : await snapshotDist();
const { server } = offline ? { server: null } : await serveSnapshot(files, { encoding: 'br' });
const glueName = [...files.keys()].find((n) => /^roundtable-briefing-[0-9a-f]+\.js$/.test(n));
const glue = `${server?.url}${glueName}`;
const browser = offline ? null : await launchBrowser();

// The cycle of bench/load.mjs's memory run.
const next = Array(4).fill('slide-next');
const cycle = [
  'country-kz', 'topic-domestic-violence', 'country-all', 'topic-all', ...next,
  'country-ru', 'topic-social-change', 'country-all', 'topic-all', ...next,
];

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await cdp.send('Performance.enable');
  let logged = 0;
  page.on('console', () => logged++);
  const requests = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.push(`${e.type} ${e.request.url.replace(server.url, '')}`));
  page.on('pageerror', (e) => say(`page error: ${e.message}`));
  await page.addInitScript({ content: `(${probeSource})(${JSON.stringify({ kind: 'content', settle: SETTLE })});` });
  await page.goto(server.url);
  await page.evaluate(() => window.__rb.done, undefined, { timeout: 120_000 });
  await page.evaluate(() => window.__rb.stop());
  return { context, page, cdp, logged: () => logged, requests };
}

/** bench/load.mjs's `memory`: wasm memory through the glue, 2 GCs, JSHeapUsedSize. */
async function reading(page, cdp) {
  const wasm = await page.evaluate(async (url) => (await (await import(url)).default()).memory.buffer.byteLength, glue);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value, wasm };
}

/** bench/load.mjs's interaction loop: interactions `from`..`to` of the cycle in one evaluation. */
async function interact(page, from, to, click = CLICK) {
  if (to <= from) return;
  await page.evaluate(
    async ({ cycle, from, to, click }) => {
      for (let i = from; i < to; i++) {
        if (click) {
          const button = document.querySelector(`[data-testid="${cycle[i % cycle.length]}"]`);
          if (button && button.offsetParent !== null) button.click();
        }
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      }
    },
    { cycle, from, to, click },
  );
  await page.waitForTimeout(SETTLE);
}

async function snapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

// ---------------------------------------------------------------------------
// Snapshot parsing: flat arrays as V8 writes them.
function parse(text) {
  const raw = JSON.parse(text);
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const fDetached = meta.node_fields.indexOf('detachedness');
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const n = raw.nodes.length / nf;
  const type = new Array(n), name = new Array(n), id = new Float64Array(n), size = new Float64Array(n), detached = new Uint8Array(n);
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    const o = i * nf;
    type[i] = nodeTypes[raw.nodes[o + fType]];
    name[i] = raw.strings[raw.nodes[o + fName]];
    id[i] = raw.nodes[o + fId];
    size[i] = raw.nodes[o + fSize];
    detached[i] = fDetached >= 0 ? raw.nodes[o + fDetached] : 0;
    firstEdge[i] = e;
    e += raw.nodes[o + fEdges];
    firstEdge[i + 1] = e;
  }
  const m = raw.edges.length / ef;
  const edgeType = new Array(m), edgeName = new Array(m), edgeTo = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    const t = edgeTypes[raw.edges[j * ef + eType]];
    edgeType[j] = t;
    const v = raw.edges[j * ef + eName];
    edgeName[j] = t === 'element' || t === 'hidden' ? `[${v}]` : raw.strings[v];
    edgeTo[j] = raw.edges[j * ef + eTo] / nf;
  }
  return { n, type, name, id, size, detached, firstEdge, edgeType, edgeName, edgeTo };
}

/** A node's category, close to DevTools' Summary view. */
function category(s, i) {
  const t = s.type[i];
  const nm = s.name[i];
  switch (t) {
    case 'object': return nm.startsWith('system / ') ? `(system) ${nm.slice(9)}` : nm;
    case 'native': return `(native) ${s.detached[i] === 2 ? 'detached ' : ''}${nm.replace(/ [^ ]*$/, (tail) => (/^ (id|class|data-)/.test(tail) ? '' : tail))}`.slice(0, 60);
    case 'closure': return '(closure)';
    case 'regexp': return '(regexp)';
    case 'string': case 'concatenated string': case 'sliced string': return '(string)';
    case 'code': return `(compiled code) ${nm.replace(/^system \/ /, '').split(' / ')[0]}`.slice(0, 60);
    case 'hidden': return `(system) ${nm}`.slice(0, 60);
    case 'array': return `(array) ${nm}`.slice(0, 60);
    case 'number': case 'heap number': return '(number)';
    case 'synthetic': return `(synthetic) ${nm}`;
    default: return `(${t}) ${nm}`.slice(0, 60);
  }
}

/** Shortest-path parents from the root (node 0) over strong edges, and the BFS order. */
function paths(s) {
  const parent = new Int32Array(s.n).fill(-1);
  const via = new Int32Array(s.n).fill(-1);
  const order = [0];
  parent[0] = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    for (let e = s.firstEdge[i]; e < s.firstEdge[i + 1]; e++) {
      if (s.edgeType[e] === 'weak') continue;
      const j = s.edgeTo[e];
      if (parent[j] !== -1) continue;
      parent[j] = i;
      via[j] = e;
      order.push(j);
    }
  }
  return { parent, via, order };
}

/** Retained sizes: dominator tree (Cooper, Harvey, Kennedy) over strong edges. */
function retained(s, { order }) {
  const n = s.n;
  const rpo = new Int32Array(n).fill(-1); // reverse postorder number
  const post = [];
  {
    // Iterative DFS for a postorder.
    const seen = new Uint8Array(n);
    const stack = [0];
    const edgeAt = new Uint32Array(n);
    seen[0] = 1;
    edgeAt[0] = s.firstEdge[0];
    while (stack.length) {
      const i = stack[stack.length - 1];
      let pushed = false;
      while (edgeAt[i] < s.firstEdge[i + 1]) {
        const e = edgeAt[i]++;
        if (s.edgeType[e] === 'weak') continue;
        const j = s.edgeTo[e];
        if (seen[j]) continue;
        seen[j] = 1;
        edgeAt[j] = s.firstEdge[j];
        stack.push(j);
        pushed = true;
        break;
      }
      if (!pushed) post.push(stack.pop());
    }
  }
  for (let k = 0; k < post.length; k++) rpo[post[k]] = post.length - 1 - k;
  const byRpo = new Int32Array(post.length);
  for (const i of post) byRpo[rpo[i]] = i;
  const preds = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (rpo[i] < 0) continue;
    for (let e = s.firstEdge[i]; e < s.firstEdge[i + 1]; e++) if (s.edgeType[e] !== 'weak') preds[s.edgeTo[e]].push(i);
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (rpo[a] > rpo[b]) a = idom[a];
      while (rpo[b] > rpo[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 1; k < byRpo.length; k++) {
      const i = byRpo[k];
      let d = -1;
      for (const p of preds[i]) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[i] !== d) {
        idom[i] = d;
        changed = true;
      }
    }
  }
  const ret = Float64Array.from(s.size);
  for (let k = byRpo.length - 1; k > 0; k--) {
    const i = byRpo[k];
    if (idom[i] >= 0 && idom[i] !== i) ret[idom[i]] += ret[i];
  }
  void order;
  return { idom, ret };
}

function summarize(s) {
  const by = new Map();
  for (let i = 0; i < s.n; i++) {
    const c = category(s, i);
    const e = by.get(c) ?? { count: 0, size: 0 };
    e.count++;
    e.size += s.size[i];
    by.set(c, e);
  }
  return by;
}

const signed = (v, f = (x) => x) => `${v >= 0 ? '+' : '-'}${f(Math.abs(v))}`;
const kB = (b) => `${(b / 1000).toFixed(1)}`;

/** A path label for node i: the nearest pre-existing ancestor and the edges from it (at most 4). */
function retainerOf(s, p, isNew, i) {
  const steps = [];
  let j = i;
  while (j !== 0 && isNew[j] && steps.length < 40) {
    const e = p.via[j];
    steps.push(s.edgeName[e]);
    j = p.parent[j];
  }
  const anchor = j === 0 ? '(root)' : `${category(s, j)}${s.type[j] === 'object' || s.type[j] === 'closure' ? '' : ` "${String(s.name[j]).slice(0, 40)}"`}`;
  const chain = steps.reverse();
  const shown = chain.length > 4 ? [...chain.slice(0, 3), '…', chain.at(-1)] : chain;
  return `${anchor} → ${shown.map((x) => String(x).slice(0, 30)).join('.')}`;
}

/** The shortest path from the root to node i, as a string (for the anchors). */
function rootPath(s, p, i, max = 7) {
  const steps = [];
  let j = i;
  while (j !== 0 && steps.length < 60) {
    steps.push(`${String(s.edgeName[p.via[j]]).slice(0, 28)}`);
    j = p.parent[j];
  }
  const chain = steps.reverse();
  return chain.length > max ? [...chain.slice(0, 2), '…', ...chain.slice(-(max - 3))].join(' → ') : chain.join(' → ');
}

/** The element arrays of the WebAssembly.Table objects (an object named Table, its unnamed array fields). */
const tableArraysOf = new WeakMap();
function tableArrays(s) {
  if (!tableArraysOf.has(s)) {
    const set = new Set();
    for (let i = 0; i < s.n; i++) {
      if (s.type[i] !== 'object' || s.name[i] !== 'Table') continue;
      for (let e = s.firstEdge[i]; e < s.firstEdge[i + 1]; e++) if (s.type[s.edgeTo[e]] === 'array') set.add(s.edgeTo[e]);
    }
    tableArraysOf.set(s, set);
  }
  return tableArraysOf.get(s);
}

/** Incoming edges of every node: [from, edge] pairs in flat arrays. */
function reverseEdges(s) {
  const count = new Uint32Array(s.n + 1);
  for (let e = 0; e < s.edgeTo.length; e++) count[s.edgeTo[e] + 1]++;
  for (let i = 0; i < s.n; i++) count[i + 1] += count[i];
  const from = new Uint32Array(s.edgeTo.length), edge = new Uint32Array(s.edgeTo.length);
  const fill = count.slice();
  for (let i = 0; i < s.n; i++) {
    for (let e = s.firstEdge[i]; e < s.firstEdge[i + 1]; e++) {
      const k = fill[s.edgeTo[e]]++;
      from[k] = i;
      edge[k] = e;
    }
  }
  return { start: count, from, edge };
}

const isFunctionNode = (s, i) => s.type[i] === 'closure' || s.name[i].startsWith('system / SharedFunctionInfo');
const edgeTarget = (s, i, name) => {
  for (let e = s.firstEdge[i]; e < s.firstEdge[i + 1]; e++) if (s.edgeName[e] === name) return s.edgeTo[e];
  return -1;
};

/** The function (closure or SharedFunctionInfo) a code-space object belongs to, and its script. */
function ownerOf(s, rev, idom, i) {
  let fnNode = -1;
  for (let j = i, steps = 0; j > 0 && steps < 8 && fnNode < 0; j = idom[j], steps++) {
    if (isFunctionNode(s, j)) { fnNode = j; break; }
    for (let k = rev.start[j]; k < rev.start[j + 1]; k++) {
      const f = rev.from[k];
      if (isFunctionNode(s, f) && s.edgeType[rev.edge[k]] !== 'weak') { fnNode = f; break; }
    }
    if (idom[j] === j) break;
  }
  if (fnNode < 0) return { script: '(no function)', fn: category(s, i).replace('(compiled code) ', '') };
  const sfi = s.type[fnNode] === 'closure' ? edgeTarget(s, fnNode, 'shared') : fnNode;
  const fn = (s.type[fnNode] === 'closure' ? s.name[fnNode] : s.name[fnNode].replace(/^system \/ SharedFunctionInfo ?\/? ?/, '')) || '(anonymous)';
  const script = sfi >= 0 ? edgeTarget(s, sfi, 'script') : -1;
  let url = script >= 0 ? s.name[script].replace(/^system \/ Script ?\/? ?/, '') : '';
  url = url.replace(/^https?:\/\/127\.0\.0\.1:\d+\//, '') || (script >= 0 ? '(script without a URL: an evaluation or injected script)' : '(native / builtin)');
  return { script: url.slice(0, 60), fn: fn.slice(0, 40) };
}

/** Which tier the machine code behind a code-space object is. */
function tierOf(s, rev, i) {
  if (!s.name[i].startsWith('system / Code')) {
    // InstructionStream, deopt data...: the tier of the Code object referring to it.
    for (let k = rev.start[i]; k < rev.start[i + 1]; k++) {
      const f = rev.from[k];
      if (s.name[f].startsWith('system / Code')) return tierOf(s, rev, f);
      if (s.name[f] === 'system / BytecodeArray') return 'bytecode';
    }
    return s.name[i].replace('system / ', '');
  }
  if (edgeTarget(s, i, 'deoptimization_data') >= 0) return 'optimized';
  if (edgeTarget(s, i, 'bytecode_offset_table') >= 0 || edgeTarget(s, i, 'interpreter_data') >= 0) return 'baseline';
  return 'other code (wrappers)';
}

async function diff() {
  const { context, page, cdp, logged, requests } = await openPage();
  await cdp.send('HeapProfiler.enable');
  await interact(page, 0, WARMUP);
  const r0 = await reading(page, cdp);
  const t0 = Date.now();
  const textA = await snapshot(cdp);
  const r0b = await reading(page, cdp);
  say(`snapshot A taken in ${((Date.now() - t0) / 1000).toFixed(1)} s; JSHeapUsedSize ${kb(r0.heap)} before it, ${kb(r0b.heap)} after it (the snapshot itself adds ${signed(r0b.heap - r0.heap, kb)})`);
  const loggedBefore = logged();
  const requestsBefore = requests.length;
  await interact(page, WARMUP, WARMUP + INTERACTIONS);
  const r1 = await reading(page, cdp);
  const textB = await snapshot(cdp);
  const logs = logged() - loggedBefore;
  const during = requests.slice(requestsBefore);
  const byUrl = new Map();
  for (const r of during) byUrl.set(r, (byUrl.get(r) ?? 0) + 1);
  if (process.env.SNAPSHOT_DIR) {
    await writeFile(`${process.env.SNAPSHOT_DIR}/a.heapsnapshot`, textA);
    await writeFile(`${process.env.SNAPSHOT_DIR}/b.heapsnapshot`, textB);
  }
  await context.close();
  say(`${CLICK ? 'clicks' : 'control (frames, no click)'}: baseline after ${WARMUP} interactions, then ${INTERACTIONS} more; the page logged ${logs} console messages meanwhile`);
  say(`JSHeapUsedSize (2 GCs, as bench/load.mjs): ${kb(r0.heap)} -> ${kb(r1.heap)}: ${signed(r1.heap - r0.heap, kb)} (${signed(((r1.heap - r0.heap) / r0.heap) * 100, (x) => x.toFixed(1))} %; includes snapshot A's own ${signed(r0b.heap - r0.heap, kb)}); wasm memory ${kb(r0.wasm)} -> ${kb(r1.wasm)}`);
  say(`requests during the interactions (CDP Network, which keeps each one's data while enabled): ${during.length}${during.length ? `: ${[...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([u, n]) => `${n}x ${u.slice(0, 60)}`).join(', ')}` : ''}`);
  analyze(textA, textB);
}

function analyze(textA, textB) {
  const A = parse(textA);
  const B = parse(textB);
  const idsA = new Set(A.id);
  const isNew = new Uint8Array(B.n);
  for (let i = 0; i < B.n; i++) isNew[i] = idsA.has(B.id[i]) ? 0 : 1;
  const idsB = new Set(B.id);
  const pB = paths(B);
  const { idom, ret } = retained(B, pB);
  const reachable = (i) => pB.parent[i] !== -1;

  const total = (s) => s.size.reduce((a, b) => a + b, 0);
  const jsOnly = (s) => s.size.reduce((a, b, i) => (s.type[i] === 'native' ? a : a + b), 0);
  say(`snapshot self sizes: all ${kb(total(A))} -> ${kb(total(B))} (${signed(total(B) - total(A), kb)}); V8 objects only (no Blink "native") ${kb(jsOnly(A))} -> ${kb(jsOnly(B))} (${signed(jsOnly(B) - jsOnly(A), kb)}); nodes ${A.n} -> ${B.n}`);
  const data = (s) => s.size.reduce((a, b, i) => (s.type[i] === 'native' || s.type[i] === 'code' ? a : a + b), 0);
  say(`V8 objects without the "code" type (machine code, bytecode, feedback, function infos): ${kb(data(A))} -> ${kb(data(B))} (${signed(data(B) - data(A), kb)}); V8 "code" type: ${signed(jsOnly(B) - data(B) - (jsOnly(A) - data(A)), kb)}`);

  // Category diff.
  const sa = summarize(A);
  const sb = summarize(B);
  const fresh = new Map();
  for (let i = 0; i < B.n; i++) {
    if (!isNew[i]) continue;
    const c = category(B, i);
    const e = fresh.get(c) ?? { count: 0, size: 0 };
    e.count++;
    e.size += B.size[i];
    fresh.set(c, e);
  }
  let gone = 0, goneSize = 0;
  for (let i = 0; i < A.n; i++) if (!idsB.has(A.id[i])) { gone++; goneSize += A.size[i]; }
  const cats = [...new Set([...sa.keys(), ...sb.keys()])].map((c) => {
    const a = sa.get(c) ?? { count: 0, size: 0 };
    const b = sb.get(c) ?? { count: 0, size: 0 };
    const f = fresh.get(c) ?? { count: 0, size: 0 };
    return { c, a, b, f, d: b.size - a.size };
  });
  cats.sort((x, y) => Math.abs(y.d) - Math.abs(x.d));
  // V8's own heap (what JSHeapUsedSize counts) and Blink's C++ heap (cppgc: DOM, layout,
  // performance entries, DevTools data; in the snapshot as "native", not in JSHeapUsedSize).
  for (const [title, test, top] of [
    ['V8 heap (counted by JSHeapUsedSize)', (c) => !c.startsWith('(native)'), TOP],
    ['Blink C++ heap, "native" (NOT counted by JSHeapUsedSize)', (c) => c.startsWith('(native)'), Math.ceil(TOP / 2)],
  ]) {
    say();
    say(`== ${title}: categories by self-size change (KB; count change); "new": allocated between the snapshots and alive in B ==`);
    say(`${pad('category', 52)} ${lpad('A KB', 8)} ${lpad('B KB', 8)} ${lpad('Δ KB', 8)} ${lpad('Δ count', 8)} ${lpad('new KB', 8)} ${lpad('new #', 7)}`);
    for (const { c, a, b, f, d } of cats.filter((x) => test(x.c)).slice(0, top)) {
      say(`${pad(c.slice(0, 52), 52)} ${lpad(kB(a.size), 8)} ${lpad(kB(b.size), 8)} ${lpad(signed(d, kB), 8)} ${lpad(signed(b.count - a.count), 8)} ${lpad(kB(f.size), 8)} ${lpad(f.count, 7)}`);
    }
  }
  const newTotal = [...fresh.values()].reduce((a, e) => a + e.size, 0);
  say(`new objects in all: ${kB(newTotal)} KB in ${[...fresh.values()].reduce((a, e) => a + e.count, 0)}; objects of A gone in B: ${kB(goneSize)} KB in ${gone}`);

  // Roots of new subgraphs: new objects whose immediate dominator is old.
  const roots = new Map();
  for (let i = 0; i < B.n; i++) {
    if (!isNew[i] || !reachable(i) || isNew[idom[i]] || B.type[i] === 'native' || B.type[i] === 'synthetic') continue;
    const key = `${category(B, i)}  ⟵  ${retainerOf(B, pB, isNew, i)}`;
    const e = roots.get(key) ?? { count: 0, size: 0, example: i };
    e.count++;
    e.size += ret[i];
    roots.set(key, e);
  }
  say();
  say('== V8 heap: where the new objects hang: new subgraphs by their top object and its retainer (nearest old object → edges), retained KB ==');
  for (const [key, { count, size }] of [...roots].sort((x, y) => y[1].size - x[1].size).slice(0, TOP)) {
    say(`${lpad(kB(size), 7)} KB ${lpad(count, 5)}x  ${key.slice(0, 150)}`);
  }

  // Anchors: the old objects the new growth hangs from, with their path from the roots.
  const anchors = new Map();
  for (const [, e] of roots) {
    let j = e.example;
    while (j !== 0 && isNew[j]) j = pB.parent[j];
    const a = anchors.get(j) ?? { size: 0 };
    a.size += e.size;
    anchors.set(j, a);
  }
  say();
  say('== V8 heap: the pre-existing objects that growth hangs from, and their shortest path from the GC roots ==');
  for (const [j, { size }] of [...anchors].sort((x, y) => y[1].size - x[1].size).slice(0, 8)) {
    say(`${lpad(kB(size), 7)} KB  ${category(B, j).slice(0, 50)} "${String(B.name[j]).slice(0, 30)}" @${B.id[j]}:  ${rootPath(B, pB, j)}`);
  }
  // The new V8 code-space objects (compiled code, bytecode, feedback, ...) by the function they belong to.
  const rev = reverseEdges(B);
  const owners = new Map(); // key -> { size, count, fns: Map }
  for (let i = 0; i < B.n; i++) {
    if (!isNew[i] || B.type[i] !== 'code') continue;
    const o = ownerOf(B, rev, idom, i);
    const tier = tierOf(B, rev, i);
    const key = `${o.script} | ${tier}`;
    const e = owners.get(key) ?? { size: 0, count: 0, fns: new Map() };
    e.size += B.size[i];
    e.count++;
    e.fns.set(o.fn, (e.fns.get(o.fn) ?? 0) + B.size[i]);
    owners.set(key, e);
  }
  say();
  say('== New V8 "code" objects (machine code, bytecode, feedback vectors, ...) by script and tier, KB ==');
  say('   (tier: "baseline" = Sparkplug code, "optimized" = Maglev/TurboFan code with deopt data, of the function owning the object)');
  for (const [key, { size, count, fns }] of [...owners].sort((x, y) => y[1].size - x[1].size).slice(0, 12)) {
    const top = [...fns].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([f, s]) => `${f} ${kB(s)}`).join(', ');
    say(`${lpad(kB(size), 7)} KB ${lpad(count, 5)}x  ${key}: ${top}`.slice(0, 230));
  }

  say();
  say('== Sizes of selected things in B vs A (KB, count) ==');
  const pick = (s, test) => {
    let size = 0, count = 0;
    for (let i = 0; i < s.n; i++) if (test(s, i)) { size += s.size[i]; count++; }
    return { size, count };
  };
  const probes = {
    'compiled code + bytecode + feedback (code type, BytecodeArray, FeedbackVector/Metadata, ScopeInfo, SharedFunctionInfo)': (s, i) => s.type[i] === 'code' || /BytecodeArray|Feedback|ScopeInfo|SharedFunctionInfo|Code|InstructionStream|UncompiledData/.test(s.name[i]),
    'closures (JS functions)': (s, i) => s.type[i] === 'closure',
    'strings': (s, i) => /string/.test(s.type[i]),
    'WebAssembly.Table objects (externref, funcref) and their element arrays': (s, i) => s.type[i] !== 'native' && (s.name[i] === 'Table' || (s.type[i] === 'array' && tableArrays(s).has(i))),
    'FinalizationRegistry cells (WeakCell)': (s, i) => /WeakCell|FinalizationRegistry/.test(s.name[i]),
    'detached DOM (Blink native, detached)': (s, i) => s.type[i] === 'native' && s.detached[i] === 2,
    'Blink native, all': (s, i) => s.type[i] === 'native',
    'Performance entries (Blink)': (s, i) => /Performance|LayoutShift|EventTiming|TaskAttribution/.test(s.name[i]),
    'history / navigation entries': (s, i) => /Navigation|History/.test(s.name[i]),
  };
  for (const [label, test] of Object.entries(probes)) {
    const a = pick(A, test), b = pick(B, test);
    say(`${pad(label.slice(0, 100), 100)} ${lpad(kB(a.size), 7)} -> ${lpad(kB(b.size), 7)} (${signed(b.size - a.size, kB)}; ${signed(b.count - a.count)})`);
  }
}

async function variants() {
  // Both pages read at the same points: the clicking page after 0, 20, 200, 220, 400 and 800
  // interactions, the control after as many frames with no click; a reading (2 GCs and the
  // glue import) at each, on both.
  const marks = [0, 20, 200, 220, 400, 800];
  const runs = { click: [], idle: [] };
  for (let r = 0; r < RUNS; r++) {
    for (const [kind, click] of [['click', true], ['idle', false]]) {
      const { context, page, cdp } = await openPage();
      const got = {};
      let done = 0;
      for (const m of marks) {
        await interact(page, done, m, click);
        done = m;
        got[m] = (await reading(page, cdp)).heap;
      }
      runs[kind].push(got);
      await context.close();
    }
  }
  const pct = (rows, a, b) => median(rows.map((g) => ((g[b] - g[a]) / g[a]) * 100));
  const f = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)}`;
  say(`JSHeapUsedSize after 2 GCs, medians over ${RUNS} page(s) of each kind; readings (KB) at ${marks.join(', ')}:`);
  for (const [kind, rows] of Object.entries(runs)) for (const g of rows) say(`  ${pad(kind === 'click' ? 'clicks' : 'control', 8)} ${marks.map((m) => lpad((g[m] / 1000).toFixed(1), 7)).join(' ')}`);
  say(`${pad('interval', 58)} ${lpad('clicks', 8)} ${lpad('control', 8)} ${lpad('beyond', 8)}`);
  for (const [a, b, label] of [
    [0, 200, '0 -> 200 (the target today: baseline right after load)'],
    [0, 20, '0 -> 20 (the warm-up)'],
    [20, 220, '20 -> 220 (200 after a 20-interaction warm-up)'],
    [200, 400, '200 -> 400 (the second 200)'],
    [400, 800, '400 -> 800 (per 200: a quarter of this)'],
  ]) {
    const c = pct(runs.click, a, b), i = pct(runs.idle, a, b);
    say(`${pad(label, 58)} ${lpad(`${f(c)} %`, 8)} ${lpad(`${f(i)} %`, 8)} ${lpad(`${f(c - i)} pt`, 8)}`);
  }
}

try {
  if (MODE === 'variants') await variants();
  else if (MODE === 'files') analyze(await readFile(process.argv[3], 'utf8'), await readFile(process.argv[4], 'utf8'));
  else await diff();
} finally {
  await browser?.close();
  await server?.close();
}
