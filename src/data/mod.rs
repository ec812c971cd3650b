//! The roundtable data shipped with the briefing.
//!
//! `build.rs` validated `data/roundtable.json` and wrote it out as a constant
//! Rust expression, so the data is a `static`: no parsing and no allocation at
//! start-up, and every briefing on a page shares it.

use crate::briefing::Roundtable;
use crate::lang::Lang;

/// The validated roundtable data.
pub static ROUNDTABLE: Roundtable = include!(concat!(env!("OUT_DIR"), "/roundtable.rs"));

/// The validated roundtable data, by reference.
pub fn roundtable() -> &'static Roundtable {
    &ROUNDTABLE
}

/// The Russian edition's data: the English data with the texts of
/// `data/roundtable.ru.json`.
pub static ROUNDTABLE_RU: Roundtable = include!(concat!(env!("OUT_DIR"), "/roundtable_ru.rs"));

/// The Kazakh edition's data: the English data with the texts of
/// `data/roundtable.kk.json`.
pub static ROUNDTABLE_KK: Roundtable = include!(concat!(env!("OUT_DIR"), "/roundtable_kk.rs"));

/// The data of the edition in `lang`.
pub fn edition(lang: Lang) -> &'static Roundtable {
    match lang {
        Lang::En => &ROUNDTABLE,
        Lang::Ru => &ROUNDTABLE_RU,
        Lang::Kk => &ROUNDTABLE_KK,
    }
}
