use leptos::prelude::*;

use crate::briefing::{Paragraph, Roundtable};
use crate::components::words;

/// The provenance of one item: which paragraph of which report it comes from.
///
/// A native disclosure (`details`/`summary`): it opens with a click, a tap or
/// the keyboard, works without JavaScript, and shows the briefing's own
/// summary of that paragraph (never the report's sentences).
#[component]
pub fn SourceRef(
    /// The briefing data (for the outlet and the paragraph summary).
    data: &'static Roundtable,
    /// The report paragraph.
    paragraph: Paragraph,
) -> impl IntoView {
    let w = words();
    let n = paragraph.number();
    let source = &*data.report.source;
    let count = data.report.paragraph_count;
    let summary = data
        .paragraph_summary(paragraph)
        .unwrap_or(w.no_paragraph_summary);
    view! {
        <details class="rb-ref" data-testid="source-ref" data-paragraph=n>
            // The "¶" comes from CSS with empty alternative text, so screen
            // readers hear "Source: paragraph 6 · DKnews.kz". Few nodes: a
            // briefing holds about fifty of these.
            <summary class="rb-ref__toggle">
                <span class="rb-visually-hidden">{w.source_paragraph}</span>
                {format!("{n} · {source}")}
            </summary>
            <span class="rb-ref__panel">
                {(w.paragraph_note)(n, count, source, summary)}
            </span>
        </details>
    }
}
