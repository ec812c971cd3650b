//! The URL fragment form of [`ViewState`]: `#country=kz&topic=domestic-violence&quote=2&theme=dark`.
//!
//! Parsing never fails and never panics: unknown keys are ignored, a bad or
//! repeated value falls back to the default (or the first good value) and is
//! reported as a [`StateWarning`] naming the key and the value, for the
//! console. Writing omits defaults, so the plain page has no fragment at all.
//! The same parser serves the standalone page, which keeps state in its own
//! URL, and embeds, which must leave the host page's URL alone: the choice of
//! where state lives is the caller's, not the parser's.

use std::fmt;

use crate::briefing::filter::{CountryFilter, Filter};
use crate::state::{Theme, ViewField, ViewState};

/// Longest value quoted back in a warning; the rest is elided so a 1 MB
/// fragment does not become a 1 MB console message.
const MAX_QUOTED: usize = 60;

/// A problem with the fragment that was worked around.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateWarning {
    /// A known key with a value it cannot take.
    InvalidValue {
        /// The key, e.g. `country`.
        key: &'static str,
        /// The value as given (decoded where possible, shortened).
        value: String,
        /// What the key accepts.
        expected: &'static str,
    },
    /// A key given more than once; the first valid value is used.
    RepeatedKey {
        /// The key.
        key: &'static str,
    },
    /// A value whose percent-escapes are broken or not UTF-8.
    BadEscape {
        /// The key.
        key: &'static str,
        /// The raw value (shortened).
        raw: String,
    },
}

impl fmt::Display for StateWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateWarning::InvalidValue {
                key,
                value,
                expected,
            } => write!(
                f,
                "ignoring {key}=\"{value}\" in the URL: expected {expected}"
            ),
            StateWarning::RepeatedKey { key } => write!(
                f,
                "\"{key}\" appears more than once in the URL; using the first valid value"
            ),
            StateWarning::BadEscape { key, raw } => write!(
                f,
                "ignoring {key}=\"{raw}\" in the URL: broken percent-encoding"
            ),
        }
    }
}

/// The result of parsing: a usable state plus what was wrong with the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The state to show.
    pub state: ViewState,
    /// Problems worked around, each worth one console warning.
    pub warnings: Vec<StateWarning>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Country,
    Topic,
    Quote,
    Theme,
}

impl Key {
    const ALL: [Key; 4] = [Key::Country, Key::Topic, Key::Quote, Key::Theme];

    fn name(self) -> &'static str {
        match self {
            Key::Country => "country",
            Key::Topic => "topic",
            Key::Quote => "quote",
            Key::Theme => "theme",
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Key::Country => ViewField::Country.expected(),
            Key::Topic => ViewField::Topic.expected(),
            Key::Quote => "a slide number from 1",
            Key::Theme => ViewField::Theme.expected(),
        }
    }
}

/// Parses a fragment, with or without its leading `#`.
pub fn parse_fragment(input: &str) -> Parsed {
    let input = input.strip_prefix('#').unwrap_or(input);
    let mut parsed = Parsed::default();
    let mut seen = [false; Key::ALL.len()];
    let mut repeated = [false; Key::ALL.len()];
    for pair in input.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some((slot, key)) = Key::ALL
            .into_iter()
            .enumerate()
            .find(|(_, k)| k.name().eq_ignore_ascii_case(raw_key))
        else {
            continue; // Unknown keys belong to someone else: ignore them.
        };
        if seen[slot] {
            if !repeated[slot] {
                repeated[slot] = true;
                parsed
                    .warnings
                    .push(StateWarning::RepeatedKey { key: key.name() });
            }
            continue;
        }
        let Some(value) = percent_decode(raw_value) else {
            parsed.warnings.push(StateWarning::BadEscape {
                key: key.name(),
                raw: shorten(raw_value),
            });
            continue;
        };
        if apply(&mut parsed.state, key, value.trim()) {
            seen[slot] = true;
        } else {
            parsed.warnings.push(StateWarning::InvalidValue {
                key: key.name(),
                value: shorten(&value),
                expected: key.expected(),
            });
        }
    }
    parsed
}

/// Sets `key` from `value`; false if the value is not valid for it.
fn apply(state: &mut ViewState, key: Key, value: &str) -> bool {
    match key {
        Key::Country => state.set(ViewField::Country, value),
        Key::Topic => state.set(ViewField::Topic, value),
        // Slides are written from 1; only plain digits, no sign or exponent.
        Key::Quote => match value.parse::<usize>() {
            Ok(n) if n >= 1 && value.bytes().all(|b| b.is_ascii_digit()) => {
                state.slide = n - 1;
                true
            }
            _ => false,
        },
        Key::Theme => state.set(ViewField::Theme, value),
    }
}

/// Writes a state as a fragment without the leading `#`; defaults are left
/// out, so the default state is the empty string.
pub fn to_fragment(state: &ViewState) -> String {
    let Filter { country, topic } = state.filter;
    let mut parts = Vec::new();
    if country != CountryFilter::All {
        parts.push(format!("country={}", country.code()));
    }
    if let Some(t) = topic {
        parts.push(format!("topic={}", t.slug()));
    }
    if state.slide > 0 {
        parts.push(format!("quote={}", state.slide + 1));
    }
    if state.theme != Theme::Auto {
        parts.push(format!("theme={}", state.theme.code()));
    }
    parts.join("&")
}

/// Decodes `%XX` escapes (`+` stays a plus: fragments are not form data);
/// `None` for a broken escape or bytes that are not UTF-8.
pub(crate) fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// At most [`MAX_QUOTED`] characters, with control and bidi characters
/// escaped so a warning cannot reorder or hide console text.
pub(crate) fn shorten(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(MAX_QUOTED)
        .flat_map(|c| {
            let unsafe_char = c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
            if unsafe_char {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    if value.chars().nth(MAX_QUOTED).is_some() {
        out.push('…');
    }
    out
}
