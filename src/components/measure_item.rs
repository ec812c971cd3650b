use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::{Measure, Roundtable};
use crate::components::{words, Heading, SourceRef};

/// One policy measure: name, what it does, where it stands, when, who
/// presented it and where in the report.
#[component]
pub fn MeasureItem(
    /// The briefing data (for names and paragraph summaries).
    data: &'static Roundtable,
    /// The measure.
    measure: &'static Measure,
) -> impl IntoView {
    let presenter = data.speaker(&measure.presented_by);
    let name = data.speaker_name(&measure.presented_by);
    // Say so when a measure of one country was described by a speaker from the other.
    let w = words();
    let cross = presenter
        .and_then(|s| s.country)
        .filter(|c| *c != measure.country)
        .map(w.country);
    let status = (w.status_tag)(measure.status, measure.period);
    view! {
        <li
            class="rb-measure"
            data-rb-country=country_attr(Some(measure.country))
            data-rb-topics=topics_attr(measure.topics.iter())
            data-testid="measure"
            data-measure=&*measure.id.0
        >
            <Heading level=5 class="rb-measure__title">{&*measure.title}</Heading>
            <p class="rb-measure__summary">{&*measure.summary}</p>
            <p class="rb-measure__meta">
                <span class="rb-tag">{status}</span>
                {measure.horizon_year.map(|y| view! { <span class="rb-tag">{(w.runs_until)(y)}</span> })}
                <span class="rb-measure__by">{(w.presented_by)(name, cross)}</span>
                <SourceRef data paragraph=measure.paragraph />
            </p>
        </li>
    }
}
