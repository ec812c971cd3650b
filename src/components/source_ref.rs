use leptos::prelude::*;

use crate::briefing::{Paragraph, Roundtable};

/// The provenance of one item: which paragraph of which report it comes from.
///
/// Shows a compact "¶6 · DKnews.kz"; assistive technology hears the same in
/// words, and a hover title gives the briefing's own summary of that paragraph.
#[component]
pub fn SourceRef(
    /// The briefing data (for the outlet and the paragraph summary).
    data: &'static Roundtable,
    /// The report paragraph.
    paragraph: Paragraph,
) -> impl IntoView {
    let n = paragraph.number();
    let source = &*data.report.source;
    let spoken = format!("Source: paragraph {n} of the {source} report");
    view! {
        <span
            class="rb-ref"
            title=data.paragraph_summary(paragraph)
            data-testid="source-ref"
            data-paragraph=n
        >
            <span aria-hidden="true">{format!("¶{n} · {source}")}</span>
            <span class="rb-visually-hidden">{spoken}</span>
        </span>
    }
}
