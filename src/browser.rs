//! The few browser facts the views need, behind functions that also exist
//! natively (where they give the answer that animates nothing), so
//! components compile and render everywhere.

/// Whether the reader asked for reduced motion (`prefers-reduced-motion: reduce`).
#[cfg(target_arch = "wasm32")]
pub fn prefers_reduced_motion() -> bool {
    leptos::prelude::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Natively nothing moves.
#[cfg(not(target_arch = "wasm32"))]
pub fn prefers_reduced_motion() -> bool {
    true
}

/// Calls `f` once, the first time `element` is at least partly in the
/// viewport (IntersectionObserver). Dropping the returned guard stops
/// watching, so an unmounted widget leaves nothing behind.
#[cfg(target_arch = "wasm32")]
pub fn on_first_view(element: &web_sys::Element, f: impl FnOnce() + 'static) -> Option<FirstView> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let target = element.clone();
    let mut f = Some(f);
    let callback = Closure::<dyn FnMut()>::new(move || {
        let rect = target.get_bounding_client_rect();
        let height = leptos::prelude::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if rect.bottom() > 0.0 && rect.top() < height {
            if let Some(f) = f.take() {
                f();
            }
        }
    });
    let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(FirstView {
        observer,
        _callback: callback,
    })
}

/// Watches an element for [`on_first_view`]; stops when dropped.
#[cfg(target_arch = "wasm32")]
pub struct FirstView {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

#[cfg(target_arch = "wasm32")]
impl Drop for FirstView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Runs `f` once the browser has painted the current changes: in the task
/// after the next animation frame. For work the reader need not wait for.
#[cfg(target_arch = "wasm32")]
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use leptos::prelude::{request_animation_frame, set_timeout};
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}
