use leptos::prelude::*;

use crate::briefing::filter::Selection;
use crate::components::words;
use crate::state::ViewState;

/// Shown instead of a blank page when the filters leave nothing, with a way back.
#[component]
pub fn EmptyState(
    /// The view state (to clear the filters).
    state: RwSignal<ViewState>,
    /// What the current filter shows.
    #[prop(into)]
    selection: Signal<Selection>,
) -> impl IntoView {
    let w = words();
    view! {
        <div
            class="rb-empty"
            class=("rb-filtered-out", Memo::new(move |_| !selection.get().is_empty()))
            data-testid="empty-state"
        >
            <p>{w.nothing_matches}</p>
            <button
                type="button"
                class="rb-button"
                data-rb-set=crate::components::CLEAR_FILTERS
                on:click=move |_| state.update(|s| s.filter = Default::default())
            >
                {w.show_whole_briefing}
            </button>
        </div>
    }
}
