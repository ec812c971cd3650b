use leptos::prelude::*;

use crate::briefing::{Roundtable, Statistic};
use crate::components::SourceRef;

/// A figure in one line, for the comparison: "over 50 crisis centres, currently".
#[component]
pub fn FigureLine(
    /// The briefing data (for the source reference).
    data: &'static Roundtable,
    /// The figure.
    stat: &'static Statistic,
    /// Whether the reader's filter hides it.
    #[prop(into, default = Signal::stored(false))]
    hidden: Signal<bool>,
) -> impl IntoView {
    let period = stat
        .period
        .map(|p| format!(", {}", p.words()))
        .unwrap_or_default();
    view! {
        <li class="rb-figure-line" class=("rb-filtered-out", hidden) data-testid="compare-figure" data-stat=&*stat.id.0>
            <strong class="rb-figure-line__value">{stat.figure()}</strong>
            {format!(" {}{period} — {} ", stat.unit, stat.label)}
            <SourceRef data paragraph=stat.paragraph />
        </li>
    }
}
