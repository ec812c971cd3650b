use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::edition;
use crate::lang::{Lang, Words};

/// A file of the briefing's data that readers can download, written next to
/// the pages by the build (`src/site/downloads.rs`) and linked from the
/// source note.
#[derive(Clone, Copy, Debug)]
pub struct Download {
    /// The file name, next to the pages (a stable, unhashed URL).
    pub file: &'static str,
    /// The link's text in an edition's table.
    label: fn(&Words) -> &'static str,
}

impl Download {
    /// The link's text in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        (self.label)(lang.words())
    }
}

/// Where the site's root is from the page being rendered: "" for a page
/// at the root (and the script embed's fragment, whose links `embed.js`
/// resolves against its own URL), "../" for an edition's directory
/// (`ru/`). Provided by whoever renders a page; "" if nobody does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SiteRoot(pub &'static str);

/// The data file the build validated, byte for byte.
pub const DATA_DOWNLOAD: Download = Download {
    file: "roundtable.json",
    label: |w| w.download_data,
};
/// The figures, one row each, with qualifier, country, who cited it and paragraph.
pub const FIGURES_DOWNLOAD: Download = Download {
    file: "roundtable-figures.csv",
    label: |w| w.download_figures,
};
/// The policy measures, one row each, with country, presenter, status and paragraph.
pub const MEASURES_DOWNLOAD: Download = Download {
    file: "roundtable-measures.csv",
    label: |w| w.download_measures,
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
    let lang = edition();
    let w = lang.words();
    // Relative links: the pages sit next to the files, or an edition's
    // directory below them ([`SiteRoot`]). The script embed's element
    // makes them absolute against embed.js (embed/element.js).
    let root = use_context::<SiteRoot>().unwrap_or_default().0;
    let links = DOWNLOADS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            view! {
                {(i > 0).then_some(" · ")}
                <a class="rb-source__download" href=format!("{root}{}", d.file) download="" data-testid="data-download">
                    {d.label(lang)}
                </a>
            }
        })
        .collect_view();
    view! {
        <footer class="rb-source" data-testid="source-note">
            <p>{format!("{}{}", (w.source_line)(source, count), w.source_explained)}</p>
            <p class="rb-source__downloads">{w.get_the_data} {links}</p>
        </footer>
    }
}
