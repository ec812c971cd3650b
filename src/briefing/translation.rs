//! An edition's translation of the data's own texts, and how it becomes
//! that edition's [`Roundtable`].
//!
//! A translation file (`data/roundtable.ru.json`) holds only texts, keyed
//! by the ids of the English file (`data/roundtable.json`): our summaries,
//! headlines, roles and names as the edition writes them, and a
//! translation of each quote. Everything else (ids, countries, topics,
//! paragraph numbers, figures, the quotes' verbatim words) is taken from
//! the English file, so an edition cannot drift from it: the same
//! paragraph references and the same quotes, byte for byte, by
//! construction. [`translate`] checks that every text is there, once, and
//! non-empty, that lists keep their length and that a headline template
//! keeps its placeholders; then the edition goes through the same
//! [`super::validate::validate`] as the English data.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::{List, Roundtable, Text};
use super::validate::{DataError, DataErrors, Problem};

/// A translation file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The edition's language code (`ru`, `kk`).
    pub language: String,
    /// Our summary of each paragraph, by its number ("1" to "14").
    pub paragraphs: BTreeMap<String, String>,
    /// The event's texts.
    pub event: EventTexts,
    /// Each speaker's texts, by speaker id.
    pub speakers: BTreeMap<String, SpeakerTexts>,
    /// Each mentioned person's texts, by id.
    pub people_mentioned: BTreeMap<String, PersonTexts>,
    /// Each statement's summary, by id.
    pub statements: BTreeMap<String, String>,
    /// Each quote's translation (ours, shown under the verbatim words), by id.
    pub quotes: BTreeMap<String, String>,
    /// Each figure's texts, by id.
    pub statistics: BTreeMap<String, StatisticTexts>,
    /// Each measure's texts, by id.
    pub measures: BTreeMap<String, MeasureTexts>,
}

/// The event's texts in an edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTexts {
    /// The headline.
    pub title: String,
    /// The summary.
    pub summary: String,
    /// The attendee groups, in the English file's order.
    pub attendee_groups: Vec<String>,
    /// The "first joint event" claim.
    pub first_joint_event: String,
    /// Each conclusion's text, by id.
    pub conclusions: BTreeMap<String, String>,
}

/// A speaker's texts in an edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerTexts {
    /// The name as the edition's language writes it.
    pub name: String,
    /// The role, as the body names itself where known.
    pub role: String,
    /// The organisations, in the English file's order.
    pub organisations: Vec<String>,
    /// How we know the country.
    pub country_note: String,
    /// The one-line summary.
    pub summary: String,
}

/// A mentioned person's texts in an edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonTexts {
    /// The name.
    pub name: String,
    /// The role.
    pub role: String,
    /// Why they are mentioned.
    pub context: String,
}

/// A figure's texts in an edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticTexts {
    /// The short label.
    pub label: String,
    /// What is counted, in the form that follows this figure.
    pub unit: String,
    /// The headline template, with the English one's placeholders.
    pub takeaway: String,
    /// The editorial note, exactly when the English figure has one.
    #[serde(default)]
    pub note: Option<String>,
}

/// A measure's texts in an edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureTexts {
    /// The short name.
    pub title: String,
    /// What it does.
    pub summary: String,
}

/// The placeholders a headline template may hold.
const PLACEHOLDERS: [&str; 2] = ["{figure}", "{share}"];

/// Collects the problems of one translation while it is applied.
struct Translator {
    errors: Vec<DataError>,
}

impl Translator {
    fn problem(&mut self, path: String, problem: Problem) {
        self.errors.push(DataError { path, problem });
    }

    /// The text at `path`, checked non-empty.
    fn text(&mut self, path: String, text: &str) -> Text {
        if text.trim().is_empty() {
            self.problem(path, Problem::EmptyText);
        }
        Text::Owned(text.to_owned())
    }

    /// The entry for each id in `ids`, taken out of `map`; every id
    /// missing, and every id left over, is a problem.
    fn entries<T>(
        &mut self,
        section: &str,
        ids: impl IntoIterator<Item = String>,
        mut map: BTreeMap<String, T>,
    ) -> Vec<Option<T>> {
        let found = ids
            .into_iter()
            .map(|id| {
                let entry = map.remove(&id);
                if entry.is_none() {
                    self.problem(format!("{section}.{id}"), Problem::MissingTranslation);
                }
                entry
            })
            .collect();
        for id in map.into_keys() {
            self.problem(format!("{section}.{id}"), Problem::UnknownTranslation);
        }
        found
    }

    /// A list translated item by item, of the English list's length.
    fn list(&mut self, path: &str, english: &[Text], given: &[String]) -> List<Text> {
        if english.len() != given.len() {
            self.problem(
                path.to_owned(),
                Problem::ListLength {
                    expected: english.len(),
                    found: given.len(),
                },
            );
        }
        let texts: Vec<Text> = given
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(format!("{path}[{i}]"), t))
            .collect();
        List::Owned(texts)
    }
}

/// The edition of `english` that `translation` describes, in `language`.
///
/// # Errors
/// Every problem found, by path in the translation file
/// (`statements.st-ostanina-meetings: no translation`): a text missing,
/// empty or for an id the English file does not have, a list of another
/// length, a headline template whose placeholders differ, a note where
/// the English figure has none (or none where it has one), the wrong
/// language code; then every rule [`super::validate::validate`] checks.
pub fn translate(
    english: &Roundtable,
    translation: Translation,
    language: &str,
) -> Result<Roundtable, DataErrors> {
    let mut t = Translator { errors: Vec::new() };
    let mut doc = english.clone();
    if translation.language != language {
        t.problem(
            "language".into(),
            Problem::TranslationLanguage {
                expected: language.to_owned(),
                found: translation.language.clone(),
            },
        );
    }

    let paragraphs = t.entries(
        "paragraphs",
        english.report.paragraphs.iter().map(|p| p.n.0.to_string()),
        translation.paragraphs,
    );
    let mut summaries = english.report.paragraphs.to_vec();
    for (p, text) in summaries.iter_mut().zip(paragraphs) {
        if let Some(text) = text {
            p.summary = t.text(format!("paragraphs.{}", p.n.0), &text);
        }
    }
    doc.report.paragraphs = List::Owned(summaries);

    let event = translation.event;
    doc.event.title = t.text("event.title".into(), &event.title);
    doc.event.summary = t.text("event.summary".into(), &event.summary);
    doc.event.attendees.groups = t.list(
        "event.attendee_groups",
        &english.event.attendees.groups,
        &event.attendee_groups,
    );
    doc.event.first_joint_event.text =
        t.text("event.first_joint_event".into(), &event.first_joint_event);
    let conclusions = t.entries(
        "event.conclusions",
        english.event.conclusions.iter().map(|c| c.id.0.to_string()),
        event.conclusions,
    );
    let mut list = english.event.conclusions.to_vec();
    for (c, text) in list.iter_mut().zip(conclusions) {
        if let Some(text) = text {
            c.text = t.text(format!("event.conclusions.{}", c.id.0), &text);
        }
    }
    doc.event.conclusions = List::Owned(list);

    let speakers = t.entries(
        "speakers",
        english.speakers.iter().map(|s| s.id.0.to_string()),
        translation.speakers,
    );
    let mut list = english.speakers.to_vec();
    for (s, texts) in list.iter_mut().zip(speakers) {
        let Some(texts) = texts else { continue };
        let path = format!("speakers.{}", s.id.0);
        s.name = t.text(format!("{path}.name"), &texts.name);
        s.role = t.text(format!("{path}.role"), &texts.role);
        s.organisations = t.list(
            &format!("{path}.organisations"),
            &s.organisations,
            &texts.organisations,
        );
        s.country_note = t.text(format!("{path}.country_note"), &texts.country_note);
        s.summary = t.text(format!("{path}.summary"), &texts.summary);
    }
    doc.speakers = List::Owned(list);

    let people = t.entries(
        "people_mentioned",
        english.people_mentioned.iter().map(|p| p.id.0.to_string()),
        translation.people_mentioned,
    );
    let mut list = english.people_mentioned.to_vec();
    for (p, texts) in list.iter_mut().zip(people) {
        let Some(texts) = texts else { continue };
        let path = format!("people_mentioned.{}", p.id.0);
        p.name = t.text(format!("{path}.name"), &texts.name);
        p.role = t.text(format!("{path}.role"), &texts.role);
        p.context = t.text(format!("{path}.context"), &texts.context);
    }
    doc.people_mentioned = List::Owned(list);

    let statements = t.entries(
        "statements",
        english.statements.iter().map(|s| s.id.0.to_string()),
        translation.statements,
    );
    let mut list = english.statements.to_vec();
    for (s, text) in list.iter_mut().zip(statements) {
        if let Some(text) = text {
            s.text = t.text(format!("statements.{}", s.id.0), &text);
        }
    }
    doc.statements = List::Owned(list);

    // The verbatim words stay the English file's; only the translation
    // beneath them is the edition's.
    let quotes = t.entries(
        "quotes",
        english.quotes.iter().map(|q| q.id.0.to_string()),
        translation.quotes,
    );
    let mut list = english.quotes.to_vec();
    for (q, text) in list.iter_mut().zip(quotes) {
        if let Some(text) = text {
            q.translation = Some(t.text(format!("quotes.{}", q.id.0), &text));
        }
    }
    doc.quotes = List::Owned(list);

    let statistics = t.entries(
        "statistics",
        english.statistics.iter().map(|s| s.id.0.to_string()),
        translation.statistics,
    );
    let mut list = english.statistics.to_vec();
    for (s, texts) in list.iter_mut().zip(statistics) {
        let Some(texts) = texts else { continue };
        let path = format!("statistics.{}", s.id.0);
        s.label = t.text(format!("{path}.label"), &texts.label);
        s.unit = t.text(format!("{path}.unit"), &texts.unit);
        for placeholder in PLACEHOLDERS {
            let english_has = s.takeaway.matches(placeholder).count();
            let edition_has = texts.takeaway.matches(placeholder).count();
            if english_has != edition_has {
                t.problem(
                    format!("{path}.takeaway"),
                    Problem::PlaceholderCount {
                        placeholder,
                        expected: english_has,
                        found: edition_has,
                    },
                );
            }
        }
        s.takeaway = t.text(format!("{path}.takeaway"), &texts.takeaway);
        match (&s.note, texts.note) {
            (Some(_), Some(note)) => s.note = Some(t.text(format!("{path}.note"), &note)),
            (None, None) => {}
            (Some(_), None) => t.problem(format!("{path}.note"), Problem::MissingTranslation),
            (None, Some(_)) => t.problem(format!("{path}.note"), Problem::UnknownTranslation),
        }
    }
    doc.statistics = List::Owned(list);

    let measures = t.entries(
        "measures",
        english.measures.iter().map(|m| m.id.0.to_string()),
        translation.measures,
    );
    let mut list = english.measures.to_vec();
    for (m, texts) in list.iter_mut().zip(measures) {
        let Some(texts) = texts else { continue };
        let path = format!("measures.{}", m.id.0);
        m.title = t.text(format!("{path}.title"), &texts.title);
        m.summary = t.text(format!("{path}.summary"), &texts.summary);
    }
    doc.measures = List::Owned(list);

    if !t.errors.is_empty() {
        return Err(DataErrors(t.errors));
    }
    super::validate::validate(&doc)?;
    Ok(doc)
}
