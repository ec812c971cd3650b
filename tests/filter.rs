//! The country and topic filters and what they announce, on the real data.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::filter::{CountryFilter, Filter, Selection, Tally};
use roundtable_briefing::briefing::{Country, Topic};
use roundtable_briefing::data::ROUNDTABLE;
use roundtable_briefing::lang::Lang;

fn only(c: Country) -> Filter {
    Filter {
        country: CountryFilter::Only(c),
        topic: None,
    }
}

fn speakers_shown(filter: Filter) -> Vec<&'static str> {
    ROUNDTABLE
        .speakers
        .iter()
        .filter(|s| filter.shows_speaker(&ROUNDTABLE, s))
        .map(|s| &*s.id.0)
        .collect()
}

#[test]
fn kazakhstan_shows_exactly_the_speakers_the_data_ties_to_kazakhstan() {
    let expected: Vec<&str> = ROUNDTABLE
        .speakers
        .iter()
        .filter(|s| s.country == Some(Country::Kazakhstan))
        .map(|s| &*s.id.0)
        .collect();
    assert_eq!(speakers_shown(only(Country::Kazakhstan)), expected);
    assert_eq!(
        expected,
        ["abaev", "shatalov", "lastayev", "amrin", "kaliev"]
    );
    assert_eq!(
        speakers_shown(only(Country::Russia)),
        ["ostanina", "fedotov", "kirkora", "bedova"]
    );
}

#[test]
fn a_speaker_without_a_country_shows_only_under_all() {
    assert!(speakers_shown(Filter::default()).contains(&"marmontova"));
    for c in Country::ALL {
        assert!(!speakers_shown(only(c)).contains(&"marmontova"));
        let sel = ROUNDTABLE.select(only(c));
        assert_eq!(sel.speakers_without_country, 1);
        assert!(
            sel.announcement(Lang::En)
                .ends_with("Left out: 1 speaker whose country the report does not state."),
            "{}",
            sel.announcement(Lang::En)
        );
    }
}

#[test]
fn measures_follow_the_country_they_belong_to_not_the_presenter() {
    // Nina Ostanina (Russia) described a clause of Kazakhstan's Family Code.
    let code = ROUNDTABLE
        .measures
        .iter()
        .find(|m| m.id.0 == "m-kz-family-code")
        .unwrap();
    assert!(only(Country::Kazakhstan).shows_measure(code));
    assert!(!only(Country::Russia).shows_measure(code));
    let kz = ROUNDTABLE.select(only(Country::Kazakhstan));
    let ru = ROUNDTABLE.select(only(Country::Russia));
    assert_eq!((kz.measures.shown, ru.measures.shown), (8, 4));
    assert_eq!(kz.measures.shown + ru.measures.shown, kz.measures.total);
}

#[test]
fn statements_and_quotes_follow_their_speaker() {
    let ru = ROUNDTABLE.select(only(Country::Russia));
    assert_eq!(ru.quotes.shown, 1, "Kirkora's quote");
    for st in ROUNDTABLE.statements.iter() {
        let speaker = ROUNDTABLE.speaker(&st.speaker).unwrap();
        assert_eq!(
            only(Country::Russia).shows_statement(&ROUNDTABLE, st),
            speaker.country == Some(Country::Russia),
            "{}",
            st.id.0
        );
    }
}

#[test]
fn topic_filter_combines_with_country() {
    let dv = Filter {
        country: CountryFilter::All,
        topic: Some(Topic::DomesticViolence),
    };
    let shown = speakers_shown(dv);
    assert_eq!(shown, ["shatalov", "lastayev", "amrin", "bedova"]);
    for st in ROUNDTABLE.statements.iter() {
        assert_eq!(
            dv.shows_statement(&ROUNDTABLE, st),
            st.topics.contains(&Topic::DomesticViolence)
        );
    }
    let ru_dv = Filter {
        country: CountryFilter::Only(Country::Russia),
        ..dv
    };
    assert_eq!(speakers_shown(ru_dv), ["bedova"]);
    let sel = ROUNDTABLE.select(ru_dv);
    assert_eq!(
        sel.announcement(Lang::En),
        "Showing 1 of 10 speakers, 1 of 19 points, 0 of 2 quotes, 0 of 5 figures and 0 of 12 measures."
    );
}

#[test]
fn every_topic_button_leads_somewhere() {
    for t in Topic::ALL {
        let f = Filter {
            country: CountryFilter::All,
            topic: Some(t),
        };
        assert!(!ROUNDTABLE.select(f).is_empty(), "{t:?} shows nothing");
        assert!(ROUNDTABLE.items_on(t) > 0);
    }
}

#[test]
fn the_unfiltered_briefing_announces_everything() {
    let sel = ROUNDTABLE.select(Filter::default());
    assert_eq!(
        sel.announcement(Lang::En),
        "Showing all: 10 speakers, 19 points, 2 quotes, 5 figures and 12 measures."
    );
    assert_eq!(sel.speakers_without_country, 0);
}

#[test]
fn country_counts_on_the_buttons() {
    assert_eq!(ROUNDTABLE.speakers_under(CountryFilter::All), 10);
    assert_eq!(
        ROUNDTABLE.speakers_under(CountryFilter::Only(Country::Kazakhstan)),
        5
    );
    assert_eq!(
        ROUNDTABLE.speakers_under(CountryFilter::Only(Country::Russia)),
        4
    );
}

#[test]
fn an_empty_selection_says_so_and_offers_a_way_back() {
    let none = Tally { shown: 0, total: 3 };
    let sel = Selection {
        speakers: none,
        statements: none,
        quotes: none,
        statistics: none,
        measures: none,
        ..Selection::default()
    };
    assert!(sel.is_empty());
    assert_eq!(
        sel.announcement(Lang::En),
        "Nothing matches these filters. Clear them to see the whole briefing."
    );
}

#[test]
fn the_comparison_places_every_measure_and_country_figure_once() {
    let rows = ROUNDTABLE.comparison();
    let measures: usize = rows
        .iter()
        .flat_map(|r| &r.columns)
        .map(|c| c.measures.len())
        .sum();
    let figures: usize = rows
        .iter()
        .flat_map(|r| &r.columns)
        .map(|c| c.statistics.len())
        .sum();
    assert_eq!(measures, ROUNDTABLE.measures.len());
    assert_eq!(
        figures,
        ROUNDTABLE.statistics.len() - ROUNDTABLE.statistics_without_country().count()
    );
    for row in &rows {
        assert_eq!(row.columns.len(), 2);
        for col in &row.columns {
            assert!(col
                .measures
                .iter()
                .all(|m| m.country == col.country && m.topics.first() == Some(&row.topic)));
        }
    }
}

#[test]
fn codes_parse_case_insensitively() {
    assert_eq!(
        CountryFilter::from_code("KZ"),
        Some(CountryFilter::Only(Country::Kazakhstan))
    );
    assert_eq!(CountryFilter::from_code("all"), Some(CountryFilter::All));
    assert_eq!(CountryFilter::from_code("xx"), None);
    assert_eq!(
        Topic::from_slug("Domestic-Violence"),
        Some(Topic::DomesticViolence)
    );
    assert_eq!(Topic::from_slug(""), None);
    for t in Topic::ALL {
        assert_eq!(Topic::from_slug(t.slug()), Some(t));
    }
}
