use leptos::html;
use leptos::prelude::*;

use crate::briefing::stats::figure_at;
use crate::briefing::Statistic;

/// Steps of the count-up animation (about one second in all).
const STEPS: u32 = 24;
/// Milliseconds between steps.
const STEP_MS: u64 = 40;

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
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        use send_wrapper::SendWrapper;
        use std::time::Duration;
        if crate::browser::prefers_reduced_motion() {
            return;
        }
        let Some(el) = node.get() else { return };
        shown.set(figure_at(stat, 0, STEPS));
        let guard = crate::browser::on_first_view(&el, move || {
            let step = StoredValue::new(0u32);
            let handle = StoredValue::new(None::<IntervalHandle>);
            let tick = move || {
                let next = step.get_value() + 1;
                step.set_value(next);
                shown.set(figure_at(stat, next, STEPS));
                if next >= STEPS {
                    if let Some(h) = handle.get_value() {
                        h.clear();
                    }
                }
            };
            if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(STEP_MS)) {
                handle.set_value(Some(h));
            }
        });
        let guard = SendWrapper::new(guard);
        on_cleanup(move || drop(guard));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (figure_at, STEPS, STEP_MS);
    view! {
        <span class="rb-visually-hidden" data-testid="figure-final">{final_text}</span>
        <span class="rb-count" aria-hidden="true" node_ref=node data-testid="figure-shown">
            {move || shown.get()}
        </span>
    }
}
