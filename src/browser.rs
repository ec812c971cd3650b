//! The few browser facts the views need, behind functions that also exist
//! natively (where they give the answer that animates nothing), so
//! components compile and render everywhere.

/// Whether this build runs in the browser with the app (true) or renders
/// static HTML for readers without it (false: the build's pre-rendering).
pub const INTERACTIVE: bool = cfg!(target_arch = "wasm32");

/// Whether the reader asked for reduced motion (`prefers-reduced-motion: reduce`).
#[cfg(target_arch = "wasm32")]
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok())
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
        let height = web_sys::window()
            .and_then(|w| w.inner_height().ok())
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
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = window.clone();
    let frame = Closure::once_into_js(move || {
        let task = Closure::once_into_js(f);
        let _ = later.set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Copies `text` to the clipboard and reports whether it worked (the
/// Clipboard API needs a secure context and the reader's permission).
#[cfg(target_arch = "wasm32")]
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Natively there is no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
    done(false);
}

/// The URL of the folder this page is served from (`https://…/briefing/`),
/// which is where `embed.js` and `embed.html` live.
#[cfg(target_arch = "wasm32")]
pub fn site_folder() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    folder_of(&href)
}

/// Natively: relative to wherever the snippet is used.
#[cfg(not(target_arch = "wasm32"))]
pub fn site_folder() -> String {
    "./".to_owned()
}

/// The folder part of a URL: without fragment, query and last path segment.
pub fn folder_of(url: &str) -> String {
    let url = url.split(['#', '?']).next().unwrap_or_default();
    match url.rfind('/') {
        Some(i) if url[..i].ends_with('/') && url[..i].matches('/').count() == 2 => {
            format!("{url}/")
        }
        Some(i) => url[..=i].to_owned(),
        None => "./".to_owned(),
    }
}

/// A copy of `source` that catches up after the next paint, for views the
/// reader need not see change in the same frame (React calls this a deferred
/// value). Only the full bundle's views use it.
///
/// A filter click must paint its own feedback (the pressed button, the counts,
/// the announcement) within a frame; re-laying-out every section in that same
/// frame made the click take about twice as long at 4x CPU. The results follow
/// in the next task, one frame later. Rapid changes coalesce: only the latest
/// value is applied. `busy` is true while the copy lags behind, for
/// `aria-busy` (assistive technology waits; tests wait on it too).
#[cfg(all(target_arch = "wasm32", feature = "full"))]
pub fn deferred<T>(
    source: leptos::prelude::Memo<T>,
) -> (leptos::prelude::Memo<T>, leptos::prelude::Memo<bool>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    let (copy, set_copy) = signal(source.get_untracked());
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        let wanted = source.get();
        if scheduled.get_value() || copy.with_untracked(|now| *now == wanted) {
            return;
        }
        scheduled.set_value(true);
        after_next_paint(move || {
            // The briefing may have been unmounted meanwhile: then nothing to do.
            let _ = scheduled.try_set_value(false);
            if let Some(latest) = source.try_get_untracked() {
                set_copy.try_set(latest);
            }
        });
    });
    let copy = Memo::new(move |_| copy.get());
    let busy = Memo::new(move |_| source.with(|wanted| copy.with(|now| now != wanted)));
    (copy, busy)
}

/// Natively (pre-rendering) there is no next paint: the copy is the source.
#[cfg(not(target_arch = "wasm32"))]
pub fn deferred<T>(
    source: leptos::prelude::Memo<T>,
) -> (leptos::prelude::Memo<T>, leptos::prelude::Memo<bool>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    (source, Memo::new(|_| false))
}
