//! A host's presentation options applied to the pre-rendered briefing,
//! which the build renders with every section in the default order, the
//! full layout and the title as an `h1`: sections left out are removed,
//! the rest put in the host's order (in the DOM, so reading and focus order
//! follow), the layout class set, and headings moved to the host's level.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom;
use crate::state::options::{Layout, Section};
use crate::state::BriefingOptions;

/// Applies `options` to `article`.
pub fn apply(article: &Element, options: &BriefingOptions) {
    arrange_sections(article, options);
    dom::set_class(
        article,
        "rb-briefing--compact",
        options.layout == Layout::Compact,
    );
    set_heading_level(article, options.heading_level);
}

/// Removes the sections the host left out and orders the others, before
/// the source note (always last, like the headline is always first).
fn arrange_sections(article: &Element, options: &BriefingOptions) {
    let present = dom::all(article, "[data-rb-section]");
    if present.is_empty() {
        return;
    }
    let anchor = present.last().and_then(|s| s.next_sibling());
    let mut kept = Vec::with_capacity(present.len());
    for section in &present {
        let code = section
            .get_attribute("data-rb-section")
            .and_then(|code| Section::from_code(&code));
        match code {
            Some(s) if options.sections.contains(s) => kept.push(s),
            _ => section.remove(),
        }
    }
    // Already in the host's order (always so by default): move nothing.
    // Moving a section, even to where it is, makes the browser lay the
    // whole briefing out again in the next frame, 90–270 ms at 4× CPU.
    if kept.as_slice() == options.sections.as_slice() {
        return;
    }
    let Some(parent) = present.first().and_then(|s| s.parent_node()) else {
        return;
    };
    for wanted in options.sections.iter() {
        let found = present
            .iter()
            .find(|s| s.get_attribute("data-rb-section").as_deref() == Some(wanted.code()));
        if let Some(section) = found {
            let _ = parent.insert_before(section, anchor.as_ref());
        }
    }
}

/// The level of the pre-rendered title (`h1` unless the build says otherwise).
fn title_level(article: &Element) -> u8 {
    dom::first(article, "h1, h2, h3, h4, h5, h6")
        .and_then(|h| h.tag_name().get(1..2)?.parse().ok())
        .unwrap_or(1)
}

/// Moves every heading by the difference between the host's title level
/// and the pre-rendered one, clamped to `h6`: a new element of the right
/// tag takes the old one's attributes and children (nothing re-rendered).
fn set_heading_level(article: &Element, level: u8) {
    let from = title_level(article);
    if level == from {
        return;
    }
    let Some(document) = article.owner_document() else {
        return;
    };
    for heading in dom::all(article, "h1, h2, h3, h4, h5, h6") {
        let Some(old) = heading
            .tag_name()
            .get(1..2)
            .and_then(|d| d.parse::<u8>().ok())
        else {
            continue;
        };
        let new = (i16::from(old) + i16::from(level) - i16::from(from)).clamp(1, 6);
        let Ok(replacement) = document.create_element(&format!("h{new}")) else {
            continue;
        };
        let attributes = heading.attributes();
        for i in 0..attributes.length() {
            if let Some(attr) = attributes.item(i) {
                let _ = replacement.set_attribute(&attr.name(), &attr.value());
            }
        }
        while let Some(child) = heading.first_child() {
            let _ = replacement.append_child(&child);
        }
        if let Some(node) = replacement.dyn_ref::<web_sys::Node>() {
            let _ = heading.replace_with_with_node_1(node);
        }
    }
}
