//! Presentation options a page sets on the element it mounts the briefing
//! into (`data-rotate="on"`; the custom element will take the same names
//! without `data-`). Parsed in plain Rust: a bad value falls back to the
//! default with a warning that names the attribute and the value.

use std::fmt;

/// How the briefing presents itself, as chosen by the host page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BriefingOptions {
    /// Whether the quote carousel rotates by itself (off by default; never
    /// under `prefers-reduced-motion: reduce`).
    pub rotate: bool,
    /// Seconds per slide while rotating.
    pub rotate_seconds: u32,
}

impl BriefingOptions {
    /// Shortest time per slide a page may ask for: readers need time to read.
    pub const MIN_ROTATE_SECONDS: u32 = 3;
    /// Longest time per slide.
    pub const MAX_ROTATE_SECONDS: u32 = 120;
}

impl Default for BriefingOptions {
    fn default() -> Self {
        BriefingOptions {
            rotate: false,
            rotate_seconds: 8,
        }
    }
}

/// An attribute value that was not understood and was replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionWarning {
    /// The attribute, e.g. `rotate-seconds`.
    pub attribute: &'static str,
    /// The value given (shortened).
    pub value: String,
    /// What it accepts.
    pub expected: &'static str,
}

impl fmt::Display for OptionWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ignoring {}=\"{}\": expected {}; using the default",
            self.attribute, self.value, self.expected
        )
    }
}

/// Parses option attributes given as `(name, value)` pairs; names may carry
/// a `data-` prefix. Unknown names are ignored.
pub fn parse_options<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (BriefingOptions, Vec<OptionWarning>) {
    let mut options = BriefingOptions::default();
    let mut warnings = Vec::new();
    for (name, value) in attributes {
        let name = name.strip_prefix("data-").unwrap_or(name);
        let value = value.trim();
        let warn = |attribute: &'static str, expected: &'static str| OptionWarning {
            attribute,
            value: value.chars().take(60).collect(),
            expected,
        };
        if name.eq_ignore_ascii_case("rotate") {
            match value.to_ascii_lowercase().as_str() {
                "on" | "true" | "" => options.rotate = true,
                "off" | "false" => options.rotate = false,
                _ => warnings.push(warn("rotate", "on or off")),
            }
        } else if name.eq_ignore_ascii_case("rotate-seconds") {
            match value.parse::<u32>() {
                Ok(s)
                    if (BriefingOptions::MIN_ROTATE_SECONDS
                        ..=BriefingOptions::MAX_ROTATE_SECONDS)
                        .contains(&s)
                        && value.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    options.rotate_seconds = s
                }
                _ => warnings.push(warn("rotate-seconds", "a whole number from 3 to 120")),
            }
        }
    }
    (options, warnings)
}
