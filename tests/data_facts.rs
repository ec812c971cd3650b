//! The shipped data against the journalism rules that need no source text:
//! the baked data is the data file, the speakers and their order, countries
//! never guessed. The checks against the report itself (verbatim quotes,
//! figures as worded, no copied sentence) are in `tests/source_report.rs`.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::load::parse;
use roundtable_briefing::briefing::{Country, CountryBasis};
use roundtable_briefing::data::ROUNDTABLE;

#[test]
fn the_baked_data_is_the_data_file() {
    let parsed = parse(include_str!("../data/roundtable.json")).expect("valid data");
    assert_eq!(
        ROUNDTABLE, parsed,
        "build.rs baked something other than the file"
    );
}

#[test]
fn ten_speakers_in_speaking_order() {
    let names: Vec<&str> = ROUNDTABLE.speakers.iter().map(|s| &*s.name).collect();
    assert_eq!(
        names,
        [
            "Dauren Abaev",
            "Nina Ostanina",
            "Nikita Shatalov",
            "Artur Lastayev",
            "Taras Fedotov",
            "Kanat Amrin",
            "Irina Kirkora",
            "Talgat Kaliev",
            "Larisa Bedova",
            "Taisiya Marmontova",
        ]
    );
}

#[test]
fn countries_are_never_guessed() {
    let marmontova = ROUNDTABLE
        .speakers
        .iter()
        .find(|s| s.id.0 == "marmontova")
        .unwrap();
    assert_eq!(marmontova.country, None);
    assert_eq!(marmontova.country_basis, CountryBasis::NotStated);
    // "Stated" means the report's own words for the role name the country.
    for s in ROUNDTABLE.speakers.iter() {
        if s.country_basis == CountryBasis::Stated {
            let country = s.country.expect("stated implies a country");
            assert!(
                s.role.contains(country.name()),
                "{}: basis 'stated' but the role does not name {}",
                s.name,
                country.name()
            );
        }
    }
    assert_eq!(ROUNDTABLE.speakers_from(Country::Kazakhstan), 5);
    assert_eq!(ROUNDTABLE.speakers_from(Country::Russia), 4);
    assert_eq!(ROUNDTABLE.speakers_without_country(), 1);
}
