// Click-to-results for filter changes, in headless Chromium with 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate), on the release build
// (a snapshot of dist/, served from memory, brotli as bench/load.mjs does).
// Prints median and p75 over the clicks; the target (issue #14) is that the
// filtered results are on screen in the click's next paint, p75 <= 50 ms.
//
//   node bench/filter-click.mjs [clicks=40]
//
// Per click (see clickTimings in bench/support.mjs): next paint, from
// Chromium's trace; results on screen: the end of the paint of the first
// frame in which the clicked chip is pressed and the sections are filtered
// (the same trace); the same moment measured in the page, as a cross-check;
// and which frame after the click that was (1 = the next paint).
import { launchBrowser, waitLive } from '../tests/e2e/support/index.mjs';
import { clickTimings, median, p75, serveSnapshot, snapshotDist } from './support.mjs';

const clicks = Number(process.argv[2] ?? 40);
const buttons = (process.env.BUTTONS ?? 'country-kz,topic-domestic-violence,country-ru,topic-all,country-all,topic-social-change').split(',');

const { server } = await serveSnapshot(await snapshotDist());
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitLive(page); // the client has attached: data-rb-live on #roundtable-briefing
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  const rate = Number(process.env.CPU_RATE ?? 4);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const { paint, results, inPage, frames } = await clickTimings(page, cdp, buttons, { count: clicks });
  const line = (name, samples) => `  ${name.padEnd(44)} median ${median(samples).toFixed(1).padStart(6)} ms   p75 ${p75(samples).toFixed(1).padStart(6)} ms   max ${Math.max(...samples).toFixed(1).padStart(6)} ms`;
  const inNext = frames.filter((f) => f === 1).length;
  console.log(`filter click, ${rate}x CPU throttling, ${clicks} clicks cycling ${buttons.join(', ')} (2 warm-up clicks not counted)`);
  console.log(line('click to next paint (trace)', paint));
  console.log(line('click to results on screen (trace)', results));
  console.log(line('click to results on screen (in the page)', inPage));
  console.log(`  results in the click's next paint: ${inNext} of ${clicks} clicks (frames after the click: max ${Math.max(...frames)})`);
  const met = inNext === clicks && p75(results) <= 50;
  console.log(`  target: results on screen in the click's next paint, p75 <= 50 ms: ${met ? 'met' : 'NOT met'}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
