// Starts the embed-code builder on builder.html, with the full bundle. A
// template: the build (src/site/pages.rs) fills in the full bundle's hashed file
// names and the wasm's integrity and writes it next to them as
// builder-<hash>.js, loaded with a <script src> carrying its own integrity.
// External rather than inline, so the page works under
// `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline'.
//
// The glue was preloaded by the page (a modulepreload with its integrity);
// the wasm's integrity is checked here, by the fetch that loads it. If the
// bundle cannot start, the builder's place says so instead of staying empty.
// The glue is imported dynamically so that even its failure lands here.
const failed = (error) => {
  console.error(`roundtable-briefing: the embed-code builder could not start (${error}).`);
  const target = document.getElementById('roundtable-briefing-builder');
  if (!target || target.hasAttribute('data-rb-live')) return;
  const note = document.createElement('p');
  note.className = 'rb-page__failed';
  note.setAttribute('role', 'note');
  note.setAttribute('data-testid', 'builder-failed');
  note.textContent = 'The embed-code builder could not load. Reload the page to try again.';
  target.replaceChildren(note);
};

try {
  const { default: init } = await import('./__RB_FULL_GLUE__');
  const wasm = fetch(new URL('./__RB_FULL_WASM__', import.meta.url), { integrity: '__RB_FULL_WASM_INTEGRITY__' });
  await init({ module_or_path: wasm });
} catch (error) {
  failed(error);
}
