use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::Roundtable;
use crate::components::{edition, words, Heading};
use crate::state::Section;

/// The running order: who spoke when, each in one line. Filters hide
/// entries but keep everyone's place number.
#[component]
pub fn AgendaSection(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let entries = data
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let country = words().country_or_not_stated(s.country);
            view! {
                <li
                    class="rb-agenda__item"
                    data-rb-country=country_attr(s.country)
                    data-rb-topics=topics_attr(data.speaker_topics(&s.id).iter())
                    value=i + 1
                    data-testid="agenda-item"
                    data-speaker=&*s.id.0
                >
                    <span class="rb-agenda__name">{&*s.name}</span>
                    <span class="rb-agenda__country">{format!(" · {country}")}</span>
                    <span class="rb-agenda__summary">{&*s.summary}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="rb-section rb-agenda" data-rb-section="agenda" data-testid="agenda">
            <Heading level=2 class="rb-section__title">{Section::Agenda.label(edition())}</Heading>
            <ol class="rb-agenda__list">{entries}</ol>
        </section>
    }
}
