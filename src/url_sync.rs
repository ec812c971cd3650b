//! Keeping the standalone page's view state in its URL fragment, so links
//! reopen the same view and back/forward step through filter changes.
//!
//! Only the standalone page calls this; an embedded briefing never touches
//! its host page's URL or history.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::browser::after_next_paint;
use crate::state::{parse_fragment, to_fragment, ViewState};

/// Puts `wanted` (already serialised) into the URL fragment, as a new
/// history entry when `push`, else replacing the current one; nothing if the
/// URL already says it (e.g. after Back).
fn write_fragment(wanted: &str, push: bool) {
    let location = window().location();
    let current = location.hash().unwrap_or_default();
    if current.trim_start_matches('#') == wanted {
        return;
    }
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if wanted.is_empty() {
        base
    } else {
        format!("{base}#{wanted}")
    };
    if let Ok(history) = window().history() {
        let result = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
        if let Err(e) = result {
            leptos::logging::warn!("roundtable-briefing: could not update the URL: {e:?}");
        }
    }
}

/// Reads the current fragment (warning once per problem in the console).
pub fn state_from_location() -> ViewState {
    let hash = window().location().hash().unwrap_or_default();
    let parsed = parse_fragment(&hash);
    for warning in &parsed.warnings {
        leptos::logging::warn!("roundtable-briefing: {warning}");
    }
    parsed.state
}

/// Mirrors `state` into the URL fragment and back. Must run inside the
/// briefing's reactive owner, which also removes the listeners on unmount.
pub fn sync_with_fragment(state: RwSignal<ViewState>) {
    // State → URL. Filter and theme changes push a history entry, so Back
    // undoes them; the first run (a cleaned-up invalid fragment) and slide
    // changes (the carousel may rotate by itself) only replace the entry.
    Effect::new(move |previous: Option<ViewState>| {
        let now = state.get();
        let push = previous.is_some_and(|p| p.filter != now.filter || p.theme != now.theme);
        let wanted = to_fragment(&now);
        // After the next paint: a history entry costs the main thread 10–25 ms
        // on a slow phone (the browser also re-checks the page's icon), and
        // the reader should see the filtered briefing first.
        after_next_paint(move || write_fragment(&wanted, push));
        now
    });
    // URL → state: back/forward (popstate) and edits of the fragment (hashchange).
    let apply = move |_| {
        let next = state_from_location();
        if state.get_untracked() != next {
            state.set(next);
        }
    };
    let popstate = window_event_listener_untyped("popstate", apply);
    let hashchange = window_event_listener_untyped("hashchange", apply);
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
    });
}
