//! Browser tests (headless Chromium via wasm-bindgen-test-runner): the
//! components mounted into real DOM elements.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::{Country, Paragraph, Roundtable, SpeakerId, Topic};
use roundtable_briefing::components::{Briefing, SourceRef};
use roundtable_briefing::data::ROUNDTABLE;
use roundtable_briefing::mount::mount_briefing;
use roundtable_briefing::state::{BriefingOptions, ViewState};
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
fn source_ref_names_the_paragraph_and_opens_to_our_summary_of_it() {
    let el = container();
    let handle = mount_to(el.clone(), || {
        view! { <SourceRef data=&ROUNDTABLE paragraph=Paragraph(6) /> }
    });
    let details = el
        .query_selector("details[data-testid=source-ref]")
        .unwrap()
        .unwrap();
    assert_eq!(
        details.get_attribute("data-paragraph").as_deref(),
        Some("6")
    );
    let toggle: HtmlElement = details
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // Visible "¶6 · DKnews.kz"; the pilcrow is hidden from assistive
    // technology, which hears "Source: paragraph 6 · DKnews.kz".
    let prefix = toggle
        .query_selector(".rb-visually-hidden")
        .unwrap()
        .unwrap();
    assert_eq!(prefix.text_content().unwrap(), "Source: paragraph ");
    assert_eq!(
        toggle.text_content().unwrap(),
        "Source: paragraph ¶6 · DKnews.kz"
    );
    let hidden = toggle
        .query_selector("[aria-hidden=true]")
        .unwrap()
        .unwrap();
    assert_eq!(hidden.text_content().unwrap(), "¶");
    assert!(!details.has_attribute("open"));
    toggle.click();
    assert!(details.has_attribute("open"), "the disclosure opens");
    let panel = details.query_selector(".rb-ref__panel").unwrap().unwrap();
    let text = panel.text_content().unwrap();
    assert!(text.starts_with("Paragraph 6 of 14 in the DKnews.kz report."));
    assert!(text.ends_with(ROUNDTABLE.paragraph_summary(Paragraph(6)).unwrap()));
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

/// The shipped data with everything Russian taken out except the speakers,
/// so "Russia + family values" leaves nothing at all.
fn data_without_russian_items() -> &'static Roundtable {
    let russian =
        |id: &SpeakerId| ROUNDTABLE.speaker(id).and_then(|s| s.country) == Some(Country::Russia);
    let mut d = ROUNDTABLE.clone();
    d.statements = d
        .statements
        .iter()
        .filter(|s| !russian(&s.speaker))
        .cloned()
        .collect::<Vec<_>>()
        .into();
    d.quotes = d
        .quotes
        .iter()
        .filter(|q| !russian(&q.speaker))
        .cloned()
        .collect::<Vec<_>>()
        .into();
    d.measures = d
        .measures
        .iter()
        .filter(|m| m.country != Country::Russia)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    Box::leak(Box::new(d))
}

fn is_hidden(root: &HtmlElement, selector: &str) -> bool {
    let el = root.query_selector(selector).unwrap().expect(selector);
    el.class_list().contains("rb-filtered-out")
}

#[wasm_bindgen_test]
async fn a_filter_that_leaves_nothing_shows_an_empty_state_with_a_way_back() {
    let data = data_without_russian_items();
    let el = container();
    let state = RwSignal::new(ViewState {
        filter: Filter {
            country: CountryFilter::Only(Country::Russia),
            topic: Some(Topic::FamilyValues),
        },
        ..ViewState::default()
    });
    let handle = mount_to(el.clone(), move || view! { <Briefing data state /> });
    leptos::task::tick().await;
    assert!(
        !is_hidden(&el, "[data-testid=empty-state]"),
        "empty state shown"
    );
    let status = el.query_selector("[role=status]").unwrap().unwrap();
    assert!(status
        .text_content()
        .unwrap()
        .starts_with("Nothing matches these filters."));
    let back: HtmlElement = el
        .query_selector("[data-testid=empty-state] button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    back.click();
    leptos::task::tick().await;
    assert!(state.get_untracked().filter.is_default());
    assert!(
        is_hidden(&el, "[data-testid=empty-state]"),
        "empty state gone"
    );
    assert_eq!(
        count(&el, "[data-testid=speaker]:not(.rb-filtered-out)"),
        10
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn pressing_a_country_changes_only_its_own_briefing() {
    let a = container();
    let b = container();
    let handle_a = mount_briefing(a.clone(), &ROUNDTABLE);
    let handle_b = mount_briefing(b.clone(), &ROUNDTABLE);
    let kz: HtmlElement = a
        .query_selector("[data-testid=country-kz]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    kz.click();
    leptos::task::tick().await;
    assert_eq!(kz.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(count(&a, "[data-testid=speaker]:not(.rb-filtered-out)"), 5);
    assert_eq!(count(&b, "[data-testid=speaker]:not(.rb-filtered-out)"), 10);
    drop(handle_a);
    drop(handle_b);
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Wraps `window.setInterval`/`clearInterval` so a test can see how many
/// intervals are running; returns a function giving that number.
fn track_intervals() -> js_sys::Function {
    js_sys::Function::new_no_args(
        "const active = new Set();
         const set = window.setInterval.bind(window);
         const clear = window.clearInterval.bind(window);
         window.setInterval = (f, t, ...args) => { const id = set(f, t, ...args); active.add(id); return id; };
         window.clearInterval = (id) => { active.delete(id); clear(id); };
         window.__activeIntervals = () => active.size;",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    js_sys::Reflect::get(&window(), &"__activeIntervals".into())
        .unwrap()
        .unchecked_into()
}

fn active(counter: &js_sys::Function) -> f64 {
    counter
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
async fn rotation_advances_and_its_timer_dies_with_the_briefing() {
    let intervals = track_intervals();
    let el = container();
    let state = RwSignal::new(ViewState::default());
    let options = BriefingOptions {
        rotate: true,
        rotate_seconds: 3,
    };
    let handle = mount_to(el.clone(), move || {
        view! { <Briefing data=&ROUNDTABLE state options /> }
    });
    leptos::task::tick().await;
    assert_eq!(active(&intervals), 1.0, "one rotation timer");
    sleep(3400).await;
    assert_eq!(state.get_untracked().slide, 1, "rotated once after 3 s");
    drop(handle);
    assert_eq!(active(&intervals), 0.0, "the timer is cleared on unmount");
    let after = state.get_untracked().slide;
    sleep(3400).await;
    assert_eq!(
        state.get_untracked().slide,
        after,
        "nothing moves after unmount"
    );
    assert_eq!(count(&el, "[data-testid=briefing]"), 0);
}
