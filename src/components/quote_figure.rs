use leptos::prelude::*;

use crate::briefing::{Quote, Roundtable};
use crate::components::{words, SourceRef};

/// A verbatim quote: `figure` > `blockquote` + `figcaption` with the speaker,
/// role, country and paragraph. The only component that styles text as a quote.
#[component]
pub fn QuoteFigure(
    /// The briefing data (for the speaker and paragraph summary).
    data: &'static Roundtable,
    /// The quote.
    quote: &'static Quote,
) -> impl IntoView {
    let speaker = data.speaker(&quote.speaker);
    let name = data.speaker_name(&quote.speaker);
    let role = speaker.map(|s| &*s.role);
    let w = words();
    let country = w.country_or_not_stated(speaker.and_then(|s| s.country));
    // An edition not in the report's language shows its translation under
    // the quotation: labelled as ours, a plain paragraph, never a quote.
    let translation = quote.translation.as_deref().map(|t| {
        view! {
            <p class="rb-quote__translation" data-testid="quote-translation">
                <span class="rb-quote__translation-label">{format!("{}: ", w.our_translation)}</span>
                <span class="rb-quote__translation-text">{t}</span>
            </p>
        }
    });
    view! {
        <figure class="rb-quote" data-testid="quote" data-quote=&*quote.id.0>
            <blockquote class="rb-quote__text" lang=&*data.report.language>
                <p>{&*quote.text}</p>
            </blockquote>
            {translation}
            <figcaption class="rb-quote__caption">
                <span class="rb-quote__name">{name}</span>
                {role.map(|r| view! { <span class="rb-quote__role">{r}</span> })}
                <span class="rb-quote__meta">
                    {format!("{country} ")}
                    <SourceRef data paragraph=quote.paragraph />
                </span>
            </figcaption>
        </figure>
    }
}
