//! The URL-fragment state parser: round trips, fallbacks and hostile input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::{Country, Topic};
use roundtable_briefing::state::{
    parse_fragment, to_fragment, SettingWarning, Source, Theme, ViewState,
};

fn state(input: &str) -> ViewState {
    parse_fragment(input).state
}

#[test]
fn reads_a_shared_link() {
    let s = state("#country=kz&topic=domestic-violence&quote=2&theme=dark");
    assert_eq!(s.filter.country, CountryFilter::Only(Country::Kazakhstan));
    assert_eq!(s.filter.topic, Some(Topic::DomesticViolence));
    assert_eq!(s.slide, 1);
    assert_eq!(s.theme, Theme::Dark);
    assert!(parse_fragment("#country=kz&topic=domestic-violence")
        .warnings
        .is_empty());
}

#[test]
fn the_default_state_has_no_fragment() {
    assert_eq!(to_fragment(&ViewState::default()), "");
    assert_eq!(state(""), ViewState::default());
    assert_eq!(state("#"), ViewState::default());
}

#[test]
fn writes_only_what_differs_from_the_default() {
    let s = ViewState {
        filter: Filter {
            country: CountryFilter::Only(Country::Russia),
            topic: None,
        },
        ..ViewState::default()
    };
    assert_eq!(to_fragment(&s), "country=ru");
}

#[test]
fn an_empty_or_unknown_value_falls_back_and_names_the_value() {
    let p = parse_fragment("#country=");
    assert_eq!(p.state, ViewState::default());
    assert_eq!(p.warnings.len(), 1);
    let p = parse_fragment("#country=xx");
    assert_eq!(p.state.filter.country, CountryFilter::All);
    assert_eq!(
        p.warnings[0].to_string(),
        "ignoring country=\"xx\" in the URL: expected all, kz or ru"
    );
}

#[test]
fn unknown_keys_are_ignored_silently() {
    let p = parse_fragment("#utm_source=x&country=ru&section=intro");
    assert_eq!(p.state.filter.country, CountryFilter::Only(Country::Russia));
    assert!(p.warnings.is_empty());
}

#[test]
fn broken_percent_escapes_fall_back() {
    let p = parse_fragment("#topic=%E0%A4%A");
    assert_eq!(p.state, ViewState::default());
    assert!(matches!(
        p.warnings[0],
        SettingWarning::BadEscape { name: "topic", .. }
    ));
    let p = parse_fragment("#country=%");
    assert!(matches!(p.warnings[0], SettingWarning::BadEscape { .. }));
    // Valid escapes decode.
    assert_eq!(
        state("#country=%6B%7A").filter.country,
        CountryFilter::Only(Country::Kazakhstan)
    );
}

#[test]
fn nul_and_control_characters_are_rejected_and_escaped_in_warnings() {
    let p = parse_fragment("#country=%00");
    assert_eq!(p.state, ViewState::default());
    assert_eq!(
        p.warnings[0].to_string(),
        "ignoring country=\"\\u{0}\" in the URL: expected all, kz or ru"
    );
    let p = parse_fragment("#country=%E2%80%AEur");
    assert!(
        p.warnings[0].to_string().contains("\\u{202e}"),
        "{}",
        p.warnings[0]
    );
}

#[test]
fn a_one_megabyte_fragment_is_handled_and_not_echoed_in_full() {
    let huge = format!("#country={}", "k".repeat(1 << 20));
    let p = parse_fragment(&huge);
    assert_eq!(p.state, ViewState::default());
    assert!(p.warnings[0].to_string().len() < 200);
    let many = "country=kz&".repeat(100_000);
    let p = parse_fragment(&many);
    assert_eq!(
        p.state.filter.country,
        CountryFilter::Only(Country::Kazakhstan)
    );
    assert_eq!(
        p.warnings,
        [SettingWarning::Repeated {
            name: "country",
            source: Source::Fragment
        }]
    );
}

#[test]
fn repeated_keys_keep_the_first_valid_value() {
    let p = parse_fragment("#country=ru&country=kz");
    assert_eq!(p.state.filter.country, CountryFilter::Only(Country::Russia));
    assert_eq!(
        p.warnings,
        [SettingWarning::Repeated {
            name: "country",
            source: Source::Fragment
        }]
    );
    // An invalid first value does not block a valid second one.
    let p = parse_fragment("#country=xx&country=kz");
    assert_eq!(
        p.state.filter.country,
        CountryFilter::Only(Country::Kazakhstan)
    );
}

#[test]
fn slide_numbers_are_plain_positive_integers() {
    for bad in [
        "0",
        "-1",
        "+2",
        "1e3",
        "1e309",
        "99999999999999999999",
        "NaN",
        "2.0",
        " ",
    ] {
        let p = parse_fragment(&format!("#quote={bad}"));
        assert_eq!(p.state.slide, 0, "quote={bad}");
        assert_eq!(p.warnings.len(), 1, "quote={bad}");
    }
    assert_eq!(state("#quote=2").slide, 1);
}

#[test]
fn keys_and_values_are_case_insensitive() {
    let s = state("#Country=KZ&TOPIC=Family-Values&theme=Dark");
    assert_eq!(s.filter.country, CountryFilter::Only(Country::Kazakhstan));
    assert_eq!(s.filter.topic, Some(Topic::FamilyValues));
    assert_eq!(s.theme, Theme::Dark);
}

#[test]
fn proto_and_other_oddities_are_just_unknown() {
    let p = parse_fragment("#__proto__=x&constructor=y&=&&&country");
    assert_eq!(p.state, ViewState::default());
    assert_eq!(
        p.warnings.len(),
        1,
        "only the value-less 'country' is reported"
    );
}

fn any_state() -> impl Strategy<Value = ViewState> {
    let country = prop_oneof![
        Just(CountryFilter::All),
        Just(CountryFilter::Only(Country::Kazakhstan)),
        Just(CountryFilter::Only(Country::Russia)),
    ];
    let topic = prop::option::of(prop::sample::select(Topic::ALL.to_vec()));
    let theme = prop::sample::select(Theme::ALL.to_vec());
    (country, topic, 0usize..1000, theme).prop_map(|(country, topic, slide, theme)| ViewState {
        filter: Filter { country, topic },
        slide,
        theme,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn serialise_then_parse_returns_the_same_state(s in any_state()) {
        let fragment = to_fragment(&s);
        let parsed = parse_fragment(&format!("#{fragment}"));
        prop_assert_eq!(parsed.state, s);
        prop_assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn arbitrary_strings_never_panic(input in any::<String>()) {
        let _ = parse_fragment(&input);
    }

    #[test]
    fn arbitrary_key_value_soup_never_panics(
        pairs in prop::collection::vec(("(country|topic|quote|theme|[a-z%_]{0,8})", "[%0-9a-zA-Z\\-+.\\u{0}-\\u{7f}\\u{202e}]{0,12}"), 0..12)
    ) {
        let input: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let parsed = parse_fragment(&input.join("&"));
        // Whatever came in, the result serialises to something that parses back to itself.
        let again = parse_fragment(&to_fragment(&parsed.state));
        prop_assert_eq!(again.state, parsed.state);
    }
}

#[test]
fn the_fragment_and_the_settings_expect_the_same_words_for_a_topic() {
    use roundtable_briefing::state::{parse_query, Settings};
    let fragment = parse_fragment("#topic=nonsense").warnings[0].to_string();
    let (_, warnings) = parse_query("?topic=nonsense", Settings::frame_embed());
    let query = warnings[0].to_string();
    let expected = |w: &str| {
        w.split("expected ")
            .nth(1)
            .map(|t| t.split(';').next().unwrap_or(t).to_owned())
    };
    assert_eq!(
        expected(&fragment),
        expected(&query),
        "{fragment} / {query}"
    );
    assert!(fragment.contains("cooperation"), "{fragment}");
}

#[test]
fn the_fragment_sets_only_the_view_and_a_host_never_the_slide() {
    // One parser reads both; each source sets only its own names.
    let p = parse_fragment("#data-country=kz&sections=quotes&layout=compact&quote=2");
    assert_eq!(
        p.state.filter.country,
        CountryFilter::All,
        "no data- prefix in a URL"
    );
    assert_eq!(p.state.slide, 1);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let (settings, warnings) = roundtable_briefing::state::parse_query(
        "?quote=2&country=kz",
        roundtable_briefing::state::Settings::default(),
    );
    assert_eq!(settings.state.slide, 0, "a host does not choose the slide");
    assert_eq!(
        settings.state.filter.country,
        CountryFilter::Only(Country::Kazakhstan)
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn fragment_and_host_warnings_share_one_type_and_say_where() {
    let p = parse_fragment("#theme=neon");
    let (_, host) = roundtable_briefing::state::parse_query(
        "theme=neon",
        roundtable_briefing::state::Settings::default(),
    );
    assert!(matches!(
        p.warnings[0],
        SettingWarning::InvalidValue {
            source: Source::Fragment,
            ..
        }
    ));
    assert!(matches!(
        host[0],
        SettingWarning::InvalidValue {
            source: Source::Host,
            ..
        }
    ));
    assert_eq!(
        p.warnings[0].to_string(),
        "ignoring theme=\"neon\" in the URL: expected auto, light or dark"
    );
    assert_eq!(
        host[0].to_string(),
        "ignoring theme=\"neon\": expected auto, light or dark; using the default"
    );
}
