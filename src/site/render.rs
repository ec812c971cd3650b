//! Rendering the briefing to an HTML string without a browser.
//!
//! Used by native tests (they check what readers get without touching a DOM),
//! by `cargo run`, and by the build, which pre-renders the pages with it
//! (`src/bin/rb-pages.rs`): the same components and data as the live app.

use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::Briefing;
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

/// A dataset's briefing with a host's settings (options and initial view), as HTML.
pub fn render_with(data: &'static Roundtable, settings: Settings) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = RwSignal::new(settings.state);
        let options = settings.options;
        view! { <Briefing data state options /> }.to_html()
    })
}

/// The standalone page's pre-rendered briefing: what the app shows first
/// there (default view, title `<h1>`).
pub fn standalone_html() -> String {
    render_with(crate::data::roundtable(), Settings::standalone())
}

/// The iframe embed page's pre-rendered briefing, with the frame's default
/// settings (the app takes the query string's over when it starts).
pub fn frame_html() -> String {
    render_with(crate::data::roundtable(), Settings::frame_embed())
}

/// The script embed's pre-rendered briefing (the element's defaults: title
/// `<h2>`), written to a content-hashed fragment file that `embed.js`
/// fetches into each element's shadow root; the client then applies the
/// element's attributes to it.
pub fn element_html() -> String {
    render_with(crate::data::roundtable(), Settings::script_embed())
}
