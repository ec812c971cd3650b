use leptos::prelude::*;

use crate::briefing::prose::count_noun;
use crate::briefing::{Country, Roundtable};
use crate::components::{Heading, MeasureItem};

/// The policy measures, one column per country (stacked on narrow screens).
#[component]
pub fn MeasuresSection(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let columns = Country::ALL
        .into_iter()
        .map(|country| {
            let items: Vec<_> = data.measures_of(country).collect();
            let count = count_noun(items.len(), "measure", "measures");
            view! {
                <div class=format!("rb-measures__column rb-measures__column--{}", country.code()) data-testid="measures-column" data-country=country.code()>
                    <Heading level=3 class="rb-measures__country">
                        {country.name()} " " <span class="rb-measures__count">{format!("({count})")}</span>
                    </Heading>
                    <ul class="rb-measures__list" role="list">
                        {items.into_iter().map(|measure| view! { <MeasureItem data measure /> }).collect_view()}
                    </ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="rb-section rb-measures" data-testid="measures">
            <Heading level=2 class="rb-section__title">"What each country is doing"</Heading>
            <p class="rb-section__intro">
                "Policies and programmes described at the roundtable, by the country they belong to."
            </p>
            <div class="rb-measures__columns">{columns}</div>
        </section>
    }
}
