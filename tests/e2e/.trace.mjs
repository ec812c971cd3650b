import { launchBrowser, serveDist } from './support.mjs';
import { readFileSync } from 'node:fs';
const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('[data-testid=briefing]');
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
for (let i=0;i<4;i++) await page.evaluate((id) => new Promise((done) => { document.querySelector(`[data-testid="${id}"]`).click(); requestAnimationFrame(() => setTimeout(done, 0)); }), ['country-kz','country-all'][i%2]);
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
for (let i=0;i<10;i++) await page.evaluate((id) => new Promise((done) => { document.querySelector(`[data-testid="${id}"]`).click(); requestAnimationFrame(() => setTimeout(done, 0)); }), ['country-kz','country-ru','country-all','topic-demography','topic-all'][i%5]);
await browser.stopTracing();
const events = JSON.parse(readFileSync('/tmp/trace.json','utf8')).traceEvents;
const sums = {};
for (const e of events) if (e.ph === 'X' && e.dur) { sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000; }
console.log(Object.entries(sums).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${k}: ${(v/10).toFixed(1)} ms/click`).join('\n'));
await browser.close(); await server.close();
