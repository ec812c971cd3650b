use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::{Roundtable, Statistic};
use crate::components::{edition, CountUp, DataTable, Heading, SourceRef, TableRow};

/// One figure of the report as a widget: a headline that states it, the
/// figure counting up with its qualifier, what it counts and when, who cited
/// it for which country, the source, and the figure as a table.
#[component]
pub fn NumberCard(
    /// The briefing data (names, headline, sources).
    data: &'static Roundtable,
    /// The figure.
    stat: &'static Statistic,
) -> impl IntoView {
    let cited_by = data.speaker_name(&stat.cited_by);
    let lang = edition();
    let w = lang.words();
    let country = w.country_or_not_stated(stat.country);
    let modifier = country_attr(stat.country);
    let period = stat
        .period
        .map(|p| format!(", {}", (w.period)(p)))
        .unwrap_or_default();
    let rows = vec![TableRow::fixed(
        format!("{}{period}", stat.label),
        format!("{} {}", stat.figure_in(lang), stat.unit),
    )];
    view! {
        <li
            class=format!("rb-widget rb-figure rb-figure--{modifier}")
            data-rb-country=country_attr(stat.country)
            data-rb-topics=topics_attr(stat.topics.iter())
            data-testid="figure"
            data-stat=&*stat.id.0
        >
            <Heading level=3 class="rb-widget__title">{data.headline(stat, lang)}</Heading>
            <p class="rb-figure__value" data-testid="figure-value">
                <CountUp stat />
                " "<span class="rb-figure__unit">{&*stat.unit}</span>
            </p>
            <p class="rb-figure__label">{format!("{}{period}", stat.label)}</p>
            <p class="rb-figure__meta">
                {(w.cited_by)(country, cited_by)}
                <SourceRef data paragraph=stat.paragraph />
            </p>
            {stat.note.as_deref().map(|n| view! { <p class="rb-figure__note">{n}</p> })}
            <DataTable caption=data.headline(stat, lang) category=w.table_figure measure=w.table_as_reported rows />
        </li>
    }
}
