use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::{Roundtable, Speaker};
use crate::components::{words, CountryBadge, Heading, SourceRef};

/// One speaker in speaking order: name, role as reported, country with its
/// basis, and their points summarised in our words (never styled as quotes).
#[component]
pub fn SpeakerCard(
    /// The briefing data (for statements and paragraph summaries).
    data: &'static Roundtable,
    /// The speaker.
    speaker: &'static Speaker,
    /// Position in the speaking order, from 1.
    position: usize,
) -> impl IntoView {
    let w = words();
    let quoted = data.quotes_by(&speaker.id).count();
    let statements = data
        .statements_by(&speaker.id)
        .map(|st| {
            view! {
                <li
                    class="rb-statement"
                    data-rb-country=country_attr(speaker.country)
                    data-rb-topics=topics_attr(st.topics.iter())
                    data-testid="statement"
                >
                    <span class="rb-statement__text">{&*st.text}</span> " "
                    <SourceRef data paragraph=st.paragraph />
                </li>
            }
        })
        .collect_view();
    view! {
        <li
            class="rb-speaker"
            data-rb-country=country_attr(speaker.country)
            data-rb-topics=topics_attr(data.speaker_topics(&speaker.id).iter())
            data-testid="speaker" data-speaker=&*speaker.id.0>
            <div class="rb-speaker__head">
                <span class="rb-speaker__order" aria-hidden="true">{position}</span>
                <div>
                    <Heading level=3 class="rb-speaker__name">{&*speaker.name}</Heading>
                    <p class="rb-speaker__role">{&*speaker.role}</p>
                    <CountryBadge
                        country=speaker.country
                        basis=speaker.country_basis
                        note=&speaker.country_note
                    />
                </div>
            </div>
            <p class="rb-visually-hidden">{w.points_made}</p>
            <ul class="rb-speaker__statements">{statements}</ul>
            {(quoted > 0).then(|| view! {
                <p class="rb-speaker__quoted">{w.quoted_in_quotes_section}</p>
            })}
        </li>
    }
}
