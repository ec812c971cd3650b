use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{FigureCard, Heading};

/// Every figure the report gives, as cards.
#[component]
pub fn FiguresSection(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    view! {
        <section class="rb-section rb-figures" data-testid="figures">
            <Heading level=2 class="rb-section__title">"The numbers cited"</Heading>
            <p class="rb-section__intro">
                "Every figure in the report, with its qualifier as reported."
            </p>
            <ul class="rb-figures__list" role="list">
                {data.statistics.iter().map(|stat| view! { <FigureCard data stat /> }).collect_view()}
            </ul>
        </section>
    }
}
