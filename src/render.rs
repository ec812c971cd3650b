//! Rendering the briefing to an HTML string without a browser.
//!
//! Used by native tests (they check what readers get without touching a DOM)
//! and by `cargo run`; build-time pre-rendering will grow from here.

use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::Briefing;

/// The shipped briefing as HTML.
pub fn briefing_html() -> String {
    render_html(crate::data::roundtable())
}

/// Any dataset's briefing as HTML.
pub fn render_html(data: &'static Roundtable) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <Briefing data /> }.to_html())
}
