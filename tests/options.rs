//! Embed settings: attributes and query strings in, settings, warnings,
//! queries, attributes and snippets out; defaults per embed kind, hostile
//! input for every name, and property tests (never panics, round trips).
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use proptest::prelude::*;
use proptest::test_runner::{TestCaseResult, TestRunner};
use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::{Country, Topic};
use roundtable_briefing::embed_code::{iframe_snippet, script_snippet};
use roundtable_briefing::lang::Lang;
use roundtable_briefing::state::{
    merge_view, parse_options, parse_query, parse_settings, to_attributes, to_query,
    BriefingOptions, Layout, Section, Sections, SettingWarning, Settings, Source, Theme, ViewState,
};

/// Every name a host can set, as documented.
const NAMES: [&str; 8] = [
    "country",
    "topic",
    "sections",
    "theme",
    "layout",
    "rotate",
    "rotate-seconds",
    "heading-level",
];

fn attrs(pairs: &[(&str, &str)]) -> (Settings, Vec<SettingWarning>) {
    parse_settings(pairs.iter().copied(), Settings::script_embed())
}

fn query(q: &str) -> (Settings, Vec<SettingWarning>) {
    parse_query(q, Settings::script_embed())
}

fn sections(list: &[Section]) -> Sections {
    Sections::from_slice(list).expect("a valid list")
}

fn kz() -> CountryFilter {
    CountryFilter::Only(Country::Kazakhstan)
}

/// The name a warning is about, whatever its kind.
fn warned_name(w: &SettingWarning) -> &'static str {
    match w {
        SettingWarning::InvalidValue { name, .. }
        | SettingWarning::BadEscape { name, .. }
        | SettingWarning::Repeated { name, .. } => name,
        SettingWarning::UnknownSections { .. } | SettingWarning::DuplicateSections { .. } => {
            "sections"
        }
    }
}

// ---- Defaults ----

#[test]
fn defaults_differ_by_embed_kind_only_in_heading_level_and_layout() {
    let standalone = Settings::standalone();
    assert_eq!(standalone, Settings::default());
    assert_eq!(standalone.state, ViewState::default());
    let o = standalone.options;
    assert!(!o.rotate);
    assert_eq!(o.rotate_seconds, 8);
    assert_eq!(o.sections, Sections::default());
    assert_eq!(o.sections.iter().collect::<Vec<_>>(), Section::ALL);
    assert_eq!(o.layout, Layout::Full);
    assert_eq!(o.heading_level, 1);

    let script = Settings::script_embed();
    assert_eq!(script.options.heading_level, 2);
    assert_eq!(script.options.layout, Layout::Full);
    let frame = Settings::frame_embed();
    assert_eq!(
        frame.options.heading_level, 1,
        "a frame is its own document"
    );
    assert_eq!(frame.options.layout, Layout::Compact);
    for s in [script, frame] {
        assert_eq!(s.state, ViewState::default());
        assert_eq!(s.options.sections, Sections::default());
        assert!(!s.options.rotate);
        assert_eq!(s.options.rotate_seconds, 8);
    }
    assert_eq!(BriefingOptions::MIN_ROTATE_SECONDS, 3);
    assert_eq!(BriefingOptions::MAX_ROTATE_SECONDS, 120);
}

#[test]
fn nothing_given_means_the_defaults_of_the_embed_kind() {
    for d in [
        Settings::standalone(),
        Settings::script_embed(),
        Settings::frame_embed(),
    ] {
        assert_eq!(parse_settings([], d), (d, vec![]));
        assert_eq!(parse_query("", d), (d, vec![]));
        assert_eq!(parse_query("?", d), (d, vec![]));
    }
}

// ---- Every name, valid and invalid ----

#[test]
fn every_valid_value_of_every_name_is_taken_without_warnings() {
    let d = Settings::script_embed();
    let mut cases: Vec<(&str, String, Settings)> = Vec::new();
    for c in CountryFilter::OPTIONS {
        let mut s = d;
        s.state.filter.country = c;
        cases.push(("country", c.code().to_owned(), s));
    }
    let mut with_topic = d;
    with_topic.state.filter.topic = Some(Topic::Demography);
    let mut s = d;
    s.state.filter.topic = None;
    cases.push(("topic", "all".to_owned(), s));
    for t in Topic::ALL {
        let mut s = d;
        s.state.filter.topic = Some(t);
        cases.push(("topic", t.slug().to_owned(), s));
    }
    for t in Theme::ALL {
        let mut s = d;
        s.state.theme = t;
        cases.push(("theme", t.code().to_owned(), s));
    }
    for l in Layout::ALL {
        let mut s = d;
        s.options.layout = l;
        cases.push(("layout", l.code().to_owned(), s));
    }
    for (v, on) in [
        ("on", true),
        ("true", true),
        ("", true),
        ("off", false),
        ("false", false),
    ] {
        let mut s = d;
        s.options.rotate = on;
        cases.push(("rotate", v.to_owned(), s));
    }
    for n in [3, 8, 59, 120] {
        let mut s = d;
        s.options.rotate_seconds = n;
        cases.push(("rotate-seconds", n.to_string(), s));
    }
    for n in 1..=6 {
        let mut s = d;
        s.options.heading_level = n;
        cases.push(("heading-level", n.to_string(), s));
    }
    for sec in Section::ALL {
        let mut s = d;
        s.options.sections = sections(&[sec]);
        cases.push(("sections", sec.code().to_owned(), s));
    }
    for (name, value, expected) in cases {
        let got = attrs(&[(name, &value)]);
        assert_eq!(got, (expected, vec![]), "{name}={value}");
        let got = query(&format!("{name}={value}"));
        assert_eq!(got, (expected, vec![]), "?{name}={value}");
    }
    // `all` undoes a topic the defaults set.
    let got = parse_settings([("topic", "all")], with_topic).0;
    assert_eq!(got.state.filter.topic, None);
}

#[test]
fn an_invalid_value_keeps_the_default_and_says_what_is_expected() {
    let expected = [
        ("country", "xx", "expected all, kz or ru"),
        (
            "topic",
            "family",
            "expected all, family-values, domestic-violence",
        ),
        (
            "sections",
            "intro",
            "expected a comma-separated list of agenda, quotes",
        ),
        ("theme", "blue", "expected auto, light or dark"),
        ("layout", "wide", "expected full or compact"),
        ("rotate", "yes", "expected on or off"),
        (
            "rotate-seconds",
            "2",
            "expected a whole number from 3 to 120",
        ),
        ("heading-level", "7", "expected a whole number from 1 to 6"),
    ];
    for (name, value, phrase) in expected {
        let (s, w) = attrs(&[(name, value)]);
        assert_eq!(s, Settings::script_embed(), "{name}={value}");
        assert_eq!(w.len(), 1, "{name}={value}: {w:?}");
        let text = w[0].to_string();
        assert!(
            text.starts_with(&format!("ignoring {name}=\"{value}\": {phrase}")),
            "{text}"
        );
        assert!(text.ends_with("; using the default"), "{text}");
    }
    assert_eq!(
        attrs(&[("country", "xx")]).1[0].to_string(),
        "ignoring country=\"xx\": expected all, kz or ru; using the default"
    );
}

#[test]
fn the_topic_warning_names_every_topic() {
    let w = &attrs(&[("topic", "x")]).1[0].to_string();
    for t in Topic::ALL {
        assert!(w.contains(t.slug()), "{} missing from {w}", t.slug());
    }
}

#[test]
fn numbers_must_be_plain_digits_within_range() {
    for (name, good, bad) in [
        (
            "rotate-seconds",
            &["3", "120", "008"][..],
            &["0", "2", "121", "4294967296", "3.0", "5s", " 5 5", "٣"][..],
        ),
        (
            "heading-level",
            &["1", "6", "02"][..],
            &["0", "7", "256", "263", "2.0", "h2", "²"][..],
        ),
    ] {
        for v in good {
            assert!(attrs(&[(name, v)]).1.is_empty(), "{name}={v}");
        }
        for v in bad {
            let (s, w) = attrs(&[(name, v)]);
            assert_eq!(s, Settings::script_embed(), "{name}={v}");
            assert_eq!(w.len(), 1, "{name}={v}");
        }
    }
    assert_eq!(
        attrs(&[("rotate-seconds", "008")]).0.options.rotate_seconds,
        8
    );
}

// ---- The hostile classics, for every name ----

/// Values no name accepts, as attributes (taken literally).
const HOSTILE: [&str; 11] = [
    "%",
    "%E0%A4%A",
    "%00",
    "__proto__",
    "-1",
    "1e309",
    "99999999999999999999",
    "NaN",
    "\u{202E}zk",
    "+5",
    "\0",
];

#[test]
fn hostile_attribute_values_fall_back_for_every_name() {
    let d = Settings::script_embed();
    for name in NAMES {
        for value in HOSTILE {
            let (s, w) = attrs(&[(name, value)]);
            assert_eq!(s, d, "{name}={value:?}");
            assert_eq!(w.len(), 1, "{name}={value:?}: {w:?}");
            assert_eq!(warned_name(&w[0]), name);
            assert!(matches!(w[0], SettingWarning::InvalidValue { .. }));
        }
        // An empty value is a value like any other, except for `rotate`,
        // where a bare attribute switches it on.
        let (s, w) = attrs(&[(name, "")]);
        if name == "rotate" {
            assert!(s.options.rotate && w.is_empty());
        } else {
            assert_eq!((s, w.len()), (d, 1), "{name}=\"\"");
        }
    }
}

#[test]
fn hostile_query_values_fall_back_for_every_name() {
    let d = Settings::script_embed();
    for name in NAMES {
        for value in ["%", "%E0%A4%A", "%zz", "%C3%28", "abc%"] {
            let (s, w) = query(&format!("{name}={value}"));
            assert_eq!(s, d, "{name}={value}");
            assert_eq!(
                w,
                [SettingWarning::BadEscape {
                    name,
                    raw: value.to_owned(),
                    source: Source::Host,
                }],
                "{name}={value}"
            );
            assert!(w[0].to_string().contains("broken percent-encoding"));
        }
        for value in [
            "%00",
            "__proto__",
            "-1",
            "1e309",
            "99999999999999999999",
            "NaN",
            "%E2%80%AEzk",
            "%2B5",
            "-",
        ] {
            let (s, w) = query(&format!("{name}={value}"));
            assert_eq!(s, d, "{name}={value}");
            assert_eq!(w.len(), 1, "{name}={value}: {w:?}");
            assert!(matches!(w[0], SettingWarning::InvalidValue { .. }));
            assert_eq!(warned_name(&w[0]), name);
        }
        for empty in [name.to_owned(), format!("{name}=")] {
            let (s, w) = query(&empty);
            if name == "rotate" {
                assert!(s.options.rotate && w.is_empty());
            } else {
                assert_eq!((s, w.len()), (d, 1), "?{empty}");
            }
        }
    }
}

#[test]
fn a_leading_plus_is_a_sign_in_attributes_and_a_space_in_queries() {
    for (name, value) in [("rotate-seconds", "+5"), ("heading-level", "+3")] {
        assert_eq!(attrs(&[(name, value)]).1.len(), 1, "{name}={value}");
        let escaped = value.replace('+', "%2B");
        assert_eq!(query(&format!("{name}={escaped}")).1.len(), 1);
    }
    // In a query `+` is a space (form encoding), and values are trimmed.
    let (s, w) = query("rotate-seconds=+5&heading-level=3+");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.options.rotate_seconds, 5);
    assert_eq!(s.options.heading_level, 3);
    assert_eq!(
        attrs(&[("country", "+kz")]).1.len(),
        1,
        "a plus is not a country"
    );
}

#[test]
fn a_one_megabyte_value_is_handled_and_quoted_short() {
    let huge = "k".repeat(1 << 20);
    for name in NAMES {
        for (s, w) in [
            attrs(&[(name, &huge)]),
            query(&format!("{name}={huge}")),
            query(&format!("{name}={huge}%")),
        ] {
            assert_eq!(s, Settings::script_embed(), "{name}");
            assert_eq!(w.len(), 1, "{name}");
            let text = w[0].to_string();
            assert!(text.len() < 300, "{name}: {} bytes", text.len());
            assert!(text.contains("kkk…\""), "{text}");
        }
    }
    // A huge list of unknown sections next to a valid one: the valid one
    // is kept, the unknown ones are named in one short warning.
    let list = format!("quotes,{}", "nope,".repeat(200_000));
    let (s, w) = attrs(&[("sections", &list)]);
    assert_eq!(s.options.sections, sections(&[Section::Quotes]));
    assert_eq!(w.len(), 1);
    assert!(w[0].to_string().len() < 400, "{}", w[0]);
    assert!(w[0].to_string().starts_with("ignoring \"nope, nope, "));
    // And as many duplicates.
    let list = "figures,".repeat(200_000);
    let (s, w) = attrs(&[("sections", &list)]);
    assert_eq!(s.options.sections, sections(&[Section::Figures]));
    assert_eq!(
        w,
        [SettingWarning::DuplicateSections {
            entries: "figures".to_owned()
        }]
    );
}

#[test]
fn proto_is_an_unknown_name_and_an_invalid_value() {
    let (s, w) = attrs(&[
        ("__proto__", "kz"),
        ("constructor", "x"),
        ("prototype", "y"),
    ]);
    assert_eq!((s, w), (Settings::script_embed(), vec![]));
    let (s, w) = query("__proto__=x&__proto__[country]=kz&constructor.prototype=1");
    assert_eq!((s, w), (Settings::script_embed(), vec![]));
    let (_, w) = attrs(&[("country", "__proto__")]);
    assert_eq!(
        w[0].to_string(),
        "ignoring country=\"__proto__\": expected all, kz or ru; using the default"
    );
}

#[test]
fn control_and_bidi_characters_are_escaped_in_warnings() {
    let (_, w) = attrs(&[("country", "\u{202E}zk")]);
    let text = w[0].to_string();
    assert!(text.contains("\\u{202e}zk"), "{text}");
    assert!(!text.contains('\u{202E}'));
    let (_, w) = query("theme=%00dark%E2%81%A6");
    let text = w[0].to_string();
    assert!(text.contains("\\u{0}dark\\u{2066}"), "{text}");
    assert!(!text.chars().any(char::is_control));
    // Entries of `sections` too.
    let (s, w) = attrs(&[("sections", "quotes,\u{202E}figures")]);
    assert_eq!(s.options.sections, sections(&[Section::Quotes]));
    assert!(!w[0].to_string().contains('\u{202E}'), "{}", w[0]);
}

// ---- Names ----

#[test]
fn names_and_values_ignore_ascii_case_and_names_take_a_data_prefix() {
    let (s, w) = attrs(&[
        ("DATA-Country", "KZ"),
        ("Topic", "Domestic-Violence"),
        ("data-sections", "Quotes, STATS"),
        ("THEME", "Dark"),
        ("data-Layout", "COMPACT"),
        ("Rotate", "ON"),
        ("DATA-ROTATE-SECONDS", "  12 "),
        ("heading-LEVEL", "3"),
    ]);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.state.filter.country, kz());
    assert_eq!(s.state.filter.topic, Some(Topic::DomesticViolence));
    assert_eq!(
        s.options.sections,
        sections(&[Section::Quotes, Section::Figures])
    );
    assert_eq!(s.state.theme, Theme::Dark);
    assert_eq!(s.options.layout, Layout::Compact);
    assert!(s.options.rotate);
    assert_eq!(s.options.rotate_seconds, 12);
    assert_eq!(s.options.heading_level, 3);
    // Only ASCII case folds: a Kelvin sign is not a K.
    assert_eq!(attrs(&[("country", "\u{212A}z")]).1.len(), 1);
    assert_eq!(
        attrs(&[("\u{212A}country", "kz")]).0,
        Settings::script_embed()
    );
}

#[test]
fn unknown_names_are_ignored_silently() {
    let pairs = [
        ("class", "rb"),
        ("id", "briefing"),
        ("style", "color: red"),
        ("childId", "example"),
        ("data-roundtable-briefing", ""),
        ("data-", "kz"),
        ("data-data-country", "kz"),
        ("countries", "kz"),
        ("", ""),
        ("country ", "kz"),
        ("rotate_seconds", "5"),
    ];
    assert_eq!(attrs(&pairs), (Settings::script_embed(), vec![]));
    let (s, w) =
        query("utm_source=x&childId=example-1&initialWidth=600&=&&&country=ru&parentTitle=%");
    assert_eq!(s.state.filter.country, CountryFilter::Only(Country::Russia));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn a_repeated_name_keeps_the_first_valid_value_and_warns_once() {
    let (s, w) = query("country=ru&country=kz");
    assert_eq!(s.state.filter.country, CountryFilter::Only(Country::Russia));
    assert_eq!(
        w,
        [SettingWarning::Repeated {
            name: "country",
            source: Source::Host
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "\"country\" appears more than once; using the first valid value"
    );
    // An invalid first value does not block a valid later one.
    let (s, w) = query("country=xx&country=yy&country=kz&country=ru");
    assert_eq!(s.state.filter.country, kz());
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(matches!(w[0], SettingWarning::InvalidValue { .. }));
    assert_eq!(
        w[1],
        SettingWarning::Repeated {
            name: "country",
            source: Source::Host
        }
    );
    // The attribute and its data- form are the same name.
    let (s, w) = attrs(&[("data-theme", "dark"), ("theme", "light")]);
    assert_eq!(s.state.theme, Theme::Dark);
    assert_eq!(
        w,
        [SettingWarning::Repeated {
            name: "theme",
            source: Source::Host
        }]
    );
    // A hundred thousand repeats, valid or not, make one warning each kind.
    for value in ["kz", "xx", "%"] {
        let many = format!("country={value}&").repeat(100_000);
        let (_, w) = query(&many);
        assert!(w.len() <= 2, "country={value}: {} warnings", w.len());
        assert_eq!(
            w.last(),
            Some(&SettingWarning::Repeated {
                name: "country",
                source: Source::Host
            })
        );
    }
}

// ---- Sections ----

#[test]
fn sections_keep_the_hosts_order() {
    for value in [
        "figures,quotes",
        "figures quotes",
        " Figures , QUOTES ",
        "figures,,quotes,",
        "\tfigures\n,quotes",
        // The figures' earlier code still means them.
        "stats,quotes",
        " Stats , QUOTES ",
    ] {
        let (s, w) = attrs(&[("sections", value)]);
        assert!(w.is_empty(), "{value:?}: {w:?}");
        assert_eq!(
            s.options.sections.iter().collect::<Vec<_>>(),
            [Section::Figures, Section::Quotes],
            "{value:?}"
        );
    }
    let (s, _) = query("sections=mentioned+agenda%2Ccompare");
    assert_eq!(
        s.options.sections,
        sections(&[Section::Mentioned, Section::Agenda, Section::Compare])
    );
}

#[test]
fn unknown_sections_are_named_and_the_rest_kept() {
    let (s, w) = attrs(&[("sections", "quotes,foo,figures,Bar")]);
    assert_eq!(
        s.options.sections,
        sections(&[Section::Quotes, Section::Figures])
    );
    assert_eq!(
        w,
        [SettingWarning::UnknownSections {
            entries: "foo, Bar".to_owned()
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "ignoring \"foo, Bar\" in sections: expected agenda, quotes, speakers, figures, compare, \
         conclusions or mentioned; showing the rest"
    );
}

#[test]
fn duplicate_sections_are_dropped_where_repeated() {
    let (s, w) = attrs(&[("sections", "quotes,figures,quotes,Quotes,agenda,figures")]);
    assert_eq!(
        s.options.sections,
        sections(&[Section::Quotes, Section::Figures, Section::Agenda])
    );
    assert_eq!(
        w,
        [SettingWarning::DuplicateSections {
            entries: "quotes, figures".to_owned()
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "\"quotes, figures\" appears more than once in sections; showing it where first listed"
    );
    // Unknown and duplicate entries together: one warning each.
    let (_, w) = attrs(&[("sections", "quotes,x,quotes")]);
    assert_eq!(w.len(), 2, "{w:?}");
}

#[test]
fn sections_with_nothing_valid_fall_back_to_the_defaults() {
    let mut d = Settings::script_embed();
    d.options.sections = sections(&[Section::Compare]);
    for value in ["", ",", " , ,", "foo", "foo,bar", "%2C"] {
        let (s, w) = parse_settings([("sections", value)], d);
        assert_eq!(s, d, "{value:?}");
        assert_eq!(w.len(), 1, "{value:?}: {w:?}");
        assert!(matches!(
            w[0],
            SettingWarning::InvalidValue {
                name: "sections",
                ..
            }
        ));
    }
    let (_, w) = parse_settings([("sections", "foo,bar")], d);
    assert!(w[0]
        .to_string()
        .starts_with("ignoring sections=\"foo,bar\""));
}

#[test]
fn a_sections_list_is_never_empty_and_never_repeats() {
    assert_eq!(Sections::from_slice(&[]), None);
    assert_eq!(
        Sections::from_slice(&[Section::Quotes, Section::Figures, Section::Quotes]),
        None
    );
    let mut eight = Section::ALL.to_vec();
    eight.push(Section::Agenda);
    assert_eq!(Sections::from_slice(&eight), None);
    assert_eq!(
        Sections::from_slice(&Section::ALL),
        Some(Sections::default())
    );

    let s = sections(&[Section::Figures, Section::Quotes]);
    assert_eq!(
        s.iter().collect::<Vec<_>>(),
        [Section::Figures, Section::Quotes]
    );
    assert!(s.contains(Section::Quotes));
    assert!(!s.contains(Section::Agenda));
    assert_eq!(s.position(Section::Figures), Some(0));
    assert_eq!(s.position(Section::Quotes), Some(1));
    assert_eq!(s.position(Section::Agenda), None);
    assert_eq!(s.to_code(), "figures,quotes");
    assert_eq!(
        Sections::default().to_code(),
        "agenda,quotes,speakers,figures,compare,conclusions,mentioned"
    );
    // Equality is by the list, in order.
    assert_ne!(s, sections(&[Section::Quotes, Section::Figures]));
    assert_eq!(format!("{s:?}"), "[Figures, Quotes]");
}

#[test]
fn section_and_layout_codes() {
    let labels = [
        "Running order",
        "In their words",
        "Who said what",
        "The numbers",
        "Side by side: what each country is doing",
        "Where they landed",
        "Also mentioned",
    ];
    let codes = [
        "agenda",
        "quotes",
        "speakers",
        "figures",
        "compare",
        "conclusions",
        "mentioned",
    ];
    for ((s, code), label) in Section::ALL.into_iter().zip(codes).zip(labels) {
        assert_eq!(s.code(), code);
        assert_eq!(s.label(Lang::En), label);
        assert_eq!(Section::from_code(code), Some(s));
        assert_eq!(
            Section::from_code(&format!(" {} ", code.to_uppercase())),
            Some(s)
        );
    }
    assert_eq!(Section::from_code(""), None);
    assert_eq!(Section::from_code("quote"), None);
    assert_eq!(Layout::default(), Layout::Full);
    assert_eq!(Layout::Full.code(), "full");
    assert_eq!(Layout::Compact.code(), "compact");
    assert_eq!(Layout::from_code(" Compact"), Some(Layout::Compact));
    assert_eq!(Layout::from_code("compactly"), None);
}

// ---- Queries ----

#[test]
fn queries_are_form_decoded() {
    let (s, w) = query("?country=%6B%7A&rotate%2Dseconds=5&data-layout=compact");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.state.filter.country, kz());
    assert_eq!(s.options.rotate_seconds, 5);
    assert_eq!(s.options.layout, Layout::Compact);
    // Without the `?`, and a name that cannot be decoded is not ours.
    assert_eq!(query("country=kz").0, query("?country=kz").0);
    assert_eq!(query("country%=kz"), (Settings::script_embed(), vec![]));
}

// ---- Writing ----

#[test]
fn to_query_writes_only_what_differs_in_a_fixed_order() {
    let d = Settings::script_embed();
    assert_eq!(to_query(&d, &d), "");
    let mut s = d;
    s.options.heading_level = 4;
    s.options.rotate = true;
    s.state.theme = Theme::Dark;
    s.options.sections = sections(&[Section::Quotes, Section::Figures]);
    s.state.filter = Filter {
        country: kz(),
        topic: Some(Topic::ChildWelfare),
    };
    s.options.layout = Layout::Compact;
    s.options.rotate_seconds = 30;
    assert_eq!(
        to_query(&s, &d),
        "country=kz&topic=child-welfare&sections=quotes,figures&theme=dark&layout=compact\
         &rotate=on&rotate-seconds=30&heading-level=4"
    );
    // Back to a default the other side has changed: written explicitly.
    assert_eq!(
        to_query(&d, &s),
        "country=all&topic=all&sections=agenda,quotes,speakers,figures,compare,conclusions,\
         mentioned&theme=auto&layout=full&rotate=off&rotate-seconds=8&heading-level=2"
    );
    // The slide is not a host setting.
    let mut slid = d;
    slid.state.slide = 3;
    assert_eq!(to_query(&slid, &d), "");
}

#[test]
fn to_attributes_writes_the_same_names_and_values() {
    let d = Settings::script_embed();
    assert!(to_attributes(&d, &d).is_empty());
    let mut s = d;
    s.state.filter.country = kz();
    s.options.sections = sections(&[Section::Quotes, Section::Figures]);
    s.options.heading_level = 3;
    assert_eq!(
        to_attributes(&s, &d),
        [
            ("country", "kz".to_owned()),
            ("sections", "quotes,figures".to_owned()),
            ("heading-level", "3".to_owned()),
        ]
    );
}

#[test]
fn parse_options_reads_presentation_names_only() {
    let (o, w) = parse_options([
        ("data-rotate", "on"),
        ("data-rotate-seconds", "5"),
        ("data-country", "xx"),
        ("data-layout", "compact"),
    ]);
    assert!(w.is_empty(), "{w:?}");
    assert!(o.rotate);
    assert_eq!(o.rotate_seconds, 5);
    assert_eq!(o.layout, Layout::Compact);
    assert_eq!(o.heading_level, 1, "the standalone default");
    let (o, w) = parse_options([("data-rotate-seconds", "1e3")]);
    assert_eq!(o, BriefingOptions::default());
    assert_eq!(
        w[0].to_string(),
        "ignoring rotate-seconds=\"1e3\": expected a whole number from 3 to 120; using the default"
    );
}

// ---- Attribute changes after load ----

#[test]
fn merge_view_takes_only_what_the_host_changed() {
    let before = Settings::script_embed();
    let reader = ViewState {
        filter: Filter {
            country: CountryFilter::Only(Country::Russia),
            topic: Some(Topic::Demography),
        },
        slide: 2,
        theme: Theme::Light,
    };
    // The host changes the theme: the reader keeps country, topic and slide.
    let mut after = before;
    after.state.theme = Theme::Dark;
    let merged = merge_view(reader, &before, &after);
    assert_eq!(
        merged,
        ViewState {
            theme: Theme::Dark,
            ..reader
        }
    );
    // The host changes the country: that one field follows the host.
    let mut after = before;
    after.state.filter.country = kz();
    let merged = merge_view(reader, &before, &after);
    assert_eq!(merged.filter.country, kz());
    assert_eq!(merged.filter.topic, Some(Topic::Demography));
    assert_eq!((merged.slide, merged.theme), (2, Theme::Light));
    // The host clears its topic: the reader's topic is cleared too.
    let mut with_topic = before;
    with_topic.state.filter.topic = Some(Topic::Cooperation);
    let merged = merge_view(reader, &with_topic, &before);
    assert_eq!(merged.filter.topic, None);
    assert_eq!(merged.filter.country, reader.filter.country);
    // Options only, or nothing: the reader's view stands.
    let mut after = before;
    after.options.layout = Layout::Compact;
    after.options.sections = sections(&[Section::Quotes]);
    assert_eq!(merge_view(reader, &before, &after), reader);
    assert_eq!(merge_view(reader, &before, &before), reader);
    // Setting an attribute to the value it had changes nothing either.
    let (same, _) = parse_settings([("country", "all")], before);
    assert_eq!(merge_view(reader, &before, &same), reader);
}

// ---- Snippets ----

const BASE: &str = "https://example.org/briefing/";

#[test]
fn the_script_snippet_sets_only_non_default_attributes() {
    assert_eq!(
        script_snippet(BASE, &Settings::script_embed(), Lang::En),
        "<script type=\"module\" src=\"https://example.org/briefing/embed.js\"></script>\n\
         <roundtable-briefing></roundtable-briefing>"
    );
    let (s, _) = attrs(&[("country", "kz"), ("sections", "quotes,figures")]);
    assert_eq!(
        script_snippet("https://example.org/briefing", &s, Lang::En),
        "<script type=\"module\" src=\"https://example.org/briefing/embed.js\"></script>\n\
         <roundtable-briefing country=\"kz\" sections=\"quotes,figures\"></roundtable-briefing>"
    );
    // The standalone page's h1 is not the embed's default, so it is written.
    assert!(
        script_snippet(BASE, &Settings::standalone(), Lang::En).contains(" heading-level=\"1\">")
    );
}

#[test]
fn the_iframe_snippet_has_the_documented_shape() {
    let (s, _) = query("country=kz");
    let s = Settings {
        options: Settings::frame_embed().options,
        ..s
    };
    let snippet = iframe_snippet(BASE, &s, 1400, Lang::En);
    let documented = "<iframe data-roundtable-briefing src=\"https://example.org/briefing/embed.html?country=kz\"
        title=\"Roundtable briefing: Kazakhstan and Russia on family policy\"
        width=\"100%\" height=\"1400\" loading=\"lazy\"
        sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>
<script src=\"https://example.org/briefing/embed-parent.js\" defer></script>";
    assert_eq!(snippet, documented);
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/embedding.md"))
        .expect("docs/embedding.md");
    assert!(
        docs.contains(&snippet),
        "docs/embedding.md no longer shows this snippet"
    );
    // Defaults give no query at all; several settings are joined with &amp;.
    assert!(
        iframe_snippet(BASE, &Settings::frame_embed(), 900, Lang::En).starts_with(
            "<iframe data-roundtable-briefing src=\"https://example.org/briefing/embed.html\"\n"
        )
    );
    let (s, _) = parse_query("country=ru&theme=dark", Settings::frame_embed());
    assert!(
        iframe_snippet(BASE, &s, 900, Lang::En).contains("embed.html?country=ru&amp;theme=dark\"")
    );
}

#[test]
fn an_editions_snippets_name_its_language_its_frame_page_and_title() {
    let (s, _) = attrs(&[("country", "kz")]);
    assert_eq!(
        script_snippet(BASE, &s, Lang::Ru),
        "<script type=\"module\" src=\"https://example.org/briefing/embed.js\"></script>\n\
         <roundtable-briefing lang=\"ru\" country=\"kz\"></roundtable-briefing>"
    );
    let frame = iframe_snippet(BASE, &Settings::frame_embed(), 900, Lang::Kk);
    assert!(frame.contains("src=\"https://example.org/briefing/kk/embed.html\"\n"));
    assert!(frame.contains(&format!("title=\"{}\"", Lang::Kk.words().frame_title)));
    assert!(!frame.contains("Roundtable briefing:"));
}

#[test]
fn snippets_escape_a_hostile_base() {
    let base = "https://evil.example/\"><script>alert('x&y')</script><x a=\"";
    let s = Settings::script_embed();
    for snippet in [
        script_snippet(base, &s, Lang::En),
        iframe_snippet(base, &s, 800, Lang::En),
    ] {
        assert_eq!(snippet.matches("<script").count(), 1, "{snippet}");
        assert_eq!(snippet.matches("</script>").count(), 1, "{snippet}");
        assert!(snippet.contains("&quot;&gt;&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;"));
        // Every double quote opens or closes one of our attributes.
        assert_eq!(snippet.matches('"').count() % 2, 0);
        assert!(!snippet.contains("\"><script>"));
    }
    // A relative base works too; an empty one means "next to the page".
    assert!(
        script_snippet("", &s, Lang::En).starts_with("<script type=\"module\" src=\"embed.js\">")
    );
    let frame = Settings::frame_embed();
    assert!(iframe_snippet("dist", &frame, 800, Lang::En).contains("src=\"dist/embed.html\"\n"));
    // Each snippet is measured against its own embed's defaults.
    assert!(iframe_snippet("dist", &s, 800, Lang::En)
        .contains("src=\"dist/embed.html?layout=full&amp;heading-level=2\""));
}

// ---- Properties ----

/// Cases per property, set once: both the runner and the report read it.
const CASES: u32 = 5000;

/// Runs `test` on `CASES` values of `strategy`, then prints how many ran.
fn check<S: Strategy>(property: &str, strategy: S, test: impl Fn(S::Value) -> TestCaseResult) {
    let config = ProptestConfig {
        source_file: Some(file!()),
        ..ProptestConfig::with_cases(CASES)
    };
    let ran = Cell::new(0u32);
    let result = TestRunner::new(config).run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    if let Err(e) = result {
        panic!("{property}: {e}");
    }
    println!("{property}: {} cases", ran.get());
    assert_eq!(ran.get(), CASES, "{property}");
}

fn any_defaults() -> impl Strategy<Value = Settings> {
    prop::sample::select(vec![
        Settings::standalone(),
        Settings::script_embed(),
        Settings::frame_embed(),
    ])
}

fn any_settings() -> impl Strategy<Value = Settings> {
    let country = prop::sample::select(CountryFilter::OPTIONS.to_vec());
    let topic = prop::option::of(prop::sample::select(Topic::ALL.to_vec()));
    let theme = prop::sample::select(Theme::ALL.to_vec());
    let list = prop::sample::subsequence(Section::ALL.to_vec(), 1..=Section::ALL.len())
        .prop_shuffle()
        .prop_map(|l| sections(&l));
    let layout = prop::sample::select(Layout::ALL.to_vec());
    (
        (country, topic, theme, 0usize..50),
        (list, layout, any::<bool>(), 3u32..=120, 1u8..=6),
    )
        .prop_map(
            |((country, topic, theme, slide), (sections, layout, rotate, secs, level))| Settings {
                options: BriefingOptions {
                    rotate,
                    rotate_seconds: secs,
                    sections,
                    layout,
                    heading_level: level,
                },
                state: ViewState {
                    filter: Filter { country, topic },
                    slide,
                    theme,
                },
            },
        )
}

/// A known name in any ASCII case, with or without `data-`, or anything else.
fn any_name() -> impl Strategy<Value = String> {
    let known = (
        prop::sample::select(NAMES.to_vec()),
        any::<u32>(),
        any::<bool>(),
    )
        .prop_map(|(name, case, prefixed)| {
            let name = if prefixed {
                format!("data-{name}")
            } else {
                name.to_owned()
            };
            name.chars()
                .enumerate()
                .map(|(i, c)| {
                    if (case >> (i % 32)) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect()
        });
    prop_oneof![4 => known, 1 => any::<String>(), 1 => "[a-zA-Z_%+-]{0,16}"]
}

/// Near-valid values, hostile classics, escapes and anything at all.
fn any_value() -> impl Strategy<Value = String> {
    let near = prop::sample::select(vec![
        "kz",
        "RU",
        "all",
        "demography",
        "quotes,figures",
        "figures quotes,quotes,x",
        "dark",
        "compact",
        "on",
        "",
        "3",
        "120",
        "121",
        "6",
        "0",
        "-1",
        "1e309",
        "NaN",
        "%",
        "%E0%A4%A",
        "%00",
        "__proto__",
        "+5",
        "%2B5",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        3 => near,
        2 => any::<String>(),
        2 => "[ ,%0-9a-fA-FkzruqotsN+\\-._\\u{0}\\u{202e}]{0,24}",
    ]
}

/// What must hold for any parse: the result is valid settings, every
/// warning is short, there are few, and the result writes out and reads
/// back unchanged with no warnings.
fn well_formed(parsed: &(Settings, Vec<SettingWarning>), defaults: Settings) -> TestCaseResult {
    let (s, w) = parsed;
    let o = s.options;
    prop_assert!((3..=120).contains(&o.rotate_seconds));
    prop_assert!((1..=6).contains(&o.heading_level));
    prop_assert!(o.sections.iter().next().is_some());
    prop_assert_eq!(s.state.slide, defaults.state.slide);
    // At most: a value warning (two for sections) and a repeat per name.
    prop_assert!(w.len() <= 2 * NAMES.len() + 1, "{} warnings", w.len());
    for warning in w {
        prop_assert!(warning.to_string().len() < 600, "{}", warning);
    }
    let again = parse_query(&to_query(s, &defaults), defaults);
    prop_assert_eq!(&again, &(*s, vec![]));
    Ok(())
}

#[test]
fn property_arbitrary_pairs_never_panic_and_give_valid_settings() {
    let pairs = prop::collection::vec((any_name(), any_value()), 0..12);
    check("arbitrary pairs", (pairs, any_defaults()), |(pairs, d)| {
        let attributes = pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
        well_formed(&parse_settings(attributes, d), d)?;
        let q: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
        well_formed(&parse_query(&q.join("&"), d), d)
    });
}

#[test]
fn property_arbitrary_query_strings_never_panic() {
    let text = prop_oneof![any::<String>(), "[?&=%+,a-z0-9\\-\\u{202e}]{0,60}"];
    check(
        "arbitrary query strings",
        (text, any_defaults()),
        |(q, d)| well_formed(&parse_query(&q, d), d),
    );
}

#[test]
fn property_valid_settings_round_trip_through_a_query() {
    let pair = (any_settings(), any_settings()).prop_map(|(mut s, d)| {
        s.state.slide = d.state.slide;
        (s, d)
    });
    check("query round trip", pair, |(s, d)| {
        let q = to_query(&s, &d);
        prop_assert_eq!(parse_query(&q, d), (s, vec![]), "{}", q);
        prop_assert_eq!(parse_query(&format!("?{q}"), d), (s, vec![]));
        Ok(())
    });
}

#[test]
fn property_valid_settings_round_trip_through_attributes() {
    let pair = (any_settings(), any_settings()).prop_map(|(mut s, d)| {
        s.state.slide = d.state.slide;
        (s, d)
    });
    check("attribute round trip", pair, |(s, d)| {
        let attributes = to_attributes(&s, &d);
        let parsed = parse_settings(attributes.iter().map(|(n, v)| (*n, v.as_str())), d);
        prop_assert_eq!(parsed, (s, vec![]), "{:?}", attributes);
        // The data- form (the mount element's) reads the same.
        let prefixed: Vec<(String, &str)> = attributes
            .iter()
            .map(|(n, v)| (format!("data-{n}"), v.as_str()))
            .collect();
        let parsed = parse_settings(prefixed.iter().map(|(n, v)| (n.as_str(), *v)), d);
        prop_assert_eq!(parsed, (s, vec![]));
        Ok(())
    });
}
