use leptos::prelude::*;

use crate::briefing::Roundtable;

/// The closing attribution: where everything comes from and how to read it.
#[component]
pub fn SourceNote(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let source = &*data.report.source;
    let count = data.report.paragraph_count;
    view! {
        <footer class="rb-source" data-testid="source-note">
            <p>
                {format!("Source: report by {source} ({count} paragraphs). ")}
                "Statements are summaries in the briefing's own words; only text set as a quotation is quoted verbatim. "
                "Each item's paragraph mark (¶) shows where in the report it comes from."
            </p>
        </footer>
    }
}
