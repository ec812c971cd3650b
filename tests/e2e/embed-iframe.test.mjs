// End-to-end: the iframe embed (dist/embed.html) and its parent script
// (embed-parent.js) against docs/embedding.md: the iframe takes the height
// its child reports (on load, after a filter and "Show table", iframes added
// later) while forged, malformed and random messages from the host, from a
// frame on another origin and from unregistered frames never change it; the
// script included twice listens once; Pym.js and AMP height messages; deep
// links inside the frame and opt-in mirroring of its state into the host URL.
// The host pages live on a different origin from the briefing, as on a real
// news site.
//
// The parent script's rules are also checked with a fake child (an HTML page
// and an external script that posts messages), so they hold whatever the
// child does; the fake child uses the script from public/, the real-child
// tests the copy the build put in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST,
  ROOT,
  STATE_TIMEOUT,
  hostPage,
  iframeEmbed,
  nextFrames,
  poll,
  pressed,
  serveDist,
  settled,
  useBrowser,
  waitLive,
  withPage,
} from './support/index.mjs';

const HEIGHT = 'roundtable-briefing:height';
const STATE = 'roundtable-briefing:state';

// The fake child: reports its own height like embed.html does; "Grow" adds content.
const FAKE_CHILD_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Fake child</title><link rel="icon" href="data:,"><script src="child.js" defer></script></head>
<body><main><h1>Fake child</h1><button type="button" id="grow">Grow</button><div id="more"></div></main></body></html>`;
const FAKE_CHILD_JS = `
const report = () => parent.postMessage(
  { type: '${HEIGHT}', height: document.documentElement.getBoundingClientRect().height }, '*');
new ResizeObserver(report).observe(document.documentElement);
document.getElementById('grow').addEventListener('click', () => {
  for (let i = 0; i < 12; i++) {
    const p = document.createElement('p');
    p.textContent = 'More content ' + i;
    document.getElementById('more').append(p);
  }
});
`;
// Records every message the host receives (an external script: no inline
// scripts anywhere), with the index of the iframe that sent it, and counts
// `message` listeners added after it.
const SPY_JS = `
window.__spy = { messages: [], messageListeners: 0 };
const add = window.addEventListener;
window.addEventListener = function (type, ...rest) {
  if (type === 'message') window.__spy.messageListeners++;
  return add.call(this, type, ...rest);
};
add.call(window, 'message', (e) => {
  const frames = [...document.querySelectorAll('iframe')];
  let data = e.data;
  try { data = structuredClone(data); } catch { data = String(data); }
  window.__spy.messages.push({ origin: e.origin, frame: frames.findIndex((f) => f.contentWindow === e.source), data });
});
`;
const PUBLIC_PARENT = await readFile(join(ROOT, 'public/embed-parent.js'));

/** The fake child's files, served on the child's origin and on the forgers' one. */
const fakeChildPages = () => ({
  'fake/child.html': FAKE_CHILD_HTML,
  'fake/child.js': FAKE_CHILD_JS,
  'fake/embed-parent.js': PUBLIC_PARENT,
  // A registered iframe whose src is on the child's origin but whose content is not.
  'fake/redirect.html': () => ({ redirect: `${t.other.url}fake/child.html` }),
});

const t = useBrowser({
  child: () => serveDist({ pages: fakeChildPages() }), // the briefing's origin: dist/ plus the fake child
  other: () => serveDist({ pages: fakeChildPages() }), // a third origin, for forgers
  host: () => serveDist({ pages: { 'host.html': hostFromQuery, 'spy.js': SPY_JS } }), // the news site's origin
});

const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A host page built from its query string: `child` (the briefing iframe's
 * src), `mirror` (opt in to mirroring), `forger` and `plain` (extra iframes
 * without the data attribute, before the briefing's), `spy`, `base` (where
 * the parent script is; `twice` includes it three times, once with another URL).
 */
function hostFromQuery(_index, req) {
  const q = new URL(req.url, 'http://x').searchParams;
  const base = esc(q.get('base') ?? t.child.url);
  const frame = (id, src) => `<iframe id="${id}" src="${esc(src)}" title="${id}" width="300" height="150"></iframe>`;
  const script = (src) => `<script src="${src}" defer></script>`;
  return hostPage({
    kind: 'iframe',
    base,
    title: 'Host page',
    head: q.has('spy') ? '<script src="spy.js"></script>' : '',
    body: [
      q.has('forger') ? frame('forger', q.get('forger')) : '',
      q.has('plain') ? frame('plain', q.get('plain')) : '',
      iframeEmbed(esc(q.get('child')), { attributes: `id="rb"${q.has('mirror') ? ' data-mirror-fragment' : ''}` }),
      q.has('twice') ? script(`${base}embed-parent.js`) + script(`${base}embed-parent.js?again`) : '',
    ].join('\n'),
  });
}

const hostUrl = (params, hash = '') => `${t.host.url}host.html?${new URLSearchParams(params)}${hash}`;
const fakeParams = (extra = {}) => ({ child: `${t.child.url}fake/child.html`, base: `${t.child.url}fake/`, spy: 1, ...extra });

/**
 * Opens a host page (`hostUrl(params, hash)`) and runs `fn({ page, context, problems, … })`
 * once the briefing's iframe is in it. Its briefing is in a frame, so this
 * does not wait for an app: a real child's test waits with `liveFrame`.
 */
const withHost = (params, hash, fn) =>
  withPage(hostUrl(params, hash), fn, { live: false, waitFor: 'iframe[data-roundtable-briefing]' });

/** The frame of the iframe `sel` once the app in it is live (embed.html). */
async function liveFrame(page, sel = '#rb') {
  const frame = await (await page.waitForSelector(sel)).contentFrame();
  await waitLive(frame);
  return frame;
}

async function requireBuild() {
  for (const f of ['embed.html', 'embed-parent.js']) {
    await stat(join(DIST, f)).catch(() => assert.fail(`dist/${f} is missing: the release build must write it`));
  }
}

/** The iframe's box (content height, inline style) and its document's heights. */
async function measure(page, sel = '#rb') {
  const box = await page.$eval(sel, (f) => ({ client: f.clientHeight, style: f.style.height }));
  const doc = await page
    .frameLocator(sel)
    .locator(':root')
    .evaluate((html) => ({ scroll: html.scrollHeight, content: Math.ceil(html.getBoundingClientRect().height) }));
  return { ...box, ...doc };
}

/**
 * Posts a marker from `frame` (or the host itself) to the host page and waits
 * until the host has dispatched it: every message `frame` posted before it
 * has been handled by then. The marker's listener goes around the spy's
 * count of `message` listeners.
 */
async function flush(page, frame = page.mainFrame()) {
  const id = `flush-${Math.random()}`;
  await page.evaluate((id) => {
    const flushed = (window.__flushed ??= new Set());
    const heard = (e) => {
      if (e.data?.flush !== id) return;
      flushed.add(id);
      EventTarget.prototype.removeEventListener.call(window, 'message', heard);
    };
    EventTarget.prototype.addEventListener.call(window, 'message', heard);
  }, id);
  await frame.evaluate((id) => (window === parent ? window : parent).postMessage({ flush: id }, '*'), id);
  await page.waitForFunction((id) => window.__flushed.has(id), id, { timeout: STATE_TIMEOUT });
}

/**
 * Waits until whatever height the iframe `sel`'s child had to report has
 * been handled: the page renders two frames (the child's ResizeObserver
 * reports in the rendering of the first) and the host has dispatched
 * everything the child posted until then.
 */
async function heightReported(page, sel) {
  const frame = await (await page.$(sel)).contentFrame();
  await nextFrames(page, 2);
  await flush(page, frame);
}

/**
 * Waits until the iframe's height differs from `previous` and equals both its
 * document's scrollHeight and its root element's height (±2 px: the frame is
 * neither cut off nor taller than its content), and stays so once the child
 * has reported whatever it had to (`heightReported`); fails with the figures.
 */
async function settledHeight(page, previous, what, sel = '#rb') {
  const fits = (m) => m.client !== previous && Math.abs(m.client - m.scroll) <= 2 && Math.abs(m.client - m.content) <= 2;
  let last;
  const ok = await poll(
    async () => {
      try {
        last = await measure(page, sel);
        if (!fits(last)) return false;
        const seen = last.client;
        await heightReported(page, sel);
        last = await measure(page, sel);
        return fits(last) && last.client === seen;
      } catch {
        return false; // the frame is navigating (a src changed): measure again
      }
    },
    { interval: 60 },
  );
  assert.ok(ok, `${what}: the iframe height should change from ${previous}px and equal the frame's scrollHeight; got ${JSON.stringify(last)}`);
  return last.client;
}

/** Adds an iframe registered for the parent script (`data-roundtable-briefing`, 900 px tall) to the host's article, after the script ran. */
const addRegisteredFrame = (page, id, src) =>
  page.evaluate(
    ([id, src]) => {
      const f = document.createElement('iframe');
      f.id = id;
      f.setAttribute('data-roundtable-briefing', '');
      f.height = '900';
      f.src = src;
      document.querySelector('main').append(f);
    },
    [id, src],
  );

/** Clicks a toggle button of the live app in a frame and waits until it reports aria-pressed=true. */
async function press(locator, what) {
  await locator.click();
  const ok = await poll(async () => (await pressed(locator)) === 'true');
  assert.ok(ok, `${what} is pressed after a click`);
}

const spyMessages = (page) => page.evaluate(() => window.__spy.messages);

/** Runs in a browser frame: posts every malformed height message (and, if `valid`, a correct one) to `target`. */
function postForgeries([valid]) {
  const T = 'roundtable-briefing:height';
  const target = window === parent ? window : parent;
  const arrayish = Object.assign([T, 500], { type: T, height: 500 });
  const payloads = [
    { type: T, height: -5 },
    { type: T, height: 0 },
    { type: T, height: -0 },
    { type: T, height: 1e9 },
    { type: T, height: 50001 },
    { type: T, height: NaN },
    { type: T, height: Infinity },
    { type: T, height: -Infinity },
    { type: T, height: '500' },
    { type: T, height: '500px' },
    { type: T, height: true },
    { type: T, height: null },
    { type: T, height: [500] },
    { type: T, height: { value: 500 } },
    { type: T, height: new Number(500) },
    { type: T, height: 500n },
    { type: T },
    JSON.stringify({ type: T, height: 500 }),
    `${T}:500`,
    { type: 'roundtable-briefing:size', height: 500 },
    { type: 'embed-size', sentinel: 'amp', height: 500 },
    { type: T.toUpperCase(), height: 500 },
    { height: 500 },
    [T, 500],
    arrayish,
    null,
    undefined,
    500,
    new Map([['type', T], ['height', 500]]),
    'pymxPYMxrbxPYMxheightxPYMx500',
  ];
  if (valid) payloads.push({ type: T, height: 500 }, { type: T, height: 321.2 });
  for (const p of payloads) target.postMessage(p, '*');
  return payloads.length;
}

test('parent script (fake child): the iframe takes the height its child reports, also iframes added later', async () => {
  await withHost(fakeParams(), '', async ({ page, problems }) => {
    const first = await settledHeight(page, 1400, 'on load');
    assert.equal((await measure(page)).style, `${first}px`, 'set through the inline style (CSSOM)');
    await page.frameLocator('#rb').locator('#grow').click();
    const grown = await settledHeight(page, first, 'after the content grew');
    assert.ok(grown > first, `grew from ${first} to ${grown}`);

    // An iframe added after the script ran is handled too (looked up per message).
    await addRegisteredFrame(page, 'late', `${t.child.url}fake/child.html?late`);
    await settledHeight(page, 900, 'an iframe added later', '#late');
    // A fractional height is rounded up.
    const rb = page.frames().find((f) => f.url() === `${t.child.url}fake/child.html`);
    await rb.evaluate(() => parent.postMessage({ type: 'roundtable-briefing:height', height: 432.1 }, '*'));
    await page.waitForFunction(() => document.querySelector('#rb').style.height === '433px', undefined, { timeout: STATE_TIMEOUT });
    assert.deepEqual(problems, []);
  });
});

test('parent script (fake child): forged and malformed messages never change the height', async () => {
  const params = fakeParams({
    forger: `${t.other.url}fake/child.html?forger`, // another origin
    plain: `${t.child.url}fake/child.html?plain`, // right origin, not registered
  });
  await withHost(params, '', async ({ page, problems }) => {
    const settled = await settledHeight(page, 1400, 'on load');
    const styleBefore = (await measure(page)).style;
    const frameOf = (suffix) => page.frames().find((f) => f.url().endsWith(suffix));

    // 1. The registered child itself, with malformed payloads only.
    const rb = frameOf('fake/child.html');
    await rb.evaluate(postForgeries, [false]);
    await flush(page, rb);
    // 2. A frame on another origin, 3. a frame on the right origin that is not registered,
    // 4. the host page itself: every payload, correct ones included.
    for (const sender of [frameOf('?forger'), frameOf('?plain'), page.mainFrame()]) {
      assert.ok(sender, 'sender frame found');
      await sender.evaluate(postForgeries, [true]);
      await flush(page, sender);
    }
    // 5. A registered iframe whose document is on another origin than its src.
    await addRegisteredFrame(page, 'moved', `${t.child.url}fake/redirect.html`);
    await page.waitForFunction(
      (o) => {
        const index = [...document.querySelectorAll('iframe')].indexOf(document.querySelector('#moved'));
        return window.__spy.messages.some((m) => m.frame === index && m.origin === o);
      },
      t.other.origin,
      { timeout: STATE_TIMEOUT },
    );
    const moved = await (await page.$('#moved')).contentFrame();
    assert.ok(moved.url().startsWith(t.other.url), `the redirect landed on the other origin (${moved.url()})`);
    await moved.evaluate(postForgeries, [true]);
    await flush(page, moved);

    const after = await measure(page);
    assert.equal(after.style, styleBefore, 'the registered iframe kept its height');
    assert.equal(after.client, settled);
    assert.equal(await page.$eval('#moved', (f) => f.style.height), '', 'the iframe whose document moved to another origin was never resized');
    assert.equal(await page.$eval('#forger', (f) => f.style.height), '');
    assert.equal(await page.$eval('#plain', (f) => f.style.height), '');
    const received = await spyMessages(page);
    assert.ok(received.length > 4 * 30, `the host did receive the forgeries (${received.length} messages)`);

    // The listener is alive: the same correct message from the child is obeyed.
    await rb.evaluate(() => parent.postMessage({ type: 'roundtable-briefing:height', height: 777 }, '*'));
    await page.waitForFunction(() => document.querySelector('#rb').style.height === '777px', undefined, { timeout: STATE_TIMEOUT });
    assert.deepEqual(problems, [], 'nothing throws on any payload');
  });
});

// Fuzzing the parent script's message check (issue #8: hostile input at
// scale). Seeded, so a failure replays. The registered child posts payloads
// that are all invalid by construction; the host page and a frame on another
// origin post valid-looking ones, which must be ignored because of who sent them.
const FUZZ_CASES = 5000;

function postFuzz([cases, seed, fromRightSender]) {
  let x = seed >>> 0;
  const rand = () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const badHeights = [0, -1, -rand() * 1e6, 50000.5, 1e9, 1e309, -1e309, NaN, Infinity, '500', '1e3', null,
    undefined, true, [], [500], { valueOf: () => 500 }, 10n ** 30n, '', ' 500', '0x1F4', -0];
  const types = ['roundtable-briefing:height', 'roundtable-briefing:heighT', 'ROUNDTABLE-BRIEFING:HEIGHT',
    'roundtable-briefing:height ', 'embed-size', 'height', '__proto__', '', null, 42, '\u202eroundtable-briefing:height'];
  const goodHeight = () => 1 + Math.floor(rand() * 49999);
  let posted = 0;
  for (let i = 0; i < cases; i++) {
    let msg;
    if (fromRightSender) {
      // Invalid by construction: a bad height with the right type, or a wrong type, or not an object.
      switch (Math.floor(rand() * 5)) {
        case 0: msg = { type: 'roundtable-briefing:height', height: pick(badHeights) }; break;
        case 1: msg = { type: pick(types.slice(1)), height: goodHeight() }; break;
        case 2: msg = JSON.stringify({ type: 'roundtable-briefing:height', height: goodHeight() }); break;
        case 3: msg = `pymxPYMxrbxPYMxheightxPYMx${goodHeight()}`; break;
        default: msg = pick([null, 0, 'x'.repeat(Math.floor(rand() * 5000)), [goodHeight()], new ArrayBuffer(8)]);
      }
    } else {
      msg = { type: 'roundtable-briefing:height', height: goodHeight() };
    }
    try {
      parent.postMessage(msg, '*');
      posted++;
    } catch {
      // Some values (e.g. with functions) cannot be cloned: never delivered.
    }
  }
  return posted;
}

test(`parent script (fake child): ${FUZZ_CASES} random messages per sender never change the height`, async () => {
  await withHost(fakeParams({ forger: `${t.other.url}fake/child.html?forger` }), '', async ({ page, problems }) => {
    const settled = await settledHeight(page, 1400, 'on load');
    const styleBefore = (await measure(page)).style;
    const rb = page.frames().find((f) => f.url().endsWith('fake/child.html'));
    const forger = page.frames().find((f) => f.url().endsWith('?forger'));
    const counts = {};
    counts['registered child, invalid payloads'] = await rb.evaluate(postFuzz, [FUZZ_CASES, 1, true]);
    await flush(page, rb);
    counts['another origin, valid-looking'] = await forger.evaluate(postFuzz, [FUZZ_CASES, 2, false]);
    await flush(page, forger);
    counts['host page, valid-looking'] = await page.evaluate(postFuzz, [FUZZ_CASES, 3, false]);
    await flush(page, page.mainFrame());
    console.log(`parent-script fuzz: ${JSON.stringify(counts)}`);
    for (const [who, n] of Object.entries(counts)) assert.ok(n >= FUZZ_CASES * 0.95, `${who}: ${n} messages posted`);
    const after = await measure(page);
    assert.equal(after.style, styleBefore, 'the height never changed');
    assert.equal(after.client, settled);
    assert.deepEqual(problems, [], 'nothing throws on any payload');
  });
});

test('parent script: included twice, it listens once and adds one global', async () => {
  await withHost(fakeParams({ twice: 1 }), '', async ({ page, problems }) => {
    await settledHeight(page, 1400, 'on load');
    const spy = await page.evaluate(() => ({
      listeners: window.__spy.messageListeners,
      global: window.RoundtableBriefingParent,
      keys: Object.keys(window).filter((k) => /roundtable|briefing|^rb/i.test(k)),
    }));
    assert.equal(spy.listeners, 1, 'one message listener for three inclusions');
    assert.deepEqual(spy.keys, ['RoundtableBriefingParent']);
    assert.equal(typeof spy.global.version, 'string');
    assert.deepEqual(problems, []);
  });
});

test('parent script (fake child): state mirroring is opt-in, validated, and uses replaceState', async () => {
  const rbFrame = async (page) => (await page.$('#rb')).contentFrame();
  const post = async (page, data) => (await rbFrame(page)).evaluate((d) => parent.postMessage(d, '*'), data);

  // Without the opt-in the host URL is never touched.
  await withHost(fakeParams(), '', async ({ page }) => {
    await settledHeight(page, 1400, 'on load');
    await post(page, { type: STATE, fragment: 'country=kz' });
    await flush(page, await rbFrame(page));
    assert.equal(page.url(), hostUrl(fakeParams()));
  });
  // With it: #rb=<encoded fragment>, no new history entry; invalid fragments ignored.
  await withHost(fakeParams({ mirror: 1 }), '', async ({ page, problems }) => {
    const url = hostUrl(fakeParams({ mirror: 1 }));
    await settledHeight(page, 1400, 'on load');
    const length = await page.evaluate(() => history.length);
    await post(page, { type: STATE, fragment: 'country=kz&topic=domestic-violence&quote=2' });
    await flush(page, await rbFrame(page));
    assert.equal(page.url(), `${url}#rb=${encodeURIComponent('country=kz&topic=domestic-violence&quote=2')}`);
    const good = page.url();
    for (const fragment of [
      'country=<script>',
      'a b',
      'x#y',
      'é',
      'a'.repeat(2001),
      42,
      null,
      ['country=ru'],
      { toString: 'country=ru' },
    ]) {
      await post(page, { type: STATE, fragment });
    }
    await post(page, JSON.stringify({ type: STATE, fragment: 'country=ru' }));
    await post(page, { type: 'roundtable-briefing:State', fragment: 'country=ru' });
    await page.evaluate(() => postMessage({ type: 'roundtable-briefing:state', fragment: 'country=ru' }, '*'));
    await flush(page, await rbFrame(page));
    await flush(page);
    assert.equal(page.url(), good, 'invalid or forged state messages are ignored');
    await post(page, { type: STATE, fragment: 'a'.repeat(2000) });
    await flush(page, await rbFrame(page));
    assert.equal(page.url(), `${url}#rb=${'a'.repeat(2000)}`, '2000 characters are accepted');
    assert.equal(await page.evaluate(() => history.length), length, 'replaceState: no new history entry');
    assert.deepEqual(problems, []);
  });
  // On start a host #rb=… is passed on to the opted-in iframe only; a bad one is not.
  const fragment = 'country=kz&quote=2';
  const passedOn = fakeParams({ mirror: 1, plain: `${t.child.url}fake/child.html?plain` });
  await withHost(passedOn, `#rb=${encodeURIComponent(fragment)}`, async ({ page }) => {
    await page.waitForFunction(() => document.querySelector('#rb').src.includes('#'), undefined, { timeout: STATE_TIMEOUT });
    assert.equal(new URL(await page.$eval('#rb', (f) => f.src)).hash, `#${fragment}`);
    const childHash = () => rbFrame(page).then((f) => f.evaluate(() => location.hash)).catch(() => null);
    await poll(async () => (await childHash()) === `#${fragment}`);
    assert.equal(await childHash(), `#${fragment}`, 'the child document has the fragment');
    assert.equal(new URL(await page.$eval('#plain', (f) => f.src)).hash, '', 'an iframe without the attributes is left alone');
  });
  for (const bad of ['#rb=%3Cscript%3E', '#rb=%E0%A4%A', '#rb=']) {
    await withHost(fakeParams({ mirror: 1 }), bad, async ({ page }) => {
      await settledHeight(page, 1400, `on load with ${bad}`);
      assert.equal(new URL(await page.$eval('#rb', (f) => f.src)).hash, '', `${bad} is not passed on`);
    });
  }
  await withHost(fakeParams(), '#rb=country%3Dkz', async ({ page }) => {
    await settledHeight(page, 1400, 'on load without the opt-in');
    assert.equal(new URL(await page.$eval('#rb', (f) => f.src)).hash, '', 'without the opt-in the src is left alone');
  });
});

test('embed.html: the iframe height follows its content (load, filter, "Show table")', async () => {
  await requireBuild();
  await withHost({ child: `${t.child.url}embed.html?country=all` }, '', async ({ page, problems }) => {
    const frame = await liveFrame(page);
    const first = await settledHeight(page, 1400, 'on load');
    await press(frame.locator('[data-testid=country-kz]'), 'Kazakhstan (inside the frame)');
    await settled(frame); // the sections follow the filter one frame later
    // (Compared with the frame's own content, not asked to be shorter: which
    // sections a filter shortens is the filter tests' business.)
    const filtered = await settledHeight(page, first, 'after the Kazakhstan filter');
    const table = frame.locator('[data-testid=data-table]').filter({ visible: true }).first();
    await table.locator('summary').click();
    assert.equal(await table.getAttribute('open'), '', '"Show table" opened');
    await settledHeight(page, filtered, 'after opening "Show table"');
    assert.deepEqual(problems, []);
  });
});

test('embed.html: forged messages from the host and another frame leave the real child\'s height alone', async () => {
  await requireBuild();
  const params = { child: `${t.child.url}embed.html`, forger: `${t.other.url}fake/child.html?forger`, spy: 1 };
  await withHost(params, '', async ({ page }) => {
    await liveFrame(page);
    const settled = await settledHeight(page, 1400, 'on load');
    const forger = page.frames().find((f) => f.url().includes('?forger'));
    await forger.evaluate(postForgeries, [true]);
    await flush(page, forger);
    await page.evaluate(postForgeries, [true]);
    await flush(page);
    assert.equal((await measure(page)).client, settled);
  });
});

test('embed.html posts AMP\'s embed-size always and Pym\'s height message only with childId', async () => {
  await requireBuild();
  const pymParams = new URLSearchParams({ initialWidth: '1280', childId: 'rb-pym-1', parentTitle: 'Host page', parentUrl: 'http://news.example/' });
  const params = { child: `${t.child.url}embed.html?${pymParams}`, plain: `${t.child.url}embed.html`, spy: 1 };
  await withHost(params, '', async ({ page, problems }) => {
    const frames = [await liveFrame(page, '#plain'), await liveFrame(page, '#rb')];
    await settledHeight(page, 1400, 'on load');
    const ours = (m, frame) => m.frame === frame && m.origin === t.child.origin;
    // Both frames have reported their height: ours and AMP's message, and Pym's where asked for.
    await poll(async () => {
      const all = await spyMessages(page);
      const pym = all.filter((m) => ours(m, 1) && typeof m.data === 'string');
      const amp = all.filter((m) => ours(m, 1) && m.data?.sentinel === 'amp');
      const ampPlain = all.filter((m) => ours(m, 0) && m.data?.sentinel === 'amp');
      return pym.length && amp.length && ampPlain.length;
    });
    // Everything either frame posted until now has reached the host (the three messages of a report arrive one by one).
    for (const frame of frames) await flush(page, frame);
    const all = await spyMessages(page);
    const from = (frame) => all.filter((m) => ours(m, frame));
    const pym = from(1).filter((m) => typeof m.data === 'string');
    assert.ok(pym.length > 0, `Pym height message posted (got ${JSON.stringify(from(1).map((m) => m.data))})`);
    for (const { data } of pym) assert.match(data, /^pymxPYMxrb-pym-1xPYMxheightxPYMx[1-9]\d*$/);
    for (const frame of [0, 1]) {
      const amp = from(frame).filter((m) => m.data?.sentinel === 'amp');
      assert.ok(amp.length > 0, `AMP embed-size posted by frame ${frame}`);
      for (const { data } of amp) {
        assert.equal(data.type, 'embed-size');
        assert.ok(Number.isInteger(data.height) && data.height > 0, `AMP height ${data.height} is a positive integer`);
      }
      const own = from(frame).filter((m) => m.data?.type === HEIGHT);
      assert.ok(own.length > 0, 'the roundtable-briefing:height message is posted too');
      for (const { data } of own) {
        assert.equal(typeof data, 'object', 'an object, not JSON text');
        assert.ok(Number.isInteger(data.height) && data.height > 0, `height ${data.height} is a positive integer`);
      }
    }
    assert.deepEqual(from(0).filter((m) => typeof m.data === 'string'), [], 'no Pym message without childId');
    const lastPym = Number(pym.at(-1).data.split('xPYMx').at(-1));
    const lastOwn = from(1).filter((m) => m.data?.type === HEIGHT).at(-1).data.height;
    assert.equal(lastPym, lastOwn, 'Pym and our message report the same height');
    assert.deepEqual(problems, []);
  });
});

test('embed.html: a deep link opens filtered without touching the host URL; opt-in mirroring writes #rb=', async () => {
  await requireBuild();
  const countryRu = /(^|&)country=ru(&|$)/;
  {
    const params = { child: `${t.child.url}embed.html#country=kz` };
    await withHost(params, '', async ({ page, problems }) => {
      const frame = await liveFrame(page);
      const length = await page.evaluate(() => history.length);
      await poll(async () => (await pressed(frame, 'country-kz')) === 'true');
      assert.equal(await pressed(frame, 'country-kz'), 'true', 'opens filtered to Kazakhstan');
      await press(frame.locator('[data-testid=country-ru]'), 'Russia (inside the frame)');
      // The frame has written Russia into its own URL (after the next paint), and the host has
      // handled every message the frame posted until then: a write to the host URL had its chance.
      await frame.waitForFunction((re) => new RegExp(re).test(location.hash.slice(1)), countryRu.source, { timeout: STATE_TIMEOUT });
      await flush(page, frame);
      assert.equal(page.url(), hostUrl(params), 'the host URL is unchanged');
      assert.equal(await page.evaluate(() => history.length), length, 'the host history has no new entries');
      assert.deepEqual(problems, []);
    });
  }
  {
    const params = { child: `${t.child.url}embed.html`, mirror: 1 };
    await withHost(params, '', async ({ page, problems }) => {
      const frame = await liveFrame(page);
      await press(frame.locator('[data-testid=country-ru]'), 'Russia (inside the frame)');
      // Until the host mirrors the frame's fragment, which the frame writes after the next paint.
      const childHash = () => frame.evaluate(() => location.hash.slice(1));
      await poll(async () => {
        const own = await childHash();
        return countryRu.test(own) && new URL(page.url()).hash === `#rb=${encodeURIComponent(own)}`;
      });
      const mirrored = new URL(page.url()).hash.startsWith('#rb=');
      assert.ok(mirrored, `the host URL gets #rb=… (is ${page.url()})`);
      const fragment = decodeURIComponent(new URL(page.url()).hash.slice(4));
      assert.match(fragment, countryRu);
      const own = await childHash();
      assert.equal(fragment, own, 'the host mirrors the child\'s own fragment');
      assert.equal(page.url(), `${hostUrl(params)}#rb=${encodeURIComponent(own)}`);
      assert.deepEqual(problems, []);
    });
  }
  {
    // A shared host link with #rb=… opens the iframe in that state.
    const params = { child: `${t.child.url}embed.html`, mirror: 1 };
    await withHost(params, `#rb=${encodeURIComponent('country=kz')}`, async ({ page, problems }) => {
      const frame = await liveFrame(page);
      const ok = await poll(async () => (await pressed(frame, 'country-kz')) === 'true');
      assert.ok(ok, 'the iframe opens filtered to Kazakhstan');
      assert.deepEqual(problems, []);
    });
  }
});
