use leptos::html;
use leptos::prelude::*;

use crate::briefing::Statistic;

pub use crate::state::CountPhase;

/// A figure that counts up the first time it scrolls into view.
///
/// The settled figure sits in a stable, visually hidden node that assistive
/// technology reads; the moving digits are `aria-hidden`. The qualifier
/// ("over", "more than") is part of every frame. Until it is first in view it
/// shows the final figure, so a full-page screenshot, a print or a copy of a
/// page nobody scrolled never shows "over 0 crisis centres". Rendered without
/// a browser, or under `prefers-reduced-motion: reduce`, it shows the final
/// figure throughout.
#[component]
pub fn CountUp(
    /// The figure.
    stat: &'static Statistic,
) -> impl IntoView {
    let lang = crate::components::edition();
    let final_text = stat.figure_in(lang);
    let shown = RwSignal::new(final_text.clone());
    let phase = RwSignal::new(CountPhase::Done);
    let node = NodeRef::<html::Span>::new();
    // Only in the browser: natively the final figure simply stays.
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| animate_on_first_view(node, stat, shown, phase, lang));
    view! {
        <span class="rb-visually-hidden" data-testid="figure-final">{final_text}</span>
        <span
            class="rb-count"
            aria-hidden="true"
            node_ref=node
            data-testid="figure-shown"
            data-count-up=move || phase.get().code()
        >
            {move || shown.get()}
        </span>
    }
}

/// The first time the node scrolls into view, resets `shown` to zero and
/// counts it up to the figure, moving `phase` from waiting to counting to
/// done; does nothing under reduced motion. The observer and the timer are
/// dropped with the component.
#[cfg(target_arch = "wasm32")]
fn animate_on_first_view(
    node: NodeRef<html::Span>,
    stat: &'static Statistic,
    shown: RwSignal<String>,
    phase: RwSignal<CountPhase>,
    lang: crate::lang::Lang,
) {
    use crate::briefing::index::{COUNT_STEPS as STEPS, COUNT_STEP_MS};
    use crate::briefing::stats::figure_at;
    use send_wrapper::SendWrapper;
    use std::time::Duration;

    // The same steps as the reader's client (the index's frames).
    const STEP_MS: u64 = COUNT_STEP_MS as u64;

    if crate::browser::prefers_reduced_motion() {
        return;
    }
    let Some(el) = node.get() else { return };
    phase.set(CountPhase::Waiting);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let guard = crate::browser::on_first_view(&el, move || {
        shown.set(figure_at(stat, 0, STEPS, lang));
        phase.set(CountPhase::Counting);
        let step = StoredValue::new(0u32);
        let tick = move || {
            let Some(done) = step.try_get_value() else {
                return;
            };
            let next = done + 1;
            step.set_value(next);
            shown.set(figure_at(stat, next, STEPS, lang));
            if next >= STEPS {
                phase.set(CountPhase::Done);
                if let Some(h) = timer.try_get_value().flatten() {
                    h.clear();
                }
            }
        };
        match set_interval_with_handle(tick, Duration::from_millis(STEP_MS)) {
            Ok(h) => timer.set_value(Some(h)),
            // No timer: the final figure at once rather than a zero for good.
            Err(_) => {
                shown.set(figure_at(stat, STEPS, STEPS, lang));
                phase.set(CountPhase::Done);
            }
        }
    });
    if guard.is_none() {
        // No IntersectionObserver: nothing will start the count-up.
        phase.set(CountPhase::Done);
    }
    let guard = SendWrapper::new(guard);
    on_cleanup(move || {
        drop(guard);
        // try_: the stored handle may already be disposed with its owner.
        if let Some(h) = timer.try_get_value().flatten() {
            h.clear();
        }
    });
}
