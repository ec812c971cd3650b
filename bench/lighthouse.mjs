// Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4x
// CPU slowdown, i.e. Lighthouse's default mobile throttling) on the
// standalone page of the release build, performance and accessibility
// categories, with the system Chromium. Prints the performance score, total
// blocking time, time to interactive and the other metrics, the
// accessibility score, and every accessibility audit that does not pass.
//
//   node bench/lighthouse.mjs [path=index.html]
//   LIGHTHOUSE_DIST=/some/dist node bench/lighthouse.mjs   (another build, e.g. to compare)
//
// dist/ is read into memory once (bench/support.mjs snapshotDist) and served
// from 127.0.0.1 brotli-compressed (q11, `content-encoding: br`), as
// bench/load.mjs serves it and as a static host with brotli would: served
// uncompressed, the simulated slow 4G would carry three times the bytes.
// bench/load.mjs runs the same audit (lighthouse() below) in its own run.
//
// Lighthouse 12 (the last line that runs on Node.js 20) comes from npx's
// cache when it is there (--prefer-offline), else from the npm registry: it
// is a benchmark tool, not a dependency of the build or the tests.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DIST } from '../tests/e2e/support/index.mjs';
import { serveSnapshot, snapshotDist } from './support.mjs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** Runs Lighthouse (mobile preset, default throttling) on `url`; returns its report (lhr). */
export async function lighthouse(url, { categories = ['performance', 'accessibility'] } = {}) {
  const out = await mkdtemp(join(tmpdir(), 'rb-lighthouse-'));
  try {
    const report = join(out, 'report.json');
    const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
    await promisify(execFile)(
      'npx',
      [
        '--yes', '--prefer-offline', LIGHTHOUSE, url,
        `--only-categories=${categories.join(',')}`,
        '--form-factor=mobile', // the default: Moto G Power screen, simulated slow 4G, 4x CPU
        '--output=json', `--output-path=${report}`, '--quiet',
        `--chrome-path=${process.env.CHROMIUM ?? '/usr/bin/chromium'}`,
        `--chrome-flags=${flags}`,
      ],
      { maxBuffer: 64 << 20 },
    );
    return JSON.parse(await readFile(report, 'utf8'));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * The report's figures as lines to print, and its targets:
 * `{ lines, performance, tbt, tti, accessibility }` (scores 0–100, times in ms).
 */
export function summarize(lhr) {
  const lines = [];
  const t = lhr.configSettings.throttling;
  lines.push(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling (RTT ${t.rttMs} ms, ${t.throughputKbps} kbit/s, CPU ${t.cpuSlowdownMultiplier}x), ${lhr.finalDisplayedUrl ?? lhr.finalUrl}`);
  const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : NaN);
  const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const out = { performance: score('performance'), accessibility: score('accessibility'), tbt: num('total-blocking-time'), tti: num('interactive') };
  if (lhr.categories.performance) {
    lines.push(`  performance score: ${out.performance}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'interactive', 'cumulative-layout-shift', 'max-potential-fid']) {
      const a = lhr.audits[id];
      if (a) lines.push(`  ${a.title.padEnd(32)} ${String(a.displayValue ?? '').padEnd(10)} (${id === 'cumulative-layout-shift' ? a.numericValue.toFixed(4) : `${a.numericValue.toFixed(0)} ms`}, score ${a.score === null ? 'n/a' : Math.round(a.score * 100)})`);
    }
    const tasks = (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5);
    for (const task of tasks) lines.push(`  long task (simulated): ${task.duration.toFixed(0)} ms at ${task.startTime.toFixed(0)} ms, ${task.url ?? ''}`);
  }
  if (lhr.categories.accessibility) {
    lines.push(`  accessibility score: ${out.accessibility}`);
    for (const { id } of lhr.categories.accessibility.auditRefs) {
      const audit = lhr.audits[id];
      if (audit.score !== null && audit.score < 1) {
        const nodes = (audit.details?.items ?? []).slice(0, 5).map((i) => i.node?.selector ?? i.node?.snippet ?? '');
        lines.push(`  failing: ${id} (${audit.title}) ${nodes.join(' | ')}`);
      }
    }
  }
  for (const w of lhr.runWarnings ?? []) lines.push(`  Lighthouse warning: ${w}`);
  return { lines, ...out };
}

// As a command.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = process.argv[2] ?? '';
  const { server } = await serveSnapshot(await snapshotDist({ dist: process.env.LIGHTHOUSE_DIST ?? DIST }));
  try {
    const s = summarize(await lighthouse(server.url + path));
    for (const line of s.lines) console.log(line);
    const perf = s.performance >= 99 && s.tbt === 0;
    console.log(`  target: performance >= 99 with total blocking time 0 ms: ${perf ? 'met' : 'NOT met'} (${s.performance}, TBT ${s.tbt.toFixed(0)} ms)`);
    console.log(`  target: accessibility 100: ${s.accessibility === 100 ? 'met' : 'NOT met'}`);
    if (s.accessibility !== 100) process.exitCode = 1;
  } finally {
    await server.close();
  }
}
