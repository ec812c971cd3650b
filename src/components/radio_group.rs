use leptos::prelude::*;

/// One choice among a few, as a fieldset of native radio buttons (arrow keys,
/// a single tab stop and the group's name come from the browser).
#[component]
pub fn RadioGroup<T>(
    /// The visible group name (the fieldset's legend).
    legend: &'static str,
    /// The radio group's `name`, unique in the page.
    name: &'static str,
    /// The choices, in order: value, its code (the input's `value`) and its label.
    choices: Vec<(T, &'static str, &'static str)>,
    /// The chosen value.
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let choices = choices
        .into_iter()
        .map(|(choice, code, label)| {
            view! {
                <label class="rb-builder__choice">
                    <input type="radio" name=name value=code
                        prop:checked=move || value.get() == choice
                        on:change=move |_| value.set(choice) />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! { <fieldset><legend>{legend}</legend>{choices}</fieldset> }
}
