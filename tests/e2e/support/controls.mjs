// Reading and pressing the briefing's controls the way assistive technology
// does: by their state attributes and by where focus is.
import assert from 'node:assert/strict';
import { poll, settled } from './waits.mjs';

/** The `aria-pressed` of the element with `data-testid=testid` in `scope` (a page, frame or locator), or of a locator. */
export function pressed(scope, testid) {
  const target = testid === undefined ? scope : scope.locator(`[data-testid="${testid}"]`).first();
  return target.getAttribute('aria-pressed');
}

/** The `data-testid` of the focused element of `page` (or frame). */
export function activeTestId(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
}

/**
 * Clicks the button `data-testid=testid` in `scope` (a page, a frame, a
 * frame locator, or a locator: a custom element's shadow root is pierced),
 * waits until it is pressed and until the briefing's sections have caught
 * up (`settled`).
 */
export async function clickPressed(scope, testid) {
  const button = scope.locator(`[data-testid="${testid}"]`).first();
  await button.click();
  const state = await poll(async () => ((await button.getAttribute('aria-pressed')) === 'true' ? 'true' : null));
  assert.equal(state, 'true', `${testid} is pressed after a click`);
  await settled(await documentOf(scope));
}

/** The page or frame whose document holds `scope`'s elements (shadow roots included). */
async function documentOf(scope) {
  if (typeof scope.goto === 'function') return scope; // a page or a frame
  if (typeof scope.owner === 'function') return (await scope.owner().elementHandle()).contentFrame(); // a frame locator
  return (await scope.first().elementHandle()).ownerFrame(); // a locator: its frame (shadow roots are in it)
}

/**
 * Opens every `details` of `target`'s document (a page or frame), open
 * shadow roots included, as a reader expanding every source and table would;
 * if that document has the embed-code builder, waits until its preview frame
 * (added once the toggle event has run) is attached.
 */
export async function openEveryDetails(target) {
  await target.evaluate(() => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'details') el.open = true;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
  });
  if (await target.locator('[data-testid=builder]').count()) {
    await target.locator('[data-testid=builder-preview]').waitFor({ state: 'attached' });
  }
}
