//! The client's index: everything the browser needs to make the
//! pre-rendered briefing interactive that the stylesheet cannot decide from
//! the items' own attributes (see [`super::facets`]), computed at build time
//! for every filter a reader can choose (3 countries × every topic choice).
//!
//! No statement, summary or paragraph text: counts, the sentences that
//! describe counts (the status line, the chart summaries), which containers
//! a filter empties, and the frames of each figure's count-up. `build.rs`
//! writes it with [`index_source`] as a Rust expression baked into the
//! wasm, so the client carries neither the data nor the code that counts it.

use super::filter::{CountryFilter, Filter};
use super::model::{Roundtable, Topic};
use super::stats::figure_at;

/// Steps of a figure's count-up after its first frame (about one second at
/// [`COUNT_STEP_MS`]).
pub const COUNT_STEPS: u32 = 24;
/// Milliseconds between count-up frames.
pub const COUNT_STEP_MS: u32 = 40;

/// What one filter leaves, as the client shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilterView {
    /// The sentence the status region announces.
    pub announcement: &'static str,
    /// Nothing at all passes: the empty state shows.
    pub nothing: bool,
    /// No quote passes: the quotes section's note shows.
    pub no_quotes: bool,
    /// No figure passes: the figures section's note shows.
    pub no_figures: bool,
    /// The note on figures left out for having no country ("" for none).
    pub figures_without_country: &'static str,
    /// Per quote, in data order: whether it passes (the carousel's slides).
    pub quotes: &'static [bool],
    /// Per row of the comparison, in order: whether anything in it passes.
    pub compare_rows: &'static [bool],
    /// The charts, in the order the figures section shows them.
    pub charts: &'static [ChartView],
}

/// One chart under one filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartView {
    /// The sentence under the chart's title.
    pub summary: &'static str,
    /// Each bar's value, in the chart's (fixed) bar order.
    pub values: &'static [u32],
}

/// The frames of one figure's count-up, from the first (zero, qualifier
/// kept) to the reported figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountFrames {
    /// The figure's id (`data-stat` on its widget).
    pub stat: &'static str,
    /// `COUNT_STEPS + 1` texts.
    pub frames: &'static [&'static str],
}

/// The whole index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIndex {
    /// One view per filter, in [`ClientIndex::slot`] order.
    pub views: &'static [FilterView],
    /// Per quote, in data order: the speaker's name (the slide's label).
    pub quote_speakers: &'static [&'static str],
    /// Every figure's count-up.
    pub counts: &'static [CountFrames],
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

impl ClientIndex {
    /// Where `filter`'s view is in [`ClientIndex::views`].
    pub fn slot(filter: Filter) -> usize {
        let country = CountryFilter::OPTIONS
            .iter()
            .position(|c| *c == filter.country)
            .unwrap_or(0);
        let topic = filter
            .topic
            .and_then(|t| Topic::ALL.iter().position(|x| *x == t))
            .map_or(0, |i| i + 1);
        country * (Topic::ALL.len() + 1) + topic
    }

    /// The view of `filter`; `None` only for an index built for other enums.
    pub fn view(&self, filter: Filter) -> Option<&'static FilterView> {
        self.views.get(Self::slot(filter))
    }

    /// The count-up frames of the figure with this id.
    pub fn frames_of(&self, stat: &str) -> Option<&'static [&'static str]> {
        self.counts
            .iter()
            .find(|c| c.stat == stat)
            .map(|c| c.frames)
    }
}

/// A Rust string literal (Debug quotes and escapes it).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The index of `data` as a Rust expression of type [`ClientIndex`], with
/// paths from the library's root (`build.rs` writes it to `$OUT_DIR`).
pub fn index_source(data: &Roundtable) -> String {
    let path = "crate::briefing::index";
    let rows = data.comparison();
    let views: Vec<String> = every_filter()
        .map(|f| {
            let s = data.select(f);
            let quotes: Vec<String> = data
                .quotes
                .iter()
                .map(|q| f.shows_quote(data, q).to_string())
                .collect();
            let compare_rows: Vec<String> = rows
                .iter()
                .map(|row| row.shows_anything(f).to_string())
                .collect();
            let charts: Vec<String> = data
                .charts(f)
                .iter()
                .map(|chart| {
                    let values: Vec<String> =
                        chart.bars.iter().map(|b| b.value.to_string()).collect();
                    format!(
                        "{path}::ChartView {{ summary: {}, values: &[{}] }}",
                        lit(&chart.summary),
                        values.join(", ")
                    )
                })
                .collect();
            format!(
                "{path}::FilterView {{ announcement: {}, nothing: {}, no_quotes: {}, no_figures: {}, figures_without_country: {}, quotes: &[{}], compare_rows: &[{}], charts: &[{}] }}",
                lit(&s.announcement()),
                s.is_empty(),
                s.quotes.shown == 0,
                s.statistics.shown == 0,
                lit(&s.figures_without_country_note()),
                quotes.join(", "),
                compare_rows.join(", "),
                charts.join(", ")
            )
        })
        .collect();
    let speakers: Vec<String> = data
        .quotes
        .iter()
        .map(|q| lit(data.speaker_name(&q.speaker)))
        .collect();
    let counts: Vec<String> = data
        .statistics
        .iter()
        .map(|st| {
            let frames: Vec<String> = (0..=COUNT_STEPS)
                .map(|i| lit(&figure_at(st, i, COUNT_STEPS)))
                .collect();
            format!(
                "{path}::CountFrames {{ stat: {}, frames: &[{}] }}",
                lit(&st.id.0),
                frames.join(", ")
            )
        })
        .collect();
    format!(
        "{path}::ClientIndex {{ views: &[{}], quote_speakers: &[{}], counts: &[{}] }}",
        views.join(",\n"),
        speakers.join(", "),
        counts.join(",\n")
    )
}
