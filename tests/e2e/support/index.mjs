// The end-to-end tests' fixtures, in one import: where things are
// (paths.mjs), the static servers and host pages (server.mjs), the browser
// and pages (browser.mjs), waiting on states (waits.mjs), axe-core (axe.mjs),
// reading and pressing controls (controls.mjs) and looking at screenshots
// (png.mjs).
export * from './paths.mjs';
export * from './server.mjs';
export * from './browser.mjs';
export * from './waits.mjs';
export * from './axe.mjs';
export * from './controls.mjs';
export * from './png.mjs';
