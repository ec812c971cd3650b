use leptos::prelude::*;

/// How many levels to push every heading down. The standalone page starts at
/// `<h1>`; an embed inside an article will start lower so the briefing fits
/// the host page's outline. Provided as context by [`crate::components::Briefing`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeadingOffset(pub u8);

/// A heading whose level is relative to the briefing's own outline:
/// `level = 1` is the briefing title. Clamped to `<h6>`.
#[component]
pub fn Heading(
    /// The level within the briefing (1 = briefing title).
    level: u8,
    /// CSS class for the heading element.
    #[prop(optional)]
    class: &'static str,
    /// Element id, so sections can point `aria-labelledby` at it.
    #[prop(optional)]
    id: Option<String>,
    /// The heading text.
    children: Children,
) -> impl IntoView {
    let offset = use_context::<HeadingOffset>().unwrap_or_default().0;
    let inner = children();
    match level.saturating_add(offset).clamp(1, 6) {
        1 => view! { <h1 class=class id=id>{inner}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id>{inner}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id>{inner}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id>{inner}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id>{inner}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id>{inner}</h6> }.into_any(),
    }
}
