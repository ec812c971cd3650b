// Starts the briefing on index.html and embed.html. A template: the build
// (src/site/pages.rs) fills in the hashed file names and the wasm's integrity and
// writes it next to them as start-<hash>.js, loaded with a <script src>
// carrying its own integrity. External rather than inline, so the pages work
// under `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline'.
//
// The page already holds the whole briefing as HTML; the app takes it over.
// If the app cannot start (a file missing, blocked, truncated, of the wrong
// type or failing its integrity check), that content stays, with every quote
// and table shown, and a note says the interactive features are unavailable.
// The glue is imported dynamically so that even its failure lands here.
const failed = (error) => {
  // A panic during start-up has already shown the static briefing.
  if (document.documentElement.classList.contains('rb-app-failed')) return;
  console.error(`roundtable-briefing: the interactive briefing could not start (${error}); showing the static content.`);
  document.documentElement.classList.add('rb-app-failed');
  const fallback = document.createElement('link');
  fallback.rel = 'stylesheet';
  fallback.href = new URL('./static.css', import.meta.url).href;
  document.head.append(fallback);
  const note = document.createElement('p');
  note.className = 'rb-page__failed';
  note.setAttribute('role', 'note');
  // The edition's words, carried by the pre-rendered briefing (which this
  // page always holds; the English words are only a last resort).
  note.textContent = document.querySelector('#roundtable-briefing .rb-briefing')?.dataset.rbFailureNote
    ?? 'The interactive features are unavailable.';
  document.getElementById('roundtable-briefing')?.before(note);
};

// The iframe page asked for another edition (`embed.html?lang=ru`): the
// module that sends it there loads only then (docs/embedding.md).
if (document.body.dataset.rbPage === 'frame' && /[?&]lang=/.test(location.search)) {
  await import('./__RB_EDITION_SWITCH__');
}

try {
  const { default: init } = await import('./__RB_GLUE__');
  const wasm = fetch(new URL('./__RB_WASM__', import.meta.url), { integrity: '__RB_WASM_INTEGRITY__' });
  await init({ module_or_path: wasm });
} catch (error) {
  failed(error);
}
