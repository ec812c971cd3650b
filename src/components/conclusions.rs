use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{edition, words, Heading, SourceRef};
use crate::state::Section;

/// How the roundtable ended: what participants agreed and proposed.
#[component]
pub fn Conclusions(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let items = data
        .event
        .conclusions
        .iter()
        .map(|c| {
            view! {
                <li class="rb-conclusion" data-testid="conclusion">
                    <span class="rb-tag">{(words().conclusion_kind)(c.kind)}</span> " "
                    {&*c.text} " "
                    <SourceRef data paragraph=c.paragraph />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="rb-section rb-conclusions" data-rb-section="conclusions" data-testid="conclusions">
            <Heading level=2 class="rb-section__title">{Section::Conclusions.label(edition())}</Heading>
            <ul class="rb-conclusions__list" role="list">{items}</ul>
        </section>
    }
}
