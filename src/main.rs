//! Entry point. In the browser: the reader's client, which attaches to the
//! pre-rendered briefing of `index.html` or `embed.html` (see
//! [`roundtable_briefing::client::start`]) and, through the exports below,
//! to each `<roundtable-briefing>` of `embed.js`. Natively: print the
//! briefing as static HTML (what the build pre-renders).

#[cfg(target_arch = "wasm32")]
fn main() {
    roundtable_briefing::client::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", roundtable_briefing::site::render::briefing_html());
}

#[cfg(target_arch = "wasm32")]
pub use exports::*;

/// What `embed.js` calls for each `<roundtable-briefing>`, under the names
/// it uses (`attach_element`, `ElementHandle.update`, `ElementHandle.unmount`).
/// Defined in the binary, not the library: an export in the library would be
/// linked into every wasm binary (the full bundle included).
#[cfg(target_arch = "wasm32")]
mod exports {
    use roundtable_briefing::client::element::{self, ElementBriefing};
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// An element's attached briefing, held by `embed.js` (empty if the
    /// element held no briefing to attach to).
    #[wasm_bindgen]
    pub struct ElementHandle(Option<ElementBriefing>);

    /// Attaches to the pre-rendered briefing in `mount` (a node in `host`'s
    /// shadow root) with the options in `host`'s attributes.
    #[wasm_bindgen]
    pub fn attach_element(host: HtmlElement, mount: HtmlElement) -> ElementHandle {
        ElementHandle(element::attach_element(host, mount))
    }

    #[wasm_bindgen]
    impl ElementHandle {
        /// Re-reads the host's attributes after one changed.
        pub fn update(&mut self) {
            if let Some(b) = &mut self.0 {
                b.update();
            }
        }

        /// Stops the briefing (the element left the page).
        pub fn unmount(&mut self) {
            if let Some(b) = &mut self.0 {
                b.unmount();
            }
        }
    }
}

/// The reader's allocator: a free list (sorted, adjacent blocks merged)
/// instead of the standard library's dlmalloc, 0.8 KB brotli smaller. The
/// client allocates little (a few strings and vectors per click) and never
/// frees in bulk, where dlmalloc's bins would pay. Only this binary: the
/// full bundle (views rendered in the browser) keeps dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: wasm32-unknown-unknown without the `atomics` feature has one
// thread, so the allocator is never entered from two threads at once.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
