use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::browser::deferred;
use crate::components::{
    AgendaSection, BriefingHeader, ClientIndex, CompareSection, Conclusions, EmptyState,
    FiguresSection, FilterBar, HeadingOffset, PeopleMentioned, QuotesSection, SourceNote,
    SpeakersSection,
};
use crate::lang::Lang;
use crate::state::options::{Layout, Section};
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
    /// The view state; a fresh default one if not given.
    #[prop(optional)]
    state: Option<RwSignal<ViewState>>,
    /// Presentation options chosen by the host page: sections and their
    /// order, layout, title level, carousel rotation.
    #[prop(optional)]
    options: BriefingOptions,
    /// The edition's language: its words, and `lang` on the article
    /// (`data` must be that edition's data). English if not given.
    #[prop(optional)]
    lang: Lang,
) -> impl IntoView {
    provide_context(HeadingOffset(options.heading_level.saturating_sub(1)));
    provide_context(lang);
    let state = state.unwrap_or_else(|| RwSignal::new(ViewState::default()));
    // Derived, not stored: the filter alone (so slide changes do not re-run
    // the filters) and what it leaves, counted.
    let filter = Memo::new(move |_| state.get().filter);
    let theme = Memo::new(move |_| state.get().theme);
    let selection = Memo::new(move |_| data.select(filter.get()));
    // The controls and the announcement follow `filter` in the click's own
    // frame; the sections follow `shown`, one paint later (see `deferred`).
    let (shown, busy) = deferred(filter);
    let shown_selection = Memo::new(move |_| data.select(shown.get()));
    // The host's sections, in the host's order. The headline, the filters
    // and the source note are always there: a briefing without its
    // attribution is not one.
    let sections = options
        .sections
        .iter()
        .map(|section| match section {
            Section::Agenda => view! { <AgendaSection data /> }.into_any(),
            Section::Quotes => {
                view! { <QuotesSection data state filter=shown selection=shown_selection options /> }.into_any()
            }
            Section::Speakers => view! { <SpeakersSection data /> }.into_any(),
            Section::Figures => view! { <FiguresSection data filter=shown selection=shown_selection /> }.into_any(),
            Section::Compare => view! { <CompareSection data filter=shown /> }.into_any(),
            Section::Conclusions => view! { <Conclusions data /> }.into_any(),
            Section::Mentioned => view! { <PeopleMentioned data /> }.into_any(),
        })
        .collect_view();
    // The reader's client's index, for the pre-rendered pages only: the
    // full bundle renders the briefing itself and has no use for it.
    let index = cfg!(not(target_arch = "wasm32")).then(|| view! { <ClientIndex data /> });
    view! {
        <article
            class="rb-briefing"
            class=("rb-briefing--compact", options.layout == Layout::Compact)
            lang=lang.code()
            data-theme=move || theme.get().code()
            data-rb-filter-country=move || shown.get().attrs().0
            data-rb-filter-topic=move || shown.get().attrs().1
            aria-busy=move || busy.get().then_some("true")
            data-rb-failure-note=lang.words().failure_note
            data-testid="briefing"
        >
            <BriefingHeader data />
            <FilterBar data state selection />
            <EmptyState state selection=shown_selection />
            {sections}
            <SourceNote data />
            {index}
        </article>
    }
}
