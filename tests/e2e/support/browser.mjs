// The browser side of the end-to-end tests: Debian's Chromium (never a
// downloaded one), one per test file, and pages opened in fresh contexts
// that are always closed, with their console errors and requests recorded.
//
// E2E_CPU_THROTTLE=N (scripts/e2e --throttle N) slows every page of every
// context N times through the DevTools protocol, as Lighthouse does for
// phones: the suite must pass on a machine that slow.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { ARTIFACTS } from './paths.mjs';
import { waitLive } from './waits.mjs';

/** The CPU slowdown every page runs under (1: none). */
export const CPU_THROTTLE = (() => {
  const raw = process.env.E2E_CPU_THROTTLE ?? '1';
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate < 1 || rate > 20) {
    throw new Error(`E2E_CPU_THROTTLE="${raw}": expected a number from 1 (no throttling) to 20`);
  }
  return rate;
})();

/** Applies CPU_THROTTLE to `page`, once: every caller awaits the same call. */
const throttled = new WeakMap();
function throttle(context, page) {
  if (CPU_THROTTLE === 1) return Promise.resolve();
  if (!throttled.has(page)) {
    throttled.set(
      page,
      context.newCDPSession(page).then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })),
    );
  }
  return throttled.get(page);
}

/** Launches Debian's Chromium headless, with no background network traffic. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (CPU_THROTTLE > 1) {
    // Every page of every context, whoever opens it: the test (newPage, awaited
    // so the first navigation is throttled too) or the page itself (a popup).
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      const newPage = context.newPage.bind(context);
      context.newPage = async () => {
        const page = await newPage();
        await throttle(context, page);
        return page;
      };
      context.on('page', (page) => throttle(context, page).catch(() => {}));
      return context;
    };
  }
  return browser;
}

let current = null;

/**
 * Registers the test file's `before`/`after` pair: launches one browser,
 * starts the named servers (`{ name: async () => server }`, started in
 * order, closed in reverse) and creates the artifacts folder. Returns an
 * object whose `browser` and server properties are set once `before` has run.
 *
 * Node 20 runs a file's top-level `before` hooks concurrently, so a second
 * `before` in the same file cannot count on these: compute further fixtures
 * lazily, inside the tests, memoised (`const x = () => (cached ??= make())`).
 */
export function useBrowser(servers = {}) {
  const fixture = { browser: null };
  const started = [];
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [name, start] of Object.entries(servers)) {
      fixture[name] = await start();
      started.push(fixture[name]);
    }
    fixture.browser = await launchBrowser();
    current = fixture;
  });
  after(async () => {
    await fixture.browser?.close();
    for (const server of started.reverse()) await server.close();
    current = null;
  });
  return fixture;
}

/**
 * Opens `url` in a fresh context and page and collects console errors, page
 * errors, HTTP errors and every requested URL. Options (all optional):
 * - `width`, `height`, `colorScheme` (`light`), `reducedMotion` (`no-preference`),
 *   `javaScriptEnabled` (true), `context` (more newContext options);
 * - `setup(page, context)`: runs before the page loads (e.g. recordCspViolations);
 *   what it returns is `extra`;
 * - `live` (true): wait until the app has taken over every briefing of the
 *   page (`waitLive`); a number: at least that many briefings (two elements);
 *   false: do not wait (JavaScript off, an app meant to fail, a host page whose
 *   briefing is in a frame);
 * - `waitFor`: a selector to wait for as well.
 */
export async function openPage(browser, url, options = {}) {
  const {
    width = 1280,
    height = 900,
    colorScheme = 'light',
    reducedMotion = 'no-preference',
    javaScriptEnabled = true,
    context: contextOptions = {},
    setup = null,
    live = javaScriptEnabled,
    waitFor = null,
  } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    reducedMotion,
    javaScriptEnabled,
    ...contextOptions,
  });
  const page = await context.newPage();
  const extra = setup ? await setup(page, context) : undefined;
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(url);
  if (live) await waitLive(page, { count: live === true ? 1 : live });
  if (waitFor) await page.waitForSelector(waitFor);
  return { page, context, problems, requests, extra };
}

/**
 * Opens `url` like `openPage` (in the browser of this file's `useBrowser`),
 * runs `fn({ page, context, problems, requests, extra })` and closes the
 * context whatever happens. Returns what `fn` returns.
 */
export async function withPage(url, fn, options = {}) {
  if (!current) throw new Error('withPage: call useBrowser() at the top of the test file first');
  const contexts = [];
  // The context is closed even when opening the page fails (a wait timing out).
  const browser = {
    newContext: async (o) => {
      const context = await current.browser.newContext(o);
      contexts.push(context);
      return context;
    },
  };
  try {
    return await fn(await openPage(browser, url, options));
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
}

/**
 * Records every `securitypolicyviolation` event of `page` (or of every page
 * of a context) in every frame, cross-origin iframes included, from the
 * first script on. Call it before navigating; returns the live array of
 * `{ frame, directive, blocked, source, line, sample }`.
 */
export async function recordCspViolations(target) {
  const violations = [];
  await target.exposeBinding('__rbReportCspViolation', ({ frame }, v) => {
    violations.push({ frame: frame?.url(), ...v });
  });
  await target.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) =>
        globalThis.__rbReportCspViolation?.({
          directive: e.effectiveDirective || e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          disposition: e.disposition,
        }),
      true,
    );
  });
  return violations;
}
