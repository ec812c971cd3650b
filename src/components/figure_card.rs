use leptos::prelude::*;

use crate::briefing::{Roundtable, Statistic};
use crate::components::SourceRef;

/// One figure from the report as a card: the number with its qualifier
/// exactly as reported ("over 50"), what it counts, when, for which country,
/// who cited it, and where in the report.
#[component]
pub fn FigureCard(
    /// The briefing data (for names and paragraph summaries).
    data: &'static Roundtable,
    /// The figure.
    stat: &'static Statistic,
    /// Whether the reader's filter hides it.
    #[prop(into, default = Signal::stored(false))]
    hidden: Signal<bool>,
) -> impl IntoView {
    let cited_by = data.speaker_name(&stat.cited_by);
    let country = stat.country.map_or("Country not stated", |c| c.name());
    let modifier = stat.country.map_or("none", |c| c.code());
    let period = stat.period.map(|p| p.words());
    view! {
        <li class=format!("rb-figure rb-figure--{modifier}") class=("rb-filtered-out", hidden) data-testid="figure" data-stat=&*stat.id.0>
            <p class="rb-figure__value" data-testid="figure-value">
                {stat.figure()}
                " "<span class="rb-figure__unit">{&*stat.unit}</span>
            </p>
            <p class="rb-figure__label">
                {&*stat.label}
                {period.map(|p| view! { <span class="rb-figure__period">{format!(", {p}")}</span> })}
            </p>
            <p class="rb-figure__meta">
                {format!("{country} · cited by {cited_by} ")}
                <SourceRef data paragraph=stat.paragraph />
            </p>
            {stat.note.as_deref().map(|n| view! { <p class="rb-figure__note">{n}</p> })}
        </li>
    }
}
