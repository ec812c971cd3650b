//! What the reader asked to see: a country and a topic, and which items of
//! the briefing that leaves. Items are filtered by visibility, not removed,
//! so the views keep every element in place and only show or hide it.

use super::model::{Country, Measure, Quote, Roundtable, Speaker, Statement, Statistic, Topic};
use crate::lang::Lang;

/// Which country's items to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CountryFilter {
    /// Everything, including items whose country the report does not state.
    #[default]
    All,
    /// Only items the data ties to this country.
    Only(Country),
}

impl CountryFilter {
    /// The choices, in the order the filter shows them.
    pub const OPTIONS: [CountryFilter; 3] = [
        CountryFilter::All,
        CountryFilter::Only(Country::Kazakhstan),
        CountryFilter::Only(Country::Russia),
    ];

    /// Whether an item tied to `country` (or to none) passes. An item with no
    /// country passes only under [`CountryFilter::All`]: it is never assigned
    /// to a country it may not belong to.
    pub fn fits(self, country: Option<Country>) -> bool {
        match self {
            CountryFilter::All => true,
            CountryFilter::Only(c) => country == Some(c),
        }
    }

    /// The button label in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let words = lang.words();
        match self {
            CountryFilter::All => words.all_countries,
            CountryFilter::Only(c) => (words.country)(c),
        }
    }

    /// The value in URLs and attributes: `all`, `kz`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            CountryFilter::All => "all",
            CountryFilter::Only(c) => c.code(),
        }
    }

    /// Parses [`CountryFilter::code`] (case-insensitive).
    pub fn from_code(code: &str) -> Option<Self> {
        CountryFilter::OPTIONS
            .into_iter()
            .find(|f| f.code().eq_ignore_ascii_case(code))
    }
}

impl Topic {
    /// Parses [`Topic::slug`] (case-insensitive).
    pub fn from_slug(slug: &str) -> Option<Topic> {
        Topic::ALL
            .into_iter()
            .find(|t| t.slug().eq_ignore_ascii_case(slug))
    }
}

/// The reader's filter: a country, and optionally one topic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Country filter.
    pub country: CountryFilter,
    /// Topic filter; `None` means every topic.
    pub topic: Option<Topic>,
}

impl Filter {
    /// Whether the filter shows everything.
    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    fn topic_fits(&self, topics: &[Topic]) -> bool {
        self.topic.is_none_or(|t| topics.contains(&t))
    }

    /// A statement passes when its speaker's country and its topics do.
    pub fn shows_statement(&self, data: &Roundtable, st: &Statement) -> bool {
        let country = data.speaker(&st.speaker).and_then(|s| s.country);
        self.country.fits(country) && self.topic_fits(&st.topics)
    }

    /// A quote passes when its speaker's country and its topics do.
    pub fn shows_quote(&self, data: &Roundtable, q: &Quote) -> bool {
        let country = data.speaker(&q.speaker).and_then(|s| s.country);
        self.country.fits(country) && self.topic_fits(&q.topics)
    }

    /// A speaker passes when their country does and, under a topic filter,
    /// when at least one of their statements or quotes is on that topic.
    pub fn shows_speaker(&self, data: &Roundtable, s: &Speaker) -> bool {
        self.country.fits(s.country)
            && (self.topic.is_none()
                || data
                    .statements_by(&s.id)
                    .any(|st| self.topic_fits(&st.topics))
                || data.quotes_by(&s.id).any(|q| self.topic_fits(&q.topics)))
    }

    /// A figure passes on its own country and topics.
    pub fn shows_statistic(&self, s: &Statistic) -> bool {
        self.country.fits(s.country) && self.topic_fits(&s.topics)
    }

    /// A measure passes on the country it belongs to and its topics.
    pub fn shows_measure(&self, m: &Measure) -> bool {
        self.country.fits(Some(m.country)) && self.topic_fits(&m.topics)
    }
}

/// One kind of item, counted: how many pass the filter of how many there are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items shown.
    pub shown: usize,
    /// Items in the briefing.
    pub total: usize,
}

impl Tally {
    fn of<T>(items: &[T], shows: impl Fn(&T) -> bool) -> Tally {
        Tally {
            shown: items.iter().filter(|i| shows(i)).count(),
            total: items.len(),
        }
    }
}

/// What a filter leaves of the briefing, counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// The filter counted.
    pub filter: Filter,
    /// Speakers.
    pub speakers: Tally,
    /// Statements (speakers' points).
    pub statements: Tally,
    /// Verbatim quotes.
    pub quotes: Tally,
    /// Figures.
    pub statistics: Tally,
    /// Policy measures.
    pub measures: Tally,
    /// Speakers left out only because the report gives no country for them.
    pub speakers_without_country: usize,
    /// Figures left out only because the report ties them to no country.
    pub statistics_without_country: usize,
}

impl Roundtable {
    /// Counts what `filter` shows.
    pub fn select(&self, filter: Filter) -> Selection {
        let country_only = matches!(filter.country, CountryFilter::Only(_));
        // Items with no country that the topic alone would have shown.
        let topic_only = Filter {
            country: CountryFilter::All,
            ..filter
        };
        Selection {
            filter,
            speakers: Tally::of(&self.speakers, |s| filter.shows_speaker(self, s)),
            statements: Tally::of(&self.statements, |s| filter.shows_statement(self, s)),
            quotes: Tally::of(&self.quotes, |q| filter.shows_quote(self, q)),
            statistics: Tally::of(&self.statistics, |s| filter.shows_statistic(s)),
            measures: Tally::of(&self.measures, |m| filter.shows_measure(m)),
            speakers_without_country: if country_only {
                self.speakers
                    .iter()
                    .filter(|s| s.country.is_none() && topic_only.shows_speaker(self, s))
                    .count()
            } else {
                0
            },
            statistics_without_country: if country_only {
                self.statistics
                    .iter()
                    .filter(|s| s.country.is_none() && topic_only.shows_statistic(s))
                    .count()
            } else {
                0
            },
        }
    }

    /// How many speakers a country button leads to (for its count).
    pub fn speakers_under(&self, country: CountryFilter) -> usize {
        self.speakers
            .iter()
            .filter(|s| country.fits(s.country))
            .count()
    }

    /// How many statements, quotes, figures and measures carry `topic`.
    pub fn items_on(&self, topic: Topic) -> usize {
        self.statements
            .iter()
            .filter(|s| s.topics.contains(&topic))
            .count()
            + self
                .quotes
                .iter()
                .filter(|q| q.topics.contains(&topic))
                .count()
            + self
                .statistics
                .iter()
                .filter(|s| s.topics.contains(&topic))
                .count()
            + self
                .measures
                .iter()
                .filter(|m| m.topics.contains(&topic))
                .count()
    }
}

impl Selection {
    /// Nothing at all passes the filter.
    pub fn is_empty(&self) -> bool {
        self.speakers.shown == 0
            && self.statements.shown == 0
            && self.quotes.shown == 0
            && self.statistics.shown == 0
            && self.measures.shown == 0
    }

    /// The figures section's note on figures a country filter leaves out
    /// because the report ties them to no country, in `lang`; empty when
    /// there are none.
    pub fn figures_without_country_note(&self, lang: Lang) -> String {
        match self.statistics_without_country {
            0 => String::new(),
            n => (lang.words().figures_without_country)(n),
        }
    }

    /// The sentence the status region announces after a change, in
    /// `lang`, e.g. "Showing 5 of 10 speakers, 11 of 19 points, 1 of 2
    /// quotes, 5 of 5 figures and 8 of 12 measures. Left out: 1 speaker
    /// whose country the report does not state."
    pub fn announcement(&self, lang: Lang) -> String {
        (lang.words().announcement)(self)
    }
}
