//! The figures' count-up on the pre-rendered HTML (markup and reasons in
//! `components/count_up.rs`): the reported figure stays until the figure
//! is first in view, then counts up through frames written at build time
//! (the index), qualifier in every frame, and ends on the reported figure.
//! Nothing moves under reduced motion; without a timer or an
//! IntersectionObserver the reported figure simply stays. Each figure's
//! phase is in `data-count-up` (`waiting`, `counting`, `done`).

use std::cell::Cell;
use std::rc::Rc;
use web_sys::Element;

use super::dom::{self, set_attr, set_text, Interval};
use super::index::PageIndex;
use crate::briefing::index::COUNT_STEP_MS;
use crate::browser::{on_first_view, prefers_reduced_motion};
use crate::state::CountPhase;

/// The attribute holding a figure's [`CountPhase`].
const PHASE: &str = "data-count-up";

/// Arms the count-up of every figure in `article`.
pub fn attach(article: &Element, index: &PageIndex) {
    if prefers_reduced_motion() {
        return;
    }
    for digits in dom::all(article, ".rb-count") {
        let frames = digits
            .closest("[data-stat]")
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("data-stat"))
            .map(|id| index.frames(&id))
            .unwrap_or_default();
        if frames.is_empty() {
            continue;
        }
        set_attr(&digits, PHASE, Some(CountPhase::Waiting.code()));
        let el = digits.clone();
        let guard = on_first_view(&digits, move || count(el, frames));
        match guard {
            // Watches until the first view, then stops (the page keeps it).
            Some(guard) => std::mem::forget(guard),
            // No IntersectionObserver: nothing will start it.
            None => set_attr(&digits, PHASE, Some(CountPhase::Done.code())),
        }
    }
}

/// Counts `digits` through `frames`, one every [`COUNT_STEP_MS`].
fn count(digits: Element, frames: Vec<String>) {
    set_text(&digits, &frames[0]);
    set_attr(&digits, PHASE, Some(CountPhase::Counting.code()));
    let reported = frames[frames.len() - 1].clone();
    let step = Rc::new(Cell::new(0usize));
    let timer: Rc<Cell<Option<Interval>>> = Rc::new(Cell::new(None));
    let stop = Rc::clone(&timer);
    let el = digits.clone();
    let tick = move || {
        let next = step.get() + 1;
        step.set(next);
        let last = next >= frames.len() - 1;
        set_text(&el, &frames[next.min(frames.len() - 1)]);
        if last {
            set_attr(&el, PHASE, Some(CountPhase::Done.code()));
            drop(stop.take()); // stops the timer
        }
    };
    match Interval::new(COUNT_STEP_MS, tick) {
        Some(h) => timer.set(Some(h)),
        // No timer: the reported figure at once rather than a zero for good.
        None => {
            set_text(&digits, &reported);
            set_attr(&digits, PHASE, Some(CountPhase::Done.code()));
        }
    }
}
