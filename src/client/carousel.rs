//! The quote carousel's behaviour on its pre-rendered HTML, after the W3C
//! APG carousel pattern (see `components/quote_carousel.rs` for the markup
//! and its reasons): previous/next and a numbered picker, arrow keys, Home
//! and End inside it, horizontal swipes, rotation only when the host asks
//! and the reader has not asked for reduced motion (stopped for good by
//! focus, hover or its button), `aria-live` off while rotating, slides not
//! shown `inert`. The filter decides which quotes are slides (from the
//! index); the current one lives in the view state.

use std::cell::Cell;
use std::rc::Rc;

use reactive_graph::computed::Memo;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::signal::RwSignal;
use reactive_graph::traits::{Get, GetUntracked, Set, Update};
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

use super::dom::{self, set_attr, set_class, set_hidden, set_text, Interval};
use super::index::PageIndex;
use crate::briefing::filter::Filter;
use crate::browser::prefers_reduced_motion;
use crate::lang::fill;
use crate::state::carousel::{apply, clamp, SlideMove};
use crate::state::{BriefingOptions, ViewState};

/// The carousel's elements, found once.
struct Parts {
    root: Element,
    slides: Vec<Element>,
    dots: Vec<Element>,
    nav: Option<Element>,
    rotation: Option<Element>,
    live: Option<Element>,
}

/// Binds the carousel in `article`, if it has one; the effects it returns
/// keep it in step with the state.
pub fn attach(
    article: &Element,
    state: RwSignal<ViewState>,
    filter: Memo<Filter>,
    options: &BriefingOptions,
    index: PageIndex,
) -> Vec<ImmediateEffect> {
    let Some(root) = dom::first(article, ".rb-carousel") else {
        return Vec::new();
    };
    let parts = Rc::new(Parts {
        slides: dom::all(&root, ".rb-carousel__slide"),
        dots: dom::all(&root, ".rb-carousel__dot"),
        nav: dom::first(&root, ".rb-carousel__nav"),
        rotation: dom::first(&root, ".rb-carousel__rotation"),
        live: dom::first(&root, ".rb-carousel__slides"),
        root,
    });
    let slide_count = parts.slides.len();
    // The edition's words, as the pre-rendered carousel carries them.
    let slide_label = parts
        .root
        .get_attribute("data-rb-slide-label")
        .unwrap_or_default();
    let dot_label = parts
        .root
        .get_attribute("data-rb-dot-label")
        .unwrap_or_default();
    // The rotation button says "start" as pre-rendered; "stop" is carried.
    let (stop_label, start_label) = parts.rotation.as_ref().map_or_else(Default::default, |b| {
        (
            b.get_attribute("data-rb-stop").unwrap_or_default(),
            b.text_content().unwrap_or_default(),
        )
    });
    // Each slide's speaker, for its label: the name it shows.
    let names: Vec<String> = parts
        .slides
        .iter()
        .map(|s| {
            dom::first(s, ".rb-quote__name")
                .and_then(|n| n.text_content())
                .unwrap_or_default()
        })
        .collect();
    // Indexes (into the quotes) of the slides the filter leaves.
    let slides = Memo::new(move |_| {
        match index.view(filter.get()) {
            Some(v) => v
                .flags("data-rb-quotes")
                .iter()
                .enumerate()
                .filter(|(_, shown)| **shown)
                .map(|(i, _)| i)
                .collect::<Vec<_>>(),
            // No index: every slide, as pre-rendered.
            None => (0..slide_count).collect(),
        }
    });
    let count = Memo::new(move |_| slides.get().len());
    let go = move |step: SlideMove| {
        let n = count.get_untracked();
        let now = state.get_untracked();
        let slide = apply(now.slide, n, step);
        if slide != now.slide {
            state.set(ViewState { slide, ..now });
        }
    };

    for button in dom::all(&parts.root, "[data-rb-move]") {
        let step = match button.get_attribute("data-rb-move").as_deref() {
            Some("previous") => SlideMove::Previous,
            _ => SlideMove::Next,
        };
        dom::on::<Event>(&button, "click", move |_| go(step));
    }
    for (i, dot) in parts.dots.iter().enumerate() {
        dom::on::<Event>(dot, "click", move |_| {
            if let Some(p) = slides.get_untracked().iter().position(|&j| j == i) {
                go(SlideMove::To(p));
            }
        });
    }
    dom::on::<KeyboardEvent>(&parts.root, "keydown", move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        if let Some(step) = SlideMove::from_key(&e.key()) {
            e.prevent_default();
            go(step);
        }
    });
    if let Some(live) = &parts.live {
        let start = Rc::new(Cell::new(None::<(f64, f64)>));
        let from = Rc::clone(&start);
        dom::on::<PointerEvent>(live, "pointerdown", move |e| {
            from.set(Some((f64::from(e.client_x()), f64::from(e.client_y()))));
        });
        dom::on::<PointerEvent>(live, "pointerup", move |e| {
            if let Some((x, y)) = start.take() {
                let dx = f64::from(e.client_x()) - x;
                let dy = f64::from(e.client_y()) - y;
                if let Some(step) = SlideMove::from_swipe(dx, dy) {
                    go(step);
                }
            }
        });
    }

    let can_rotate = options.rotate && !prefers_reduced_motion();
    let rotating = RwSignal::new(can_rotate);
    let every_ms = options.rotate_seconds.saturating_mul(1000);
    for event in ["focusin", "mouseenter"] {
        dom::on::<Event>(&parts.root, event, move |_| {
            if rotating.get_untracked() {
                rotating.set(false);
            }
        });
    }
    if let Some(button) = &parts.rotation {
        set_hidden(button, !can_rotate);
        dom::on::<Event>(button, "click", move |_| rotating.update(|r| *r = !*r));
    }

    let shown = Rc::clone(&parts);
    let show = dom::effect(move || {
        let slides = slides.get();
        let n = slides.len();
        let current = clamp(state.get().slide, n);
        set_hidden(&shown.root, n == 0);
        if let Some(nav) = &shown.nav {
            set_hidden(nav, n < 2);
        }
        let place = |i: usize| slides.iter().position(|&j| j == i);
        for (i, slide) in shown.slides.iter().enumerate() {
            let position = place(i);
            let is_current = position == Some(current);
            set_class(slide, "rb-carousel__slide--current", is_current);
            set_attr(slide, "inert", (!is_current).then_some(""));
            let name = names.get(i).map_or("", String::as_str);
            let label = position.map(|p| {
                let (p, n) = ((p + 1).to_string(), n.to_string());
                fill(&slide_label, &[("n", &p), ("count", &n), ("name", name)])
            });
            set_attr(slide, "aria-label", label.as_deref());
        }
        for (i, dot) in shown.dots.iter().enumerate() {
            let position = place(i);
            let name = names.get(i).map_or("", String::as_str);
            let label =
                position.map(|p| fill(&dot_label, &[("n", &(p + 1).to_string()), ("name", name)]));
            set_attr(dot, "aria-label", label.as_deref());
            set_attr(
                dot,
                "aria-current",
                (position == Some(current)).then_some("true"),
            );
            if let Some(p) = position {
                set_text(dot, &(p + 1).to_string());
            }
        }
    });

    let timer: Rc<Cell<Option<Interval>>> = Rc::new(Cell::new(None));
    let rotate = dom::effect(move || {
        let on = rotating.get();
        if let Some(live) = &parts.live {
            set_attr(live, "aria-live", Some(if on { "off" } else { "polite" }));
        }
        if let Some(button) = &parts.rotation {
            set_text(button, if on { &stop_label } else { &start_label });
        }
        // Dropping the old timer stops it.
        timer.set(
            on.then(|| Interval::new(every_ms, move || go(SlideMove::Next)))
                .flatten(),
        );
    });
    vec![show, rotate]
}
