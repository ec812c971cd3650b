use leptos::prelude::*;

use crate::briefing::filter::Filter;
use crate::briefing::Roundtable;
use crate::components::{FigureCard, Heading, NoneNote};

/// Every figure the report gives, as cards.
#[component]
pub fn FiguresSection(
    /// The briefing data.
    data: &'static Roundtable,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
) -> impl IntoView {
    view! {
        <section class="rb-section rb-figures" data-testid="figures">
            <Heading level=2 class="rb-section__title">"The numbers cited"</Heading>
            <p class="rb-section__intro">
                "Every figure in the report, with its qualifier as reported."
            </p>
            <NoneNote empty=Memo::new(move |_| data.select(filter.get()).statistics.shown == 0)>
                "The report gives no figure that matches this filter."
            </NoneNote>
            <ul class="rb-figures__list" role="list">
                {data.statistics.iter().map(|stat| view! { <FigureCard data stat hidden=Memo::new(move |_| !filter.get().shows_statistic(stat)) /> }).collect_view()}
            </ul>
        </section>
    }
}
