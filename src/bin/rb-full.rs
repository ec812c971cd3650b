//! The full bundle: the client-side-rendered briefing and the embed-code
//! builder, for the pages that need all of it (`builder.html`) and for the
//! script embed (`embed.js`, which calls [`mount_element`] for each
//! `<roundtable-briefing>`). `index.html` and `embed.html` never load it:
//! they have the small bundle of `src/main.rs`.
//!
//! Trunk builds it from `index.html`'s `data-type="worker"` link (built,
//! never injected into the page); the post-build step (`src/site/pages.rs`)
//! gives its files content-hashed names and its wasm an integrity value.
//!
//! The `#[wasm_bindgen]` exports live here, in the binary, rather than in
//! the library: an export in the library would be linked into every wasm
//! binary, the small one included. Each is a thin wrapper around plain Rust
//! in [`roundtable_briefing::client::mount`]. Natively this binary does nothing.

/// In the browser: the panic hook (which puts the static briefing back,
/// see `roundtable_briefing::client::fallback`), then the builder if this is
/// `builder.html`; on a host page nothing more (its elements mount
/// themselves through [`mount_element`]).
#[cfg(target_arch = "wasm32")]
fn main() {
    roundtable_briefing::client::fallback::install_panic_hook();
    roundtable_briefing::client::mount::start_builder();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
pub use exports::*;

/// What `embed.js` calls, under the names it uses (`mount_element`,
/// `ElementHandle.update`, `ElementHandle.unmount`).
#[cfg(target_arch = "wasm32")]
mod exports {
    use roundtable_briefing::client::mount::{self, ElementBriefing};
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// A `<roundtable-briefing>` element's briefing, held by `embed.js`.
    #[wasm_bindgen]
    pub struct ElementHandle(ElementBriefing);

    /// Mounts a briefing into `target` (a node in `host`'s shadow root) with
    /// the options in `host`'s attributes. Called by `embed.js`.
    #[wasm_bindgen]
    pub fn mount_element(host: HtmlElement, target: HtmlElement) -> ElementHandle {
        ElementHandle(mount::mount_element(host, target))
    }

    #[wasm_bindgen]
    impl ElementHandle {
        /// Re-reads the host's attributes after one changed (see
        /// [`ElementBriefing::update`]).
        pub fn update(&mut self) {
            self.0.update();
        }

        /// Removes the briefing (the element left the page).
        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }
}
