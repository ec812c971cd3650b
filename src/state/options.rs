//! What a host page can set on a briefing, and the text forms of it.
//!
//! One set of names and values (see `docs/embedding.md`) serves the custom
//! element's attributes (`<roundtable-briefing country="kz">`), the iframe
//! embed's query string (`embed.html?country=kz&sections=quotes,figures`) and
//! the mount element's `data-*` attributes, and the URL fragment's names
//! ([`Source`]), so one parser serves all four.
//! Plain Rust with no browser types, so it is tested natively, hostile input
//! included.
//!
//! Parsing never fails and never panics. Unknown names are ignored, because
//! hosts put their own attributes and parameters there (`class`, `id`, Pym's
//! `childId`). A bad value falls back to the default and is named in an
//! [`SettingWarning`] for the console. Warnings are bounded: values are
//! shortened, and a name repeated 100 000 times gives one warning, not
//! 100 000, so a hostile page cannot flood the console through us.

use std::fmt;
use std::hash::{Hash, Hasher};

use crate::briefing::Topic;
use crate::lang::Lang;
use crate::state::fragment::{percent_decode, shorten};
use crate::state::{ViewField, ViewState};

/// A part of the briefing a host can show, hide and order.
///
/// The headline, the filters and the source note are not sections: they are
/// always shown, so an embed never loses its title or its attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The speakers in speaking order.
    Agenda,
    /// The quote carousel: the report's own quoted words.
    Quotes,
    /// Each speaker with their points.
    Speakers,
    /// The figures as widgets and charts.
    Figures,
    /// The two countries' measures and figures side by side.
    Compare,
    /// The closing conclusions and proposals.
    Conclusions,
    /// People the report mentions who did not speak.
    Mentioned,
}

/// The figures section's earlier code, accepted as [`Section::Figures`].
pub const FIGURES_ALIAS: &str = "stats";

impl Section {
    /// Every section, in the order the briefing shows them by default.
    pub const ALL: [Section; 7] = [
        Section::Agenda,
        Section::Quotes,
        Section::Speakers,
        Section::Figures,
        Section::Compare,
        Section::Conclusions,
        Section::Mentioned,
    ];

    /// The value in attributes and query strings.
    pub fn code(self) -> &'static str {
        match self {
            Section::Agenda => "agenda",
            Section::Quotes => "quotes",
            Section::Speakers => "speakers",
            Section::Figures => "figures",
            Section::Compare => "compare",
            Section::Conclusions => "conclusions",
            Section::Mentioned => "mentioned",
        }
    }

    /// Parses [`Section::code`]; surrounding whitespace and ASCII case are
    /// ignored because hosts type these by hand. `stats`, the figures'
    /// code before they had one name everywhere, still means them: embed
    /// codes already pasted keep working.
    pub fn from_code(code: &str) -> Option<Section> {
        let code = code.trim();
        if code.eq_ignore_ascii_case(FIGURES_ALIAS) {
            return Some(Section::Figures);
        }
        Section::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code))
    }

    /// The section's heading as readers of `lang` see it (the embed
    /// builder and the fallback article use the same words).
    pub fn label(self, lang: Lang) -> &'static str {
        let words = lang.words();
        match self {
            Section::Agenda => words.section_agenda,
            Section::Quotes => words.section_quotes,
            Section::Speakers => words.section_speakers,
            Section::Figures => words.section_figures,
            Section::Compare => words.section_compare,
            Section::Conclusions => words.section_conclusions,
            Section::Mentioned => words.section_mentioned,
        }
    }
}

/// Which sections to show, in order: never empty, never a section twice.
///
/// A fixed array and a length rather than a `Vec`, so it is `Copy` like the
/// rest of the options and can sit in a signal without cloning.
#[derive(Clone, Copy)]
pub struct Sections {
    list: [Section; Section::ALL.len()],
    len: u8,
}

impl Default for Sections {
    /// Every section, in [`Section::ALL`] order.
    fn default() -> Self {
        Sections {
            list: Section::ALL,
            len: Section::ALL.len() as u8,
        }
    }
}

impl Sections {
    /// The sections in `list`, in its order; `None` if it is empty or names a
    /// section twice (neither can be shown sensibly).
    pub fn from_slice(list: &[Section]) -> Option<Sections> {
        if list.is_empty() || list.len() > Section::ALL.len() {
            return None;
        }
        let mut sections = Sections {
            list: Section::ALL,
            len: 0,
        };
        for &s in list {
            if sections.contains(s) {
                return None;
            }
            sections.list[usize::from(sections.len)] = s;
            sections.len += 1;
        }
        Some(sections)
    }

    /// The sections to show, in order.
    pub fn as_slice(&self) -> &[Section] {
        &self.list[..usize::from(self.len)]
    }

    /// The sections to show, in order.
    pub fn iter(&self) -> impl Iterator<Item = Section> + '_ {
        self.as_slice().iter().copied()
    }

    /// Whether `s` is shown.
    pub fn contains(&self, s: Section) -> bool {
        self.as_slice().contains(&s)
    }

    /// Where `s` comes among the shown sections (from 0), if it is shown.
    pub fn position(&self, s: Section) -> Option<usize> {
        self.as_slice().iter().position(|&x| x == s)
    }

    /// The attribute and query form: codes joined by commas (`quotes,figures`).
    pub fn to_code(&self) -> String {
        let codes: Vec<&str> = self.iter().map(Section::code).collect();
        codes.join(",")
    }
}

// By hand, so the unused tail of the array never makes two equal lists differ.
impl PartialEq for Sections {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Sections {}

impl Hash for Sections {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl fmt::Debug for Sections {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// How much room the briefing takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The full page layout.
    #[default]
    Full,
    /// Tighter spacing for a column or an iframe.
    Compact,
}

impl Layout {
    /// Every layout.
    pub const ALL: [Layout; 2] = [Layout::Full, Layout::Compact];

    /// The value in attributes and query strings.
    pub fn code(self) -> &'static str {
        match self {
            Layout::Full => "full",
            Layout::Compact => "compact",
        }
    }

    /// Parses [`Layout::code`]; surrounding whitespace and ASCII case are
    /// ignored.
    pub fn from_code(code: &str) -> Option<Layout> {
        let code = code.trim();
        Layout::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

/// How the briefing presents itself, as chosen by the host page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BriefingOptions {
    /// Whether the quote carousel rotates by itself (off by default; never
    /// under `prefers-reduced-motion: reduce`).
    pub rotate: bool,
    /// Seconds per slide while rotating.
    pub rotate_seconds: u32,
    /// The sections to show, in order.
    pub sections: Sections,
    /// Full or compact.
    pub layout: Layout,
    /// The level of the briefing's title, 1 to 6: a page of its own starts at
    /// `h1`; inside a host's article it fits under the host's headings.
    pub heading_level: u8,
}

impl BriefingOptions {
    /// Shortest time per slide a page may ask for: readers need time to read.
    pub const MIN_ROTATE_SECONDS: u32 = 3;
    /// Longest time per slide.
    pub const MAX_ROTATE_SECONDS: u32 = 120;
    /// Highest title level (`h1`).
    pub const MIN_HEADING_LEVEL: u8 = 1;
    /// Lowest title level (`h6`): HTML has no `h7`.
    pub const MAX_HEADING_LEVEL: u8 = 6;
}

impl Default for BriefingOptions {
    fn default() -> Self {
        BriefingOptions {
            rotate: false,
            rotate_seconds: 8,
            sections: Sections::default(),
            layout: Layout::Full,
            heading_level: 1,
        }
    }
}

/// Everything a host can set: presentation options plus the initial view
/// (country, topic, theme). The slide is not a host setting: it stays as
/// the defaults have it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Settings {
    /// How the briefing presents itself.
    pub options: BriefingOptions,
    /// What the reader sees first.
    pub state: ViewState,
}

impl Settings {
    /// The standalone page: a page of its own, so its title is an `h1`.
    pub fn standalone() -> Settings {
        Settings::default()
    }

    /// The script embed: the title is an `h2`, under the host's own `h1`.
    pub fn script_embed() -> Settings {
        let mut s = Settings::default();
        s.options.heading_level = 2;
        s
    }

    /// The iframe embed: compact, since an iframe usually sits in an article
    /// column; its title is an `h1`, because the frame is a document of its
    /// own with its own outline.
    pub fn frame_embed() -> Settings {
        let mut s = Settings::standalone();
        s.options.layout = Layout::Compact;
        s
    }
}

/// Where settings text came from: the words of a warning, and which names
/// it may set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The page's URL fragment (`#country=kz&quote=2`): the reader's view.
    Fragment,
    /// A host page's attributes or query string: options and the first view.
    Host,
}

/// A setting that was not understood, or given more than once, and what was
/// done instead, wherever it came from (URL fragment, attributes, query
/// string). Its `Display` form is the console message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingWarning {
    /// A value the name cannot take; the default is used.
    InvalidValue {
        /// The name, e.g. `rotate-seconds` (without any `data-`).
        name: &'static str,
        /// The value given (shortened, control and bidi characters escaped).
        value: String,
        /// What the name accepts.
        expected: &'static str,
        /// Where it was given.
        source: Source,
    },
    /// A value whose percent-escapes are broken or not UTF-8.
    BadEscape {
        /// The name.
        name: &'static str,
        /// The value as written (shortened).
        raw: String,
        /// Where it was given.
        source: Source,
    },
    /// A name given more than once; the first valid value is used.
    Repeated {
        /// The name.
        name: &'static str,
        /// Where it was given.
        source: Source,
    },
    /// Entries of `sections` that are not sections; the others are shown.
    UnknownSections {
        /// The entries, joined by `, ` (shortened).
        entries: String,
    },
    /// Sections listed more than once; each is shown once, where first listed.
    DuplicateSections {
        /// The sections, joined by `, `.
        entries: String,
    },
}

impl fmt::Display for SettingWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Source::{Fragment, Host};
        match self {
            SettingWarning::InvalidValue {
                name,
                value,
                expected,
                source: Fragment,
            } => write!(
                f,
                "ignoring {name}=\"{value}\" in the URL: expected {expected}"
            ),
            SettingWarning::InvalidValue {
                name,
                value,
                expected,
                source: Host,
            } => write!(
                f,
                "ignoring {name}=\"{value}\": expected {expected}; using the default"
            ),
            SettingWarning::BadEscape {
                name,
                raw,
                source: Fragment,
            } => write!(
                f,
                "ignoring {name}=\"{raw}\" in the URL: broken percent-encoding"
            ),
            SettingWarning::BadEscape {
                name,
                raw,
                source: Host,
            } => write!(
                f,
                "ignoring {name}=\"{raw}\": broken percent-encoding; using the default"
            ),
            SettingWarning::Repeated {
                name,
                source: Fragment,
            } => write!(
                f,
                "\"{name}\" appears more than once in the URL; using the first valid value"
            ),
            SettingWarning::Repeated { name, source: Host } => write!(
                f,
                "\"{name}\" appears more than once; using the first valid value"
            ),
            SettingWarning::UnknownSections { entries } => write!(
                f,
                "ignoring \"{entries}\" in sections: expected {SECTION_CODES}; showing the rest"
            ),
            SettingWarning::DuplicateSections { entries } => write!(
                f,
                "\"{entries}\" appears more than once in sections; showing it where first listed"
            ),
        }
    }
}

const SECTION_CODES: &str = "agenda, quotes, speakers, figures, compare, conclusions or mentioned";

/// Every name a host can set (as an attribute, also with `data-`, or a
/// query parameter), in the order [`to_query`] writes them.
pub fn option_names() -> impl Iterator<Item = &'static str> {
    Name::ALL
        .into_iter()
        .filter(|n| n.settable_from(Source::Host))
        .map(Name::code)
}

/// Every name settings text can hold: a host's, in the order [`to_query`]
/// writes them, then `quote`, the fragment's own (never in a query).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Name {
    Country,
    Topic,
    Sections,
    Theme,
    Layout,
    Rotate,
    RotateSeconds,
    HeadingLevel,
    Quote,
}

impl Name {
    const ALL: [Name; 9] = [
        Name::Country,
        Name::Topic,
        Name::Sections,
        Name::Theme,
        Name::Layout,
        Name::Rotate,
        Name::RotateSeconds,
        Name::HeadingLevel,
        Name::Quote,
    ];

    /// Whether text from `source` may set it: the fragment holds the
    /// reader's view (country, topic, theme, slide), a host everything but
    /// the slide.
    fn settable_from(self, source: Source) -> bool {
        match source {
            Source::Fragment => matches!(
                self,
                Name::Country | Name::Topic | Name::Theme | Name::Quote
            ),
            Source::Host => self != Name::Quote,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Name::Country => "country",
            Name::Topic => "topic",
            Name::Sections => "sections",
            Name::Theme => "theme",
            Name::Layout => "layout",
            Name::Rotate => "rotate",
            Name::RotateSeconds => "rotate-seconds",
            Name::HeadingLevel => "heading-level",
            Name::Quote => "quote",
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Name::Country => ViewField::Country.expected(),
            Name::Topic => ViewField::Topic.expected(),
            Name::Sections => "a comma-separated list of agenda, quotes, speakers, figures, compare, conclusions or mentioned",
            Name::Theme => ViewField::Theme.expected(),
            Name::Layout => "full or compact",
            Name::Rotate => "on or off",
            Name::RotateSeconds => "a whole number from 3 to 120",
            Name::HeadingLevel => "a whole number from 1 to 6",
            Name::Quote => "a slide number from 1",
        }
    }

    /// Whether the name sets a presentation option rather than the view.
    fn is_option(self) -> bool {
        !matches!(
            self,
            Name::Country | Name::Topic | Name::Theme | Name::Quote
        )
    }

    /// The name `text` from `source` stands for, ASCII case ignored; a
    /// host's may have a `data-` prefix (the mount element's form).
    fn from_text(text: &str, source: Source) -> Option<Name> {
        let text = match (source, text.get(..5), text.get(5..)) {
            (Source::Host, Some(prefix), Some(rest)) if prefix.eq_ignore_ascii_case("data-") => {
                rest
            }
            _ => text,
        };
        Name::ALL
            .into_iter()
            .find(|n| n.settable_from(source) && n.code().eq_ignore_ascii_case(text))
    }

    /// [`Name::from_text`] for a host's attribute or parameter.
    fn from_attribute(text: &str) -> Option<Name> {
        Name::from_text(text, Source::Host)
    }
}

/// Parses (name, value) pairs, element attributes or decoded query
/// parameters, over `defaults`: what is not given, or not valid, stays as
/// `defaults` has it.
///
/// Names take an optional `data-` prefix and ignore ASCII case; unknown names
/// are ignored. Values are trimmed. A repeated name keeps its first valid
/// value; only its first occurrence is warned about, plus one warning that
/// it repeats.
pub fn parse_settings<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    defaults: Settings,
) -> (Settings, Vec<SettingWarning>) {
    let mut parser = Parser::new(defaults, Source::Host);
    for (name, value) in pairs {
        if let Some(name) = Name::from_attribute(name) {
            parser.take(name, Ok(value));
        }
    }
    (parser.settings, parser.warnings)
}

/// Parses a query string (`?country=kz&sections=quotes,figures`, with or
/// without the `?`) over `defaults`, as [`parse_settings`] does.
///
/// Form encoding: `+` is a space and `%XX` escapes are decoded, in names and
/// values. A value with a broken escape or bytes that are not UTF-8 is a
/// warning for its name; a name that cannot be decoded is not one of ours.
pub fn parse_query(query: &str, defaults: Settings) -> (Settings, Vec<SettingWarning>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    parse_text(query, Source::Host, defaults)
}

/// The one reader of `name=value&name=value` text, the query string's
/// (`source` [`Source::Host`]: `+` is a space, `%XX` escapes decoded, in
/// names and values) and the URL fragment's ([`Source::Fragment`]: `+`
/// stays a plus). Unknown names, or names `source` may not set, are someone
/// else's and ignored; a name that cannot be decoded is not one of ours; a
/// value with a broken escape or bytes that are not UTF-8 is a warning for
/// its name.
pub(crate) fn parse_text(
    text: &str,
    source: Source,
    defaults: Settings,
) -> (Settings, Vec<SettingWarning>) {
    let decode = |raw: &str| match source {
        Source::Host => percent_decode(&raw.replace('+', " ")),
        Source::Fragment => percent_decode(raw),
    };
    let mut parser = Parser::new(defaults, source);
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(name) = decode(raw_name)
            .as_deref()
            .and_then(|n| Name::from_text(n, source))
        else {
            continue;
        };
        match decode(raw_value) {
            Some(value) => parser.take(name, Ok(&value)),
            None => parser.take(name, Err(raw_value)),
        }
    }
    (parser.settings, parser.warnings)
}

/// Parses presentation options (`rotate`, `rotate-seconds`, `sections`,
/// `layout`, `heading-level`, each with an optional `data-` prefix) over the
/// standalone defaults. View names (`country`, `topic`, `theme`) are skipped
/// without a warning: this caller has nowhere to put them. Prefer
/// [`parse_settings`], which keeps them.
pub fn parse_options<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (BriefingOptions, Vec<SettingWarning>) {
    let options_only = attributes
        .into_iter()
        .filter(|(name, _)| Name::from_attribute(name).is_some_and(Name::is_option));
    let (settings, warnings) = parse_settings(options_only, Settings::standalone());
    (settings.options, warnings)
}

/// The query string (without `?`) that [`parse_query`] reads back as
/// `settings` over `defaults`: only what differs from `defaults`, in a fixed
/// order (that of the documentation's table), escaped where needed. Equal
/// settings give the empty string.
pub fn to_query(settings: &Settings, defaults: &Settings) -> String {
    let parts: Vec<String> = differences(settings, defaults)
        .into_iter()
        .map(|(name, value)| format!("{}={}", name.code(), percent_encode(&value)))
        .collect();
    parts.join("&")
}

/// The attributes that [`parse_settings`] reads back as `settings` on
/// `<roundtable-briefing>` over `defaults`, as for [`to_query`]. Values are
/// not HTML-escaped: that is the job of whoever writes the markup.
pub fn to_attributes(settings: &Settings, defaults: &Settings) -> Vec<(&'static str, String)> {
    differences(settings, defaults)
        .into_iter()
        .map(|(name, value)| (name.code(), value))
        .collect()
}

/// The view to show after the host changed attributes from `before` to
/// `after`: the reader's `current` view, with only the fields the host
/// changed (country, topic, theme) taken from `after`. So re-setting
/// `theme` does not undo the reader's country filter, and the slide is the
/// reader's own.
pub fn merge_view(current: ViewState, before: &Settings, after: &Settings) -> ViewState {
    let (b, a) = (&before.state, &after.state);
    let mut view = current;
    if a.filter.country != b.filter.country {
        view.filter.country = a.filter.country;
    }
    if a.filter.topic != b.filter.topic {
        view.filter.topic = a.filter.topic;
    }
    if a.theme != b.theme {
        view.theme = a.theme;
    }
    view
}

/// Each name whose value in `settings` differs from `defaults`, with the
/// value written out, in [`Name::ALL`] order.
fn differences(settings: &Settings, defaults: &Settings) -> Vec<(Name, String)> {
    let (s, d) = (settings, defaults);
    let (so, dof) = (&s.options, &d.options);
    let mut out = Vec::new();
    for name in Name::ALL {
        let value = match name {
            Name::Country if s.state.filter.country != d.state.filter.country => {
                s.state.filter.country.code().to_owned()
            }
            Name::Topic if s.state.filter.topic != d.state.filter.topic => {
                s.state.filter.topic.map_or("all", Topic::slug).to_owned()
            }
            Name::Sections if so.sections != dof.sections => so.sections.to_code(),
            Name::Theme if s.state.theme != d.state.theme => s.state.theme.code().to_owned(),
            Name::Layout if so.layout != dof.layout => so.layout.code().to_owned(),
            Name::Rotate if so.rotate != dof.rotate => {
                (if so.rotate { "on" } else { "off" }).to_owned()
            }
            Name::RotateSeconds if so.rotate_seconds != dof.rotate_seconds => {
                so.rotate_seconds.to_string()
            }
            Name::HeadingLevel if so.heading_level != dof.heading_level => {
                so.heading_level.to_string()
            }
            _ => continue,
        };
        out.push((name, value));
    }
    out
}

/// What is known about one name so far.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// The name has occurred.
    any: bool,
    /// A valid value was taken; later ones are ignored.
    taken: bool,
    /// The repeat has been reported.
    repeat_reported: bool,
}

/// The state of one parse: settings so far, warnings, and what each name
/// has seen (indexed by the name's place in [`Name::ALL`]).
struct Parser {
    settings: Settings,
    warnings: Vec<SettingWarning>,
    seen: [Seen; Name::ALL.len()],
    source: Source,
}

impl Parser {
    fn new(defaults: Settings, source: Source) -> Parser {
        Parser {
            settings: defaults,
            warnings: Vec::new(),
            seen: [Seen::default(); Name::ALL.len()],
            source,
        }
    }

    /// One occurrence of `name`: its decoded value, or its raw value if the
    /// escapes were broken.
    fn take(&mut self, name: Name, value: Result<&str, &str>) {
        let Some(slot) = Name::ALL.iter().position(|&n| n == name) else {
            return;
        };
        let seen = &mut self.seen[slot];
        let first = !seen.any;
        seen.any = true;
        if !first && !seen.repeat_reported {
            seen.repeat_reported = true;
            self.warnings.push(SettingWarning::Repeated {
                name: name.code(),
                source: self.source,
            });
        }
        if seen.taken {
            return;
        }
        let mut notes = Vec::new();
        let taken = match value {
            Ok(value) => apply(
                &mut self.settings,
                name,
                value.trim(),
                self.source,
                &mut notes,
            ),
            Err(raw) => {
                notes.push(SettingWarning::BadEscape {
                    name: name.code(),
                    raw: shorten(raw),
                    source: self.source,
                });
                false
            }
        };
        self.seen[slot].taken = taken;
        // Later occurrences are covered by the one `Repeated` warning.
        if first {
            self.warnings.extend(notes);
        }
    }
}

/// Sets `name` from a trimmed `value`; false (and a note why) if the value is
/// not valid. `sections` may be valid with notes about entries it dropped.
fn apply(
    settings: &mut Settings,
    name: Name,
    value: &str,
    source: Source,
    notes: &mut Vec<SettingWarning>,
) -> bool {
    let options = &mut settings.options;
    let state = &mut settings.state;
    let valid = match name {
        Name::Country => state.set(ViewField::Country, value),
        Name::Topic => state.set(ViewField::Topic, value),
        Name::Sections => parse_sections(value, notes)
            .map(|s| options.sections = s)
            .is_some(),
        Name::Theme => state.set(ViewField::Theme, value),
        Name::Layout => Layout::from_code(value)
            .map(|l| options.layout = l)
            .is_some(),
        Name::Rotate => match value.to_ascii_lowercase().as_str() {
            // A bare attribute (`<roundtable-briefing rotate>`) means on.
            "on" | "true" | "" => {
                options.rotate = true;
                true
            }
            "off" | "false" => {
                options.rotate = false;
                true
            }
            _ => false,
        },
        Name::RotateSeconds => whole_number(
            value,
            BriefingOptions::MIN_ROTATE_SECONDS,
            BriefingOptions::MAX_ROTATE_SECONDS,
        )
        .map(|n| options.rotate_seconds = n)
        .is_some(),
        Name::HeadingLevel => whole_number(
            value,
            u32::from(BriefingOptions::MIN_HEADING_LEVEL),
            u32::from(BriefingOptions::MAX_HEADING_LEVEL),
        )
        .and_then(|n| u8::try_from(n).ok())
        .map(|n| options.heading_level = n)
        .is_some(),
        // Slides are written from 1.
        Name::Quote => whole_number(value, 1, u32::MAX)
            .map(|n| state.slide = n as usize - 1)
            .is_some(),
    };
    if !valid && notes.is_empty() {
        notes.push(SettingWarning::InvalidValue {
            name: name.code(),
            value: shorten(value),
            expected: name.expected(),
            source,
        });
    }
    valid
}

/// Plain decimal digits within `min..=max`: no sign, point, exponent or
/// `NaN`, which `str::parse` would partly accept.
fn whole_number(value: &str, min: u32, max: u32) -> Option<u32> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
}

/// A `sections` list: entries split on commas and whitespace, unknown and
/// repeated entries dropped with a note each kind. `None` (and one note
/// quoting the whole value) if no section remains.
fn parse_sections(value: &str, notes: &mut Vec<SettingWarning>) -> Option<Sections> {
    let mut list = Vec::with_capacity(Section::ALL.len());
    let mut unknown = ShortList::default();
    let mut repeated: Vec<Section> = Vec::new();
    let entries = value
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|e| !e.is_empty());
    for entry in entries {
        match Section::from_code(entry) {
            // Each repeated section named once, where first repeated.
            Some(s) if list.contains(&s) => {
                if !repeated.contains(&s) {
                    repeated.push(s);
                }
            }
            Some(s) => list.push(s),
            None => unknown.push(entry),
        }
    }
    let sections = Sections::from_slice(&list)?;
    if let Some(entries) = unknown.finish() {
        notes.push(SettingWarning::UnknownSections { entries });
    }
    if !repeated.is_empty() {
        // Joined by hand: `collect` + `join` here costs the wasm 0.1 KB.
        let mut entries = String::new();
        for s in &repeated {
            if !entries.is_empty() {
                entries.push_str(", ");
            }
            entries.push_str(s.code());
        }
        notes.push(SettingWarning::DuplicateSections {
            entries: shorten(&entries),
        });
    }
    Some(sections)
}

/// Entries joined by `, `, kept short while they are collected, so a 1 MB
/// list of unknown entries never becomes a 1 MB string.
#[derive(Default)]
struct ShortList {
    text: String,
    any: bool,
}

impl ShortList {
    /// Past this many bytes the text is already longer than a warning quotes.
    const ENOUGH: usize = 256;

    fn push(&mut self, entry: &str) {
        if self.text.len() <= Self::ENOUGH {
            if self.any {
                self.text.push_str(", ");
            }
            self.text.extend(entry.chars().take(Self::ENOUGH));
        }
        self.any = true;
    }

    fn finish(self) -> Option<String> {
        self.any.then(|| shorten(&self.text))
    }
}

/// Escapes everything but unreserved characters and commas (which keep
/// `sections=quotes,figures` readable).
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
