//! Figures derived from the data: the share a part is of its whole (people
//! under 18 of the population), counts per country and per topic for the
//! charts, headline text, and the count-up easing. Everything here is
//! calculated from the data file, never typed in, so it stays right if the
//! data changes.

use super::facets::country_attr;
use super::filter::Filter;
use super::model::{Country, Roundtable, Statistic, Topic};
use super::prose::capitalise;
use crate::lang::Lang;

/// A part of a whole, e.g. 7 million of 20 million.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// The part.
    pub part: u64,
    /// The whole.
    pub whole: u64,
}

impl Share {
    /// The share in per cent, rounded half up to a whole number; 0 for an
    /// empty whole.
    pub fn rounded_percent(&self) -> u64 {
        if self.whole == 0 {
            return 0;
        }
        // Integer arithmetic: (part * 200 / whole + 1) / 2 rounds half up
        // without floating-point surprises; u128 cannot overflow here.
        let doubled = u128::from(self.part) * 200 / u128::from(self.whole);
        u64::try_from(doubled.div_ceil(2)).unwrap_or(u64::MAX)
    }

    /// "≈35%" ("≈35 %" in Russian): approximate, because it is
    /// calculated from rounded figures.
    pub fn label(&self, lang: Lang) -> String {
        lang.approx_percent(self.rounded_percent())
    }

    /// How many of `cells` cells a proportion graphic fills.
    pub fn cells(&self, cells: u64) -> u64 {
        (self.rounded_percent() * cells).div_ceil(100).min(cells)
    }
}

impl Roundtable {
    /// The share a figure is of the figure it is `part_of`, with that whole.
    pub fn share_of<'a>(&'a self, part: &Statistic) -> Option<(Share, &'a Statistic)> {
        let whole_id = part.part_of.as_ref()?;
        let whole = self.statistics.iter().find(|s| s.id == *whole_id)?;
        Some((
            Share {
                part: part.value,
                whole: whole.value,
            },
            whole,
        ))
    }

    /// Whether some other figure is a part of this one (then they share a widget).
    pub fn is_whole_of_a_share(&self, s: &Statistic) -> bool {
        self.statistics
            .iter()
            .any(|p| p.part_of.as_ref() == Some(&s.id))
    }

    /// A figure's headline: its takeaway with `{figure}` (qualifier kept)
    /// and `{share}` filled in, first letter capitalised.
    pub fn headline(&self, s: &Statistic, lang: Lang) -> String {
        let mut text = s.takeaway.replace("{figure}", &s.figure_in(lang));
        if let Some((share, _)) = self.share_of(s) {
            text = text.replace("{share}", &share.label(lang));
        }
        capitalise(&text)
    }
}

/// One bar of a chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The label, e.g. "Kazakhstan".
    pub label: String,
    /// A stable key for tests and styles, e.g. "kz", "none", "domestic-violence".
    pub key: String,
    /// The count.
    pub value: usize,
}

/// A small bar chart with its words: a title, a one-sentence summary and
/// the column headers of its table. Its bars are every category the chart
/// can have, in a fixed order (largest first for the whole briefing), with
/// zeros kept: a filter changes values, never the order, so the view can
/// keep its elements and only update numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarChart {
    /// A stable key, e.g. "speakers-by-country".
    pub key: &'static str,
    /// The title.
    pub title: String,
    /// One sentence saying what the chart shows.
    pub summary: String,
    /// Header of the label column.
    pub category: &'static str,
    /// Header of the value column.
    pub measure: &'static str,
    /// The bars, largest first.
    pub bars: Vec<Bar>,
}

impl BarChart {
    /// The largest value (for scaling the bars).
    pub fn max(&self) -> usize {
        self.bars.iter().map(|b| b.value).max().unwrap_or(0)
    }

    /// The bars with something to show.
    pub fn visible_bars(&self) -> impl Iterator<Item = &Bar> {
        self.bars.iter().filter(|b| b.value > 0)
    }

    /// The value of the bar with this key (0 if none).
    pub fn value_of(&self, key: &str) -> usize {
        self.bars
            .iter()
            .find(|b| b.key == key)
            .map_or(0, |b| b.value)
    }
}

/// Every country bar, "not stated" last.
const COUNTRY_BARS: [Option<Country>; 3] = [Some(Country::Kazakhstan), Some(Country::Russia), None];

/// A country bar's label and key: the name in `lang` (or its "Country not
/// stated") and the same code the items carry for the filter (`none` for
/// no country).
fn country_label(c: Option<Country>, lang: Lang) -> (String, String) {
    let name = lang.words().country_or_not_stated(c);
    (name.to_owned(), country_attr(c).to_owned())
}

/// Sorts bars by their unfiltered values, largest first (ties keep their
/// order), so the order is the same under every filter.
fn in_briefing_order(mut bars: Vec<Bar>, unfiltered: impl Fn(&str) -> usize) -> Vec<Bar> {
    bars.sort_by_key(|b| std::cmp::Reverse(unfiltered(&b.key)));
    bars
}

impl Roundtable {
    /// The three charts under `filter`, in `lang`, in the order the
    /// figures section shows them.
    pub fn charts(&self, filter: Filter, lang: Lang) -> [BarChart; 3] {
        [
            self.speakers_by_country(filter, lang),
            self.measures_by_country(filter, lang),
            self.statements_by_topic(filter, lang),
        ]
    }

    /// Speakers per country, with "not stated" as its own bar when the
    /// data has such a speaker.
    pub fn speakers_by_country(&self, filter: Filter, lang: Lang) -> BarChart {
        let words = lang.words();
        let count = |c: Option<Country>, f: Filter| {
            self.speakers
                .iter()
                .filter(|s| s.country == c && f.shows_speaker(self, s))
                .count()
        };
        let bars: Vec<Bar> = COUNTRY_BARS
            .into_iter()
            .filter(|c| c.is_some() || count(None, Filter::default()) > 0)
            .map(|c| {
                let (label, key) = country_label(c, lang);
                Bar {
                    label,
                    key,
                    value: count(c, filter),
                }
            })
            .collect();
        let total: usize = bars.iter().map(|b| b.value).sum();
        let parts: Vec<(Option<&str>, usize)> = bars
            .iter()
            .filter(|b| b.value > 0)
            .map(|b| ((b.key != "none").then_some(b.label.as_str()), b.value))
            .collect();
        BarChart {
            key: "speakers-by-country",
            title: words.chart_speakers_title.into(),
            summary: (words.chart_speakers_summary)(total, &parts),
            category: words.chart_country,
            measure: words.chart_speakers,
            bars,
        }
    }

    /// Measures per country (the country whose policy it is). Both
    /// countries are named in the sentence unless a country filter leaves
    /// one out with nothing.
    pub fn measures_by_country(&self, filter: Filter, lang: Lang) -> BarChart {
        let words = lang.words();
        let bars: Vec<Bar> = COUNTRY_BARS
            .into_iter()
            .flatten()
            .map(|c| Bar {
                label: (words.country)(c).to_owned(),
                key: c.code().to_owned(),
                value: self
                    .measures
                    .iter()
                    .filter(|m| m.country == c && filter.shows_measure(m))
                    .count(),
            })
            .collect();
        let parts: Vec<(&str, usize)> = COUNTRY_BARS
            .into_iter()
            .flatten()
            .zip(&bars)
            .filter(|(c, b)| b.value > 0 || filter.country.fits(Some(*c)))
            .map(|(_, b)| (b.label.as_str(), b.value))
            .collect();
        BarChart {
            key: "measures-by-country",
            title: words.chart_measures_title.into(),
            summary: (words.chart_measures_summary)(&parts),
            category: words.chart_country,
            measure: words.chart_measures,
            bars,
        }
    }

    /// Points (statements) per topic; a point with several topics counts
    /// under each. Bars in the order of the unfiltered counts.
    pub fn statements_by_topic(&self, filter: Filter, lang: Lang) -> BarChart {
        let words = lang.words();
        let shown: Vec<_> = self
            .statements
            .iter()
            .filter(|s| filter.shows_statement(self, s))
            .collect();
        let on = |t: Topic| {
            self.statements
                .iter()
                .filter(|s| s.topics.contains(&t))
                .count()
        };
        let bars = in_briefing_order(
            Topic::ALL
                .into_iter()
                .filter(|t| on(*t) > 0)
                .map(|t| Bar {
                    label: (words.topic)(t).to_owned(),
                    key: t.slug().to_owned(),
                    value: shown.iter().filter(|s| s.topics.contains(&t)).count(),
                })
                .collect(),
            |key| Topic::from_slug(key).map_or(0, on),
        );
        let top = bars.iter().map(|b| b.value).max().unwrap_or(0);
        let leaders: Vec<&str> = bars
            .iter()
            .filter(|b| b.value == top && top > 0)
            .map(|b| b.label.as_str())
            .collect();
        BarChart {
            key: "statements-by-topic",
            title: words.chart_topics_title.into(),
            summary: (words.chart_topics_summary)(&leaders, top, shown.len()),
            category: words.chart_topic,
            measure: words.chart_points,
            bars,
        }
    }
}

/// The value a count-up shows at `step` of `steps`: eases out (fast, then
/// settling), never goes down, and is exactly `target` at the last step.
pub fn count_up(target: u64, step: u32, steps: u32) -> u64 {
    if steps == 0 || step >= steps {
        return target;
    }
    let t = f64::from(step) / f64::from(steps);
    let eased = 1.0 - (1.0 - t).powi(3);
    // Precision loss only above 2^53, far beyond any figure here; the result
    // is clamped to the target either way.
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )]
    let value = (target as f64 * eased).floor() as u64;
    value.min(target)
}

/// The figure a count-up shows at `step` of `steps`, qualifier always kept
/// ("over 12" on the way to "over 50"). Figures written with a magnitude
/// word count in whole units of it ("13 million", not "13.458 million").
pub fn figure_at(s: &Statistic, step: u32, steps: u32, lang: Lang) -> String {
    let value = match s.scale {
        Some(scale) if s.value.is_multiple_of(scale.factor()) => {
            count_up(s.value / scale.factor(), step, steps) * scale.factor()
        }
        _ => count_up(s.value, step, steps),
    };
    lang.figure(s.qualifier, value, s.scale)
}
