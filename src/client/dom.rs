//! The few DOM operations the client needs, over web-sys, each failing
//! quietly: a missing element means a host trimmed the briefing (a section
//! left out), never a reason to stop the rest from working.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` matching `selector`.
pub fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Sets (`Some`) or removes (`None`) an attribute, touching the DOM only
/// when the value changes (no needless style recalculation or mutation).
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    let current = el.get_attribute(name);
    match value {
        Some(v) if current.as_deref() != Some(v) => {
            let _ = el.set_attribute(name, v);
        }
        None if current.is_some() => {
            let _ = el.remove_attribute(name);
        }
        _ => {}
    }
}

/// Adds or removes a class.
pub fn set_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// The class that hides something on screen (style/base.css).
pub const HIDDEN_CLASS: &str = "rb-filtered-out";

/// Shows or hides an element with [`HIDDEN_CLASS`].
pub fn set_hidden(el: &Element, hidden: bool) {
    set_class(el, HIDDEN_CLASS, hidden);
}

/// Sets an element's text, only when it changes (a live region must not
/// re-announce the same sentence).
pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// Calls `f` on every `event` at `target`, for the page's lifetime (the
/// attached briefing lives as long as its pre-rendered HTML).
pub fn on<E: JsCast + 'static>(target: &Element, event: &str, f: impl FnMut(E) + 'static) {
    let mut f = f;
    let handler = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            f(e);
        }
    });
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}
