use leptos::html;
use leptos::prelude::*;

use crate::briefing::Statistic;

/// A figure that counts up the first time it scrolls into view.
///
/// The settled figure sits in a stable, visually hidden node that assistive
/// technology reads; the moving digits are `aria-hidden`. The qualifier
/// ("over", "more than") is part of every frame. Rendered without a browser,
/// or under `prefers-reduced-motion: reduce`, it shows the final figure
/// straight away.
#[component]
pub fn CountUp(
    /// The figure.
    stat: &'static Statistic,
) -> impl IntoView {
    let final_text = stat.figure();
    let shown = RwSignal::new(final_text.clone());
    let node = NodeRef::<html::Span>::new();
    // Only in the browser: natively the final figure simply stays.
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| animate_on_first_view(node, stat, shown));
    view! {
        <span class="rb-visually-hidden" data-testid="figure-final">{final_text}</span>
        <span class="rb-count" aria-hidden="true" node_ref=node data-testid="figure-shown">
            {move || shown.get()}
        </span>
    }
}

/// Resets `shown` to zero and counts it up to the figure the first time the
/// node scrolls into view; does nothing under reduced motion. The observer
/// and the timer are dropped with the component.
#[cfg(target_arch = "wasm32")]
fn animate_on_first_view(
    node: NodeRef<html::Span>,
    stat: &'static Statistic,
    shown: RwSignal<String>,
) {
    use crate::briefing::stats::figure_at;
    use send_wrapper::SendWrapper;
    use std::time::Duration;

    /// Steps of the count-up (about one second in all).
    const STEPS: u32 = 24;
    /// Milliseconds between steps.
    const STEP_MS: u64 = 40;

    if crate::browser::prefers_reduced_motion() {
        return;
    }
    let Some(el) = node.get() else { return };
    shown.set(figure_at(stat, 0, STEPS));
    let timer = StoredValue::new(None::<IntervalHandle>);
    let guard = crate::browser::on_first_view(&el, move || {
        let step = StoredValue::new(0u32);
        let tick = move || {
            let Some(done) = step.try_get_value() else {
                return;
            };
            let next = done + 1;
            step.set_value(next);
            shown.set(figure_at(stat, next, STEPS));
            if next >= STEPS {
                if let Some(h) = timer.try_get_value().flatten() {
                    h.clear();
                }
            }
        };
        if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(STEP_MS)) {
            timer.set_value(Some(h));
        }
    });
    let guard = SendWrapper::new(guard);
    on_cleanup(move || {
        drop(guard);
        // try_: the stored handle may already be disposed with its owner.
        if let Some(h) = timer.try_get_value().flatten() {
            h.clear();
        }
    });
}
