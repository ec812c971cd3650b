//! The few DOM operations the client needs, over web-sys, each failing
//! quietly: a missing element means a host trimmed the briefing (a section
//! left out), never a reason to stop the rest from working.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use reactive_graph::effect::ImmediateEffect;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget};

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

/// Calls `f` on every `event` at `target` (an element, or the window), for
/// the page's lifetime (the attached briefing lives as long as its
/// pre-rendered HTML).
pub fn on<E: JsCast + 'static>(target: &EventTarget, event: &str, f: impl FnMut(E) + 'static) {
    let mut f = f;
    listen(
        target,
        event,
        Box::new(move |e: Event| {
            if let Ok(e) = e.dyn_into::<E>() {
                f(e);
            }
        }),
    );
}

/// [`on`] past its generic part: one `Closure` type for every listener, so
/// the wasm carries wasm-bindgen's closure glue once, not once per handler.
fn listen(target: &EventTarget, event: &str, f: Box<dyn FnMut(Event)>) {
    let handler = Closure::wrap(f);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Runs `f` now and again, synchronously, whenever a signal it read
/// changes: Leptos' [`ImmediateEffect`], for DOM nodes (which are neither
/// `Send` nor `Sync`; the client is single-threaded). Synchronous, so a
/// click's or a key's change is in the DOM before its handler returns,
/// and the client needs no async executor (no futures in the wasm).
/// Dropping the effect stops it.
pub fn effect(f: impl FnMut() + 'static) -> ImmediateEffect {
    boxed_effect(Box::new(f))
}

/// [`effect`] past its generic part: one closure type, so Leptos' effect
/// code is in the wasm once rather than once per effect.
fn boxed_effect(f: Box<dyn FnMut()>) -> ImmediateEffect {
    let f = SendWrapper::new(RefCell::new(f));
    // An effect that set a signal it reads would re-enter itself and panic
    // here (the panic fallback then shows the static briefing): none does.
    ImmediateEffect::new(move || (f.borrow_mut())())
}

/// Runs `f` in a task of its own (`setTimeout(f, 0)`). Attaching is split
/// at these points so that no main-thread task of the start-up runs over
/// 50 ms on a slow phone: between the parts the browser can paint and
/// answer a tap. If the browser refuses the timer, `f` runs at once: late
/// is better than never.
pub fn in_next_task(f: impl FnOnce() + 'static) {
    next_task(Box::new(f));
}

/// [`in_next_task`] past its generic part (one closure type in the wasm).
fn next_task(f: Box<dyn FnOnce()>) {
    let slot = Rc::new(Cell::new(Some(f)));
    let later = Rc::clone(&slot);
    let task = Closure::once_into_js(move || {
        if let Some(f) = later.take() {
            f();
        }
    });
    if window()
        .set_timeout_with_callback(task.unchecked_ref())
        .is_err()
    {
        if let Some(f) = slot.take() {
            f();
        }
    }
}

/// The page's window (the client only runs in a window).
pub fn window() -> web_sys::Window {
    web_sys::window().expect("the client runs in a browser window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window()
        .document()
        .expect("the client runs in a window with a document")
}

/// A console warning, prefixed with the widget's name so a host can tell
/// whose it is.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("roundtable-briefing: {message}").into());
}

/// A repeating timer (`setInterval`); stops when dropped or cleared.
pub struct Interval {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Interval {
    /// Calls `f` every `ms` milliseconds; `None` if the browser refused.
    pub fn new(ms: u32, f: impl FnMut() + 'static) -> Option<Interval> {
        Interval::boxed(ms, Box::new(f))
    }

    /// [`Interval::new`] past its generic part (one closure type in the wasm).
    fn boxed(ms: u32, f: Box<dyn FnMut()>) -> Option<Interval> {
        let callback = Closure::wrap(f);
        let id = window()
            .set_interval_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                i32::try_from(ms).unwrap_or(i32::MAX),
            )
            .ok()?;
        Some(Interval {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        window().clear_interval_with_handle(self.id);
    }
}
