use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{
    BriefingHeader, Conclusions, FiguresSection, HeadingOffset, MeasuresSection, PeopleMentioned,
    QuotesSection, SourceNote, SpeakersSection,
};

/// The whole briefing, from headline to source note.
///
/// Renders into whatever element it is mounted in: it makes no assumption
/// about `body`, holds no global state, and touches no browser API, so several
/// can share a page and the same view renders to static HTML.
#[component]
pub fn Briefing(
    /// The data to show: [`crate::data::roundtable()`] in the app, a fixture in tests.
    data: &'static Roundtable,
    /// How many levels to push headings down (0: the title is an `<h1>`).
    #[prop(optional)]
    heading_offset: u8,
) -> impl IntoView {
    provide_context(HeadingOffset(heading_offset));
    view! {
        <article class="rb-briefing" lang=&*data.report.language data-testid="briefing">
            <BriefingHeader data />
            <QuotesSection data />
            <SpeakersSection data />
            <FiguresSection data />
            <MeasuresSection data />
            <Conclusions data />
            <PeopleMentioned data />
            <SourceNote data />
        </article>
    }
}
