//! The languages the briefing is written in, and what each needs beyond a
//! table of strings: CLDR plural categories ([`plural`]), number formats
//! ([`number`]) and, for Kazakh, the case suffix a numeral takes
//! ([`kazakh`]). Plain Rust with no browser types, tested natively
//! (`tests/lang.rs`, with CLDR's examples).
//!
//! The rules follow CLDR 48 (the release behind ICU 78): English and Kazakh
//! have the plural categories one and other, Russian one, few, many and
//! other; Russian and Kazakh group digits with a no-break space and write a
//! decimal comma.

pub mod kazakh;
pub mod number;
pub mod plural;
pub mod words;

pub use words::{fill, Words};

/// A language of the briefing: the language of an edition's pages and of the
/// texts the briefing writes from its data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (`en`): the report's language, and the first edition's
    /// (the default wherever no language is given).
    #[default]
    En,
    /// Russian (`ru`).
    Ru,
    /// Kazakh (`kk`), in Cyrillic script.
    Kk,
}

impl Lang {
    /// Every language, in the order a language switch lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// The BCP 47 code: an `<html lang>`, an `hreflang`, a `lang` attribute
    /// or query value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language for a code as [`Lang::code`] writes it; `None` for
    /// anything else (the caller names the bad value and falls back).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's name in that language, as a language switch shows it
    /// to readers who may not read the page's current language.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    /// The path of this edition's pages below the site's root: "" for
    /// English (`/`), "ru/" and "kk/" for the others.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ru => "ru/",
            Lang::Kk => "kk/",
        }
    }
}
