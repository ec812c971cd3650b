//! The script embed's element, `<roundtable-briefing>`, on the reader's
//! client: `embed.js` puts the pre-rendered briefing (a build-time fragment
//! file, fetched with integrity and parsed inert) into the element's shadow
//! root, then calls [`attach_element`]. Nothing is rendered: the client
//! attaches to that HTML as on the standalone page, with the element's
//! attributes as settings and a state of its own (never the host's URL).
//!
//! An attribute changed after load re-applies the settings to a fresh copy
//! of the pre-rendered briefing (sections removed or reordered cannot be
//! put back otherwise), keeping what the reader chose unless the host
//! changed that very setting.

use reactive_graph::traits::GetUntracked;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::attach::{attach, Attached};
use super::{dom, settings_from, LIVE_ATTRIBUTE};
use crate::state::{merge_view, Settings};

/// One element's attached briefing.
pub struct ElementBriefing {
    host: HtmlElement,
    mount: HtmlElement,
    /// The briefing as pre-rendered, never attached to: the source of every
    /// fresh copy.
    pristine: Element,
    article: Element,
    settings: Settings,
    attached: Option<Attached>,
}

/// Attaches to the briefing `embed.js` put into `mount` (in `host`'s shadow
/// root), with `host`'s attributes; `None`, with a console note, if `mount`
/// holds no briefing.
pub fn attach_element(host: HtmlElement, mount: HtmlElement) -> Option<ElementBriefing> {
    let Some(article) = dom::first(&mount, ".rb-briefing") else {
        dom::warn("the element holds no pre-rendered briefing; nothing to make interactive");
        return None;
    };
    let pristine: Element = article.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let settings = settings_from(&host, Settings::script_embed());
    let attached = attach(&article, settings);
    super::went_live(&mount);
    Some(ElementBriefing {
        host,
        mount,
        pristine,
        article,
        settings,
        attached: Some(attached),
    })
}

impl ElementBriefing {
    /// A copy of the briefing as pre-rendered, no handler bound to it.
    fn fresh_copy(&self) -> Option<Element> {
        self.pristine
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into::<Element>()
            .ok()
    }

    /// Re-reads the host's attributes after one changed.
    pub fn update(&mut self) {
        let after = settings_from(&self.host, Settings::script_embed());
        if after == self.settings {
            return;
        }
        let Some(fresh) = self.fresh_copy() else {
            return;
        };
        let chosen = self
            .attached
            .as_ref()
            .map_or(self.settings.state, |a| a.state.get_untracked());
        let state = merge_view(chosen, &self.settings, &after);
        // Stop the old briefing's effects (and its carousel's timer) first.
        self.attached = None;
        if self.article.replace_with_with_node_1(&fresh).is_err() {
            return;
        }
        self.attached = Some(attach(&fresh, Settings { state, ..after }));
        self.article = fresh;
        self.settings = after;
    }

    /// Stops the briefing (the element left the page) and puts a fresh copy
    /// of the pre-rendered briefing in its place, so that the element,
    /// connected again, attaches to HTML no handler is bound to.
    pub fn unmount(&mut self) {
        self.attached = None;
        if let Some(fresh) = self.fresh_copy() {
            if self.article.replace_with_with_node_1(&fresh).is_ok() {
                self.article = fresh;
            }
        }
        let _ = self.mount.remove_attribute(LIVE_ATTRIBUTE);
        super::fallback::forget(&self.mount);
    }
}
