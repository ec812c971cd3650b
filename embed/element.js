// The script embed: defines <roundtable-briefing>. This file is a template:
// the build (src/site/pages.rs) fills in the placeholders with the hashed app
// files and writes it to dist/embed.js, a stable URL hosts can link to.
// It loads the pre-rendered briefing and the reader's client, the same small
// bundle as index.html and embed.html (integrity checked), which attaches to
// that HTML without rendering it again.
//
// What it guarantees (see docs/embedding.md):
// - one global, `RoundtableBriefing`, and one custom element name;
// - including the script twice, or two builds on one page, is harmless: the
//   first definition wins and later copies log a note;
// - the widget renders in a Shadow DOM with its own stylesheet (a <link>,
//   so `style-src 'self'` suffices); the host's URL, history, title and
//   scroll are never touched; only the widget's own files are requested;
// - the briefing itself is pre-rendered: a build-time fragment file
//   per edition (the element's `lang`: en, ru or kk; see __RB_FRAGMENTS__),
//   content-hashed, fetched with its integrity, parsed
//   inert by DOMParser) goes into the shadow root as soon as it arrives;
//   then the app (the reader's small client) loads and attaches to it,
//   rendering nothing;
// - whatever the element holds (a fallback the host pasted) shows until the
//   briefing arrives, and for good if it cannot.
const NAME = 'roundtable-briefing';
const VERSION = '__RB_VERSION__';

if (customElements.get(NAME)) {
  const other = globalThis.RoundtableBriefing?.version ?? 'unknown';
  console.info(`${NAME}: already defined by embed.js version ${other}; this copy (${VERSION}) does nothing.`);
} else {
  const here = new URL('.', import.meta.url);
  const file = (name) => new URL(name, here).href;
  // The app (the reader's client: wasm + its JavaScript glue) and the
  // pre-rendered briefing each load once per page, on first use.
  let app = null;
  const loadApp = () =>
    (app ??= import(file('__RB_GLUE__')).then(async (glue) => {
      const wasm = fetch(file('__RB_WASM__'), { integrity: '__RB_WASM_INTEGRITY__' });
      await glue.default({ module_or_path: wasm });
      return glue;
    }));
  // Each edition's pre-rendered briefing, by language code.
  const FRAGMENTS = __RB_FRAGMENTS__;
  const DEFAULT_LANG = 'en';
  const briefings = {};
  // The element's edition: its `lang` attribute (an HTML attribute of every
  // element, and what it means here: the language of what it holds). A
  // value with no edition is named once and the default is used, as with
  // every other attribute.
  const warned = new Set();
  const editionOf = (element) => {
    const asked = element.getAttribute('lang');
    if (asked === null || asked === '') return DEFAULT_LANG;
    if (Object.hasOwn(FRAGMENTS, asked)) return asked;
    if (!warned.has(asked)) {
      warned.add(asked);
      console.warn(
        `${NAME}: ignoring lang="${asked.slice(0, 40)}": expected ${Object.keys(FRAGMENTS).join(', ')}; using the default`,
      );
    }
    return DEFAULT_LANG;
  };
  const loadBriefing = (lang) =>
    (briefings[lang] ??= fetch(file(FRAGMENTS[lang].file), { integrity: FRAGMENTS[lang].integrity }).then(async (response) => {
      if (!response.ok) throw new Error(`the briefing answered ${response.status}`);
      // Parsed inert: no script runs, no resource of it loads until adopted.
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      const article = parsed.body.firstElementChild;
      if (!article?.classList.contains('rb-briefing')) throw new Error('the briefing file holds no briefing');
      // The source note's data links are relative to the pages, next to
      // this file; in the host's document they would resolve against the host.
      for (const link of article.querySelectorAll('a.rb-source__download')) link.href = file(link.getAttribute('href'));
      return article;
    }));

  class RoundtableBriefingElement extends HTMLElement {
    // Filled at build time from the settings parser's own list (option_names
    // in src/state/options.rs), and `lang`.
    static observedAttributes = __RB_ATTRIBUTES__;

    #handle = null;
    #mount = null;
    #slot = null;

    connectedCallback() {
      if (!this.shadowRoot) {
        const shadow = this.attachShadow({ mode: 'open' });
        const style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = file('__RB_CSS__');
        // The element's own children (a pre-rendered fallback, if the host
        // pasted one) show through this slot until the app takes over.
        this.#slot = document.createElement('slot');
        this.#mount = document.createElement('div');
        this.#mount.className = 'rb-host';
        // Where the app's panic fallback finds the static stylesheet.
        this.#mount.dataset.staticCss = file('static.css');
        shadow.append(style, this.#slot, this.#mount);
      }
      this.#show();
    }

    // Shows the element's edition: the briefing as soon as it is here; only
    // then does the app load and attach to it. On a slow network the two
    // downloads would share the bandwidth, delaying the briefing, and the
    // app can do nothing before the briefing is here anyway. A briefing of
    // another edition (the `lang` attribute changed) goes first.
    #show() {
      const lang = editionOf(this);
      const current = this.#mount.querySelector('.rb-briefing');
      if (current && current.lang !== lang) {
        // Unmounting puts a fresh copy of the old briefing in its place.
        this.#handle?.unmount();
        this.#handle = null;
        this.#mount.querySelector('.rb-briefing')?.remove();
      }
      const shown = this.#mount.querySelector('.rb-briefing')
        ? Promise.resolve()
        : loadBriefing(lang).then((article) => {
            // Another edition was asked for meanwhile: its own call shows it.
            if (this.#mount.querySelector('.rb-briefing') || editionOf(this) !== lang) return;
            this.#mount.append(document.importNode(article, true));
            this.#slot?.remove();
            this.#slot = null;
          });
      shown.then(loadApp).then(
        (glue) => {
          if (!this.isConnected || this.#handle || !this.#mount.querySelector('.rb-briefing')) return;
          this.#handle = glue.attach_element(this, this.#mount);
        },
        (error) => this.#failed(error),
      );
    }

    disconnectedCallback() {
      this.#handle?.unmount();
      this.#handle = null;
    }

    attributeChangedCallback(name) {
      if (name === 'lang') {
        if (this.isConnected && this.#mount) this.#show();
        return;
      }
      this.#handle?.update();
    }

    // The app could not start: keep whatever content there is, and say so.
    #failed(error) {
      console.error(`${NAME}: the interactive briefing could not start (${error}); showing the static content.`);
      if (this.shadowRoot && !this.shadowRoot.querySelector('.rb-embed-failed')) {
        const note = document.createElement('p');
        note.className = 'rb-embed-failed';
        note.setAttribute('role', 'note');
        // The edition's words, carried by the pre-rendered briefing (none if
        // its fragment never arrived).
        note.textContent = this.shadowRoot.querySelector('.rb-briefing')?.dataset.rbFailureNote
          ?? 'The interactive features of this briefing are unavailable.';
        const fallback = document.createElement('link');
        fallback.rel = 'stylesheet';
        fallback.href = file('static.css');
        this.shadowRoot.prepend(note, fallback);
      }
    }
  }

  customElements.define(NAME, RoundtableBriefingElement);
  Object.defineProperty(globalThis, 'RoundtableBriefing', {
    value: Object.freeze({ version: VERSION }),
    enumerable: true,
  });
}
