use leptos::prelude::*;

use crate::briefing::filter::{CountryFilter, Selection};
use crate::briefing::{Roundtable, Topic};
use crate::components::{edition, FilterChip};
use crate::state::{Theme, ViewState};

/// What the "Clear filters" buttons set, in the URL fragment's form.
pub const CLEAR_FILTERS: &str = "country=all&topic=all";

/// The controls: country, topic and theme groups, a way back to everything,
/// and the status line that announces what a change leaves on the page.
///
/// The status region is rendered from the start and only its text changes
/// (WCAG 4.1.3); the results themselves are not a live region. Buttons are
/// never re-created, so focus stays on the one pressed.
#[component]
pub fn FilterBar(
    /// The briefing data (for counts).
    data: &'static Roundtable,
    /// The view state the controls change.
    state: RwSignal<ViewState>,
    /// What the current filter shows, counted.
    #[prop(into)]
    selection: Signal<Selection>,
) -> impl IntoView {
    // Derived once here, so that a carousel step (the slide lives in the same
    // state) re-checks two values instead of every chip.
    let filter = Memo::new(move |_| state.get().filter);
    let theme = Memo::new(move |_| state.get().theme);
    let lang = edition();
    let w = lang.words();
    let countries = CountryFilter::OPTIONS
        .into_iter()
        .map(|c| {
            view! {
                <FilterChip
                    label=c.label(lang)
                    count=Some(data.speakers_under(c))
                    count_noun=w.chip_speakers
                    pressed=Memo::new(move |_| filter.get().country == c)
                    on_press=Callback::new(move |()| state.update(|s| s.filter.country = c))
                    testid=format!("country-{}", c.code())
                    set=format!("country={}", c.code())
                />
            }
        })
        .collect_view();
    let topics = std::iter::once(None)
        .chain(
            Topic::ALL
                .into_iter()
                .filter(|t| data.items_on(*t) > 0)
                .map(Some),
        )
        .map(|t| {
            let (label, count) = match t {
                None => (w.all_topics, None),
                Some(t) => ((w.topic)(t), Some(data.items_on(t))),
            };
            view! {
                <FilterChip
                    label
                    count=count
                    count_noun=w.chip_items
                    pressed=Memo::new(move |_| filter.get().topic == t)
                    on_press=Callback::new(move |()| state.update(|s| s.filter.topic = t))
                    testid=format!("topic-{}", t.map_or("all", |t| t.slug()))
                    set=format!("topic={}", t.map_or("all", |t| t.slug()))
                />
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|t| {
            view! {
                <FilterChip
                    label=t.label(lang)
                    pressed=Memo::new(move |_| theme.get() == t)
                    on_press=Callback::new(move |()| state.update(|s| s.theme = t))
                    testid=format!("theme-{}", t.code())
                    set=format!("theme={}", t.code())
                />
            }
        })
        .collect_view();
    let is_default = Memo::new(move |_| filter.get().is_default());
    view! {
        <div class="rb-controls" data-testid="controls">
            <div class="rb-controls__group" role="group" aria-label=w.filter_by_country>
                <span class="rb-controls__label" aria-hidden="true">{w.country_label}</span>
                {countries}
            </div>
            <div class="rb-controls__group" role="group" aria-label=w.filter_by_topic>
                <span class="rb-controls__label" aria-hidden="true">{w.topic_label}</span>
                {topics}
            </div>
            <div class="rb-controls__row">
                <div class="rb-controls__group rb-controls__group--theme" role="group" aria-label=w.colour_theme>
                    <span class="rb-controls__label" aria-hidden="true">{w.theme_label}</span>
                    {themes}
                </div>
                <button
                    type="button"
                    class="rb-button"
                    data-testid="clear-filters"
                    data-rb-set=CLEAR_FILTERS
                    disabled=is_default
                    on:click=move |_| state.update(|s| s.filter = Default::default())
                >
                    {w.clear_filters}
                </button>
            </div>
            <p class="rb-status" role="status" data-testid="status">
                {move || selection.get().announcement(lang)}
            </p>
        </div>
    }
}
