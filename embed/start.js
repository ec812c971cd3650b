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
  // The edition's words, carried by the pre-rendered briefing.
  note.textContent = document.querySelector('#roundtable-briefing .rb-briefing')?.dataset.rbFailureNote
    ?? 'The interactive features of this briefing are unavailable; the whole briefing is shown below.';
  document.getElementById('roundtable-briefing')?.before(note);
};

// The iframe page in another edition: `embed.html?lang=ru` is the Russian
// edition's page, `ru/embed.html` (where the builder's code points
// directly). The other settings and the fragment go along. A bad value is
// named once and the page stays as it is; the standalone pages have their
// language switch instead, and nothing follows the browser's language.
const EDITIONS = __RB_EDITIONS__;
const query = new URLSearchParams(location.search);
const asked = document.body.dataset.rbPage === 'frame' ? query.get('lang') : null;
if (asked !== null && asked !== document.documentElement.lang) {
  if (Object.hasOwn(EDITIONS, asked)) {
    query.delete('lang');
    const search = query.size ? `?${query}` : '';
    const target = new URL(`./${EDITIONS[asked]}embed.html${search}${location.hash}`, import.meta.url);
    location.replace(target.href);
    await new Promise(() => {}); // the page is going: start nothing
  } else {
    console.warn(
      `roundtable-briefing: ignoring lang="${asked.slice(0, 40)}": expected ${Object.keys(EDITIONS).join(', ')}; using the default`,
    );
  }
}

try {
  const { default: init } = await import('./__RB_GLUE__');
  const wasm = fetch(new URL('./__RB_WASM__', import.meta.url), { integrity: '__RB_WASM_INTEGRITY__' });
  await init({ module_or_path: wasm });
} catch (error) {
  failed(error);
}
