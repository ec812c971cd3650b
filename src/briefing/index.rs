//! The client's index: everything the browser needs to make the
//! pre-rendered briefing interactive that the stylesheet cannot decide from
//! the items' own attributes (see [`super::facets`]), computed at build time
//! for every filter a reader can choose (3 countries × every topic choice).
//!
//! No statement, summary or paragraph text: counts, the sentences that
//! describe counts (the status line, the chart summaries), which containers
//! a filter empties, and the frames of each figure's count-up. The page
//! carries it as an inert `<template>` (`crate::components::ClientIndex`,
//! in the pre-rendered briefing itself), so the wasm carries neither the
//! data, nor the code that counts it, nor any sentence in any language:
//! the client reads what it shows from the page it attaches to.

use super::filter::{CountryFilter, Filter};
use super::model::{Roundtable, Topic};
use super::stats::figure_at;
use crate::lang::Lang;

/// Steps of a figure's count-up after its first frame (about one second at
/// [`COUNT_STEP_MS`]). Every frame is a text the page carries in each
/// edition (a Kazakh suffix changes with the number), so 16, not 24 (40
/// bytes of brotli fewer on the Kazakh page); a count from 0 to 20
/// (million) has no more values to show anyway.
pub const COUNT_STEPS: u32 = 16;
/// Milliseconds between count-up frames.
pub const COUNT_STEP_MS: u32 = 60;

/// What one filter leaves, as the client shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterView {
    /// The filter.
    pub filter: Filter,
    /// The sentence the status region announces.
    pub announcement: String,
    /// Nothing at all passes: the empty state shows.
    pub nothing: bool,
    /// No quote passes: the quotes section's note shows.
    pub no_quotes: bool,
    /// No figure passes: the figures section's note shows.
    pub no_figures: bool,
    /// The note on figures left out for having no country ("" for none).
    pub figures_without_country: String,
    /// Per quote, in data order: whether it passes (the carousel's slides).
    pub quotes: Vec<bool>,
    /// Per row of the comparison, in order: whether anything in it passes.
    pub compare_rows: Vec<bool>,
    /// The charts, in the order the figures section shows them.
    pub charts: Vec<ChartView>,
}

/// One chart under one filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartView {
    /// The sentence under the chart's title.
    pub summary: String,
    /// Each bar's value, in the chart's (fixed) bar order.
    pub values: Vec<usize>,
}

impl ChartView {
    /// Each bar's length, as a share of the longest in SVG user units
    /// (0–100; at least 1, so a bar with a value never vanishes).
    pub fn widths(&self) -> Vec<usize> {
        let max = self.values.iter().copied().max().unwrap_or(0).max(1);
        self.values.iter().map(|&v| bar_width(v, max)).collect()
    }
}

/// A bar's length for `value` when the longest bar is `max` (at least 1),
/// in SVG user units: the chart's pre-rendered bars and the index agree.
pub fn bar_width(value: usize, max: usize) -> usize {
    (value * 100 / max.max(1)).max(1)
}

/// The frames of one figure's count-up, from the first (zero, qualifier
/// kept) to the reported figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountFrames {
    /// The figure's id (`data-stat` on its widget).
    pub stat: String,
    /// `COUNT_STEPS + 1` texts.
    pub frames: Vec<String>,
}

/// Every topic choice: `None` (all topics), then [`Topic::ALL`].
fn topic_choices() -> impl Iterator<Item = Option<Topic>> {
    std::iter::once(None).chain(Topic::ALL.into_iter().map(Some))
}

/// Every filter, in index order.
pub fn every_filter() -> impl Iterator<Item = Filter> {
    CountryFilter::OPTIONS
        .into_iter()
        .flat_map(|country| topic_choices().map(move |topic| Filter { country, topic }))
}

/// The key of `filter` in the page's index (`data-rb-view`): its two
/// filter attributes, `country/topic` (`kz/demography`, `all/all`).
pub fn view_key(filter: Filter) -> String {
    let (country, topic) = filter.attrs();
    format!("{country}/{topic}")
}

/// What every filter leaves, in [`every_filter`] order, its sentences in
/// `lang`.
pub fn filter_views(data: &Roundtable, lang: Lang) -> Vec<FilterView> {
    let rows = data.comparison();
    every_filter()
        .map(|filter| {
            let s = data.select(filter);
            FilterView {
                filter,
                announcement: s.announcement(lang),
                nothing: s.is_empty(),
                no_quotes: s.quotes.shown == 0,
                no_figures: s.statistics.shown == 0,
                figures_without_country: s.figures_without_country_note(lang),
                quotes: data
                    .quotes
                    .iter()
                    .map(|q| filter.shows_quote(data, q))
                    .collect(),
                compare_rows: rows.iter().map(|row| row.shows_anything(filter)).collect(),
                charts: data
                    .charts(filter, lang)
                    .into_iter()
                    .map(|chart| ChartView {
                        summary: chart.summary,
                        values: chart.bars.iter().map(|b| b.value).collect(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Every figure's count-up frames, in data order, written in `lang`.
pub fn count_frames(data: &Roundtable, lang: Lang) -> Vec<CountFrames> {
    data.statistics
        .iter()
        .map(|st| CountFrames {
            stat: st.id.0.to_string(),
            frames: (0..=COUNT_STEPS)
                .map(|i| figure_at(st, i, COUNT_STEPS, lang))
                .collect(),
        })
        .collect()
}

/// A list of flags as the page's index writes them: one `1` or `0` each.
pub fn flags(list: &[bool]) -> String {
    list.iter().map(|&b| if b { '1' } else { '0' }).collect()
}

/// Numbers as the page's index writes them: separated by single spaces.
pub fn numbers(list: &[usize]) -> String {
    let words: Vec<String> = list.iter().map(usize::to_string).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_filter_once() {
        let filters: Vec<Filter> = every_filter().collect();
        assert_eq!(
            filters.len(),
            CountryFilter::OPTIONS.len() * (Topic::ALL.len() + 1)
        );
        let keys: std::collections::HashSet<String> =
            filters.iter().map(|f| view_key(*f)).collect();
        assert_eq!(keys.len(), filters.len(), "each filter has its own key");
        assert!(keys.contains("all/all"));
    }

    #[test]
    fn widths_are_shares_of_the_longest_bar() {
        let chart = ChartView {
            summary: String::new(),
            values: vec![4, 2, 1, 0],
        };
        assert_eq!(chart.widths(), vec![100, 50, 25, 1]);
        let empty = ChartView {
            summary: String::new(),
            values: vec![0, 0],
        };
        assert_eq!(empty.widths(), vec![1, 1]);
    }

    #[test]
    fn flags_and_numbers_forms() {
        assert_eq!(flags(&[true, false, true]), "101");
        assert_eq!(flags(&[]), "");
        assert_eq!(numbers(&[3, 0, 12]), "3 0 12");
    }
}
