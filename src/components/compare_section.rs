use leptos::prelude::*;

use crate::briefing::filter::{CountryFilter, Filter};
use crate::briefing::Roundtable;
use crate::components::{edition, words, FigureLine, Heading, MeasureItem};
use crate::state::Section;

/// Kazakhstan and Russia side by side: measures and figures by theme, two
/// columns on wide screens and stacked on phones.
#[component]
pub fn CompareSection(
    /// The briefing data.
    data: &'static Roundtable,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
) -> impl IntoView {
    let w = words();
    let rows = data
        .comparison()
        .into_iter()
        .map(|row| {
            let topic = row.topic;
            let whole = row.clone();
            let row_hidden = move || !whole.shows_anything(filter.get());
            let columns = row
                .columns
                .iter()
                .map(|col| {
                    let country = col.country;
                    let total = col.measures.len() + col.statistics.len();
                    let measures = col.measures.iter().map(|m| {
                        let m = *m;
                        view! {
                            <MeasureItem data measure=m />
                        }
                    }).collect_view();
                    let figures = col.statistics.iter().map(|s| {
                        let s = *s;
                        view! {
                            <FigureLine data stat=s />
                        }
                    }).collect_view();
                    view! {
                        <div
                            class=format!("rb-compare__column rb-compare__column--{}", country.code())
                            data-testid="compare-column"
                            data-rb-country=country.code()
                        >
                            <Heading level=4 class="rb-compare__country">
                                {(w.country)(country)}
                                <span class="rb-compare__count">{format!(" ({})", edition().count(total as u64, &w.compare_items))}</span>
                            </Heading>
                            {(total == 0).then(|| view! {
                                <p class="rb-compare__none">{w.nothing_under_theme}</p>
                            })}
                            <ul class="rb-compare__list" role="list">{measures}{figures}</ul>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div
                    class="rb-compare__row"
                    class=("rb-filtered-out", row_hidden)
                    data-testid="compare-row"
                    data-topic=topic.slug()
                >
                    <Heading level=3 class="rb-compare__theme">{(w.topic)(topic)}</Heading>
                    <div class="rb-compare__columns">{columns}</div>
                </div>
            }
        })
        .collect_view();
    let both = move || filter.get().country == CountryFilter::All;
    view! {
        <section class="rb-section rb-compare" data-rb-section="compare" data-testid="compare">
            <Heading level=2 class="rb-section__title">{Section::Compare.label(edition())}</Heading>
            <p class="rb-section__intro">
                {w.compare_intro}
                <span class="rb-hint" class=("rb-filtered-out", both)>{w.pick_all_hint}</span>
            </p>
            {rows}
        </section>
    }
}
