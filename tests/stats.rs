//! Derived figures: the under-18 share, chart counts, headlines, count-up.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::load::parse;
use roundtable_briefing::briefing::stats::{count_up, Share};
use roundtable_briefing::briefing::{Country, Roundtable, Topic};
use roundtable_briefing::data::ROUNDTABLE;
use roundtable_briefing::lang::Lang;
use serde_json::{json, Value};

const DATA: &str = include_str!("../data/roundtable.json");

fn stat<'a>(d: &'a Roundtable, id: &str) -> &'a roundtable_briefing::briefing::Statistic {
    d.statistics.iter().find(|s| s.id.0 == id).unwrap()
}

fn edited(edit: impl FnOnce(&mut Value)) -> Result<Roundtable, String> {
    let mut doc: Value = serde_json::from_str(DATA).unwrap();
    edit(&mut doc);
    parse(&doc.to_string()).map_err(|e| e.to_string())
}

#[test]
fn the_under_18_share_is_calculated_from_the_two_cited_figures() {
    let under = stat(&ROUNDTABLE, "st-under-18");
    let (share, whole) = ROUNDTABLE
        .share_of(under)
        .expect("under-18 is part of the population");
    assert_eq!(whole.id.0, "st-population");
    assert_eq!(
        share,
        Share {
            part: 7_000_000,
            whole: 20_000_000
        }
    );
    assert_eq!(share.rounded_percent(), 35, "7/20 as displayed");
    assert_eq!(share.label(Lang::En), "≈35%");
    assert_eq!(share.cells(100), 35);
    assert!(ROUNDTABLE.is_whole_of_a_share(whole));
    assert!(!ROUNDTABLE.is_whole_of_a_share(under));
}

#[test]
fn changing_the_population_in_the_data_changes_the_share() {
    let d = edited(|d| {
        d["statistics"][0]["value"] = json!(28_000_000);
        d["statistics"][0]["as_reported"] = json!("28 million");
    })
    .unwrap();
    let (share, _) = d.share_of(stat(&d, "st-under-18")).unwrap();
    assert_eq!(share.rounded_percent(), 25);
    assert_eq!(
        d.headline(stat(&d, "st-under-18"), Lang::En),
        "7 million people in Kazakhstan are under 18: ≈25% of the population"
    );
}

#[test]
fn shares_round_half_up_and_survive_odd_inputs() {
    assert_eq!(Share { part: 1, whole: 8 }.rounded_percent(), 13); // 12.5
    assert_eq!(Share { part: 1, whole: 3 }.rounded_percent(), 33);
    assert_eq!(Share { part: 2, whole: 3 }.rounded_percent(), 67);
    assert_eq!(Share { part: 5, whole: 0 }.rounded_percent(), 0);
    assert_eq!(
        Share {
            part: u64::MAX,
            whole: u64::MAX
        }
        .rounded_percent(),
        100
    );
    assert_eq!(Share { part: 1, whole: 8 }.cells(100), 13);
    assert_eq!(
        Share {
            part: 1,
            whole: 1000
        }
        .cells(100),
        0,
        "≈0% fills nothing"
    );
}

#[test]
fn headlines_keep_qualifiers_and_never_hand_typed_numbers() {
    let h = |id| ROUNDTABLE.headline(stat(&ROUNDTABLE, id), Lang::En);
    assert_eq!(h("st-population"), "Kazakhstan has 20 million people");
    assert_eq!(
        h("st-under-18"),
        "7 million people in Kazakhstan are under 18: ≈35% of the population"
    );
    assert_eq!(h("st-median-age"), "Kazakhstan's median age is 32");
    assert_eq!(
        h("st-crisis-centres"),
        "Kazakhstan has over 50 crisis centres"
    );
    assert_eq!(
        h("st-crisis-centre-users"),
        "More than 4,000 people used the crisis centres last year"
    );
    // No figure of the report is typed into a headline template.
    for s in ROUNDTABLE.statistics.iter() {
        for other in ROUNDTABLE.statistics.iter() {
            let number = other
                .as_reported
                .trim_start_matches(|c: char| !c.is_ascii_digit());
            let number = number.split(' ').next().unwrap();
            let typed = s
                .takeaway
                .split(|c: char| !c.is_ascii_digit() && c != ',')
                .any(|w| w == number);
            assert!(!typed, "{}: takeaway types the figure {number}", s.id.0);
        }
    }
}

#[test]
fn charts_are_counted_from_the_data() {
    let all = Filter::default();
    let speakers = ROUNDTABLE.speakers_by_country(all, Lang::En);
    let bars: Vec<(&str, usize)> = speakers
        .bars
        .iter()
        .map(|b| (b.key.as_str(), b.value))
        .collect();
    assert_eq!(bars, [("kz", 5), ("ru", 4), ("none", 1)]);
    assert_eq!(
        speakers.summary,
        "10 speakers in all. 5 from Kazakhstan, 4 from Russia and 1 with no country stated."
    );
    let measures = ROUNDTABLE.measures_by_country(all, Lang::En);
    let bars: Vec<(&str, usize)> = measures
        .bars
        .iter()
        .map(|b| (b.key.as_str(), b.value))
        .collect();
    assert_eq!(bars, [("kz", 8), ("ru", 4)]);
    let topics = ROUNDTABLE.statements_by_topic(all, Lang::En);
    for bar in &topics.bars {
        let t = Topic::from_slug(&bar.key).unwrap();
        let expected = ROUNDTABLE
            .statements
            .iter()
            .filter(|s| s.topics.contains(&t))
            .count();
        assert_eq!(bar.value, expected, "{}", bar.key);
    }
    assert!(
        topics.bars.windows(2).all(|w| w[0].value >= w[1].value),
        "largest first"
    );
    assert_eq!(topics.max(), topics.bars[0].value);
}

#[test]
fn charts_follow_the_filter() {
    let ru = Filter {
        country: CountryFilter::Only(Country::Russia),
        topic: None,
    };
    let speakers = ROUNDTABLE.speakers_by_country(ru, Lang::En);
    let shown: Vec<(&str, usize)> = speakers
        .visible_bars()
        .map(|b| (b.key.as_str(), b.value))
        .collect();
    assert_eq!(shown, [("ru", 4)]);
    // The categories and their order stay; only the values change.
    let keys = |c: &roundtable_briefing::briefing::stats::BarChart| -> Vec<String> {
        c.bars.iter().map(|b| b.key.clone()).collect()
    };
    assert_eq!(
        keys(&speakers),
        keys(&ROUNDTABLE.speakers_by_country(Filter::default(), Lang::En))
    );
    assert_eq!(
        keys(&ROUNDTABLE.statements_by_topic(ru, Lang::En)),
        keys(&ROUNDTABLE.statements_by_topic(Filter::default(), Lang::En))
    );
    assert_eq!(
        ROUNDTABLE.measures_by_country(ru, Lang::En).summary,
        "The speakers described 4 measures for Russia."
    );
    assert_eq!(
        ROUNDTABLE
            .measures_by_country(Filter::default(), Lang::En)
            .summary,
        "The speakers described 8 measures for Kazakhstan and 4 measures for Russia."
    );
    let topics = ROUNDTABLE.statements_by_topic(ru, Lang::En);
    let total: usize = ROUNDTABLE
        .statements
        .iter()
        .filter(|s| ru.shows_statement(&ROUNDTABLE, s))
        .count();
    assert!(
        topics.summary.ends_with(&format!("of {total} points.")),
        "{}",
        topics.summary
    );
}

#[test]
fn the_measures_sentence_names_the_chosen_country_even_at_zero() {
    // Kazakhstan and demography: no measure, which the sentence must say
    // (it once read "The speakers described .").
    let kz_demography = Filter {
        country: CountryFilter::Only(Country::Kazakhstan),
        topic: Some(Topic::Demography),
    };
    assert_eq!(
        ROUNDTABLE
            .measures_by_country(kz_demography, Lang::En)
            .summary,
        "The speakers described 0 measures for Kazakhstan."
    );
    for country in CountryFilter::OPTIONS {
        for topic in std::iter::once(None).chain(Topic::ALL.into_iter().map(Some)) {
            let summary = ROUNDTABLE
                .measures_by_country(Filter { country, topic }, Lang::En)
                .summary;
            assert!(
                summary.contains(" measure") && summary.contains(" for "),
                "{country:?} / {topic:?}: {summary}"
            );
        }
    }
}

#[test]
fn count_up_rises_to_exactly_the_final_value() {
    for target in [0, 32, 50, 4_000, 7_000_000, 20_000_000] {
        let steps = 30;
        let values: Vec<u64> = (0..=steps).map(|i| count_up(target, i, steps)).collect();
        assert_eq!(values[0], 0);
        assert_eq!(*values.last().unwrap(), target);
        assert!(values.windows(2).all(|w| w[0] <= w[1]), "never goes down");
        assert!(values.iter().all(|v| *v <= target), "never overshoots");
    }
    assert_eq!(count_up(50, 3, 0), 50);
    assert_eq!(count_up(50, 99, 30), 50);
}

#[test]
fn takeaway_templates_are_validated() {
    let err = edited(|d| d["statistics"][2]["takeaway"] = json!("The median age")).unwrap_err();
    assert!(
        err.contains("statistics[2].takeaway: takeaway template: `{figure}` is missing"),
        "{err}"
    );
    let err = edited(|d| d["statistics"][2]["takeaway"] = json!("{figure}, {share}")).unwrap_err();
    assert!(err.contains("`{share}` needs part_of"), "{err}");
    let err = edited(|d| d["statistics"][1]["part_of"] = json!("st-median-age")).unwrap_err();
    assert!(
        err.contains("statistics[1].part_of: part_of \"st-median-age\" cannot be the whole: it counts a different unit"),
        "{err}"
    );
    let err = edited(|d| d["statistics"][1]["part_of"] = json!("st-nothing")).unwrap_err();
    assert!(err.contains("no statistic has that id"), "{err}");
}

#[test]
fn the_animated_figure_keeps_its_qualifier_and_magnitude_word() {
    let centres = stat(&ROUNDTABLE, "st-crisis-centres");
    assert_eq!(
        roundtable_briefing::briefing::stats::figure_at(centres, 0, 20, Lang::En),
        "over 0"
    );
    assert!(
        roundtable_briefing::briefing::stats::figure_at(centres, 7, 20, Lang::En)
            .starts_with("over ")
    );
    assert_eq!(
        roundtable_briefing::briefing::stats::figure_at(centres, 20, 20, Lang::En),
        "over 50"
    );
    let people = stat(&ROUNDTABLE, "st-population");
    for step in 0..=20 {
        let text = roundtable_briefing::briefing::stats::figure_at(people, step, 20, Lang::En);
        assert!(text.ends_with(" million") && !text.contains('.'), "{text}");
    }
    let users = stat(&ROUNDTABLE, "st-crisis-centre-users");
    assert_eq!(
        roundtable_briefing::briefing::stats::figure_at(users, 20, 20, Lang::En),
        "more than 4,000"
    );
}
