//! A page's view state in its own URL fragment, so links reopen the same
//! view, and the frame's messages to its parent page.
//!
//! The standalone page keeps its fragment with history entries (back and
//! forward step through filter changes); the iframe page keeps the frame's
//! own fragment, replaced and never pushed. The script embed never calls
//! this: an element in a host's page never touches the host's URL or
//! history.

use reactive_graph::signal::RwSignal;
use reactive_graph::traits::{Get, GetUntracked, Set};
use wasm_bindgen::JsValue;

use super::dom::{self, window};

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
            dom::warn(&format!("could not update the URL: {e:?}"));
        }
    }
}

/// Reads the current fragment (warning once per problem in the console).
pub fn state_from_location() -> ViewState {
    let hash = window().location().hash().unwrap_or_default();
    let parsed = parse_fragment(&hash);
    for warning in &parsed.warnings {
        dom::warn(&warning.to_string());
    }
    parsed.state
}

/// How state changes reach the page's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// Filter and theme changes add an entry (the standalone page: Back undoes them).
    Push,
    /// Every change replaces the entry (an iframe: its entries would be
    /// spent by the host page's Back button).
    Replace,
}

/// Mirrors `state` into the URL fragment and back, for the page's lifetime
/// (the page's briefing is never unmounted).
pub fn sync_with_fragment(state: RwSignal<ViewState>, history: History) {
    // State → URL. Filter and theme changes push a history entry, so Back
    // undoes them; the first run (a cleaned-up invalid fragment) and slide
    // changes (the carousel may rotate by itself) only replace the entry.
    let mut previous: Option<ViewState> = None;
    let to_url = dom::effect(move || {
        let now = state.get();
        let push = history == History::Push
            && previous.is_some_and(|p| p.filter != now.filter || p.theme != now.theme);
        previous = Some(now);
        let wanted = to_fragment(&now);
        // After the next paint: a history entry costs the main thread 10–25 ms
        // on a slow phone (the browser also re-checks the page's icon), and
        // the reader should see the filtered briefing first.
        after_next_paint(move || write_fragment(&wanted, push));
    });
    // The page's briefing is never unmounted.
    std::mem::forget(to_url);
    // URL → state: back/forward (popstate) and edits of the fragment (hashchange).
    let apply = move |_: web_sys::Event| {
        let next = state_from_location();
        if state.get_untracked() != next {
            state.set(next);
        }
    };
    dom::on(&window(), "popstate", apply);
    dom::on(&window(), "hashchange", apply);
}

/// Posts `message` to the parent page, if this page is in a frame. The
/// target origin is `*`: heights and view state are no secret, and the
/// frame cannot know which site embeds it.
pub fn post_to_parent(message: &JsValue) {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let _ = parent.post_message(message, "*");
}

/// `{ type: "roundtable-briefing:state", fragment }` (see docs/embedding.md).
pub fn state_message(fragment: &str) -> JsValue {
    object(&[
        (
            "type",
            JsValue::from_str(crate::state::messages::STATE_TYPE),
        ),
        ("fragment", JsValue::from_str(fragment)),
    ])
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// Watches the page's height (ResizeObserver, no timer) and posts it to the
/// parent in our own, AMP's and (with a `childId`) Pym.js's format whenever
/// it changes, for the page's lifetime.
pub fn watch_height(pym_id: Option<String>) {
    use crate::state::messages::{pym_height, whole_pixels, HEIGHT_TYPE};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(root) = dom::document().document_element() else {
        return;
    };
    let last = std::cell::Cell::new(0u32);
    let measured = root.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let Some(height) = whole_pixels(measured.get_bounding_client_rect().height()) else {
            return;
        };
        if height == last.replace(height) {
            return;
        }
        let h = JsValue::from(height);
        post_to_parent(&object(&[
            ("type", JsValue::from_str(HEIGHT_TYPE)),
            ("height", h.clone()),
        ]));
        post_to_parent(&object(&[
            ("sentinel", JsValue::from_str("amp")),
            ("type", JsValue::from_str("embed-size")),
            ("height", h),
        ]));
        if let Some(id) = &pym_id {
            post_to_parent(&JsValue::from_str(&pym_height(id, height)));
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    // The frame's page lives as long as the observer must.
    std::mem::forget((observer, callback));
}
