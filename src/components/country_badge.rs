use leptos::prelude::*;

use crate::briefing::{Country, CountryBasis, COUNTRY_NOT_STATED};

/// A speaker's country and how we know it, in words (never colour alone).
/// A country the report does not state is shown as exactly that.
#[component]
pub fn CountryBadge(
    /// The country, if the report states or implies it.
    country: Option<Country>,
    /// How the country is known.
    basis: CountryBasis,
    /// The evidence, shown on hover and to assistive technology.
    note: &'static str,
) -> impl IntoView {
    let (modifier, name) = match country {
        Some(Country::Kazakhstan) => ("rb-badge--kz", Country::Kazakhstan.name()),
        Some(Country::Russia) => ("rb-badge--ru", Country::Russia.name()),
        None => ("rb-badge--none", COUNTRY_NOT_STATED),
    };
    let qualifier = match basis {
        CountryBasis::Stated => None,
        CountryBasis::Implied => Some("implied by affiliation"),
        CountryBasis::NotStated => None,
    };
    view! {
        <span class=format!("rb-badge {modifier}") title=note data-testid="country-badge">
            <span class="rb-badge__country">{name}</span>
            {qualifier.map(|q| view! { <span class="rb-badge__basis">{q}</span> })}
            <span class="rb-visually-hidden">{format!(" ({note})")}</span>
        </span>
    }
}
