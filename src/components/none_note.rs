use leptos::prelude::*;

/// A short note that stands in for a section's items when the filter hides
/// them all, so a section is never an unexplained empty box.
#[component]
pub fn NoneNote(
    /// Whether the filter left the section empty.
    #[prop(into)]
    empty: Signal<bool>,
    /// The note.
    children: Children,
) -> impl IntoView {
    view! {
        <p class="rb-none" class=("rb-filtered-out", move || !empty.get()) data-testid="none-note">
            {children()}
        </p>
    }
}
