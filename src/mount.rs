//! Putting a briefing into a page (browser only).
//!
//! The briefing mounts into a given element rather than `body`, so a page can
//! hold several (the custom element and iframe embeds will build on this).

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::briefing::Roundtable;
use crate::components::Briefing;
use crate::state::{parse_options, BriefingOptions};
use crate::url_sync::{state_from_location, sync_with_fragment};

/// The id of the element the standalone page (`index.html`) mounts into.
pub const STANDALONE_MOUNT_ID: &str = "roundtable-briefing";

/// A mounted briefing. Dropping it removes the briefing and its reactive
/// state from the page; call [`UnmountHandle::forget`] to keep it for the
/// page's lifetime.
pub type BriefingHandle = UnmountHandle<AnyViewState>;

/// Renders a briefing of `data` into `target`, after removing whatever
/// `target` held (a placeholder or a static fallback). Its state lives only
/// in the briefing: nothing outside it is read or written.
pub fn mount_briefing(target: HtmlElement, data: &'static Roundtable) -> BriefingHandle {
    let options = options_from(&target);
    target.set_text_content(None);
    mount_to(target, move || {
        view! { <Briefing data options /> }.into_any()
    })
}

/// Reads presentation options from the element's `data-*` attributes
/// (`data-rotate="on"`, `data-rotate-seconds="8"`), warning about bad values.
fn options_from(target: &HtmlElement) -> BriefingOptions {
    let names = ["data-rotate", "data-rotate-seconds"];
    let values: Vec<(&str, String)> = names
        .iter()
        .filter_map(|n| target.get_attribute(n).map(|v| (*n, v)))
        .collect();
    let (options, warnings) = parse_options(values.iter().map(|(n, v)| (*n, v.as_str())));
    for w in warnings {
        leptos::logging::warn!("roundtable-briefing: {w}");
    }
    options
}

/// Like [`mount_briefing`], with the view state kept in the page's URL
/// fragment (`#country=kz&topic=…`): for the standalone page only.
pub fn mount_briefing_with_url_state(
    target: HtmlElement,
    data: &'static Roundtable,
) -> BriefingHandle {
    let options = options_from(&target);
    target.set_text_content(None);
    mount_to(target, move || {
        let state = RwSignal::new(state_from_location());
        sync_with_fragment(state);
        view! { <Briefing data state options /> }.into_any()
    })
}

/// Mounts the shipped briefing into `#roundtable-briefing` for the standalone
/// page. If the page lacks that element, the briefing is appended to `body`
/// instead and the console says why, so the content is never lost.
pub fn mount_standalone() {
    let document = document();
    let target = document
        .get_element_by_id(STANDALONE_MOUNT_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .unwrap_or_else(|| {
            leptos::logging::warn!(
                "roundtable-briefing: no element with id \"{STANDALONE_MOUNT_ID}\"; appending the briefing to <body>"
            );
            let fallback = document
                .create_element("div")
                .ok()
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            match (fallback, document.body()) {
                (Some(div), Some(body)) => {
                    // Appending can only fail for nodes that cannot hold children.
                    let _ = body.append_child(&div);
                    div
                }
                (_, body) => body.expect("a standalone page has a <body>"),
            }
        });
    mount_briefing_with_url_state(target, crate::data::roundtable()).forget();
}
