//! The typed model of the roundtable briefing.
//!
//! The shape mirrors `data/roundtable.json`. Every type deserialises with
//! `deny_unknown_fields`, so a misspelt key in the data file is an error, not a
//! silently missing fact. The same file is compiled into `build.rs`, which
//! validates the data and bakes it into Rust code (`databake`), so the browser
//! build carries plain Rust values and no JSON parser.
//!
//! This file may refer to `crate::briefing` and `crate::lang` only:
//! `build.rs` compiles those two as its own modules. The English words
//! for the enums come from the English table ([`crate::lang::words::en`]),
//! so there is one of each; an edition asks its own table.

use std::borrow::Cow;

use databake::Bake;

use crate::lang::words::en::WORDS as ENGLISH;
use serde::Deserialize;

/// Text in the model. Borrowed (`&'static str`) when baked into the app, owned
/// when parsed from JSON at build or test time.
pub type Text = Cow<'static, str>;

/// A list in the model; borrowed when baked, owned when parsed.
pub type List<T> = Cow<'static, [T]>;

/// A paragraph number of the source report, counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(transparent)]
pub struct Paragraph(pub u8);

impl Paragraph {
    /// The number as written in a reference, e.g. `6` for "¶6".
    pub fn number(self) -> u8 {
        self.0
    }
}

/// The identifier of a speaker, e.g. `"abaev"`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(transparent)]
pub struct SpeakerId(pub Text);

/// The identifier of any other item (statement, quote, statistic, measure,
/// conclusion, person mentioned), e.g. `"st-median-age"`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(transparent)]
pub struct ItemId(pub Text);

/// One of the two countries at the roundtable.
///
/// Deliberately closed: the report is about Kazakhstan and Russia only, and a
/// third value in the data is an error rather than a new filter button.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
pub enum Country {
    /// Kazakhstan (`"kz"` in the data and in URLs).
    #[serde(rename = "kz")]
    Kazakhstan,
    /// Russia (`"ru"` in the data and in URLs).
    #[serde(rename = "ru")]
    Russia,
}

impl Country {
    /// Both countries, in the order the briefing shows them.
    pub const ALL: [Country; 2] = [Country::Kazakhstan, Country::Russia];

    /// The English name (the data's and the downloads' language).
    pub fn name(self) -> &'static str {
        (ENGLISH.country)(self)
    }

    /// The country's name, or [`COUNTRY_NOT_STATED`] where the report ties
    /// an item to no country: one wording in every badge, caption, chart,
    /// table, fallback article and download.
    pub fn name_or_not_stated(country: Option<Country>) -> &'static str {
        country.map_or(COUNTRY_NOT_STATED, Country::name)
    }

    /// The short code used in the data file and, later, in URLs and attributes.
    pub fn code(self) -> &'static str {
        match self {
            Country::Kazakhstan => "kz",
            Country::Russia => "ru",
        }
    }
}

/// What the briefing says where the report ties a speaker, quote, figure
/// or measure to no country. Never a guess; the same words everywhere
/// ([`Country::name_or_not_stated`]).
pub const COUNTRY_NOT_STATED: &str = ENGLISH.country_not_stated;

/// How the briefing knows a speaker's country. The report rarely says it in so
/// many words, and readers deserve to know when we are inferring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum CountryBasis {
    /// The speaker's title in the report names the country.
    Stated,
    /// The country follows from an organisation the report names (a national
    /// parliament, say), but the report does not state it.
    Implied,
    /// The report gives no country; the briefing does not guess one.
    NotStated,
}

impl CountryBasis {
    /// A short phrase for the UI, e.g. "implied by affiliation".
    pub fn label(self) -> &'static str {
        (ENGLISH.country_basis)(self)
    }
}

/// A theme of the discussion. Closed, so filters and tests can name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Traditional family values, the family as an institution.
    FamilyValues,
    /// Domestic and household violence and its prevention.
    DomesticViolence,
    /// Children's safety and support.
    ChildWelfare,
    /// Women's rights.
    WomensRights,
    /// Population and demographic policy.
    Demography,
    /// Allowances, assistance and support services.
    SocialSupport,
    /// How family life and attitudes are changing.
    SocialChange,
    /// Cooperation between Kazakhstan and Russia.
    Cooperation,
}

impl Topic {
    /// Every topic, in the order filters list them.
    pub const ALL: [Topic; 8] = [
        Topic::FamilyValues,
        Topic::DomesticViolence,
        Topic::ChildWelfare,
        Topic::WomensRights,
        Topic::Demography,
        Topic::SocialSupport,
        Topic::SocialChange,
        Topic::Cooperation,
    ];

    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        (ENGLISH.topic)(self)
    }

    /// The slug used in the data file (and later in URL fragments).
    pub fn slug(self) -> &'static str {
        match self {
            Topic::FamilyValues => "family-values",
            Topic::DomesticViolence => "domestic-violence",
            Topic::ChildWelfare => "child-welfare",
            Topic::WomensRights => "womens-rights",
            Topic::Demography => "demography",
            Topic::SocialSupport => "social-support",
            Topic::SocialChange => "social-change",
            Topic::Cooperation => "cooperation",
        }
    }
}

/// The whole briefing: the report's metadata, the event and everything said.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Roundtable {
    /// The source report.
    pub report: Report,
    /// The event itself.
    pub event: Event,
    /// Everyone who spoke, in speaking order.
    pub speakers: List<Speaker>,
    /// People the report mentions who did not speak.
    pub people_mentioned: List<MentionedPerson>,
    /// Speakers' points, summarised in the briefing's own words.
    pub statements: List<Statement>,
    /// Words the report prints inside quotation marks, verbatim.
    pub quotes: List<Quote>,
    /// Every figure the report gives.
    pub statistics: List<Statistic>,
    /// Every policy measure or programme the report describes.
    pub measures: List<Measure>,
}

/// The source report.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The outlet that published the report ("DKnews.kz"). No URL: the report
    /// gives none, and we do not invent one.
    pub source: Text,
    /// Language of the report (BCP 47).
    pub language: Text,
    /// How many paragraphs the report has; every reference must fall inside.
    pub paragraph_count: u8,
    /// One short summary per paragraph, in our words, for provenance notes.
    pub paragraphs: List<ParagraphSummary>,
}

/// What one paragraph of the report covers, in the briefing's own words.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct ParagraphSummary {
    /// The paragraph number.
    pub n: Paragraph,
    /// Our summary of it (never the report's sentence).
    pub summary: Text,
}

/// The roundtable as an event.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A neutral headline in the briefing's own words.
    pub title: Text,
    /// A one-paragraph summary in the briefing's own words.
    pub summary: Text,
    /// Who attended.
    pub attendees: Attendees,
    /// The claim that this was the first joint event of its kind.
    pub first_joint_event: Claim,
    /// Facts a reader would expect that the report does not give.
    pub not_in_report: List<Unreported>,
    /// The closing conclusions and proposals.
    pub conclusions: List<Conclusion>,
}

/// The groups of people the report says attended.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Attendees {
    /// Groups, e.g. "parliamentarians".
    pub groups: List<Text>,
    /// Whether the report says they came from both countries.
    pub from_both_countries: bool,
    /// Where the report says so.
    pub paragraph: Paragraph,
}

/// A claim the report attributes to a speaker.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The claim in the briefing's own words.
    pub text: Text,
    /// Who made it.
    pub claimed_by: SpeakerId,
    /// Where the report says so.
    pub paragraph: Paragraph,
}

/// A fact the report leaves out, listed so the UI can say so honestly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum Unreported {
    /// When the roundtable took place.
    Date,
    /// Where it took place.
    Venue,
    /// Who organised it.
    Organiser,
}

/// Whether a closing item records agreement or proposes something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum ConclusionKind {
    /// Something the participants acknowledged.
    Conclusion,
    /// Something proposed for the future.
    Proposal,
}

impl ConclusionKind {
    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        (ENGLISH.conclusion_kind)(self)
    }
}

/// A closing conclusion or proposal of the roundtable.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Conclusion {
    /// Unique id.
    pub id: ItemId,
    /// Agreement or proposal.
    pub kind: ConclusionKind,
    /// In the briefing's own words.
    pub text: Text,
    /// Where the report says so.
    pub paragraph: Paragraph,
}

/// Someone who spoke at the roundtable.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// Unique id.
    pub id: SpeakerId,
    /// Name as the report spells it.
    pub name: Text,
    /// Role or title as the report gives it.
    pub role: Text,
    /// Organisations the report names for this speaker (may be empty).
    pub organisations: List<Text>,
    /// The country the speaker represents, when the report states or implies it.
    pub country: Option<Country>,
    /// How that country is known.
    pub country_basis: CountryBasis,
    /// The evidence for the basis, in a sentence.
    pub country_note: Text,
    /// What they talked about, in one line of the briefing's own words
    /// (for the speaking-order agenda).
    pub summary: Text,
}

/// A person the report mentions who did not speak.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct MentionedPerson {
    /// Unique id.
    pub id: ItemId,
    /// Name as the report spells it.
    pub name: Text,
    /// Role as the report gives it.
    pub role: Text,
    /// Country, when the report states it.
    pub country: Option<Country>,
    /// Where the report mentions them.
    pub paragraph: Paragraph,
    /// Why they are mentioned, in the briefing's own words.
    pub context: Text,
}

/// A speaker's point, summarised in the briefing's own words. Never shown as a quote.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Unique id.
    pub id: ItemId,
    /// Who made the point.
    pub speaker: SpeakerId,
    /// Where the report says so.
    pub paragraph: Paragraph,
    /// Themes the point touches.
    pub topics: List<Topic>,
    /// The summary.
    pub text: Text,
}

/// Words the report prints inside quotation marks, attributed to a speaker.
///
/// `text` is verbatim. The only change is that a trailing comma that joins the
/// quote to its attribution ("…,” he stated) is left out.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Unique id.
    pub id: ItemId,
    /// Who said it (must be a speaker).
    pub speaker: SpeakerId,
    /// Where the report prints it.
    pub paragraph: Paragraph,
    /// Themes the quote touches.
    pub topics: List<Topic>,
    /// The words, verbatim, without the enclosing quotation marks.
    pub text: Text,
    /// An edition's translation of the words (ours, shown beneath them and
    /// labelled so, never as the quotation). Absent in the English data,
    /// which is the report's language; set from a translation file
    /// ([`super::translation`]).
    #[serde(skip)]
    pub translation: Option<Text>,
}

/// A multiplier the report uses in words ("20 million").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Thousands, written as a word.
    Thousand,
    /// Millions, written as a word.
    Million,
}

impl Scale {
    /// The multiplier.
    pub fn factor(self) -> u64 {
        match self {
            Scale::Thousand => 1_000,
            Scale::Million => 1_000_000,
        }
    }

    /// The word as written after the number.
    pub fn word(self) -> &'static str {
        match self {
            Scale::Thousand => "thousand",
            Scale::Million => "million",
        }
    }
}

/// A qualifier the report puts before a number. Kept, because "over 50" is not "50".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "over"
    Over,
    /// "more than"
    MoreThan,
    /// "about"
    About,
    /// "nearly"
    Nearly,
    /// "almost"
    Almost,
    /// "up to"
    UpTo,
    /// "at least"
    AtLeast,
}

impl Qualifier {
    /// Every qualifier, longest phrase first so prefix matching is unambiguous.
    pub const ALL: [Qualifier; 7] = [
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::Nearly,
        Qualifier::Almost,
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::Over,
    ];

    /// The words as written before the number.
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::Over => "over",
            Qualifier::MoreThan => "more than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::Almost => "almost",
            Qualifier::UpTo => "up to",
            Qualifier::AtLeast => "at least",
        }
    }
}

/// A time reference the report attaches to a figure or measure. The report
/// has no date, so these stay relative: we do not know which year "last year" is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// "currently", at the time of the roundtable.
    Currently,
    /// "last year", relative to the roundtable.
    LastYear,
}

impl Period {
    /// The words as the report uses them.
    pub fn words(self) -> &'static str {
        (ENGLISH.period)(self)
    }
}

/// A figure the report gives.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Statistic {
    /// Unique id.
    pub id: ItemId,
    /// What it measures, as a short label.
    pub label: Text,
    /// The full value (20 million is `20000000`).
    pub value: u64,
    /// The word the report uses for the magnitude, if any.
    pub scale: Option<Scale>,
    /// What is counted ("people", "years", "crisis centres").
    pub unit: Text,
    /// The report's qualifier, if any.
    pub qualifier: Option<Qualifier>,
    /// The report's time reference, if any.
    pub period: Option<Period>,
    /// The country the figure is about, if the report makes it clear.
    pub country: Option<Country>,
    /// The speaker who cited it.
    pub cited_by: SpeakerId,
    /// Themes it bears on (for the topic filter).
    pub topics: List<Topic>,
    /// Where the report gives it.
    pub paragraph: Paragraph,
    /// The figure exactly as the report writes it ("over 50"); checked against
    /// qualifier, value and scale so none of them can drift.
    pub as_reported: Text,
    /// An editorial note, if the figure needs one.
    pub note: Option<Text>,
    /// The widget's headline in our words, with `{figure}` standing for the
    /// figure as reported (qualifier included) and, for a part of a whole,
    /// `{share}` for the calculated share. Numbers are never typed by hand.
    pub takeaway: Text,
    /// The statistic this one is a part of (people under 18 of the
    /// population), so the share can be calculated rather than typed.
    pub part_of: Option<ItemId>,
}

/// Where a policy measure stands, as far as the report says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    /// Exists and operates.
    InPlace,
    /// Approved or introduced.
    Adopted,
    /// Being put into practice.
    BeingImplemented,
}

impl MeasureStatus {
    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        (ENGLISH.measure_status)(self)
    }
}

/// A policy measure or programme described at the roundtable.
#[derive(Clone, Debug, PartialEq, Deserialize, Bake)]
#[databake(path = crate::briefing::model)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Unique id.
    pub id: ItemId,
    /// The country whose measure it is (not necessarily the presenter's).
    pub country: Country,
    /// The speaker who described it.
    pub presented_by: SpeakerId,
    /// Where the report describes it.
    pub paragraph: Paragraph,
    /// Themes it serves.
    pub topics: List<Topic>,
    /// Where it stands.
    pub status: MeasureStatus,
    /// When, if the report says.
    pub period: Option<Period>,
    /// A short name.
    pub title: Text,
    /// What it does, in the briefing's own words.
    pub summary: Text,
    /// A year in the measure's own name (a strategy "until 2030"). It belongs
    /// to the measure, not to the statistics: it counts nothing.
    pub horizon_year: Option<u16>,
}
