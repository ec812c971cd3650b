//! The index the client reads from the page it attaches to (written at
//! build time by `crate::components::ClientIndex`, described in
//! [`crate::briefing::index`]): per filter, the status sentence, the notes
//! and flags of empty parts and each chart's summary and bars; per figure,
//! its count-up frames. The wasm holds no text of any edition.
//!
//! A briefing without the index (a fragment from an older build, say)
//! still filters, by its stylesheet; the parts the index drives keep their
//! pre-rendered state, and the console says why.

use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, HtmlTemplateElement};

use super::dom;
use crate::briefing::filter::Filter;

/// The page's index. Cheap to clone; `Send` and `Sync` only so that Leptos'
/// memos can hold it (the client is single-threaded).
#[derive(Clone)]
pub struct PageIndex(SendWrapper<Option<DocumentFragment>>);

impl PageIndex {
    /// The index in `article`'s `<template class="rb-index">`; an empty one,
    /// with a console warning, if there is none.
    pub fn find(article: &Element) -> PageIndex {
        let content = dom::first(article, "template.rb-index")
            .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok())
            .map(|t| t.content());
        if content.is_none() {
            dom::warn("the pre-rendered briefing has no index (template.rb-index): the status line, the notes and the charts keep their first state");
        }
        PageIndex(SendWrapper::new(content))
    }

    /// What `filter` leaves, if the index has it.
    pub fn view(&self, filter: Filter) -> Option<IndexView> {
        let (country, topic) = filter.attrs();
        let selector = ["[data-rb-view=\"", country, "/", topic, "\"]"].concat();
        self.0
            .as_ref()?
            .query_selector(&selector)
            .ok()
            .flatten()
            .map(IndexView)
    }

    /// The count-up frames of the figure `stat` (empty if the index has none).
    pub fn frames(&self, stat: &str) -> Vec<String> {
        let selector = ["[data-rb-count=\"", stat, "\"]"].concat();
        self.0
            .as_ref()
            .and_then(|c| c.query_selector(&selector).ok().flatten())
            .map(|list| dom::all(&list, "li").iter().map(text).collect())
            .unwrap_or_default()
    }
}

/// One filter's entry in the index.
pub struct IndexView(Element);

impl IndexView {
    /// A flag written as a present attribute (`data-rb-nothing`).
    pub fn flag(&self, name: &str) -> bool {
        self.0.has_attribute(name)
    }

    /// A list of flags written as `1`/`0` (`data-rb-quotes="10"`).
    pub fn flags(&self, name: &str) -> Vec<bool> {
        let list = self.0.get_attribute(name).unwrap_or_default();
        list.bytes().map(|b| b == b'1').collect()
    }

    /// The text named `name` (`data-rb-text`): `status`, the status
    /// sentence; `no-country`, the note on figures without a country (""
    /// for none, or if the index has no such text).
    pub fn text(&self, name: &str) -> String {
        let selector = ["[data-rb-text=\"", name, "\"]"].concat();
        // Trimmed: the pre-rendered HTML writes an empty text as a space.
        let text = dom::first(&self.0, &selector)
            .map(|p| text(&p))
            .unwrap_or_default();
        text.trim().to_owned()
    }

    /// The charts, in the figures section's order.
    pub fn charts(&self) -> Vec<IndexChart> {
        dom::all(&self.0, "[data-rb-values]")
            .into_iter()
            .map(IndexChart)
            .collect()
    }
}

/// One chart under one filter.
pub struct IndexChart(Element);

impl IndexChart {
    /// The sentence under the chart's title.
    pub fn summary(&self) -> String {
        text(&self.0)
    }

    /// Each bar's value and length, as the page writes them.
    pub fn bars(&self) -> Vec<(String, String)> {
        let words = |name| self.0.get_attribute(name).unwrap_or_default();
        let (values, widths) = (words("data-rb-values"), words("data-rb-widths"));
        values
            .split(' ')
            .zip(widths.split(' '))
            .map(|(v, w)| (v.to_owned(), w.to_owned()))
            .collect()
    }
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}
