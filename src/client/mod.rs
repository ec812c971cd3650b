//! Browser-only glue. Above all the reader's client, which makes the
//! pre-rendered briefing on `index.html` and `embed.html` interactive
//! without rendering it again; also the full bundle's rendering
//! ([`mount`]: the builder page and the script embed), the URL fragment and
//! frame messages ([`url_sync`]) and the panic fallback ([`fallback`]).
//!
//! The page's HTML is the briefing, and it carries the index of counts and
//! sentences the build computed for every filter ([`index`]); the client
//! binds Leptos signals to the elements:
//! [`attach`] for the controls, filter, theme and options,
//! [`carousel`] and [`count_up`] for the moving parts, [`presentation`] for
//! a host's sections, layout and heading level. Where the state lives is
//! the page's choice: the standalone page's URL fragment with history
//! entries, or the frame's own fragment (replaced) with messages to the
//! parent page.

pub mod attach;
pub mod carousel;
pub mod count_up;
pub mod dom;
pub mod element;
pub mod fallback;
pub mod index;
#[cfg(feature = "full")]
pub mod mount;
pub mod presentation;
pub mod url_sync;

use reactive_graph::owner::Owner;
use reactive_graph::traits::Get;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use self::url_sync::{
    post_to_parent, state_from_location, state_message, sync_with_fragment, watch_height, History,
};
use crate::state::options::option_names;
use crate::state::{parse_query, parse_settings, SettingWarning, Settings, ViewState};

/// The id of the element holding the pre-rendered briefing.
pub const MOUNT_ID: &str = "roundtable-briefing";

/// The attribute set on the element holding a briefing once the client has
/// attached to it (and removed if the client panics): pre-rendered and live
/// HTML look alike, so tests, benchmarks and host pages wait on this state.
pub const LIVE_ATTRIBUTE: &str = "data-rb-live";

/// Starts what the page asks for in `<body data-rb-page>`.
pub fn start() {
    crate::client::fallback::install_panic_hook();
    // One reactive owner for the page's lifetime: the signals and memos of
    // the page's briefing belong to it (it is never unmounted).
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
    let page = dom::document()
        .body()
        .and_then(|b| b.get_attribute("data-rb-page"))
        .unwrap_or_default();
    // Instantiating the module is one task; attaching starts in the next.
    match page.as_str() {
        "standalone" => dom::in_next_task(attach_standalone),
        "frame" => dom::in_next_task(attach_frame),
        _ => {}
    }
}

/// The page's briefing: the mount element and the `.rb-briefing` in it.
fn page_briefing() -> Option<(HtmlElement, Element)> {
    let holder = dom::document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    let Some(holder) = holder else {
        dom::warn(&format!(
            "no element with id \"{MOUNT_ID}\"; nothing to make interactive"
        ));
        return None;
    };
    let Some(article) = dom::first(&holder, ".rb-briefing") else {
        dom::warn(&format!(
            "#{MOUNT_ID} holds no pre-rendered briefing; nothing to make interactive"
        ));
        return None;
    };
    Some((holder, article))
}

/// Reads a host's settings from `element`'s attributes over `defaults`
/// (each name bare or with `data-`), warning once per bad value.
pub fn settings_from(element: &Element, defaults: Settings) -> Settings {
    let values: Vec<(String, String)> = option_names()
        .flat_map(|name| [name.to_string(), format!("data-{name}")])
        .filter_map(|n| element.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let (settings, warnings) = parse_settings(
        values.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        defaults,
    );
    warn_all(&warnings);
    settings
}

fn warn_all(warnings: &[SettingWarning]) {
    for w in warnings {
        dom::warn(&w.to_string());
    }
}

/// The state the page's URL fragment asks for, over `initial` when it is empty.
fn state_from_fragment(initial: ViewState) -> ViewState {
    let hash = dom::window().location().hash().unwrap_or_default();
    if hash.trim_start_matches('#').is_empty() {
        initial
    } else {
        state_from_location()
    }
}

/// Marks `holder` live and registers it with the panic fallback.
pub(crate) fn went_live(holder: &HtmlElement) {
    crate::client::fallback::keep_in_place(holder);
    #[cfg(rb_test_hooks)]
    crate::client::fallback::arm_test_panic(holder);
    let _ = holder.set_attribute(LIVE_ATTRIBUTE, "");
}

/// The standalone page: options from the holder's `data-*` attributes,
/// state in the URL fragment with history entries.
pub fn attach_standalone() {
    let Some((holder, article)) = page_briefing() else {
        return;
    };
    let mut settings = settings_from(&holder, Settings::standalone());
    settings.state = state_from_fragment(settings.state);
    attach::attach_in_steps(article, settings, move |attached| {
        let state = attached.keep();
        sync_with_fragment(state, History::Push);
        went_live(&holder);
    });
}

/// The iframe page: options from the query string, state in the frame's
/// own fragment (replaced, not pushed), height and state posted to the
/// parent page.
pub fn attach_frame() {
    let Some((holder, article)) = page_briefing() else {
        return;
    };
    let search = dom::window().location().search().unwrap_or_default();
    let (mut settings, warnings) = parse_query(&search, Settings::frame_embed());
    warn_all(&warnings);
    settings.state = state_from_fragment(settings.state);
    attach::attach_in_steps(article, settings, move |attached| {
        let state = attached.keep();
        sync_with_fragment(state, History::Replace);
        std::mem::forget(dom::effect(move || {
            let fragment = crate::state::to_fragment(&state.get());
            post_to_parent(&state_message(&fragment));
        }));
        watch_height(crate::state::messages::pym_child_id(&search));
        went_live(&holder);
    });
}
