//! Read-only questions the views ask of the data. Derived on demand rather
//! than stored, so nothing can fall out of step with the data file.

use super::model::{Country, Paragraph, Quote, Roundtable, Speaker, SpeakerId, Statement};

impl Roundtable {
    /// The speaker with this id, if any.
    pub fn speaker(&self, id: &SpeakerId) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == *id)
    }

    /// The speaker's name, or the id itself if the data has no such speaker
    /// (validation rules that out for the shipped data; the fallback keeps a
    /// hand-built fixture from panicking).
    pub fn speaker_name<'a>(&'a self, id: &'a SpeakerId) -> &'a str {
        self.speaker(id).map_or(&*id.0, |s| &*s.name)
    }

    /// A speaker's statements, in report order.
    pub fn statements_by<'a>(&'a self, id: &'a SpeakerId) -> impl Iterator<Item = &'a Statement> {
        self.statements.iter().filter(move |s| s.speaker == *id)
    }

    /// A speaker's verbatim quotes, in report order.
    pub fn quotes_by<'a>(&'a self, id: &'a SpeakerId) -> impl Iterator<Item = &'a Quote> {
        self.quotes.iter().filter(move |q| q.speaker == *id)
    }

    /// The briefing's own summary of a report paragraph.
    pub fn paragraph_summary(&self, p: Paragraph) -> Option<&str> {
        self.report
            .paragraphs
            .iter()
            .find(|s| s.n == p)
            .map(|s| &*s.summary)
    }

    /// How many speakers represent `country` (stated or implied).
    pub fn speakers_from(&self, country: Country) -> usize {
        self.speakers
            .iter()
            .filter(|s| s.country == Some(country))
            .count()
    }

    /// How many speakers have no country in the report.
    pub fn speakers_without_country(&self) -> usize {
        self.speakers.iter().filter(|s| s.country.is_none()).count()
    }
}
