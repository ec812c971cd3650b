use leptos::prelude::*;

use crate::briefing::Roundtable;

/// A file of the briefing's data that readers can download, written next to
/// the pages by the build (`src/site/downloads.rs`) and linked from the
/// source note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Download {
    /// The file name, next to the pages (a stable, unhashed URL).
    pub file: &'static str,
    /// The link's text.
    pub label: &'static str,
}

/// The data file the build validated, byte for byte.
pub const DATA_DOWNLOAD: Download = Download {
    file: "roundtable.json",
    label: "all data (JSON)",
};
/// The figures, one row each, with qualifier, country, who cited it and paragraph.
pub const FIGURES_DOWNLOAD: Download = Download {
    file: "roundtable-figures.csv",
    label: "figures (CSV)",
};
/// The policy measures, one row each, with country, presenter, status and paragraph.
pub const MEASURES_DOWNLOAD: Download = Download {
    file: "roundtable-measures.csv",
    label: "policy measures (CSV)",
};
/// Every download, in the order the source note lists them.
pub const DOWNLOADS: [Download; 3] = [DATA_DOWNLOAD, FIGURES_DOWNLOAD, MEASURES_DOWNLOAD];

/// The closing attribution: where everything comes from, how to read it,
/// and the data to download.
#[component]
pub fn SourceNote(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let source = &*data.report.source;
    let count = data.report.paragraph_count;
    // Relative links: the pages sit next to the files. The script embed's
    // element makes them absolute against embed.js (embed/element.js).
    let links = DOWNLOADS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            view! {
                {(i > 0).then_some(" · ")}
                <a class="rb-source__download" href=d.file download="" data-testid="data-download">
                    {d.label}
                </a>
            }
        })
        .collect_view();
    view! {
        <footer class="rb-source" data-testid="source-note">
            <p>
                {format!("Source: report by {source} ({count} paragraphs). ")}
                "Statements are summaries in the briefing's own words; only text set as a quotation is quoted verbatim. "
                "Each item's paragraph mark (¶) shows where in the report it comes from."
            </p>
            <p class="rb-source__downloads">"Get the data: " {links}</p>
        </footer>
    }
}
