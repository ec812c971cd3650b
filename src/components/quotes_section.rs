use leptos::prelude::*;

use crate::briefing::filter::Filter;
use crate::briefing::Roundtable;
use crate::components::{Heading, NoneNote, QuoteFigure};

/// The report's verbatim quotes. (The carousel comes later; this is the
/// complete, static form it will enhance.)
#[component]
pub fn QuotesSection(
    /// The briefing data.
    data: &'static Roundtable,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
) -> impl IntoView {
    view! {
        <section class="rb-section rb-quotes" data-testid="quotes">
            <Heading level=2 class="rb-section__title">"In their words"</Heading>
            <p class="rb-section__intro">
                "The only words the report prints in quotation marks, reproduced verbatim."
            </p>
            <NoneNote empty=Signal::derive(move || data.select(filter.get()).quotes.shown == 0)>
                "No verbatim quote in the report matches this filter."
            </NoneNote>
            <div class="rb-quotes__list">
                {data.quotes.iter().map(|quote| view! { <QuoteFigure data quote hidden=Signal::derive(move || !filter.get().shows_quote(data, quote)) /> }).collect_view()}
            </div>
        </section>
    }
}
