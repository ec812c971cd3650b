use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{edition, words, Heading, SpeakerCard};
use crate::state::Section;

/// All speakers in the order they took the floor.
#[component]
pub fn SpeakersSection(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    view! {
        <section class="rb-section rb-speakers" data-rb-section="speakers" data-testid="speakers">
            <Heading level=2 class="rb-section__title">{Section::Speakers.label(edition())}</Heading>
            <p class="rb-section__intro">{words().speakers_intro}</p>
            <ol class="rb-speakers__list" role="list">
                {data
                    .speakers
                    .iter()
                    .enumerate()
                    .map(|(i, speaker)| view! { <SpeakerCard data speaker position=i + 1 /> })
                    .collect_view()}
            </ol>
        </section>
    }
}
