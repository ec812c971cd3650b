use leptos::prelude::*;

use crate::briefing::facets::country_attr;
use crate::briefing::{Country, CountryBasis};
use crate::components::words;

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
    let w = words();
    let name = w.country_or_not_stated(country);
    // Only an inferred country needs saying how we know it; a stated one
    // is plain, and "not stated" already says all there is.
    let qualifier = (basis == CountryBasis::Implied).then(|| (w.country_basis)(basis));
    view! {
        <span class=format!("rb-badge rb-badge--{}", country_attr(country)) title=note data-testid="country-badge">
            <span class="rb-badge__country">{name}</span>
            {qualifier.map(|q| view! { <span class="rb-badge__basis">{q}</span> })}
            <span class="rb-visually-hidden">{format!(" ({note})")}</span>
        </span>
    }
}
