use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::{Roundtable, Statistic};
use crate::components::{edition, SourceRef};

/// A figure in one line, for the comparison: "over 50 crisis centres, currently".
#[component]
pub fn FigureLine(
    /// The briefing data (for the source reference).
    data: &'static Roundtable,
    /// The figure.
    stat: &'static Statistic,
) -> impl IntoView {
    let lang = edition();
    let period = stat
        .period
        .map(|p| format!(", {}", (lang.words().period)(p)))
        .unwrap_or_default();
    view! {
        <li
            class="rb-figure-line"
            data-rb-country=country_attr(stat.country)
            data-rb-topics=topics_attr(stat.topics.iter())
            data-testid="compare-figure"
            data-stat=&*stat.id.0
        >
            <strong class="rb-figure-line__value">{stat.figure_in(lang)}</strong>
            {format!(" {}{period} — {} ", stat.unit, stat.label)}
            <SourceRef data paragraph=stat.paragraph />
        </li>
    }
}
