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

    /// `english`'s items, each with its entry of `map` applied by `apply`
    /// (given the item's path, `section.id`): the entry for each item's id
    /// is taken out of `map`; an item without one, and every entry left
    /// over, is a problem.
    fn each<T: Clone, E>(
        &mut self,
        section: &str,
        english: &[T],
        id: impl Fn(&T) -> String,
        mut map: BTreeMap<String, E>,
        mut apply: impl FnMut(&mut Self, &str, &mut T, E),
    ) -> List<T> {
        let mut items = english.to_vec();
        for item in &mut items {
            let key = id(item);
            let path = format!("{section}.{key}");
            match map.remove(&key) {
                Some(entry) => apply(self, &path, item, entry),
                None => self.problem(path, Problem::MissingTranslation),
            }
        }
        for key in map.into_keys() {
            self.problem(format!("{section}.{key}"), Problem::UnknownTranslation);
        }
        List::Owned(items)
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

    doc.report.paragraphs = t.each(
        "paragraphs",
        &english.report.paragraphs,
        |p| p.n.0.to_string(),
        translation.paragraphs,
        |t, path, p, text| p.summary = t.text(path.to_owned(), &text),
    );

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
    doc.event.conclusions = t.each(
        "event.conclusions",
        &english.event.conclusions,
        |c| c.id.0.to_string(),
        event.conclusions,
        |t, path, c, text| c.text = t.text(path.to_owned(), &text),
    );

    doc.speakers = t.each(
        "speakers",
        &english.speakers,
        |s| s.id.0.to_string(),
        translation.speakers,
        |t, path, s, texts| {
            s.name = t.text(format!("{path}.name"), &texts.name);
            s.role = t.text(format!("{path}.role"), &texts.role);
            s.organisations = t.list(
                &format!("{path}.organisations"),
                &s.organisations,
                &texts.organisations,
            );
            s.country_note = t.text(format!("{path}.country_note"), &texts.country_note);
            s.summary = t.text(format!("{path}.summary"), &texts.summary);
        },
    );

    doc.people_mentioned = t.each(
        "people_mentioned",
        &english.people_mentioned,
        |p| p.id.0.to_string(),
        translation.people_mentioned,
        |t, path, p, texts| {
            p.name = t.text(format!("{path}.name"), &texts.name);
            p.role = t.text(format!("{path}.role"), &texts.role);
            p.context = t.text(format!("{path}.context"), &texts.context);
        },
    );

    doc.statements = t.each(
        "statements",
        &english.statements,
        |s| s.id.0.to_string(),
        translation.statements,
        |t, path, s, text| s.text = t.text(path.to_owned(), &text),
    );

    // The verbatim words stay the English file's; only the translation
    // beneath them is the edition's.
    doc.quotes = t.each(
        "quotes",
        &english.quotes,
        |q| q.id.0.to_string(),
        translation.quotes,
        |t, path, q, text| q.translation = Some(t.text(path.to_owned(), &text)),
    );

    doc.statistics = t.each(
        "statistics",
        &english.statistics,
        |s| s.id.0.to_string(),
        translation.statistics,
        |t, path, s, texts| {
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
        },
    );

    doc.measures = t.each(
        "measures",
        &english.measures,
        |m| m.id.0.to_string(),
        translation.measures,
        |t, path, m, texts| {
            m.title = t.text(format!("{path}.title"), &texts.title);
            m.summary = t.text(format!("{path}.summary"), &texts.summary);
        },
    );

    if !t.errors.is_empty() {
        return Err(DataErrors(t.errors));
    }
    super::validate::validate(&doc)?;
    Ok(doc)
}
