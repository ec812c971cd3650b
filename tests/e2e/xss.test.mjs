// End-to-end: hostile data is only ever text (issue #8, point 4).
//
// dist-test/ is the app built from tests/fixtures/hostile.json, whose free
// text (names, roles, summaries, statements, measures, quotes, notes,
// conclusions, paragraph summaries) is script tags, event-handler markup,
// javascript:/data: URLs in several spellings, a template-injection string
// and bidi overrides. On index.html, embed.html and a host page with
// <roundtable-briefing>, after load, after every filter click and with every
// `details` open (the embed-code builder and its preview frame included):
// no script element other than the page's own files, no `on…` attribute, no
// link/frame/form URL outside http(s)/mailto/relative, no svg or img the
// normal build does not have, `alert` never called, and every hostile string
// shown as visible text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST_TEST,
  ROOT,
  animationsDone,
  builderLive,
  framesLive,
  hostPage,
  openEveryDetails,
  poll,
  pressed,
  quiet,
  resourcesLoaded,
  serveDist,
  settled,
  useBrowser,
  withPage,
} from './support/index.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/hostile.json');
const BUILD = 'ROUNDTABLE_DATA=tests/fixtures/hostile.json RB_TEST_HOOKS=1 trunk build --dist dist-test';
const HOSTILE = JSON.parse(await readFile(FIXTURE, 'utf8'));

/** The hostile strings of the fixture; each must show up as visible text. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  '\u202e)1(trela:tpircsavaj',
];

/** The page's own scripts: external files of the build, nothing inline. */
const OWN_SCRIPT = /\/(start-[0-9a-f]+\.js|builder-[0-9a-f]+\.js|embed\.js|embed-parent\.js)$/;

/**
 * Classes that say what state an element is in, not which element it is
 * (filtered out, the current slide, a hidden hint): left out of the svg/img
 * identities compared across builds.
 */
const STATE_CLASS = /^rb-filtered-out$|--(current|hidden)$/;

/** The host page: an article with a <roundtable-briefing>. */
const hostHtml = () => hostPage({ body: '<roundtable-briefing></roundtable-briefing>' });

const PAGES = [
  ['index.html', 'index.html', null],
  ['embed.html', 'embed.html', null],
  ['a host page with <roundtable-briefing>', 'host.html', 'roundtable-briefing'],
];

const t = useBrowser({
  // dist-test/, the hostile build.
  hostile: async () => {
    await stat(join(DIST_TEST, 'index.html')).catch(() => {
      throw new Error(`dist-test/ is missing: build it from the hostile fixture first with\n  ${BUILD}\n(scripts/test does this before the end-to-end tests)`);
    });
    return serveDist({ dist: DIST_TEST, pages: { 'host.html': hostHtml } });
  },
  // dist/, for the svg/img baseline and the outgoing-link check.
  normal: () => serveDist({ pages: { 'host.html': hostHtml } }),
});

test('dist-test/ was built from tests/fixtures/hostile.json', async () => {
  const html = await readFile(join(DIST_TEST, 'index.html'), 'utf8');
  const name = HOSTILE.speakers[0].name;
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  assert.ok(
    html.includes(escaped) || html.includes(name.replace(/</g, '&lt;')),
    `dist-test/index.html holds the fixture's first speaker name (${JSON.stringify(name)}), escaped; rebuild with\n  ${BUILD}`,
  );
  assert.ok(!html.includes('<script>alert(1)</script>'), 'and never as markup');
});

/**
 * Runs in the page (every frame): every element of the document and of every
 * shadow root, and what is wrong with it. svg/img elements are listed by a
 * stable identity (tag and classes of the element and its parent, state
 * classes left out), so a list does not depend on the filter.
 */
function auditInPage({ ownScript, stateClass }) {
  const roots = [];
  const walk = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
  const state = new RegExp(stateClass);
  const describe = (el, keep) => {
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? `${root.host.tagName.toLowerCase()}::shadow ` : '';
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter((c) => c && keep(c)) : [];
    return `${host}${el.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}`;
  };
  const where = (el) => describe(el, () => true);
  const identity = (el) => describe(el, (c) => !state.test(c));
  const re = new RegExp(ownScript);
  const scripts = all.filter((el) => el.localName === 'script');
  const badScripts = scripts
    .filter((s) => !(s.hasAttribute('src') && new URL(s.src, document.baseURI).origin === location.origin && re.test(new URL(s.src).pathname) && s.textContent.trim() === ''))
    .map((s) => `${where(s)} src=${s.getAttribute('src')} text=${JSON.stringify(s.textContent.slice(0, 80))}`);
  const handlers = all.flatMap((el) =>
    [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${where(el)} ${a.name}=${JSON.stringify(a.value)}`),
  );
  const URL_ATTRS = [
    ['a', 'href'],
    ['area', 'href'],
    ['iframe', 'src'],
    ['form', 'action'],
    ['frame', 'src'],
    ['embed', 'src'],
    ['object', 'data'],
    ['button', 'formaction'],
    ['input', 'formaction'],
  ];
  const badUrls = [];
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of all.filter((e) => e.localName === tag && e.hasAttribute(attr))) {
      const raw = el.getAttribute(attr);
      let protocol;
      try {
        protocol = new URL(raw, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) badUrls.push(`${where(el)} ${attr}=${JSON.stringify(raw)} (${protocol})`);
    }
  }
  const srcdoc = all.filter((e) => e.localName === 'iframe' && e.hasAttribute('srcdoc')).map((e) => `${where(e)} srcdoc`);
  const graphics = all
    .filter((el) => el.localName === 'svg' || el.localName === 'img')
    .map((el) => `${el.parentElement ? identity(el.parentElement) : '(root)'} > ${identity(el)}`)
    .sort();
  return { scripts: scripts.length, badScripts, handlers, badUrls: [...badUrls, ...srcdoc], graphics, xss: window.__xss === true };
}

/** Audits every frame of `page`; returns the problems found and the svg/img list of every frame. */
async function audit(page) {
  const problems = [];
  let graphics = [];
  for (const frame of page.frames()) {
    const r = await frame.evaluate(auditInPage, { ownScript: OWN_SCRIPT.source, stateClass: STATE_CLASS.source });
    const url = new URL(frame.url());
    const at = frame === page.mainFrame() ? '' : ` [frame ${url.pathname}${url.search}]`; // no port: compared across servers
    for (const s of r.badScripts) problems.push(`script element not from the build${at}: ${s}`);
    for (const h of r.handlers) problems.push(`event-handler attribute${at}: ${h}`);
    for (const u of r.badUrls) problems.push(`URL outside http(s)/mailto/relative${at}: ${u}`);
    if (r.xss) problems.push(`window.__xss set${at}: alert() was called`);
    graphics.push(...r.graphics.map((g) => `${at}${g}`));
  }
  return { problems, graphics };
}

/** A locator scope for the briefing: the page, or the custom element (Playwright pierces its shadow root). */
const scopeOf = (page, where) => (where ? page.locator(where) : page);

/**
 * `openPage`'s `setup`: alert() (and friends) record instead of showing, and
 * dialogs, page errors and console errors are logged. Returns the log.
 */
async function trapAlerts(page, context) {
  await context.addInitScript(() => {
    window.__xss = false;
    const hit = () => {
      window.__xss = true;
    };
    window.alert = hit;
    window.confirm = hit;
    window.prompt = hit;
  });
  const log = [];
  page.on('dialog', (d) => {
    log.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log.push(`console error: ${m.text()}`));
  return log;
}

/**
 * Opens `path` on `server` with alerts trapped (and, with JavaScript, the app
 * live; on builder.html, which has no briefing of its own, the builder and
 * its preview), runs `fn({ page, log })`.
 */
function withTrappedPage(server, path, fn, { javaScriptEnabled = true } = {}) {
  const builder = path === 'builder.html' && javaScriptEnabled;
  return withPage(
    `${server.url}${path}`,
    async ({ page, extra: log }) => {
      if (builder) await builderLive(page);
      return fn({ page, log });
    },
    { setup: trapAlerts, javaScriptEnabled, live: builder ? false : javaScriptEnabled },
  );
}

/**
 * Load, every filter, theme and slide button, then every `details` opened:
 * `step(label)` after each, once the briefing has caught up (`settled`).
 * Ends on All / All with everything open.
 */
async function interact(page, where, step) {
  const scope = scopeOf(page, where);
  await resourcesLoaded(page);
  await step('after load');
  const ids = await scope.locator('[data-testid=controls] button[data-testid]').evaluateAll((els) => els.map((e) => e.dataset.testid));
  // Both slides first (a filter may leave no quote to page through), then every filter, then back to All.
  const order = ['slide-next', 'slide-previous', ...ids.filter((id) => id !== 'clear-filters'), 'country-all', 'topic-all', 'theme-auto'];
  for (const id of order) {
    const button = scope.locator(`[data-testid="${id}"]`).first();
    assert.equal(await button.count(), 1, `${id} is on the page`);
    if (/^slide-/.test(id)) assert.ok(await button.isVisible(), `${id} is visible`);
    if (await button.isDisabled()) continue;
    await button.click();
    if (/^(country|topic|theme)-/.test(id)) {
      await poll(async () => (await button.getAttribute('aria-pressed')) === 'true');
      assert.equal(await button.getAttribute('aria-pressed'), 'true', `${id} is pressed after a click`);
    }
    // The sections follow a filter one frame later: read them once they have.
    await settled(page);
    await step(`after clicking ${id}`);
  }
  // Every details element, in the document and in shadow roots (the builder's preview frame loads).
  await openEveryDetails(page);
  // An injected <img onerror> or <svg onload> fires once its image has loaded or failed, or
  // when it is inserted: every image is complete, and more frames have run.
  await quiet(page);
  await step('with every details open');
}

/**
 * Visible text nodes of the document and its shadow roots (in every frame),
 * once no transition is under way (`scripts: false`: a page with JavaScript
 * off, where frames cannot be awaited and nothing animates).
 */
async function visibleTexts(page, { scripts = true } = {}) {
  const texts = [];
  for (const frame of page.frames()) {
    if (scripts) await animationsDone(frame);
    texts.push(
      ...(await frame.evaluate(() => {
        const out = [];
        const walk = (root) => {
          const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = it.nextNode(); n; n = it.nextNode()) {
            const el = n.parentElement;
            if (el && n.data.trim() && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.push(n.data);
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return out;
      })),
    );
  }
  return texts;
}

for (const [what, path, where] of PAGES) {
  test(`${what}: hostile data renders as text, never as markup, script or URL`, async () => {
    // The normal build, same clicks: which svg/img elements the app itself draws.
    const baseline = [];
    await withTrappedPage(t.normal, path, ({ page }) =>
      interact(page, where, async (label) => baseline.push([label, (await audit(page)).graphics])),
    );

    await withTrappedPage(t.hostile, path, async ({ page, log }) => {
      const problems = [];
      let i = 0;
      let scripts = null;
      await interact(page, where, async (label) => {
        const { problems: found, graphics } = await audit(page);
        problems.push(...found.map((p) => `${label}: ${p}`));
        const [baseLabel, baseGraphics] = baseline[i++] ?? [];
        assert.equal(label, baseLabel, 'the same steps as on the normal build');
        if (JSON.stringify(graphics) !== JSON.stringify(baseGraphics)) {
          const extra = graphics.filter((g) => !baseGraphics.includes(g));
          const gone = baseGraphics.filter((g) => !graphics.includes(g));
          problems.push(
            `${label}: svg/img elements differ from the normal build (${graphics.length} vs ${baseGraphics.length}; ` +
              `not in the normal build: ${JSON.stringify(extra.slice(0, 5))}; ` +
              `only in the normal build: ${JSON.stringify(gone.slice(0, 5))})`,
          );
        }
        scripts ??= await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')));
      });
      assert.ok(
        problems.length === 0,
        `${what}: ${problems.length} problems${problems.length > 25 ? ' (the first 25)' : ''}:\n  ${problems.slice(0, 25).join('\n  ')}\n  console: ${JSON.stringify(log)}`,
      );
      assert.equal(await page.evaluate(() => window.__xss), false, 'alert() was never called');
      assert.deepEqual(log.filter((l) => l.startsWith('dialog')), [], 'no dialog opened');

      // The hostile strings are there, as text a reader sees.
      const texts = await visibleTexts(page);
      const missing = PAYLOADS.filter((p) => !texts.some((text) => text.includes(p)));
      assert.deepEqual(missing, [], `${what}: every hostile string is visible text`);
      const scope = scopeOf(page, where);
      const names = await scope
        .locator('[data-testid=speaker]')
        .evaluateAll((cards) => cards.map((c) => c.querySelector('h1,h2,h3,h4,h5,h6')?.textContent.trim()));
      assert.deepEqual(names, HOSTILE.speakers.map((s) => s.name.trim()), 'speaker names are the fixture\'s strings, as headings\' text');
      const quotes = await scope.locator('figure blockquote').evaluateAll((qs) => qs.map((q) => q.textContent.trim()));
      assert.deepEqual(quotes, HOSTILE.quotes.map((q) => q.text), 'quotes are the fixture\'s strings, verbatim');
      console.log(`# ${what}: own scripts ${JSON.stringify(scripts)}; ${PAYLOADS.length} hostile strings visible as text; console: ${JSON.stringify(log)}`);
    });
  });
}

for (const path of ['index.html', 'embed.html']) {
  test(`${path} as pre-rendered (JavaScript off): hostile data is text in the HTML itself`, async () => {
    /** Opens `path` on `server` with JavaScript off and every details open, once its stylesheets have loaded. */
    const openStatic = (server, fn) =>
      withTrappedPage(
        server,
        path,
        async ({ page }) => {
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await resourcesLoaded(page);
          return fn(page);
        },
        { javaScriptEnabled: false },
      );
    await openStatic(t.normal, (base) =>
      openStatic(t.hostile, async (page) => {
        const baseGraphics = (await audit(base)).graphics;
        const { problems, graphics } = await audit(page);
        assert.deepEqual(problems, [], `${path} (pre-rendered): no script, handler attribute or bad URL from the data`);
        assert.deepEqual(graphics, baseGraphics, `${path} (pre-rendered): the same svg/img elements as the normal build`);
        const texts = await visibleTexts(page, { scripts: false });
        const missing = PAYLOADS.filter((p) => !texts.some((text) => text.includes(p)));
        assert.deepEqual(missing, [], `${path} (pre-rendered): every hostile string is visible text`);
        const names = await page
          .locator('[data-testid=speaker]')
          .evaluateAll((cards) => cards.map((c) => c.querySelector('h1,h2,h3,h4,h5,h6')?.textContent.trim()));
        assert.deepEqual(names, HOSTILE.speakers.map((s) => s.name.trim()), 'speaker names, as text');
      }),
    );
  });
}

test('builder.html (hostile build): with the builder open and its preview live, hostile data is never markup, script or URL', async () => {
  await withTrappedPage(t.hostile, 'builder.html', async ({ page, log }) => {
    // The snippets (the fallback article included) follow every choice: each of them once.
    for (const choice of ['input[name=rb-builder-country][value=kz]', 'input[name=rb-builder-layout][value=compact]', 'input[name=rb-builder-country][value=all]']) {
      await page.check(choice);
      await quiet(page);
      const { problems } = await audit(page);
      assert.deepEqual(problems, [], `after ${choice}: ${JSON.stringify(log)}`);
    }
    // The script snippet carries the fallback article: the fixture's markup in it is escaped text.
    const snippet = await page.inputValue('[data-testid=builder-script]');
    assert.ok(snippet.includes('<article class="rb-fallback"'), 'the snippet has the fallback article');
    assert.ok(snippet.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'a script payload, escaped');
    assert.ok(!snippet.includes('<script>alert(1)</script>'), 'never as markup');
    assert.equal(await page.evaluate(() => window.__xss), false, 'alert() was never called');
    assert.deepEqual(log, [], 'no dialog, page error or console error');
  });
});

for (const path of ['index.html', 'builder.html']) {
  test(`${path} (dist/): every outgoing link has rel="noopener noreferrer"`, async () => {
    await withTrappedPage(t.normal, path, async ({ page }) => {
      // With every details open: everything the page can show (on builder.html the builder's preview frame included).
      await openEveryDetails(page);
      await framesLive(page);
      const links = [];
      for (const frame of page.frames()) {
        links.push(
          ...(await frame.evaluate(() => {
            const out = [];
            const walk = (root) => {
              for (const a of root.querySelectorAll('a[href], area[href]')) {
                const url = new URL(a.getAttribute('href'), document.baseURI);
                if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) {
                  out.push({ href: url.href, rel: (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/) });
                }
              }
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
            };
            walk(document);
            return out;
          })),
        );
      }
      const bad = links.filter((l) => !(l.rel.includes('noopener') && l.rel.includes('noreferrer')));
      assert.deepEqual(bad, [], 'outgoing links without noopener and noreferrer');
      console.log(`# outgoing links on ${path}: ${links.length}${links.length ? ` (${links.map((l) => l.href).join(', ')})` : ' (the page has none: nothing to check)'}`);
      // Recorded so a change is noticed: today the briefing links nowhere (the report gives no URL).
      assert.equal(links.length, 0, `outgoing links: ${JSON.stringify(links)}`);
    });
  });
}
