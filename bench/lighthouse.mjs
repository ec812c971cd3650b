// Lighthouse (mobile: its default emulated phone, 4x CPU, slow 4G) on the
// standalone page of the release build, accessibility category, with the
// system Chromium. Prints the score and every audit that does not pass.
//
//   node bench/lighthouse.mjs [path=index.html]
//   LIGHTHOUSE_DIST=/some/dist node bench/lighthouse.mjs   (another build, e.g. to compare)
//
// Lighthouse 12 (the last line that runs on Node.js 20) is fetched by npx
// from the npm registry on first use: it is a benchmark tool, not a
// dependency of the build or the tests.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, serveDist } from '../tests/e2e/support/index.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const path = process.argv[2] ?? '';
const server = await serveDist({ dist: process.env.LIGHTHOUSE_DIST ?? DIST });
const out = await mkdtemp(join(tmpdir(), 'rb-lighthouse-'));
try {
  const report = join(out, 'report.json');
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  await promisify(execFile)(
    'npx',
    ['--yes', LIGHTHOUSE, server.url + path, '--only-categories=accessibility', '--form-factor=mobile', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-path=${process.env.CHROMIUM ?? '/usr/bin/chromium'}`, `--chrome-flags=${flags}`],
    { maxBuffer: 64 << 20 },
  );
  const lhr = JSON.parse(await readFile(report, 'utf8'));
  const category = lhr.categories.accessibility;
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${server.url}${path}`);
  console.log(`  accessibility score: ${Math.round(category.score * 100)} (target 100: ${category.score === 1 ? 'met' : 'NOT met'})`);
  for (const { id } of category.auditRefs) {
    const audit = lhr.audits[id];
    if (audit.score !== null && audit.score < 1) {
      const nodes = (audit.details?.items ?? []).slice(0, 5).map((i) => i.node?.selector ?? i.node?.snippet ?? '');
      console.log(`  failing: ${id} (${audit.title}) ${nodes.join(' | ')}`);
    }
  }
  if (category.score !== 1) process.exitCode = 1;
} finally {
  await rm(out, { recursive: true, force: true });
  await server.close();
}
