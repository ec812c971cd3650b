//! Rendering a briefing (or the embed-code builder) into a page element
//! with Leptos, for the full bundle (browser only). `index.html` and
//! `embed.html` do not render: their client attaches to the pre-rendered
//! briefing (see [`crate::client`]). What renders here:
//! - the script embed: `embed.js` calls [`mount_element`] for each
//!   `<roundtable-briefing>`, inside its shadow root; nothing outside the
//!   element is read or written;
//! - the editors' page, `builder.html` (`data-rb-page="builder"`), which
//!   holds only the embed-code builder ([`start_builder`]).
//!
//! Everything here is plain Rust. The JavaScript exports `embed.js` calls
//! are defined in the full bundle's binary (`src/bin/rb-full.rs`), not here:
//! a `#[wasm_bindgen]` export in the library is linked into every wasm
//! binary that uses it, and would pull this whole client-side briefing into
//! the small bundle of `index.html` and `embed.html`.
//!

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::briefing::Roundtable;
use crate::components::{Briefing, EmbedBuilder};
use crate::state::{merge_view, Settings, ViewState};

/// The id of the element `builder.html` mounts the embed-code builder into.
pub const BUILDER_ID: &str = "roundtable-briefing-builder";

/// The attribute set on an element once its briefing is live (one name
/// for the attach client and the rendered briefing).
pub use crate::client::LIVE_ATTRIBUTE;

/// A mounted briefing. Dropping it removes the briefing and its reactive
/// state from the page; call [`UnmountHandle::forget`] to keep it for the
/// page's lifetime.
pub type BriefingHandle = UnmountHandle<AnyViewState>;

/// What the full bundle starts (`src/bin/rb-full.rs`): the embed-code
/// builder on `builder.html` (`<body data-rb-page="builder">`), and nothing
/// anywhere else (a host page that loaded it for `<roundtable-briefing>`
/// elements, which mount themselves through [`mount_element`]).
pub fn start_builder() {
    if page_kind() == "builder" {
        mount_builder();
    }
}

/// The page's kind, from `<body data-rb-page>` (empty on a host's page).
fn page_kind() -> String {
    document()
        .body()
        .and_then(|b| b.get_attribute("data-rb-page"))
        .unwrap_or_default()
}

/// Renders a briefing of `data` with `settings` into `target`, replacing
/// what `target` held (the pre-rendered briefing, a placeholder), and
/// returns the handle and the view state it owns.
pub fn mount_with(
    target: HtmlElement,
    data: &'static Roundtable,
    settings: Settings,
    on_state: impl FnOnce(RwSignal<ViewState>) + 'static,
) -> (BriefingHandle, RwSignal<ViewState>) {
    let made = Rc::new(Cell::new(None));
    let keep = Rc::clone(&made);
    crate::client::fallback::install_panic_hook();
    crate::client::fallback::keep(&target);
    #[cfg(rb_test_hooks)]
    crate::client::fallback::arm_test_panic(&target);
    let live = target.clone();
    let handle = mount_to(target, move || {
        let state = RwSignal::new(settings.state);
        keep.set(Some(state));
        on_state(state);
        let options = settings.options;
        view! { <Briefing data state options /> }.into_any()
    });
    let state = made
        .take()
        .expect("mount_to runs the view function before it returns");
    let _ = live.set_attribute(LIVE_ATTRIBUTE, "");
    (handle, state)
}

/// Renders a briefing of `data` into `target` with the element's `data-*`
/// options (`data-rotate="on"`, `data-sections="quotes,figures"`…) and a
/// state of its own: nothing outside it is read or written.
pub fn mount_briefing(target: HtmlElement, data: &'static Roundtable) -> BriefingHandle {
    let settings = crate::client::settings_from(&target, Settings::script_embed());
    mount_with(target, data, settings, |_| {}).0
}

/// The embed-code builder, into [`BUILDER_ID`] if the page has it,
/// replacing what the element held (a loading note), and opened: on its own
/// page the builder is the content, not an extra below a briefing.
fn mount_builder() {
    let Some(target) = document()
        .get_element_by_id(BUILDER_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    target.set_text_content(None);
    mount_to(
        target.clone(),
        || view! { <EmbedBuilder editions=crate::data::edition /> },
    )
    .forget();
    // Opened as a reader would open it: the `toggle` event that follows
    // tells the builder, which then shows its preview.
    if let Ok(Some(details)) = target.query_selector("details") {
        let _ = details.set_attribute("open", "");
    }
    let _ = target.set_attribute(LIVE_ATTRIBUTE, "");
}

/// A `<roundtable-briefing>` element's briefing. The full bundle hands it
/// to `embed.js` wrapped in its exported `ElementHandle`
/// (`src/bin/rb-full.rs`).
pub struct ElementBriefing {
    host: HtmlElement,
    target: HtmlElement,
    settings: Settings,
    state: RwSignal<ViewState>,
    mounted: Option<BriefingHandle>,
}

/// Mounts a briefing into `target` (a node in `host`'s shadow root) with
/// the options in `host`'s attributes. What `embed.js`'s `mount_element`
/// does.
pub fn mount_element(host: HtmlElement, target: HtmlElement) -> ElementBriefing {
    let settings = crate::client::settings_from(&host, Settings::script_embed());
    let (mounted, state) = mount_with(target.clone(), crate::data::roundtable(), settings, |_| {});
    ElementBriefing {
        host,
        target,
        settings,
        state,
        mounted: Some(mounted),
    }
}

impl ElementBriefing {
    /// Re-reads the host's attributes after one changed: the briefing takes
    /// the new options, and keeps what the reader chose unless the host
    /// changed that very setting.
    pub fn update(&mut self) {
        let after = crate::client::settings_from(&self.host, Settings::script_embed());
        if after == self.settings {
            return;
        }
        let mut settings = after;
        settings.state = merge_view(self.state.get_untracked(), &self.settings, &after);
        self.mounted = None; // unmounts the old briefing first
        crate::client::fallback::forget(&self.target);
        let (mounted, state) = mount_with(
            self.target.clone(),
            crate::data::roundtable(),
            settings,
            |_| {},
        );
        self.settings = after;
        self.state = state;
        self.mounted = Some(mounted);
    }

    /// Removes the briefing (the element left the page).
    pub fn unmount(&mut self) {
        self.mounted = None;
        let _ = self.target.remove_attribute(LIVE_ATTRIBUTE);
        crate::client::fallback::forget(&self.target);
    }
}
