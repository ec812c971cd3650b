use leptos::prelude::*;

use crate::briefing::index::{count_frames, filter_views, flags, numbers, view_key};
use crate::briefing::Roundtable;
use crate::components::edition;

/// The reader's client's index (see [`crate::briefing::index`]), in the
/// pre-rendered briefing as an inert `<template>`: never rendered, not in
/// the accessibility tree, the page's text or the filter's CSS rules.
///
/// One `div` per filter, keyed by `data-rb-view` (`kz/demography`): flags
/// as attributes (`data-rb-nothing`, `data-rb-no-quotes`,
/// `data-rb-no-figures`; `data-rb-quotes` and `data-rb-rows` as `1`/`0` per
/// quote and per comparison row), then the status sentence
/// (`data-rb-text="status"`), the note on figures without a country
/// (`data-rb-text="no-country"`), and one paragraph per chart (its summary,
/// `data-rb-values` and `data-rb-widths` per bar). Then one list of
/// count-up frames per figure, keyed by `data-rb-count`. Texts are the
/// edition's own, so the client carries none.
#[component]
pub fn ClientIndex(
    /// The data the briefing shows.
    data: &'static Roundtable,
) -> impl IntoView {
    let lang = edition();
    let views = filter_views(data, lang)
        .into_iter()
        .map(|v| {
            let charts = v
                .charts
                .iter()
                .map(|c| {
                    view! {
                        <p data-rb-values=numbers(&c.values) data-rb-widths=numbers(&c.widths())>
                            {c.summary.clone()}
                        </p>
                    }
                })
                .collect_view();
            view! {
                <div
                    data-rb-view=view_key(v.filter)
                    data-rb-nothing=v.nothing.then_some("")
                    data-rb-no-quotes=v.no_quotes.then_some("")
                    data-rb-no-figures=v.no_figures.then_some("")
                    data-rb-quotes=flags(&v.quotes)
                    data-rb-rows=flags(&v.compare_rows)
                >
                    <p data-rb-text="status">{v.announcement}</p>
                    <p data-rb-text="no-country">{v.figures_without_country}</p>
                    {charts}
                </div>
            }
        })
        .collect_view();
    let counts = count_frames(data, lang)
        .into_iter()
        .map(|c| {
            let frames = c
                .frames
                .into_iter()
                .map(|f| view! { <li>{f}</li> })
                .collect_view();
            view! { <ol data-rb-count=c.stat>{frames}</ol> }
        })
        .collect_view();
    view! {
        <template class="rb-index" data-testid="client-index">
            {views}
            {counts}
        </template>
    }
}
