// The script embed: defines <roundtable-briefing>. This file is a template:
// the build (src/site/pages.rs) fills in the placeholders with the hashed app
// files and writes it to dist/embed.js, a stable URL hosts can link to.
// It loads the full bundle (rb-full-<hash>.js and its wasm, integrity
// checked), which renders the briefing client-side; the pages readers open
// (index.html, embed.html) have their own, smaller bundle.
//
// What it guarantees (see docs/embedding.md):
// - one global, `RoundtableBriefing`, and one custom element name;
// - including the script twice, or two builds on one page, is harmless: the
//   first definition wins and later copies log a note;
// - the widget renders in a Shadow DOM with its own stylesheet (a <link>,
//   so `style-src 'self'` suffices); the host's URL, history, title and
//   scroll are never touched; only the widget's own files are requested;
// - whatever the element holds before the app starts (a pre-rendered
//   fallback) stays visible until the app replaces it, and for good if the
//   app cannot start.
const NAME = 'roundtable-briefing';
const VERSION = '__RB_VERSION__';

if (customElements.get(NAME)) {
  const other = globalThis.RoundtableBriefing?.version ?? 'unknown';
  console.info(`${NAME}: already defined by embed.js version ${other}; this copy (${VERSION}) does nothing.`);
} else {
  const here = new URL('.', import.meta.url);
  const file = (name) => new URL(name, here).href;
  // The app (the full bundle: wasm + its JavaScript glue) loads once per
  // page, on first use.
  let app = null;
  const loadApp = () =>
    (app ??= import(file('__RB_FULL_GLUE__')).then(async (glue) => {
      const wasm = fetch(file('__RB_FULL_WASM__'), { integrity: '__RB_FULL_WASM_INTEGRITY__' });
      await glue.default({ module_or_path: wasm });
      return glue;
    }));

  class RoundtableBriefingElement extends HTMLElement {
    // Filled at build time from the settings parser's own list (option_names in src/state/options.rs).
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
      loadApp().then(
        (glue) => {
          if (!this.isConnected || this.#handle) return;
          this.#handle = glue.mount_element(this, this.#mount);
          this.#slot?.remove();
          this.#slot = null;
        },
        (error) => this.#failed(error),
      );
    }

    disconnectedCallback() {
      this.#handle?.unmount();
      this.#handle = null;
    }

    attributeChangedCallback() {
      this.#handle?.update();
    }

    // The app could not start: keep whatever content there is, and say so.
    #failed(error) {
      console.error(`${NAME}: the interactive briefing could not start (${error}); showing the static content.`);
      if (this.shadowRoot && !this.shadowRoot.querySelector('.rb-embed-failed')) {
        const note = document.createElement('p');
        note.className = 'rb-embed-failed';
        note.setAttribute('role', 'note');
        note.textContent = 'The interactive features of this briefing could not load.';
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
