// axe-core, run the way the accessibility target is stated: the WCAG 2.0,
// 2.1 and 2.2 A and AA rules (target-size among them, which axe leaves off
// unless its tag is asked for) plus axe's best practices, on the whole page.
import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { animationsDone } from './waits.mjs';

/** The rule tags every axe run checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The tallest viewport a whole-page run uses (a longer page is an error: it would be checked only in part). */
const MAX_HEIGHT = 30_000;

/**
 * Runs axe-core on the page and returns its violations (id, impact, help and
 * up to three nodes each). Before it runs, every animation and transition
 * has finished (a half-faded slide fails colour contrast), and the viewport
 * is made as tall as the page so that everything is rendered and in view
 * (axe checks only rendered nodes, and colour contrast only what is on
 * screen); it is restored afterwards. Options (all optional):
 * - `frames: true` loads axe into every frame too, so iframes (cross-origin
 *   ones included) are checked as part of the page;
 * - `wholePage: false` keeps the viewport as it is;
 * - `axe` is passed to `axe.run` over the tags above
 *   (e.g. `{ rules: { 'page-has-heading-one': { enabled: false } } }`).
 */
export async function axeViolations(page, { frames = false, wholePage = true, axe = {} } = {}) {
  const viewport = page.viewportSize();
  if (wholePage && viewport) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > MAX_HEIGHT) throw new Error(`axeViolations: the page is ${height} px tall, more than the ${MAX_HEIGHT} px a whole-page run renders at once`);
    await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), MAX_HEIGHT) });
  }
  try {
    for (const frame of frames ? page.frames() : [page.mainFrame()]) {
      await animationsDone(frame);
      await frame.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      // axe talks only to same-origin frames unless told otherwise.
      if (frames) await frame.evaluate(() => window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }));
    }
    const options = { runOnly: { type: 'tag', values: AXE_TAGS }, ...axe };
    const result = await page.evaluate((options) => window.axe.run(document, options), options);
    if (frames) {
      const untested = result.incomplete.filter((r) => r.id === 'frame-tested').flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
      if (untested.length) throw new Error(`axe could not test these frames: ${untested.join(', ')}`);
    }
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  } finally {
    if (wholePage && viewport) await page.setViewportSize(viewport);
  }
}
