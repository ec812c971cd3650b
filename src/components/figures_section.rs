use leptos::prelude::*;

use crate::briefing::filter::{Filter, Selection};
use crate::briefing::Roundtable;
use crate::components::{edition, BarChartWidget, Heading, NoneNote, NumberCard, ShareWidget};
use crate::state::Section;

/// The figures section ("The numbers"): every figure of the report as a widget (a part of a whole
/// as a proportion), then charts counted from the briefing itself. All of
/// them follow the filter.
#[component]
pub fn FiguresSection(
    /// The briefing data.
    data: &'static Roundtable,
    /// The reader's filter.
    #[prop(into)]
    filter: Signal<Filter>,
    /// What the filter shows, counted.
    #[prop(into)]
    selection: Signal<Selection>,
) -> impl IntoView {
    let shares = data
        .statistics
        .iter()
        .filter(|s| s.part_of.is_some())
        .map(|part| {
            view! {
                <ShareWidget data part />
            }
        })
        .collect_view();
    let cards = data
        .statistics
        .iter()
        .filter(|s| s.part_of.is_none() && !data.is_whole_of_a_share(s))
        .map(|stat| {
            view! {
                <NumberCard data stat />
            }
        })
        .collect_view();
    let lang = edition();
    let w = lang.words();
    let no_country = Memo::new(move |_| selection.get().figures_without_country_note(lang));
    view! {
        <section class="rb-section rb-figures" data-rb-section="figures" data-testid="figures">
            <Heading level=2 class="rb-section__title">{Section::Figures.label(edition())}</Heading>
            <p class="rb-section__intro">{w.figures_intro}</p>
            <NoneNote empty=Memo::new(move |_| selection.get().statistics.shown == 0)>
                {w.no_figure_matches}
            </NoneNote>
            <p
                class="rb-none rb-figures__no-country"
                class=("rb-filtered-out", Memo::new(move |_| no_country.get().is_empty()))
            >
                {move || no_country.get()}
            </p>
            <ul class="rb-widgets" role="list">{shares}{cards}</ul>
            <Heading level=3 class="rb-section__subtitle">{w.counted_from_briefing}</Heading>
            <ul class="rb-widgets rb-widgets--charts" role="list">
                {(0..3)
                    .map(|i| view! {
                        <BarChartWidget chart=Memo::new(move |_| data.charts(filter.get(), lang)[i].clone()) />
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
