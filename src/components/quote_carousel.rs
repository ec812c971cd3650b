use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::filter::Filter;
use crate::briefing::Roundtable;
use crate::browser::{prefers_reduced_motion, INTERACTIVE};
use crate::components::{words, QuoteFigure};
use crate::lang::{fill, Words};
use crate::state::carousel::{apply, clamp, SlideMove};
use crate::state::{BriefingOptions, ViewState};

/// The verbatim quotes as a carousel, after the W3C APG carousel pattern.
///
/// - A labelled region (`aria-roledescription="carousel"`); each slide a
///   named group (`aria-roledescription="slide"`). Slides share one grid
///   cell, so the box keeps the height of the tallest and changing slides
///   moves nothing else; slides not shown are `visibility: hidden` and
///   `inert`, so nothing in them can be focused.
/// - Native buttons for previous/next and a numbered picker; arrow keys,
///   Home and End while focus is inside; horizontal swipes (vertical
///   scrolling is left alone). None of them moves focus.
/// - Rotation only when the page asks for it and the reader has not asked
///   for reduced motion; its button comes first, stops on focus or hover and
///   never restarts by itself; `aria-live` is off while it rotates.
/// - Follows the filter: only the quotes it leaves, the position kept valid.
#[component]
pub fn QuoteCarousel(
    /// The briefing data.
    data: &'static Roundtable,
    /// The view state (holds the current slide).
    state: RwSignal<ViewState>,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
    /// Presentation options (rotation).
    #[prop(optional)]
    options: Option<BriefingOptions>,
) -> impl IntoView {
    let options = options.unwrap_or_default();
    let w = words();
    // Indexes (into data.quotes) of the slides the filter leaves.
    let slides = Memo::new(move |_| {
        let f = filter.get();
        data.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| f.shows_quote(data, q))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    let count = Memo::new(move |_| slides.get().len());
    let current = Memo::new(move |_| clamp(state.get().slide, count.get()));
    let go = move |step: SlideMove| {
        let n = count.get_untracked();
        state.update(|s| s.slide = apply(s.slide, n, step));
    };

    // Rotation: decided on the client, where the media query can be asked.
    let can_rotate = RwSignal::new(false);
    let rotating = RwSignal::new(false);
    Effect::new(move |_| {
        if options.rotate && !prefers_reduced_motion() {
            can_rotate.set(true);
            rotating.set(true);
        }
    });
    Effect::new(move |_| {
        if rotating.get() {
            let every = Duration::from_secs(u64::from(options.rotate_seconds));
            if let Ok(handle) = set_interval_with_handle(move || go(SlideMove::Next), every) {
                on_cleanup(move || handle.clear());
            }
        }
    });
    let stop = move || rotating.set(false);

    let pointer_start = StoredValue::new(None::<(f64, f64)>);
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        if let Some(step) = SlideMove::from_key(&e.key()) {
            e.prevent_default();
            go(step);
        }
    };

    // Each quote's place among the slides the filter leaves (None: filtered
    // out), computed once and shared by its slide and its picker button.
    let positions: Vec<Memo<Option<usize>>> = (0..data.quotes.len())
        .map(|i| Memo::new(move |_| slides.get().iter().position(|&j| j == i)))
        .collect();

    let slide_views = data
        .quotes
        .iter()
        .zip(positions.iter().copied())
        .map(|(quote, position)| {
            let shown = Memo::new(move |_| position.get() == Some(current.get()));
            let name = data.speaker_name(&quote.speaker);
            let (country, topics) = quote_facets(data, quote);
            let label = move || position.get().map(|p| slide_label(w, p, count.get(), name));
            view! {
                <div
                    class="rb-carousel__slide"
                    class=("rb-carousel__slide--current", shown)
                    data-rb-country=country
                    data-rb-topics=topics
                    role="group"
                    aria-roledescription="slide"
                    aria-label=label
                    // Only once the app runs: pre-rendered for readers
                    // without it, every slide must stay readable.
                    inert=move || INTERACTIVE && !shown.get()
                    data-testid="slide"
                >
                    <QuoteFigure data quote />
                </div>
            }
        })
        .collect_view();

    let picker = data
        .quotes
        .iter()
        .zip(positions)
        .map(|(quote, position)| {
            let name = data.speaker_name(&quote.speaker);
            let (country, topics) = quote_facets(data, quote);
            view! {
                <button
                    type="button"
                    class="rb-carousel__dot"
                    data-rb-country=country
                    data-rb-topics=topics
                    aria-label=move || position.get().map(|p| dot_label(w, p, name))
                    aria-current=move || (position.get() == Some(current.get())).then_some("true")
                    data-testid="slide-picker"
                    on:click=move |_| {
                        if let Some(p) = position.get_untracked() {
                            go(SlideMove::To(p));
                        }
                    }
                >
                    {move || position.get().map(|p| p + 1)}
                </button>
            }
        })
        .collect_view();

    view! {
        <div
            class="rb-carousel"
            class=("rb-filtered-out", Memo::new(move |_| count.get() == 0))
            role="region"
            aria-roledescription="carousel"
            aria-label=w.carousel_label
            data-testid="carousel"
            data-rb-slide-label=w.slide_label
            data-rb-dot-label=w.dot_label
            on:keydown=on_keydown
            on:focusin=move |_| stop()
            on:mouseenter=move |_| stop()
        >
            <div class="rb-carousel__controls">
                <button
                    type="button"
                    class="rb-button rb-carousel__rotation"
                    class=("rb-filtered-out", Memo::new(move |_| !can_rotate.get()))
                    data-testid="rotation"
                    data-rb-stop=w.stop_rotation
                    on:click=move |_| rotating.update(|r| *r = !*r)
                >
                    {move || if rotating.get() { w.stop_rotation } else { w.start_rotation }}
                </button>
                <div
                    class="rb-carousel__nav"
                    class=("rb-filtered-out", Memo::new(move |_| count.get() < 2))
                >
                    <button
                        type="button"
                        class="rb-button"
                        data-testid="slide-previous"
                        data-rb-move="previous"
                        on:click=move |_| go(SlideMove::Previous)
                    >
                        <span aria-hidden="true">"← "</span>
                        {w.previous}
                        <span class="rb-visually-hidden">{w.quote_word}</span>
                    </button>
                    <div class="rb-carousel__picker" role="group" aria-label=w.choose_quote>
                        {picker}
                    </div>
                    <button
                        type="button"
                        class="rb-button"
                        data-testid="slide-next"
                        data-rb-move="next"
                        on:click=move |_| go(SlideMove::Next)
                    >
                        {w.next}
                        <span class="rb-visually-hidden">{w.quote_word}</span>
                        <span aria-hidden="true">" →"</span>
                    </button>
                </div>
            </div>
            <div
                class="rb-carousel__slides"
                aria-atomic="false"
                aria-live=move || if rotating.get() { "off" } else { "polite" }
                on:pointerdown=move |e: ev::PointerEvent| {
                    pointer_start.set_value(Some((f64::from(e.client_x()), f64::from(e.client_y()))));
                }
                on:pointerup=move |e: ev::PointerEvent| {
                    if let Some((x, y)) = pointer_start.get_value() {
                        pointer_start.set_value(None);
                        let dx = f64::from(e.client_x()) - x;
                        let dy = f64::from(e.client_y()) - y;
                        if let Some(step) = SlideMove::from_swipe(dx, dy) {
                            go(step);
                        }
                    }
                }
            >
                {slide_views}
            </div>
        </div>
    }
}

/// A quote's filter attributes: its speaker's country and its own topics.
fn quote_facets(data: &Roundtable, quote: &crate::briefing::Quote) -> (&'static str, String) {
    let country = data.speaker(&quote.speaker).and_then(|s| s.country);
    (country_attr(country), topics_attr(quote.topics.iter()))
}

/// A slide's name at place `p` (from 0) of `count`: the edition's template
/// filled in, as the reader's client fills the same template.
fn slide_label(w: &Words, p: usize, count: usize, name: &str) -> String {
    fill(
        w.slide_label,
        &[
            ("n", &(p + 1).to_string()),
            ("count", &count.to_string()),
            ("name", name),
        ],
    )
}

/// A picker button's name at place `p` (from 0).
fn dot_label(w: &Words, p: usize, name: &str) -> String {
    fill(w.dot_label, &[("n", &(p + 1).to_string()), ("name", name)])
}
