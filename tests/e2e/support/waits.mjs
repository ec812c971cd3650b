// Waiting on states, never on a clock. Each helper names the state it waits
// for; the timeouts are only how long a broken build may take to fail, so
// they are generous enough for a machine several times slower than ours
// (and for E2E_CPU_THROTTLE runs).
import assert from 'node:assert/strict';

/** How long a state may take to appear before the test fails. */
export const STATE_TIMEOUT = 20_000;

/** Polls `fn` (an async predicate) until it returns a truthy value; returns it, or the last value on timeout. */
export async function poll(fn, { timeout = STATE_TIMEOUT, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last || Date.now() > end) return last;
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

// Runs in the page (so it must be self-contained): finds every briefing of
// the document and of its open shadow roots, and checks one state of them:
// `live`, at least `count` briefings all mounted by the app (`data-rb-live`
// on the element it mounted into, src/client/mount.rs); or `settled`, none whose
// sections are still catching up with the filter (`aria-busy`).
const BRIEFINGS_ARE = ([state, count]) => {
  const roots = [document];
  const found = [];
  while (roots.length) {
    const root = roots.pop();
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el.getAttribute('data-testid') === 'briefing') found.push(el);
    }
  }
  return state === 'live'
    ? found.length >= count && found.every((el) => el.closest('[data-rb-live]'))
    : found.every((el) => el.getAttribute('aria-busy') !== 'true');
};

/**
 * Waits until the app has taken over every briefing in `target` (a page or
 * a frame; briefings in open shadow roots included): the element it mounted
 * into carries `data-rb-live`. `count` is how many briefings there must be
 * at least (1 by default), so a page whose elements have not yet been
 * upgraded does not count as taken over.
 */
export async function waitLive(target, { count = 1, timeout = STATE_TIMEOUT } = {}) {
  await target.waitForFunction(BRIEFINGS_ARE, ['live', count], { timeout });
}

/** The same wait for a `<roundtable-briefing>` page: every element of the page has a live briefing in its shadow root. */
export async function waitElementsLive(target, selector = 'roundtable-briefing', { timeout = STATE_TIMEOUT } = {}) {
  await target.waitForFunction(
    (selector) => {
      const els = [...document.querySelectorAll(selector)];
      return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[data-rb-live] [data-testid=briefing]'));
    },
    selector,
    { timeout },
  );
}

/**
 * Waits until every briefing in `target` has caught up with its filter: the
 * sections follow the controls one frame later and carry `aria-busy="true"`
 * until then.
 */
export async function settled(target, { timeout = STATE_TIMEOUT } = {}) {
  await target.waitForFunction(BRIEFINGS_ARE, ['settled', 0], { timeout });
}

/**
 * Waits until no CSS animation or transition is running in `target`'s
 * document or any open shadow root (a slide's cross-fade, a hover): what a
 * screenshot or axe's colour-contrast check must not catch half-way. A
 * transition that is about to start is caught too: the wait first lets two
 * frames pass, so style changes made by the last action have been applied.
 */
export async function animationsDone(target, { timeout = STATE_TIMEOUT } = {}) {
  await target.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await target.waitForFunction(
    () => {
      const roots = [document];
      const all = [];
      while (roots.length) {
        const root = roots.pop();
        all.push(...root.getAnimations());
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      return all.every((a) => a.playState !== 'running' && !a.pending);
    },
    undefined,
    { timeout },
  );
}

/**
 * Reads `read()` until it returns `want` (or the time is up) and returns what
 * it read last: `assert.equal(await eventually(() => pressed(b), 'true'), 'true')`
 * waits for a state the last action started and still fails, with the value
 * it found, if that state never comes.
 */
export async function eventually(read, want, { timeout = STATE_TIMEOUT } = {}) {
  let last;
  await poll(async () => (last = await read()) === want, { timeout });
  return last;
}

/**
 * Waits until every console message `page` has logged so far has reached
 * the test: logs a marker and waits for it (console events arrive in order).
 * Count messages ("exactly one warning") only after this.
 */
export async function consoleFlushed(page, { timeout = STATE_TIMEOUT } = {}) {
  const marker = `rb-console-flushed-${Math.random().toString(36).slice(2)}`;
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === marker, timeout });
  await page.evaluate((m) => console.debug(m), marker);
  await seen;
}

/**
 * Lets `target` render two more frames: after a change whose effect must
 * *not* appear (a write to the host's URL, a forged message), the page has
 * had the frame in which it would have appeared, and the one after.
 */
export async function nextFrames(target, frames = 2) {
  await target.evaluate(
    (n) =>
      new Promise((ok) => {
        const step = (left) => (left === 0 ? ok() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    frames,
  );
}

/**
 * Waits until `target` (a page or frame) has loaded what it shows: every
 * stylesheet (document and open shadow roots) applied, the fonts loaded, and
 * every image loaded or failed (an injected `<img onerror>` has its error
 * event queued by then). What a screenshot, a computed style or axe reads.
 */
export async function resourcesLoaded(target, { timeout = STATE_TIMEOUT } = {}) {
  await target.waitForFunction(
    () => {
      const roots = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      const all = roots.flatMap((r) => [...r.querySelectorAll('link[rel~=stylesheet], img')]);
      return document.fonts.status === 'loaded' && all.every((el) => (el.localName === 'img' ? el.complete : el.sheet));
    },
    undefined,
    { timeout },
  );
}

/**
 * Waits until every iframe of `page` (in the document or in a shadow root)
 * holds the document its `src` names, loaded, and the briefing in it, if it
 * has one, is live.
 */
export async function framesLive(page, { timeout = STATE_TIMEOUT } = {}) {
  for (const iframe of await page.locator('iframe').elementHandles()) {
    const src = (await iframe.evaluate((el) => el.src)).split('#')[0];
    const frame = await iframe.contentFrame();
    if (src) await frame.waitForURL((url) => url.href.split('#')[0] === src, { waitUntil: 'load', timeout });
    if (await frame.locator('[data-testid=briefing]').count()) await waitLive(frame, { timeout });
  }
}

/**
 * Waits until everything `page` and its frames started has finished: every
 * iframe loaded and live (`framesLive`), then in each frame the briefings
 * caught up (`settled`), stylesheets, fonts and images loaded
 * (`resourcesLoaded`) and three more frames rendered, so that what the app
 * does after a paint (a request, a write to storage, an injected
 * `<img onerror>` firing) has had its chance.
 */
export async function quiet(page, { timeout = STATE_TIMEOUT } = {}) {
  await framesLive(page, { timeout });
  for (const frame of page.frames()) {
    await settled(frame, { timeout });
    await resourcesLoaded(frame, { timeout });
    await nextFrames(frame, 3);
  }
}

/**
 * Waits until the page's URL fragment is `hash` (the briefing writes it after
 * the next paint, so not synchronously with a click), failing with `message`
 * and the fragment it found otherwise.
 */
export async function expectHash(page, hash, message = 'the URL fragment') {
  try {
    await page.waitForFunction((h) => location.hash === h, hash, { timeout: STATE_TIMEOUT });
  } catch {
    assert.equal(new URL(page.url()).hash, hash, message);
  }
}

/**
 * Waits until the embed-code builder of `page` (builder.html) is live: the
 * full bundle has mounted it (`data-rb-live` on its element, src/client/mount.rs),
 * it is open, and its preview frame holds a live briefing.
 */
export async function builderLive(page, { timeout = STATE_TIMEOUT } = {}) {
  await page.waitForSelector('#roundtable-briefing-builder[data-rb-live] [data-testid=builder][open]', { timeout });
  await page.locator('[data-testid=builder-preview]').waitFor({ state: 'attached', timeout });
  await framesLive(page, { timeout });
}
