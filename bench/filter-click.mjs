// Click-to-next-paint for filter changes, in headless Chromium with 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate), on the release build.
// Prints median and p75 over the clicks; the target is p75 ≤ 50 ms.
//
//   node bench/filter-click.mjs [clicks=40]
//
// Two figures per click (see clickTimings in bench/support.mjs): next paint,
// from Chromium's trace (the target), and "results settled": the paint after
// the sections, which follow the controls one frame later, are updated too.
import { launchBrowser, serveDist, waitLive } from '../tests/e2e/support/index.mjs';
import { clickTimings, median, p75 } from './support.mjs';

const clicks = Number(process.argv[2] ?? 40);
const buttons = (process.env.BUTTONS ?? 'country-kz,topic-domestic-violence,country-ru,topic-all,country-all,topic-social-change').split(',');

const server = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitLive(page); // the app has taken over: its buttons respond
  const cdp = await context.newCDPSession(page);
  const rate = Number(process.env.CPU_RATE ?? 4);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const { paint, settled } = await clickTimings(page, cdp, buttons, { count: clicks });
  const line = (name, samples) => `  ${name.padEnd(38)} median ${median(samples).toFixed(1).padStart(6)} ms   p75 ${p75(samples).toFixed(1).padStart(6)} ms   max ${Math.max(...samples).toFixed(1).padStart(6)} ms`;
  console.log(`filter click, ${rate}x CPU throttling, ${clicks} clicks (2 warm-up clicks not counted)`);
  console.log(line('click to next paint (trace)', paint));
  console.log(line('click to results settled and painted', settled));
  console.log(`  target p75 <= 50 ms (next paint): ${p75(paint) <= 50 ? 'met' : 'NOT met'}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
