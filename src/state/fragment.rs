//! The URL fragment form of [`ViewState`]: `#country=kz&topic=domestic-violence&quote=2&theme=dark`.
//!
//! Parsing never fails and never panics: it is the settings parser's
//! ([`crate::state::options`]: one `key=value` reader, one warning type,
//! [`SettingWarning`], for the fragment, attributes and query strings).
//! Unknown keys are ignored, a bad or repeated value falls back to the
//! default (or the first good value) and is reported naming the key and the
//! value, for the console. Writing omits defaults, so the plain page has no
//! fragment at all. The same parser serves the standalone page, which keeps
//! state in its own URL, and embeds, which must leave the host page's URL
//! alone: the choice of where state lives is the caller's, not the parser's.

use crate::briefing::filter::{CountryFilter, Filter};
use crate::state::options::{parse_text, SettingWarning, Source};
use crate::state::{Settings, Theme, ViewState};

/// Longest value quoted back in a warning; the rest is elided so a 1 MB
/// fragment does not become a 1 MB console message.
const MAX_QUOTED: usize = 60;

/// The result of parsing: a usable state plus what was wrong with the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The state to show.
    pub state: ViewState,
    /// Problems worked around, each worth one console warning.
    pub warnings: Vec<SettingWarning>,
}

/// Parses a fragment, with or without its leading `#`: `country`, `topic`,
/// `quote` (the slide, from 1) and `theme`, over the default view.
pub fn parse_fragment(input: &str) -> Parsed {
    let input = input.strip_prefix('#').unwrap_or(input);
    let (settings, warnings) = parse_text(input, Source::Fragment, Settings::default());
    Parsed {
        state: settings.state,
        warnings,
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
