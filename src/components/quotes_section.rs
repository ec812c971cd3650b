use leptos::prelude::*;

use crate::briefing::filter::{Filter, Selection};
use crate::briefing::Roundtable;
use crate::components::{edition, words, Heading, NoneNote, QuoteCarousel};
use crate::state::Section;
use crate::state::{BriefingOptions, ViewState};

/// The report's verbatim quotes, in a carousel under a visible heading.
#[component]
pub fn QuotesSection(
    /// The briefing data.
    data: &'static Roundtable,
    /// The view state (the carousel keeps its slide there).
    state: RwSignal<ViewState>,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
    /// What the filter shows, counted.
    #[prop(into)]
    selection: Signal<Selection>,
    /// Presentation options (carousel rotation).
    options: BriefingOptions,
) -> impl IntoView {
    let w = words();
    view! {
        <section class="rb-section rb-quotes" data-rb-section="quotes" data-testid="quotes">
            <Heading level=2 class="rb-section__title">{Section::Quotes.label(edition())}</Heading>
            <p class="rb-section__intro">{w.quotes_intro}</p>
            <NoneNote empty=Memo::new(move |_| selection.get().quotes.shown == 0)>
                {w.no_quote_matches}
            </NoneNote>
            <QuoteCarousel data state filter options />
        </section>
    }
}
