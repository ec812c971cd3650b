// The iframe page in another edition: `embed.html?lang=ru` is the Russian
// edition's page, `ru/embed.html` (where the builder's code points
// directly). A template (src/site/pages.rs fills in the editions), loaded by
// the start script only when the frame's query has a `lang`. The other
// settings and the fragment go along. A bad value is named once and the
// page stays as it is; the standalone pages have their language switch
// instead, and nothing follows the browser's language.
const EDITIONS = __RB_EDITIONS__;
const query = new URLSearchParams(location.search);
const asked = query.get('lang');
if (asked !== null && asked !== document.documentElement.lang) {
  if (Object.hasOwn(EDITIONS, asked)) {
    query.delete('lang');
    const search = query.size ? `?${query}` : '';
    location.replace(new URL(`./${EDITIONS[asked]}embed.html${search}${location.hash}`, import.meta.url).href);
    // The page is going: the start script waits for good.
    await new Promise(() => {});
  } else {
    console.warn(
      `roundtable-briefing: ignoring lang="${asked.slice(0, 40)}": expected ${Object.keys(EDITIONS).join(', ')}; using the default`,
    );
  }
}
