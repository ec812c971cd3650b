//! Number formatting for figures, exactly as a news reader expects them:
//! thousands separators, magnitude words kept ("20 million"), qualifiers kept
//! ("over 50"). Shared with `build.rs`, which uses it to check that each
//! statistic's `as_reported` text agrees with its typed value.

use super::model::{Qualifier, Scale, Statistic};

/// Groups the digits of `n` in threes with commas: `4000` → `"4,000"`.
pub fn group_thousands(n: u64) -> String {
    group_digits(n, ',')
}

/// Groups the digits of `n` in threes with `separator`: `4000`, `','` →
/// `"4,000"`. Every language of the briefing groups from four digits on.
pub fn group_digits(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len_utf8());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A value written with a magnitude word, split as it is written: the
/// whole part, and the decimal digits after the point with trailing zeros
/// trimmed (empty for a whole number): `20_000_000`, million → `(20, "")`;
/// `1_500_000`, million → `(1, "5")`.
pub fn scaled_parts(value: u64, scale: Scale) -> (u64, String) {
    let factor = scale.factor();
    let rest = value % factor;
    if rest == 0 {
        return (value / factor, String::new());
    }
    // As many places as the factor has zeros, then trimmed.
    let places = factor.ilog10() as usize;
    let fraction = format!("{rest:0places$}");
    (value / factor, fraction.trim_end_matches('0').to_owned())
}

/// Writes `value` in the report's style: with a magnitude word when the
/// report uses one (`20_000_000`, million → `"20 million"`, `1_500_000` →
/// `"1.5 million"`), otherwise with thousands separators.
pub fn format_value(value: u64, scale: Option<Scale>) -> String {
    let Some(scale) = scale else {
        return group_thousands(value);
    };
    let (whole, fraction) = scaled_parts(value, scale);
    let whole = group_thousands(whole);
    if fraction.is_empty() {
        format!("{whole} {}", scale.word())
    } else {
        format!("{whole}.{fraction} {}", scale.word())
    }
}

/// Writes a figure with its qualifier: `"over 50"`, `"more than 4,000"`.
pub fn format_figure(qualifier: Option<Qualifier>, value: u64, scale: Option<Scale>) -> String {
    let number = format_value(value, scale);
    match qualifier {
        Some(q) => format!("{} {number}", q.words()),
        None => number,
    }
}

impl Statistic {
    /// The figure as the briefing shows it, qualifier included ("over 50").
    pub fn figure(&self) -> String {
        format_figure(self.qualifier, self.value, self.scale)
    }

    /// The figure as an edition shows it, in `lang`'s words and number
    /// format, qualifier included ("свыше 50", "50-ден астам").
    pub fn figure_in(&self, lang: crate::lang::Lang) -> String {
        lang.figure(self.qualifier, self.value, self.scale)
    }
}
