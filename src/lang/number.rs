//! Numbers as each language writes them, following CLDR 48: digit groups
//! ("4,000", "4 000"), the decimal comma, magnitudes ("20 million",
//! "20 млн", "4 тыс.", "4 мың"), the report's qualifiers ("over 50",
//! "свыше 50", "50-ден астам") and a calculated share ("≈35%", "≈35 %").
//!
//! English is the report's own wording and is written by
//! [`crate::briefing::format`], which the build also uses to check every
//! figure's `as_reported` text; this module adds the other languages
//! around it.

use super::kazakh::{self, Case};
use super::Lang;
use crate::briefing::format::{format_figure, format_value, group_digits, scaled_parts};
use crate::briefing::model::{Qualifier, Scale};

/// The no-break space (U+00A0) that Russian and Kazakh group digits with,
/// and that keeps a number with its abbreviated magnitude ("20 млн") and
/// the Russian per cent sign ("35 %") on one line.
pub const NO_BREAK_SPACE: char = '\u{a0}';

impl Lang {
    /// The separator between groups of three digits.
    pub fn group_separator(self) -> char {
        match self {
            Lang::En => ',',
            Lang::Ru | Lang::Kk => NO_BREAK_SPACE,
        }
    }

    /// The decimal separator.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Ru | Lang::Kk => ',',
        }
    }

    /// A whole number with its digits grouped: "4,000"; "4 000" in Russian
    /// and Kazakh (no-break space); "999" in all three.
    pub fn integer(self, n: u64) -> String {
        group_digits(n, self.group_separator())
    }

    /// A magnitude as written after a number: "million", "thousand"; in
    /// Russian "млн", "тыс." and in Kazakh "млн", "мың", the short forms
    /// CLDR gives and newsrooms print.
    pub fn scale_word(self, scale: Scale) -> &'static str {
        match (self, scale) {
            (Lang::En, _) => scale.word(),
            (Lang::Ru | Lang::Kk, Scale::Million) => "млн",
            (Lang::Ru, Scale::Thousand) => "тыс.",
            (Lang::Kk, Scale::Thousand) => "мың",
        }
    }

    /// A figure's value, with its magnitude when the report gives one:
    /// "20 million", "1.5 million", "4,000"; "20 млн", "1,5 млн", "4 000".
    pub fn value(self, value: u64, scale: Option<Scale>) -> String {
        if self == Lang::En {
            return format_value(value, scale);
        }
        let Some(scale) = scale else {
            return self.integer(value);
        };
        let (whole, fraction) = scaled_parts(value, scale);
        let mut out = self.integer(whole);
        if !fraction.is_empty() {
            out.push(self.decimal_separator());
            out.push_str(&fraction);
        }
        out.push(NO_BREAK_SPACE);
        out.push_str(self.scale_word(scale));
        out
    }

    /// A figure with the report's qualifier, which is never dropped ("over
    /// 50" is not "50"): "over 50", "more than 4,000"; in Russian
    /// "свыше 50", "более 4 000"; in Kazakh the qualifier follows the
    /// number, which takes a case suffix: "50-ден астам", "4 000-нан
    /// астам", "50-ге жуық", or precedes it: "шамамен 50", "кемінде 50".
    pub fn figure(self, qualifier: Option<Qualifier>, value: u64, scale: Option<Scale>) -> String {
        let Some(qualifier) = qualifier else {
            return self.value(value, scale);
        };
        match self {
            Lang::En => format_figure(Some(qualifier), value, scale),
            Lang::Ru => format!(
                "{} {}",
                russian_qualifier(qualifier),
                self.value(value, scale)
            ),
            Lang::Kk => kazakh_figure(qualifier, value, scale),
        }
    }

    /// A share calculated from two figures, marked as approximate:
    /// "≈35%" in English and Kazakh, "≈35 %" in Russian (CLDR's per cent
    /// patterns; the space is a no-break space).
    pub fn approx_percent(self, percent: u64) -> String {
        let number = self.integer(percent);
        match self {
            Lang::En | Lang::Kk => format!("≈{number}%"),
            Lang::Ru => format!("≈{number}{NO_BREAK_SPACE}%"),
        }
    }
}

/// The Russian words before a qualified number.
fn russian_qualifier(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Over => "свыше",
        Qualifier::MoreThan => "более",
        Qualifier::About => "около",
        Qualifier::Nearly | Qualifier::Almost => "почти",
        Qualifier::UpTo => "до",
        Qualifier::AtLeast => "не менее",
    }
}

/// A qualified figure in Kazakh: "more than" and "over" are the ablative
/// with "астам", "nearly" and "almost" the dative with "жуық", "up to" the
/// dative with "дейін"; "about" and "at least" are words before the number
/// ("шамамен", "кемінде").
fn kazakh_figure(qualifier: Qualifier, value: u64, scale: Option<Scale>) -> String {
    let number = Lang::Kk.value(value, scale);
    match qualifier {
        Qualifier::Over | Qualifier::MoreThan => {
            format!("{} астам", kazakh_in_case(value, scale, Case::Ablative))
        }
        Qualifier::Nearly | Qualifier::Almost => {
            format!("{} жуық", kazakh_in_case(value, scale, Case::Dative))
        }
        Qualifier::UpTo => format!("{} дейін", kazakh_in_case(value, scale, Case::Dative)),
        Qualifier::About => format!("шамамен {number}"),
        Qualifier::AtLeast => format!("кемінде {number}"),
    }
}

/// A value in Kazakh with a case suffix, chosen by the word read last:
/// "50-ден" (елу), "4 000-нан" (мың), "20 млн-нан" (миллион), "4 мыңнан".
/// After digits or an abbreviation the suffix takes a hyphen; after a
/// whole word ("мың") it is joined to it.
fn kazakh_in_case(value: u64, scale: Option<Scale>, case: Case) -> String {
    let written = Lang::Kk.value(value, scale);
    let (spoken, joined) = match scale {
        None => (kazakh::last_word(value), false),
        Some(scale) => {
            let spoken = kazakh_scale_read_aloud(scale);
            (spoken, Lang::Kk.scale_word(scale) == spoken)
        }
    };
    let hyphen = if joined { "" } else { "-" };
    format!("{written}{hyphen}{}", kazakh::suffix(spoken, case))
}

/// A magnitude's Kazakh word as read aloud (the page may abbreviate it).
fn kazakh_scale_read_aloud(scale: Scale) -> &'static str {
    match scale {
        Scale::Thousand => "мың",
        Scale::Million => "миллион",
    }
}
