//! What readers keep when the app breaks (browser only).
//!
//! Every page arrives with the briefing pre-rendered. When the app mounts it
//! does not throw that content away: it keeps it, detached, and puts it back
//! if the app panics. A panic in wasm leaves the live view frozen (every
//! later event would call into a dead module), so the panic hook logs a
//! clear message, swaps each briefing back to its static content, adds the
//! static stylesheet (every quote and table shown, controls hidden) and a
//! short note. For a `<roundtable-briefing>` element the static content is
//! whatever the host put inside the element (shown again through a slot);
//! without one, the last view stays, frozen but readable, with the note.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, HtmlElement, Node};

thread_local! {
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// One mounted briefing and the static content it replaced.
struct Kept {
    target: HtmlElement,
    content: Option<DocumentFragment>,
    /// The client attached to the pre-rendered briefing in place: it stays.
    in_place: bool,
}

/// Moves `target`'s children (the pre-rendered briefing) out of the page and
/// keeps them, so the app can mount into the empty element.
pub fn keep(target: &HtmlElement) {
    let content = target.first_child().and_then(|_| {
        let fragment = target.owner_document()?.create_document_fragment();
        while let Some(child) = target.first_child() {
            fragment.append_child(&child).ok()?;
        }
        Some(fragment)
    });
    register(Kept {
        target: target.clone(),
        content,
        in_place: false,
    });
}

/// Keeps `entry`, replacing an earlier one for the same target.
fn register(entry: Kept) {
    KEPT.with(|k| {
        let mut kept = k.borrow_mut();
        kept.retain(|e| e.target != entry.target);
        kept.push(entry);
    });
}

/// Registers `target`, whose pre-rendered briefing the client attached to
/// in place: on a panic its content stays, with every filter lifted.
pub fn keep_in_place(target: &HtmlElement) {
    register(Kept {
        target: target.clone(),
        content: None,
        in_place: true,
    });
}

/// Forgets `target` (its briefing was unmounted on purpose).
pub fn forget(target: &HtmlElement) {
    KEPT.with(|k| k.borrow_mut().retain(|e| e.target != *target));
}

/// Installs the panic hook: the panic as a console error, then
/// [`show_static`]. Idempotent.
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // The panic's message and place, as the console's error (the
            // stripped wasm's stack trace would name no function).
            web_sys::console::error_1(&info.to_string().into());
            web_sys::console::error_1(
                &"roundtable-briefing: the app stopped after an internal error; showing the static briefing."
                    .into(),
            );
            show_static();
        }));
    });
}

/// Puts every briefing back to its static content, with the static
/// stylesheet and a note.
pub fn show_static() {
    let kept: Vec<Kept> = KEPT.with(|k| k.borrow_mut().drain(..).collect());
    for Kept {
        target,
        content,
        in_place,
    } in kept
    {
        let _ = target.remove_attribute(crate::client::LIVE_ATTRIBUTE);
        show_everything(&target);
        let root = target.get_root_node();
        let in_shadow = root.dyn_ref::<web_sys::ShadowRoot>().is_some();
        if let Some(content) = content {
            target.set_text_content(None);
            let _ = target.append_child(&content);
        } else if in_shadow && !in_place {
            if let Some(host_children) = root
                .dyn_ref::<web_sys::ShadowRoot>()
                .map(|s| s.host().child_element_count() > 0)
            {
                if host_children {
                    target.set_text_content(None);
                    if let Some(slot) = create(&target, "slot") {
                        let _ = target.append_child(&slot);
                    }
                }
            }
        }
        add_static_style(&target, &root, in_shadow);
        add_note(&target);
    }
    if let Some(html) = super::dom::document().document_element() {
        let _ = html.class_list().add_1("rb-app-failed");
    }
}

/// Lifts the filter of every briefing in `target` (the stylesheet hides
/// by the root's filter attributes, which a frozen app can no longer change).
fn show_everything(target: &HtmlElement) {
    use crate::briefing::facets::{FILTER_COUNTRY_ATTRIBUTE, FILTER_TOPIC_ATTRIBUTE};
    let Ok(list) = target.query_selector_all(".rb-briefing") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_attribute(FILTER_COUNTRY_ATTRIBUTE, "all");
            let _ = el.set_attribute(FILTER_TOPIC_ATTRIBUTE, "all");
        }
    }
}

fn create(near: &HtmlElement, tag: &str) -> Option<web_sys::Element> {
    near.owner_document()?.create_element(tag).ok()
}

/// The static stylesheet, next to the app's other files: `data-static-css`
/// on the target (set by embed.js) or the page's `static.css`.
fn add_static_style(target: &HtmlElement, root: &Node, in_shadow: bool) {
    let href = target
        .get_attribute("data-static-css")
        .unwrap_or_else(|| "static.css".to_owned());
    let Some(link) = create(target, "link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    if in_shadow {
        let _ = root.append_child(&link);
    } else if let Some(head) = super::dom::document().head() {
        let _ = head.append_child(&link);
    }
}

/// The failure note where the briefing carries none (no briefing at all).
const FAILURE_NOTE: &str =
    "The interactive features of this briefing are unavailable; the whole briefing is shown below.";

fn add_note(target: &HtmlElement) {
    let Some(note) = create(target, "p") else {
        return;
    };
    note.set_class_name("rb-page__failed rb-embed-failed");
    let _ = note.set_attribute("role", "note");
    // The edition's words, from the briefing; English only where the
    // briefing is missing altogether.
    let text = super::dom::first(target, ".rb-briefing")
        .and_then(|b| b.get_attribute("data-rb-failure-note"))
        .unwrap_or_else(|| FAILURE_NOTE.to_owned());
    note.set_text_content(Some(&text));
    let _ = target.before_with_node_1(&note);
}

/// Test builds only (`RB_TEST_HOOKS=1`, see Cargo.toml): a `rb-test-panic` event on
/// the briefing's element makes the app panic, to prove the fallback.
#[cfg(rb_test_hooks)]
pub fn arm_test_panic(target: &HtmlElement) {
    use wasm_bindgen::closure::Closure;
    let on_event =
        Closure::<dyn FnMut()>::new(|| panic!("test-triggered panic (test-hooks build)"));
    let _ =
        target.add_event_listener_with_callback("rb-test-panic", on_event.as_ref().unchecked_ref());
    on_event.forget(); // test builds only: lives as long as the page
}
