//! The Kazakhstan–Russia comparison: measures and figures grouped by theme,
//! one column per country. Each item sits under its first (main) topic, so it
//! appears once.

use super::filter::Filter;
use super::model::{Country, Measure, Roundtable, Statistic, Topic};

/// One theme of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeRow<'a> {
    /// The theme.
    pub topic: Topic,
    /// One column per country, in [`Country::ALL`] order.
    pub columns: Vec<CountryColumn<'a>>,
}

/// One country's measures and figures under a theme.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryColumn<'a> {
    /// The country.
    pub country: Country,
    /// Its measures whose main topic is the theme.
    pub measures: Vec<&'a Measure>,
    /// Its figures whose main topic is the theme.
    pub statistics: Vec<&'a Statistic>,
}

impl ThemeRow<'_> {
    /// Whether `filter` leaves anything in the row: a measure or a figure of
    /// either column (else the row is hidden).
    pub fn shows_anything(&self, filter: Filter) -> bool {
        self.columns.iter().any(|c| {
            c.measures.iter().any(|m| filter.shows_measure(m))
                || c.statistics.iter().any(|s| filter.shows_statistic(s))
        })
    }
}

impl Roundtable {
    /// Measures and figures by main topic and country; themes with nothing
    /// in them are left out.
    pub fn comparison(&self) -> Vec<ThemeRow<'_>> {
        Topic::ALL
            .into_iter()
            .map(|topic| ThemeRow {
                topic,
                columns: Country::ALL
                    .into_iter()
                    .map(|country| CountryColumn {
                        country,
                        measures: self
                            .measures
                            .iter()
                            .filter(|m| m.country == country && m.topics.first() == Some(&topic))
                            .collect(),
                        statistics: self
                            .statistics
                            .iter()
                            .filter(|s| {
                                s.country == Some(country) && s.topics.first() == Some(&topic)
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .filter(|row| {
                row.columns
                    .iter()
                    .any(|c| !c.measures.is_empty() || !c.statistics.is_empty())
            })
            .collect()
    }

    /// Figures tied to no country, which the comparison cannot place.
    pub fn statistics_without_country(&self) -> impl Iterator<Item = &Statistic> {
        self.statistics.iter().filter(|s| s.country.is_none())
    }
}
