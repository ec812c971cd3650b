// End-to-end: the quote carousel against the W3C APG carousel pattern, on the
// release build: roles and names, hidden slides out of reach, every control,
// filters, rotation with and without reduced motion, layout stability, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DATA, axeViolations, launchBrowser, openPage, serveDist, expectHash, settled } from './support.mjs';

let server;
let browser;

// A page like index.html whose mount element asks for rotation every 3 s.
// (The release HTML is minified, so the id may be unquoted.)
const rotating = (html) => {
  const out = html.replace(/id="?roundtable-briefing"?/, 'id="roundtable-briefing" data-rotate="on" data-rotate-seconds="3"');
  assert.notEqual(out, html, 'mount element found');
  return out;
};

before(async () => {
  server = await serveDist({ pages: { 'rotating.html': rotating } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The quote ids of the slides a reader can see, once the 200 ms cross-fade has settled. */
async function visibleSlides(page) {
  const visible = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=slide]')]
        .filter((s) => s.checkVisibility({ visibilityProperty: true }))
        .map((s) => s.querySelector('[data-quote]').dataset.quote),
    );
  // Slides fade: read once no transition is running (however slow the machine).
  await page.waitForTimeout(50);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return visible();
}

const activeTestId = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

test('roles, names and hidden slides follow the carousel pattern', async () => {
  const { page, context } = await openPage(browser, server.url);
  const region = page.locator('[data-testid=carousel]');
  assert.equal(await region.getAttribute('role'), 'region');
  assert.equal(await region.getAttribute('aria-roledescription'), 'carousel');
  const label = await region.getAttribute('aria-label');
  assert.ok(label && !/carousel/i.test(label), `label "${label}" names it without the word carousel`);
  const slides = page.locator('[data-testid=slide]');
  assert.equal(await slides.count(), DATA.quotes.length);
  for (let i = 0; i < DATA.quotes.length; i++) {
    const slide = slides.nth(i);
    assert.equal(await slide.getAttribute('role'), 'group');
    assert.equal(await slide.getAttribute('aria-roledescription'), 'slide');
    const speaker = DATA.speakers.find((s) => s.id === DATA.quotes[i].speaker);
    assert.equal(await slide.getAttribute('aria-label'), `Quote ${i + 1} of ${DATA.quotes.length}: ${speaker.name}`);
    assert.equal(await slide.locator('figure > blockquote').count(), 1);
  }
  const wrapper = page.locator('.rb-carousel__slides');
  assert.equal(await wrapper.getAttribute('aria-live'), 'polite');
  assert.equal(await wrapper.getAttribute('aria-atomic'), 'false');
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[0].id]);
  // The hidden slide is inert: its source toggle cannot take focus, by Tab or by script.
  const hidden = slides.nth(1);
  assert.equal(await hidden.getAttribute('inert'), '');
  await hidden.locator('summary').evaluate((el) => el.focus());
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
  await page.focus('[data-testid=slide-next]');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inHidden = await page.evaluate(() => !!document.activeElement?.closest('[data-testid=slide][inert]'));
    assert.equal(inHidden, false, 'Tab never lands in a hidden slide');
  }
  await context.close();
});

test('next, previous, picker, arrow keys, Home and End change the slide without moving focus', async () => {
  const { page, context } = await openPage(browser, server.url);
  const [first, second] = DATA.quotes.map((q) => q.id);
  await page.click('[data-testid=slide-next]');
  assert.deepEqual(await visibleSlides(page), [second]);
  assert.equal(await activeTestId(page), 'slide-next', 'focus stays on Next');
  await expectHash(page, '#quote=2', 'the slide is part of the shareable state');
  await page.click('[data-testid=slide-next]');
  assert.deepEqual(await visibleSlides(page), [first], 'next wraps around');
  await page.click('[data-testid=slide-previous]');
  assert.deepEqual(await visibleSlides(page), [second], 'previous wraps around');
  await page.locator('[data-testid=slide-picker]').nth(0).click();
  assert.deepEqual(await visibleSlides(page), [first]);
  assert.equal(await page.locator('[data-testid=slide-picker]').nth(0).getAttribute('aria-current'), 'true');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await visibleSlides(page), [second]);
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await visibleSlides(page), [first]);
  await page.keyboard.press('End');
  assert.deepEqual(await visibleSlides(page), [second]);
  await page.keyboard.press('Home');
  assert.deepEqual(await visibleSlides(page), [first]);
  assert.equal(await activeTestId(page), 'slide-picker', 'keys do not move focus');
  await context.close();
});

test('a horizontal swipe changes the slide; a vertical one does not', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 375 });
  // On screen, as for a reader's finger (off-screen sections are not rendered).
  await page.locator('.rb-carousel__slides').scrollIntoViewIfNeeded();
  const box = await page.locator('.rb-carousel__slides').boundingBox();
  const swipe = (dx, dy) =>
    page.evaluate(
      ([x, y, dx, dy]) => {
        const el = document.querySelector('.rb-carousel__slides');
        const opts = { bubbles: true, pointerType: 'touch', isPrimary: true };
        el.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: x, clientY: y }));
        el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: x + dx, clientY: y + dy }));
      },
      [box.x + box.width / 2, box.y + 40, dx, dy],
    );
  await swipe(0, -120);
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[0].id], 'vertical: a scroll, not a swipe');
  await swipe(-120, 10);
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[1].id]);
  await swipe(120, 0);
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[0].id]);
  await context.close();
});

test('the carousel follows the country filter and keeps a valid position', async () => {
  const { page, context } = await openPage(browser, `${server.url}#quote=2`);
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[1].id], 'deep link to slide 2');
  await page.click('[data-testid=country-kz]');
  await settled(page); // the sections, the carousel among them, follow one paint after the controls
  const kz = DATA.quotes.filter((q) => DATA.speakers.find((s) => s.id === q.speaker).country === 'kz');
  assert.deepEqual(await visibleSlides(page), kz.map((q) => q.id), 'slide clamped to the one Kazakh quote');
  assert.equal(await page.locator('.rb-carousel__nav').isVisible(), false, 'no controls for a single slide');
  assert.equal(
    await page.locator('[data-testid=slide]:not(.rb-filtered-out)').first().getAttribute('aria-label'),
    'Quote 1 of 1: Dauren Abaev',
  );
  await page.click('[data-testid=topic-domestic-violence]');
  await settled(page);
  assert.equal(await page.locator('[data-testid=carousel]').isVisible(), false, 'no empty box');
  assert.match(await page.locator('[data-testid=quotes] [data-testid=none-note]').textContent(), /No verbatim quote/);
  await context.close();
});

test('with reduced motion, rotation never advances a slide', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  await page.goto(`${server.url}rotating.html`);
  await page.waitForSelector('[data-testid=briefing]');
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await page.waitForTimeout(4000);
  assert.deepEqual(await visibleSlides(page), [DATA.quotes[0].id]);
  assert.equal(await page.locator('[data-testid=rotation]').isVisible(), false, 'no rotation control');
  assert.equal(await page.locator('.rb-carousel__slides').getAttribute('aria-live'), 'polite');
  await context.close();
});

test('with rotation on, slides advance, and focus stops the rotation for good', async () => {
  const { page, context } = await openPage(browser, `${server.url}rotating.html`);
  const rotation = page.locator('[data-testid=rotation]');
  const historyLength = await page.evaluate(() => history.length);
  assert.equal(await rotation.textContent(), 'Stop slide rotation');
  assert.equal(await page.locator('.rb-carousel__slides').getAttribute('aria-live'), 'off');
  // The rotation control is the carousel's first tab stop.
  const firstStop = await page.evaluate(() =>
    document.querySelector('[data-testid=carousel]').querySelector('button:not([disabled])').dataset.testid,
  );
  assert.equal(firstStop, 'rotation');
  await page.waitForFunction(
    (id) => document.querySelector('.rb-carousel__slide--current [data-quote]')?.dataset.quote === id,
    DATA.quotes[1].id,
    { timeout: 5000 },
  );
  await expectHash(page, '#quote=2');
  // Rotation replaces the history entry rather than adding one per slide.
  assert.equal(await page.evaluate(() => history.length), historyLength);
  await page.focus('[data-testid=slide-next]');
  assert.equal(await rotation.textContent(), 'Start slide rotation');
  assert.equal(await page.locator('.rb-carousel__slides').getAttribute('aria-live'), 'polite');
  const before = await visibleSlides(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus leaves; rotation stays off
  await page.waitForTimeout(4000);
  assert.deepEqual(await visibleSlides(page), before, 'no restart by itself');
  await rotation.click();
  assert.equal(await rotation.textContent(), 'Stop slide rotation');
  await context.close();
});

test('changing slides shifts nothing on the page', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 375 });
  await page.locator('[data-testid=carousel]').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
  });
  for (let i = 0; i < 4; i++) {
    await page.click('[data-testid=slide-next]');
    await page.waitForTimeout(300);
  }
  await page.locator('[data-testid=slide-picker]').nth(1).click();
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => window.__shifts);
  assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `layout shifts: ${shifts}`);
  await context.close();
});

test('axe-core finds no violations on any slide, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(browser, `${server.url}rotating.html`, { colorScheme });
    for (let i = 0; i < DATA.quotes.length; i++) {
      await page.locator('[data-testid=slide-picker]').nth(i).click();
      assert.deepEqual(await axeViolations(page), [], `slide ${i + 1}, ${colorScheme}`);
    }
    await context.close();
  }
});
