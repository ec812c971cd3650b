use leptos::prelude::*;

use crate::components::edition;
use crate::lang::plural::PluralForms;

/// A toggle button in a filter group: native `<button aria-pressed>`, with an
/// optional count. Its name never changes when pressed; the pressed state
/// shows as a tick and an inverted style, not by colour alone.
#[component]
pub fn FilterChip(
    /// Visible label, e.g. "Kazakhstan".
    label: &'static str,
    /// A count shown after the label, if any.
    #[prop(default = None)]
    count: Option<usize>,
    /// What the count counts, for assistive technology ("speakers").
    #[prop(optional)]
    count_noun: Option<PluralForms<'static>>,
    /// Whether this choice is the current one.
    #[prop(into)]
    pressed: Signal<bool>,
    /// Called when the reader presses it.
    on_press: Callback<()>,
    /// A stable hook for tests, e.g. `country-kz`.
    testid: String,
    /// What pressing it sets, in the URL fragment's form (`country=kz`):
    /// the pre-rendered page's client reads it from `data-rb-set`.
    set: String,
) -> impl IntoView {
    // The noun in the form the count asks for ("1 speaker", "22 спикера").
    let lang = edition();
    let noun = match (count, count_noun) {
        (Some(n), Some(forms)) => format!(" {}", forms.get(lang.plural_category(n as u64))),
        _ => String::new(),
    };
    view! {
        <button
            type="button"
            class="rb-chip"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            data-testid=testid
            data-rb-set=set
            on:click=move |_| on_press.run(())
        >
            <span class="rb-chip__tick" aria-hidden="true">"✓"</span>
            {label}
            {count.map(|n| view! {
                <span class="rb-chip__count">
                    <span class="rb-visually-hidden">", "</span>
                    {n}
                    <span class="rb-visually-hidden">{noun}</span>
                </span>
            })}
        </button>
    }
}
