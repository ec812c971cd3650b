// End-to-end: axe-core with the WCAG 2.2 AA rules as a phone shows the page.
// The whole-page runs (every test file's axeViolations) make the viewport as
// tall as the page; this one keeps the screen Lighthouse's mobile audit
// emulates (412 × 823) and checks the page as loaded: a target cut by the
// screen's edge or by content the browser has not rendered yet fails 2.5.8
// (target size), as the "Show table" toggles once did under
// `content-visibility: auto` (Lighthouse: accessibility 96).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, serveDist, useBrowser, withPage } from './support/index.mjs';

const t = useBrowser({ server: () => serveDist() });

for (const path of ['', 'embed.html']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${path || 'index.html'} on a 412 × 823 phone screen, ${colorScheme}: zero axe violations`, () =>
      withPage(
        t.server.url + path,
        async ({ page }) => {
          // As Lighthouse runs it: the page as loaded, at the top, one screen tall.
          assert.deepEqual(await axeViolations(page, { wholePage: false }), []);
        },
        { width: 412, height: 823, colorScheme },
      ));
  }
}
