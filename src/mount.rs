//! Putting a briefing into a page (browser only).
//!
//! Three ways in, one component:
//! - the standalone page (`index.html`, `<body data-rb-page="standalone">`):
//!   state in the page's URL fragment, with history entries;
//! - the iframe embed (`embed.html`, `data-rb-page="frame"`): options from
//!   the query string, state in the frame's own fragment (replaced, never
//!   pushed, so the host's Back button is not spent on filter clicks), and
//!   its height posted to the parent page;
//! - the script embed: `embed.js` calls [`mount_element`] for each
//!   `<roundtable-briefing>`, inside its shadow root; nothing outside the
//!   element is read or written.
//!
//! Each page arrives with the briefing pre-rendered as HTML; mounting
//! replaces it in the same task, so the reader never sees a gap.

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::briefing::Roundtable;
use crate::components::{Briefing, EmbedBuilder};
use crate::state::options::option_names;
use crate::state::{merge_view, parse_query, parse_settings, OptionWarning, Settings, ViewState};
use crate::url_sync::{
    post_to_parent, state_from_location, sync_with_fragment, watch_height, History,
};

/// The id of the element the pages mount into.
pub const MOUNT_ID: &str = "roundtable-briefing";

/// The attribute the app sets on an element it has mounted into, once its
/// handlers are attached (and removes if it panics and the static briefing
/// comes back): pre-rendered and live HTML look alike, so tests, benchmarks
/// and host pages wait on this state rather than on a clock.
pub const LIVE_ATTRIBUTE: &str = "data-rb-live";

/// A mounted briefing. Dropping it removes the briefing and its reactive
/// state from the page; call [`UnmountHandle::forget`] to keep it for the
/// page's lifetime.
pub type BriefingHandle = UnmountHandle<AnyViewState>;

/// Starts what the page asks for in `<body data-rb-page>`: the standalone
/// briefing, the iframe embed, or nothing (a host page that loaded the app
/// for `<roundtable-briefing>` elements, which mount themselves).
pub fn start() {
    let page = document()
        .body()
        .and_then(|b| b.get_attribute("data-rb-page"))
        .unwrap_or_default();
    match page.as_str() {
        "standalone" => mount_standalone(),
        "frame" => mount_frame(),
        _ => {}
    }
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
    crate::fallback::install_panic_hook();
    crate::fallback::keep(&target);
    #[cfg(feature = "test-hooks")]
    crate::fallback::arm_test_panic(&target);
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
/// options (`data-rotate="on"`, `data-sections="quotes,stats"`…) and a
/// state of its own: nothing outside it is read or written.
pub fn mount_briefing(target: HtmlElement, data: &'static Roundtable) -> BriefingHandle {
    let settings = settings_from(&target, Settings::script_embed());
    mount_with(target, data, settings, |_| {}).0
}

/// Reads the host's settings from `element`'s attributes over `defaults`,
/// warning once per bad value.
fn settings_from(element: &HtmlElement, defaults: Settings) -> Settings {
    let values: Vec<(String, String)> = option_names()
        .flat_map(|name| [name.to_string(), format!("data-{name}")])
        .filter_map(|n| element.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let (settings, warnings) = parse_settings(
        values.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        defaults,
    );
    warn_all(&warnings);
    settings
}

fn warn_all(warnings: &[OptionWarning]) {
    for w in warnings {
        leptos::logging::warn!("roundtable-briefing: {w}");
    }
}

/// The element the pages mount into; if a page lacks it, a new one at the
/// end of `body`, with a console note, so the briefing is never lost.
fn page_target() -> Option<HtmlElement> {
    let document = document();
    if let Some(el) = document
        .get_element_by_id(MOUNT_ID)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        return Some(el);
    }
    leptos::logging::warn!(
        "roundtable-briefing: no element with id \"{MOUNT_ID}\"; appending the briefing to <body>"
    );
    let div: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    document.body()?.append_child(&div).ok()?;
    Some(div)
}

/// The state the page's URL fragment asks for, over `initial` when it is empty.
fn state_from_fragment(initial: ViewState) -> ViewState {
    let hash = window().location().hash().unwrap_or_default();
    if hash.trim_start_matches('#').is_empty() {
        initial
    } else {
        state_from_location()
    }
}

/// The standalone page: options from the mount element's `data-*`
/// attributes, state in the URL fragment with history entries, and the
/// embed-code builder below the briefing.
pub fn mount_standalone() {
    let Some(target) = page_target() else { return };
    let mut settings = settings_from(&target, Settings::standalone());
    settings.state = state_from_fragment(settings.state);
    let (handle, _) = mount_with(target, crate::data::roundtable(), settings, |state| {
        sync_with_fragment(state, History::Push)
    });
    handle.forget();
    mount_builder();
}

/// The embed-code builder, into `#roundtable-briefing-builder` if the page has it.
fn mount_builder() {
    let Some(target) = document()
        .get_element_by_id("roundtable-briefing-builder")
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    target.set_text_content(None);
    mount_to(
        target.clone(),
        || view! { <EmbedBuilder data=crate::data::roundtable() /> },
    )
    .forget();
    let _ = target.set_attribute(LIVE_ATTRIBUTE, "");
}

/// The iframe embed page: options from the query string, state in the
/// frame's own fragment (replaced, not pushed), height and state posted to
/// the parent page.
pub fn mount_frame() {
    let Some(target) = page_target() else { return };
    let search = window().location().search().unwrap_or_default();
    let (mut settings, warnings) = parse_query(&search, Settings::frame_embed());
    warn_all(&warnings);
    settings.state = state_from_fragment(settings.state);
    let pym_id = pym_child_id(&search);
    let (handle, _) = mount_with(target, crate::data::roundtable(), settings, move |state| {
        sync_with_fragment(state, History::Replace);
        Effect::new(move |_| {
            let fragment = crate::state::to_fragment(&state.get());
            post_to_parent(&crate::url_sync::state_message(&fragment));
        });
        watch_height(pym_id);
    });
    handle.forget();
}

/// Pym.js's parent adds `childId=<id>` to the frame's URL; its value names
/// the frame in Pym's height messages.
fn pym_child_id(search: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .map(|id| {
            id.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .take(100)
                .collect::<String>()
        })
        .filter(|id| !id.is_empty())
}

/// A `<roundtable-briefing>` element's briefing, for `embed.js`.
#[wasm_bindgen]
pub struct ElementHandle {
    host: HtmlElement,
    target: HtmlElement,
    settings: Settings,
    state: RwSignal<ViewState>,
    mounted: Option<BriefingHandle>,
}

/// Mounts a briefing into `target` (a node in `host`'s shadow root) with
/// the options in `host`'s attributes. Called by `embed.js`.
#[wasm_bindgen]
pub fn mount_element(host: HtmlElement, target: HtmlElement) -> ElementHandle {
    let settings = settings_from(&host, Settings::script_embed());
    let (mounted, state) = mount_with(target.clone(), crate::data::roundtable(), settings, |_| {});
    ElementHandle {
        host,
        target,
        settings,
        state,
        mounted: Some(mounted),
    }
}

#[wasm_bindgen]
impl ElementHandle {
    /// Re-reads the host's attributes after one changed: the briefing takes
    /// the new options, and keeps what the reader chose unless the host
    /// changed that very setting.
    pub fn update(&mut self) {
        let after = settings_from(&self.host, Settings::script_embed());
        if after == self.settings {
            return;
        }
        let mut settings = after;
        settings.state = merge_view(self.state.get_untracked(), &self.settings, &after);
        self.mounted = None; // unmounts the old briefing first
        crate::fallback::forget(&self.target);
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
        crate::fallback::forget(&self.target);
    }
}
