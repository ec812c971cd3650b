use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{edition, Heading, SourceRef};
use crate::state::Section;

/// People the report mentions who did not speak (the President of Kazakhstan).
#[component]
pub fn PeopleMentioned(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let people = data
        .people_mentioned
        .iter()
        .map(|p| {
            view! {
                <li class="rb-mentioned__person" data-testid="mentioned-person">
                    <strong>{&*p.name}</strong>
                    {format!(", {}. {} ", p.role, p.context)}
                    <SourceRef data paragraph=p.paragraph />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="rb-section rb-mentioned" data-rb-section="mentioned" data-testid="people-mentioned">
            <Heading level=2 class="rb-section__title">{Section::Mentioned.label(edition())}</Heading>
            <ul class="rb-mentioned__list" role="list">{people}</ul>
        </section>
    }
}
