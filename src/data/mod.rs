//! The roundtable data shipped with the briefing.
//!
//! `build.rs` validated `data/roundtable.json` and wrote it out as a constant
//! Rust expression, so the data is a `static`: no parsing and no allocation at
//! start-up, and every briefing on a page shares it.

use crate::briefing::Roundtable;

/// The validated roundtable data.
pub static ROUNDTABLE: Roundtable = include!(concat!(env!("OUT_DIR"), "/roundtable.rs"));

/// The validated roundtable data, by reference.
pub fn roundtable() -> &'static Roundtable {
    &ROUNDTABLE
}
