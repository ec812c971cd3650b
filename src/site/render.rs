//! Rendering the briefing to an HTML string without a browser.
//!
//! Used by native tests (they check what readers get without touching a DOM),
//! by `cargo run`, and by the build, which pre-renders the pages with it
//! (`src/bin/rb-pages.rs`): the same components and data as the live app.

use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{Briefing, SiteRoot};
use crate::lang::Lang;
use crate::state::Settings;

/// The shipped briefing as HTML.
pub fn briefing_html() -> String {
    render_html(crate::data::roundtable())
}

/// Any dataset's briefing as HTML.
pub fn render_html(data: &'static Roundtable) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <Briefing data /> }.to_html())
}

/// An edition's briefing with a host's settings, as HTML: `lang`'s data
/// and words, its download links relative to `root` ([`SiteRoot`]).
pub fn render_edition(lang: Lang, settings: Settings, root: &'static str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(SiteRoot(root));
        let data = crate::data::edition(lang);
        let state = RwSignal::new(settings.state);
        let options = settings.options;
        // Leptos marks where one text node ends and the next begins
        // (`<!>`) for hydration; the reader's client attaches without
        // hydrating, so the markers are bytes for nothing.
        view! { <Briefing data state options lang /> }
            .to_html()
            .replace("<!>", "")
    })
}

/// Where an edition's pages find the site's root.
fn root_of(lang: Lang) -> &'static str {
    if lang.dir().is_empty() {
        ""
    } else {
        "../"
    }
}

/// The standalone page's pre-rendered briefing in `lang`: what the app
/// shows first there (default view, title `<h1>`).
pub fn standalone_html(lang: Lang) -> String {
    render_edition(lang, Settings::standalone(), root_of(lang))
}

/// The iframe embed page's pre-rendered briefing in `lang`, with the
/// frame's default settings (the app takes the query string's over when
/// it starts).
pub fn frame_html(lang: Lang) -> String {
    render_edition(lang, Settings::frame_embed(), root_of(lang))
}

/// The script embed's pre-rendered briefing in `lang` (the element's
/// defaults: title `<h2>`), written to a content-hashed fragment file that
/// `embed.js` fetches into each element's shadow root; the client then
/// applies the element's attributes to it. Its links are relative to the
/// root, where `embed.js` resolves them.
pub fn element_html(lang: Lang) -> String {
    render_edition(lang, Settings::script_embed(), "")
}
