//! Validation of the roundtable data: the journalism rules as code.
//!
//! `build.rs` runs this on `data/roundtable.json`, so a bad data file stops the
//! build with every problem listed by field path, e.g.
//! `statements[7].speaker: no speaker with id "kirkora2"`. The checks collect
//! all problems instead of stopping at the first, so an editor fixes a file in
//! one pass.

use std::collections::HashMap;
use std::fmt;

use super::model::{CountryBasis, Paragraph, Qualifier, Roundtable, SpeakerId, Topic};

/// One problem in the data, with the field path where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Field path in the data file, e.g. `statements[7].speaker`.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

/// What can be wrong with the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not valid JSON or does not have the expected shape
    /// (a missing field, a misspelt key, an unknown country or topic).
    Shape(String),
    /// An id is used twice.
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first used.
        first: String,
    },
    /// A reference names no speaker.
    UnknownSpeaker {
        /// The id referred to.
        id: String,
    },
    /// A quote is attributed to someone who is mentioned but did not speak.
    QuoteByNonSpeaker {
        /// The id referred to.
        id: String,
    },
    /// A paragraph number outside the report.
    ParagraphOutOfRange {
        /// The number given.
        n: u8,
        /// How many paragraphs the report has.
        count: u8,
    },
    /// The paragraph summaries do not number 1..=count in order.
    ParagraphSequence {
        /// The number expected at this position.
        expected: u8,
        /// The number found.
        found: u8,
    },
    /// The number of paragraph summaries differs from the paragraph count.
    ParagraphCount {
        /// `report.paragraph_count`.
        expected: u8,
        /// Summaries present.
        found: usize,
    },
    /// A text field is empty or only white space.
    EmptyText,
    /// The basis says the country is known, but no country is given.
    CountryMissing {
        /// The basis given.
        basis: CountryBasis,
    },
    /// A country is given although the basis says the report does not state one.
    CountryNotStatedButGiven,
    /// A figure's `as_reported` text carries a qualifier the typed data lacks.
    QualifierMissing {
        /// The text as reported.
        as_reported: String,
        /// The qualifier words found in it.
        words: &'static str,
    },
    /// A figure's typed value, scale and qualifier do not produce its reported text.
    FigureMismatch {
        /// The text as reported.
        as_reported: String,
        /// What the typed fields produce.
        computed: String,
    },
    /// A figure has the value zero (the report gives none).
    ZeroValue,
    /// An item has no topic.
    NoTopics,
    /// A topic is listed twice on one item.
    DuplicateTopic(Topic),
    /// A quote's text still carries its enclosing quotation marks.
    QuoteMarks,
    /// A takeaway template lacks a placeholder it needs, or has one it cannot fill.
    Template {
        /// What is wrong, e.g. "`{figure}` is missing".
        detail: &'static str,
    },
    /// `part_of` does not name a statistic this one can be a part of.
    PartOf {
        /// The id referred to.
        id: String,
        /// Why it cannot be the whole.
        reason: &'static str,
    },
    /// A speaker has neither a statement nor a quote.
    SpeakerWithoutWords {
        /// The speaker's id.
        id: String,
    },
    /// Speakers are not in speaking order (by the first paragraph they appear in).
    SpeakingOrder {
        /// The speaker that comes too early.
        id: String,
        /// Its first paragraph.
        first: u8,
        /// The first paragraph of the speaker listed before it.
        previous: u8,
    },
    /// A translation file lacks a text the English file has.
    MissingTranslation,
    /// A translation file has a text for something the English file lacks.
    UnknownTranslation,
    /// A translated list is not as long as the English one.
    ListLength {
        /// The English list's length.
        expected: usize,
        /// The translation's.
        found: usize,
    },
    /// A translated headline template has a placeholder another number of
    /// times than the English one.
    PlaceholderCount {
        /// The placeholder, e.g. `{figure}`.
        placeholder: &'static str,
        /// How often the English template has it.
        expected: usize,
        /// How often the translation has it.
        found: usize,
    },
    /// A translation file names another language than its edition's.
    TranslationLanguage {
        /// The edition's code.
        expected: String,
        /// The file's.
        found: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Shape(msg) => write!(f, "{msg}"),
            Problem::DuplicateId { id, first } => {
                write!(f, "duplicate id \"{id}\" (first used at {first})")
            }
            Problem::UnknownSpeaker { id } => write!(f, "no speaker with id \"{id}\""),
            Problem::QuoteByNonSpeaker { id } => write!(
                f,
                "\"{id}\" is mentioned in the report but did not speak; quotes can only be attributed to speakers"
            ),
            Problem::ParagraphOutOfRange { n, count } => write!(
                f,
                "paragraph {n} is outside the report, which has paragraphs 1 to {count}"
            ),
            Problem::ParagraphSequence { expected, found } => {
                write!(f, "expected paragraph {expected} here, found {found}")
            }
            Problem::ParagraphCount { expected, found } => write!(
                f,
                "the report has {expected} paragraphs but {found} summaries are given"
            ),
            Problem::EmptyText => write!(f, "text is empty"),
            Problem::CountryMissing { basis } => write!(
                f,
                "country_basis is \"{}\" but no country is given",
                basis_key(*basis)
            ),
            Problem::CountryNotStatedButGiven => write!(
                f,
                "a country is given although country_basis is \"not_stated\"; do not guess a country"
            ),
            Problem::QualifierMissing { as_reported, words } => write!(
                f,
                "the report says \"{as_reported}\" but no qualifier is set (expected \"{words}\")"
            ),
            Problem::FigureMismatch { as_reported, computed } => write!(
                f,
                "the report says \"{as_reported}\" but value, scale and qualifier give \"{computed}\""
            ),
            Problem::ZeroValue => write!(f, "value is 0; the report gives no such figure"),
            Problem::NoTopics => write!(f, "no topic given"),
            Problem::DuplicateTopic(t) => write!(f, "topic \"{}\" listed twice", t.slug()),
            Problem::QuoteMarks => write!(
                f,
                "quote text starts or ends with a quotation mark; store the words only"
            ),
            Problem::Template { detail } => write!(f, "takeaway template: {detail}"),
            Problem::PartOf { id, reason } => {
                write!(f, "part_of \"{id}\" cannot be the whole: {reason}")
            }
            Problem::SpeakerWithoutWords { id } => write!(
                f,
                "speaker \"{id}\" has no statement and no quote; every speaker's points must be covered"
            ),
            Problem::SpeakingOrder { id, first, previous } => write!(
                f,
                "speaker \"{id}\" first appears in paragraph {first}, before the previous speaker (paragraph {previous}); list speakers in speaking order"
            ),
            Problem::MissingTranslation => write!(f, "no translation; every text needs one in every edition"),
            Problem::UnknownTranslation => write!(
                f,
                "the English data has no such text; translate only what it has"
            ),
            Problem::ListLength { expected, found } => write!(
                f,
                "{found} entries where the English data has {expected}"
            ),
            Problem::PlaceholderCount {
                placeholder,
                expected,
                found,
            } => write!(
                f,
                "{placeholder} appears {found} times where the English template has it {expected} times"
            ),
            Problem::TranslationLanguage { expected, found } => write!(
                f,
                "the file says \"{found}\" but is the \"{expected}\" edition's"
            ),
        }
    }
}

fn basis_key(basis: CountryBasis) -> &'static str {
    match basis {
        CountryBasis::Stated => "stated",
        CountryBasis::Implied => "implied",
        CountryBasis::NotStated => "not_stated",
    }
}

/// All problems found in one data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Checks every rule; returns all problems found.
pub fn validate(doc: &Roundtable) -> Result<(), DataErrors> {
    let mut v = Validator::new(doc);
    v.report();
    v.event();
    v.speakers();
    v.people();
    v.statements();
    v.quotes();
    v.statistics();
    v.measures();
    v.speaker_coverage_and_order();
    if v.errors.is_empty() {
        Ok(())
    } else {
        Err(DataErrors(v.errors))
    }
}

struct Validator<'a> {
    doc: &'a Roundtable,
    errors: Vec<DataError>,
    /// Every id seen so far, with the path where it was first used.
    ids: HashMap<&'a str, String>,
}

impl<'a> Validator<'a> {
    fn new(doc: &'a Roundtable) -> Self {
        Validator {
            doc,
            errors: Vec::new(),
            ids: HashMap::new(),
        }
    }

    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(DataError {
            path: path.into(),
            problem,
        });
    }

    fn text(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.push(path, Problem::EmptyText);
        }
    }

    fn id(&mut self, path: String, id: &'a str) {
        self.text(path.clone(), id);
        if let Some(first) = self.ids.get(id) {
            let first = first.clone();
            self.push(
                path,
                Problem::DuplicateId {
                    id: id.to_owned(),
                    first,
                },
            );
        } else {
            self.ids.insert(id, path);
        }
    }

    fn paragraph(&mut self, path: impl Into<String>, p: Paragraph) {
        let count = self.doc.report.paragraph_count;
        if p.0 == 0 || p.0 > count {
            self.push(path, Problem::ParagraphOutOfRange { n: p.0, count });
        }
    }

    fn speaker_ref(&mut self, path: String, id: &SpeakerId) {
        if !self.doc.speakers.iter().any(|s| s.id == *id) {
            self.push(
                path,
                Problem::UnknownSpeaker {
                    id: id.0.to_string(),
                },
            );
        }
    }

    fn topics(&mut self, path: String, topics: &[Topic]) {
        if topics.is_empty() {
            self.push(path.clone(), Problem::NoTopics);
        }
        for (i, t) in topics.iter().enumerate() {
            if topics[..i].contains(t) {
                self.push(format!("{path}[{i}]"), Problem::DuplicateTopic(*t));
            }
        }
    }

    fn report(&mut self) {
        let r = &self.doc.report;
        self.text("report.source", &r.source);
        self.text("report.language", &r.language);
        if r.paragraphs.len() != usize::from(r.paragraph_count) {
            self.push(
                "report.paragraphs",
                Problem::ParagraphCount {
                    expected: r.paragraph_count,
                    found: r.paragraphs.len(),
                },
            );
        }
        for (i, p) in r.paragraphs.iter().enumerate() {
            let expected = u8::try_from(i + 1).unwrap_or(u8::MAX);
            if p.n.0 != expected {
                self.push(
                    format!("report.paragraphs[{i}].n"),
                    Problem::ParagraphSequence {
                        expected,
                        found: p.n.0,
                    },
                );
            }
            self.text(format!("report.paragraphs[{i}].summary"), &p.summary);
        }
    }

    fn event(&mut self) {
        let e = &self.doc.event;
        self.text("event.title", &e.title);
        self.text("event.summary", &e.summary);
        for (i, g) in e.attendees.groups.iter().enumerate() {
            self.text(format!("event.attendees.groups[{i}]"), g);
        }
        self.paragraph("event.attendees.paragraph", e.attendees.paragraph);
        self.text("event.first_joint_event.text", &e.first_joint_event.text);
        self.speaker_ref(
            "event.first_joint_event.claimed_by".into(),
            &e.first_joint_event.claimed_by,
        );
        self.paragraph(
            "event.first_joint_event.paragraph",
            e.first_joint_event.paragraph,
        );
        for (i, c) in e.conclusions.iter().enumerate() {
            let at = format!("event.conclusions[{i}]");
            self.id(format!("{at}.id"), &c.id.0);
            self.text(format!("{at}.text"), &c.text);
            self.paragraph(format!("{at}.paragraph"), c.paragraph);
        }
    }

    fn speakers(&mut self) {
        for (i, s) in self.doc.speakers.iter().enumerate() {
            let at = format!("speakers[{i}]");
            self.id(format!("{at}.id"), &s.id.0);
            self.text(format!("{at}.name"), &s.name);
            self.text(format!("{at}.role"), &s.role);
            self.text(format!("{at}.country_note"), &s.country_note);
            self.text(format!("{at}.summary"), &s.summary);
            for (j, o) in s.organisations.iter().enumerate() {
                self.text(format!("{at}.organisations[{j}]"), o);
            }
            match (s.country_basis, s.country) {
                (CountryBasis::NotStated, Some(_)) => {
                    self.push(format!("{at}.country"), Problem::CountryNotStatedButGiven)
                }
                (basis @ (CountryBasis::Stated | CountryBasis::Implied), None) => {
                    self.push(format!("{at}.country"), Problem::CountryMissing { basis })
                }
                _ => {}
            }
        }
    }

    fn people(&mut self) {
        for (i, p) in self.doc.people_mentioned.iter().enumerate() {
            let at = format!("people_mentioned[{i}]");
            self.id(format!("{at}.id"), &p.id.0);
            self.text(format!("{at}.name"), &p.name);
            self.text(format!("{at}.role"), &p.role);
            self.text(format!("{at}.context"), &p.context);
            self.paragraph(format!("{at}.paragraph"), p.paragraph);
        }
    }

    fn statements(&mut self) {
        for (i, s) in self.doc.statements.iter().enumerate() {
            let at = format!("statements[{i}]");
            self.id(format!("{at}.id"), &s.id.0);
            self.speaker_ref(format!("{at}.speaker"), &s.speaker);
            self.paragraph(format!("{at}.paragraph"), s.paragraph);
            self.topics(format!("{at}.topics"), &s.topics);
            self.text(format!("{at}.text"), &s.text);
        }
    }

    fn quotes(&mut self) {
        for (i, q) in self.doc.quotes.iter().enumerate() {
            let at = format!("quotes[{i}]");
            self.id(format!("{at}.id"), &q.id.0);
            let is_speaker = self.doc.speakers.iter().any(|s| s.id == q.speaker);
            let is_mentioned = self
                .doc
                .people_mentioned
                .iter()
                .any(|p| p.id.0 == q.speaker.0);
            if !is_speaker {
                let id = q.speaker.0.to_string();
                let problem = if is_mentioned {
                    Problem::QuoteByNonSpeaker { id }
                } else {
                    Problem::UnknownSpeaker { id }
                };
                self.push(format!("{at}.speaker"), problem);
            }
            self.paragraph(format!("{at}.paragraph"), q.paragraph);
            self.topics(format!("{at}.topics"), &q.topics);
            self.text(format!("{at}.text"), &q.text);
            const MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];
            if q.text.starts_with(MARKS) || q.text.ends_with(MARKS) {
                self.push(format!("{at}.text"), Problem::QuoteMarks);
            }
        }
    }

    fn statistics(&mut self) {
        for (i, s) in self.doc.statistics.iter().enumerate() {
            let at = format!("statistics[{i}]");
            self.id(format!("{at}.id"), &s.id.0);
            self.text(format!("{at}.label"), &s.label);
            self.text(format!("{at}.unit"), &s.unit);
            self.text(format!("{at}.as_reported"), &s.as_reported);
            self.speaker_ref(format!("{at}.cited_by"), &s.cited_by);
            self.topics(format!("{at}.topics"), &s.topics);
            self.paragraph(format!("{at}.paragraph"), s.paragraph);
            if let Some(note) = &s.note {
                self.text(format!("{at}.note"), note);
            }
            if s.value == 0 {
                self.push(format!("{at}.value"), Problem::ZeroValue);
            }
            self.text(format!("{at}.takeaway"), &s.takeaway);
            if !s.takeaway.contains("{figure}") {
                let detail = "`{figure}` is missing, so the headline would not show the figure";
                self.push(format!("{at}.takeaway"), Problem::Template { detail });
            }
            match (&s.part_of, s.takeaway.contains("{share}")) {
                (None, true) => {
                    let detail = "`{share}` needs part_of to calculate the share from";
                    self.push(format!("{at}.takeaway"), Problem::Template { detail });
                }
                (Some(_), false) => {
                    let detail = "`{share}` is missing although part_of is set";
                    self.push(format!("{at}.takeaway"), Problem::Template { detail });
                }
                _ => {}
            }
            if let Some(whole_id) = &s.part_of {
                let whole = self.doc.statistics.iter().find(|w| w.id == *whole_id);
                let reason = match whole {
                    None => Some("no statistic has that id"),
                    Some(w) if w.id == s.id => Some("a figure cannot be part of itself"),
                    Some(w) if w.unit != s.unit => Some("it counts a different unit"),
                    Some(w) if w.country != s.country => Some("it is about another country"),
                    Some(w) if w.value < s.value => Some("it is smaller than the part"),
                    Some(w) if w.qualifier.is_some() || s.qualifier.is_some() => {
                        Some("a share of approximate figures would claim false precision")
                    }
                    Some(_) => None,
                };
                if let Some(reason) = reason {
                    self.push(
                        format!("{at}.part_of"),
                        Problem::PartOf {
                            id: whole_id.0.to_string(),
                            reason,
                        },
                    );
                }
            }
            let reported = s.as_reported.trim().to_lowercase();
            let stated = Qualifier::ALL
                .into_iter()
                .find(|q| reported.starts_with(&format!("{} ", q.words())));
            let computed = s.figure();
            if let (Some(q), None) = (stated, s.qualifier) {
                self.push(
                    format!("{at}.qualifier"),
                    Problem::QualifierMissing {
                        as_reported: s.as_reported.to_string(),
                        words: q.words(),
                    },
                );
            } else if computed != s.as_reported {
                self.push(
                    format!("{at}.as_reported"),
                    Problem::FigureMismatch {
                        as_reported: s.as_reported.to_string(),
                        computed,
                    },
                );
            }
        }
    }

    fn measures(&mut self) {
        for (i, m) in self.doc.measures.iter().enumerate() {
            let at = format!("measures[{i}]");
            self.id(format!("{at}.id"), &m.id.0);
            self.speaker_ref(format!("{at}.presented_by"), &m.presented_by);
            self.paragraph(format!("{at}.paragraph"), m.paragraph);
            self.topics(format!("{at}.topics"), &m.topics);
            self.text(format!("{at}.title"), &m.title);
            self.text(format!("{at}.summary"), &m.summary);
        }
    }

    /// Every speaker says something, and speakers are listed in the order the
    /// report gives them the floor (the first paragraph each appears in).
    fn speaker_coverage_and_order(&mut self) {
        let mut previous: Option<u8> = None;
        for (i, s) in self.doc.speakers.iter().enumerate() {
            let first = self
                .doc
                .statements
                .iter()
                .filter(|st| st.speaker == s.id)
                .map(|st| st.paragraph.0)
                .chain(
                    self.doc
                        .quotes
                        .iter()
                        .filter(|q| q.speaker == s.id)
                        .map(|q| q.paragraph.0),
                )
                .min();
            let Some(first) = first else {
                self.push(
                    format!("speakers[{i}]"),
                    Problem::SpeakerWithoutWords {
                        id: s.id.0.to_string(),
                    },
                );
                continue;
            };
            if let Some(prev) = previous {
                if first < prev {
                    self.push(
                        format!("speakers[{i}]"),
                        Problem::SpeakingOrder {
                            id: s.id.0.to_string(),
                            first,
                            previous: prev,
                        },
                    );
                }
            }
            previous = Some(first);
        }
    }
}
