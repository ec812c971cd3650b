//! CLDR plural categories of whole numbers (cardinals), and the choice of a
//! noun's form by them.
//!
//! The briefing counts whole things (speakers, points, measures), so only
//! integers are classified: CLDR's operand `v` (visible fraction digits) is
//! 0 throughout, which is why Russian never yields
//! [`PluralCategory::Other`] here (CLDR keeps it for fractions: "1,5").

use super::Lang;

/// A CLDR plural category. Which ones a language uses: English and Kazakh
/// one and other; Russian one, few and many (and other for fractions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// English and Kazakh 1; Russian 1, 21, 31, … but not 11, 111.
    One,
    /// Russian 2–4, 22–24, … but not 12–14, 112–114.
    Few,
    /// Russian 0, 5–20, 25–30, 11–14, 100, 1000, …
    Many,
    /// Everything else: English and Kazakh 0, 2, 5, …
    Other,
}

/// A noun's forms for each plural category, as a string table gives them.
/// English fills `one` and `other` (and repeats `other` in `few` and
/// `many`); Kazakh keeps the noun singular after a numeral, so all four are
/// the same; Russian needs all of one ("спикер"), few ("спикера"), many
/// ("спикеров") and other (the genitive singular for fractions, "спикера").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PluralForms<'a> {
    /// The form for [`PluralCategory::One`].
    pub one: &'a str,
    /// The form for [`PluralCategory::Few`].
    pub few: &'a str,
    /// The form for [`PluralCategory::Many`].
    pub many: &'a str,
    /// The form for [`PluralCategory::Other`].
    pub other: &'a str,
}

impl<'a> PluralForms<'a> {
    /// The form for `category`.
    pub fn get(&self, category: PluralCategory) -> &'a str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }
}

impl Lang {
    /// The CLDR plural category of the whole number `n`.
    ///
    /// - English, Kazakh: one for `n = 1`, other otherwise.
    /// - Russian: one where `n % 10 = 1` and `n % 100 ≠ 11`; few where
    ///   `n % 10` is 2–4 and `n % 100` is not 12–14; many otherwise.
    pub fn plural_category(self, n: u64) -> PluralCategory {
        match self {
            Lang::En | Lang::Kk => {
                if n == 1 {
                    PluralCategory::One
                } else {
                    PluralCategory::Other
                }
            }
            Lang::Ru => {
                let (last, last_two) = (n % 10, n % 100);
                if last == 1 && last_two != 11 {
                    PluralCategory::One
                } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                    PluralCategory::Few
                } else {
                    PluralCategory::Many
                }
            }
        }
    }

    /// A count with its noun in the form the number asks for, the number
    /// written as [`Lang::integer`] writes it: "1 speaker", "21 спикер",
    /// "22 спикера", "25 спикеров", "5 спикер".
    pub fn count(self, n: u64, forms: &PluralForms<'_>) -> String {
        format!("{} {}", self.integer(n), forms.get(self.plural_category(n)))
    }
}
