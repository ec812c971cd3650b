// Starts the briefing on index.html and embed.html. A template: the build
// (src/pages.rs) fills in the hashed file names and the wasm's integrity and
// writes it next to them as start-<hash>.js, loaded with a <script src>
// carrying its own integrity. External rather than inline, so the pages work
// under `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline'.
//
// The page already holds the whole briefing as HTML; the app takes it over.
// If the app cannot start, that content stays and a note says why.
import init from './__RB_GLUE__';

const wasm = fetch(new URL('./__RB_WASM__', import.meta.url), { integrity: '__RB_WASM_INTEGRITY__' });
init({ module_or_path: wasm }).catch((error) => {
  console.error(`roundtable-briefing: the interactive briefing could not start (${error}); showing the static content.`);
  document.documentElement.classList.add('rb-app-failed');
  const fallback = document.createElement('link');
  fallback.rel = 'stylesheet';
  fallback.href = new URL('./static.css', import.meta.url).href;
  document.head.append(fallback);
  const note = document.createElement('p');
  note.className = 'rb-page__failed';
  note.setAttribute('role', 'note');
  note.textContent = 'The interactive features of this briefing could not load; the whole briefing is shown below.';
  document.querySelector('main')?.prepend(note);
});
