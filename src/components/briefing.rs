use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{
    AgendaSection, BriefingHeader, CompareSection, Conclusions, EmptyState, FilterBar,
    HeadingOffset, PeopleMentioned, QuotesSection, SourceNote, SpeakersSection, StatsSection,
};
use crate::state::{BriefingOptions, ViewState};

/// The whole briefing, from headline to source note, with its controls.
///
/// Renders into whatever element it is mounted in: it makes no assumption
/// about `body`, keeps its state in a signal it owns or is given, and touches
/// no browser API, so several can share a page and the same view renders to
/// static HTML. Where the state is mirrored (the standalone page's URL, or
/// nowhere for an embed) is decided by whoever mounts it.
#[component]
pub fn Briefing(
    /// The data to show: [`crate::data::ROUNDTABLE`] in the app, a fixture in tests.
    data: &'static Roundtable,
    /// How many levels to push headings down (0: the title is an `<h1>`).
    #[prop(optional)]
    heading_offset: u8,
    /// The view state; a fresh default one if not given.
    #[prop(optional)]
    state: Option<RwSignal<ViewState>>,
    /// Presentation options chosen by the host page (carousel rotation).
    #[prop(optional)]
    options: BriefingOptions,
) -> impl IntoView {
    provide_context(HeadingOffset(heading_offset));
    let state = state.unwrap_or_else(|| RwSignal::new(ViewState::default()));
    // Derived, not stored: the filter alone (so slide changes do not re-run
    // the filters) and what it leaves, counted.
    let filter = Memo::new(move |_| state.get().filter);
    let selection = Memo::new(move |_| data.select(filter.get()));
    view! {
        <article
            class="rb-briefing"
            lang=&*data.report.language
            data-theme=move || state.get().theme.code()
            data-testid="briefing"
        >
            <BriefingHeader data />
            <FilterBar data state selection />
            <EmptyState state selection />
            <AgendaSection data filter />
            <QuotesSection data state filter selection options />
            <SpeakersSection data filter />
            <StatsSection data filter selection />
            <CompareSection data filter />
            <Conclusions data />
            <PeopleMentioned data />
            <SourceNote data />
        </article>
    }
}
