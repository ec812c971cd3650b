//! Browser tests (headless Chromium via wasm-bindgen-test-runner): the
//! components mounted into real DOM elements.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use roundtable_briefing::briefing::Paragraph;
use roundtable_briefing::components::SourceRef;
use roundtable_briefing::data::ROUNDTABLE;
use roundtable_briefing::mount::mount_briefing;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element attached to the test page.
fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn count(root: &HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
fn source_ref_shows_the_paragraph_and_says_it_in_words() {
    let el = container();
    let handle = mount_to(el.clone(), || {
        view! { <SourceRef data=&ROUNDTABLE paragraph=Paragraph(6) /> }
    });
    let span = el
        .query_selector("[data-testid=source-ref]")
        .unwrap()
        .unwrap();
    assert_eq!(span.get_attribute("data-paragraph").as_deref(), Some("6"));
    let visible = span.query_selector("[aria-hidden=true]").unwrap().unwrap();
    assert_eq!(visible.text_content().unwrap(), "¶6 · DKnews.kz");
    let spoken = span.query_selector(".rb-visually-hidden").unwrap().unwrap();
    assert_eq!(
        spoken.text_content().unwrap(),
        "Source: paragraph 6 of the DKnews.kz report"
    );
    assert_eq!(
        span.get_attribute("title").as_deref(),
        ROUNDTABLE.paragraph_summary(Paragraph(6))
    );
    drop(handle);
}

#[wasm_bindgen_test]
fn the_briefing_mounts_into_a_given_element_and_replaces_its_placeholder() {
    let el = container();
    el.set_text_content(Some("Loading the briefing…"));
    let handle = mount_briefing(el.clone(), &ROUNDTABLE);
    assert!(!el.text_content().unwrap().contains("Loading the briefing"));
    assert_eq!(count(&el, "[data-testid=speaker]"), 10);
    assert_eq!(count(&el, "figure > blockquote"), 2);
    assert_eq!(count(&el, "[data-testid=figure]"), 5);
    assert_eq!(count(&el, "[data-testid=measure]"), 12);
    assert_eq!(count(&el, "h1"), 1);
    drop(handle);
    assert_eq!(
        count(&el, "[data-testid=briefing]"),
        0,
        "unmounting removes it"
    );
}

#[wasm_bindgen_test]
fn two_briefings_on_one_page_are_independent() {
    let a = container();
    let b = container();
    let handle_a = mount_briefing(a.clone(), &ROUNDTABLE);
    let handle_b = mount_briefing(b.clone(), &ROUNDTABLE);
    assert_eq!(count(&a, "[data-testid=speaker]"), 10);
    assert_eq!(count(&b, "[data-testid=speaker]"), 10);
    drop(handle_a);
    assert_eq!(count(&a, "[data-testid=speaker]"), 0);
    assert_eq!(
        count(&b, "[data-testid=speaker]"),
        10,
        "b survives a's removal"
    );
    drop(handle_b);
}
