//! The languages' grammar and numbers: CLDR plural categories, number
//! formats per locale (the expected strings are CLDR 48's, as ICU 78
//! formats them), and the Kazakh suffixes after numerals.

use roundtable_briefing::briefing::model::{Qualifier, Scale};
use roundtable_briefing::lang::kazakh::{last_word, suffix, Case};
use roundtable_briefing::lang::plural::{PluralCategory, PluralForms};
use roundtable_briefing::lang::Lang;

use PluralCategory::{Few, Many, One, Other};

const NBSP: char = '\u{a0}';

/// An expectation with `_` for each no-break space: `nb("более 4_000")`.
fn nb(s: &str) -> String {
    s.replace('_', &NBSP.to_string())
}

#[test]
fn codes_round_trip_and_nothing_else_is_a_language() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    for bad in ["", "EN", "ru-RU", "kz", "kaz", " ru", "en "] {
        assert_eq!(Lang::from_code(bad), None, "{bad:?}");
    }
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.own_name()).collect();
    assert_eq!(names, ["English", "Русский", "Қазақша"]);
}

#[test]
fn plural_categories_of_the_issue_numbers() {
    let numbers = [0, 1, 2, 5, 11, 12, 21, 22, 25, 111];
    let of = |lang: Lang| -> Vec<PluralCategory> {
        numbers.iter().map(|&n| lang.plural_category(n)).collect()
    };
    assert_eq!(
        of(Lang::En),
        [Other, One, Other, Other, Other, Other, Other, Other, Other, Other]
    );
    assert_eq!(
        of(Lang::Ru),
        [Many, One, Few, Many, Many, Many, One, Few, Many, Many]
    );
    assert_eq!(
        of(Lang::Kk),
        [Other, One, Other, Other, Other, Other, Other, Other, Other, Other]
    );
}

#[test]
fn russian_plural_categories_match_cldr_examples() {
    // CLDR 48, ru, cardinal, integer samples.
    let one = [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001];
    let few = [2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 52, 62, 102, 1002];
    let many = [
        0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 30, 100, 111, 112, 114,
        1000, 10000, 100000, 1000000,
    ];
    for n in one {
        assert_eq!(Lang::Ru.plural_category(n), One, "{n}");
    }
    for n in few {
        assert_eq!(Lang::Ru.plural_category(n), Few, "{n}");
    }
    for n in many {
        assert_eq!(Lang::Ru.plural_category(n), Many, "{n}");
    }
}

#[test]
fn english_and_kazakh_have_one_only_for_one() {
    // CLDR 48: en and kk, one: 1; other: 0, 2~16, 100, 1000, 10000, …
    for lang in [Lang::En, Lang::Kk] {
        assert_eq!(lang.plural_category(1), One);
        for n in (0..=16)
            .filter(|&n| n != 1)
            .chain([21, 100, 101, 1000, 1_000_000])
        {
            assert_eq!(lang.plural_category(n), Other, "{lang:?} {n}");
        }
    }
}

#[test]
fn counts_take_the_form_of_their_category() {
    let en = PluralForms {
        one: "speaker",
        few: "speakers",
        many: "speakers",
        other: "speakers",
    };
    let ru = PluralForms {
        one: "спикер",
        few: "спикера",
        many: "спикеров",
        other: "спикера",
    };
    // Kazakh keeps the noun singular after a numeral.
    let kk = PluralForms {
        one: "спикер",
        few: "спикер",
        many: "спикер",
        other: "спикер",
    };
    assert_eq!(Lang::En.count(1, &en), "1 speaker");
    assert_eq!(Lang::En.count(10, &en), "10 speakers");
    let ru_counts: Vec<String> = [1, 2, 5, 11, 21, 22, 25, 111]
        .iter()
        .map(|&n| Lang::Ru.count(n, &ru))
        .collect();
    assert_eq!(
        ru_counts,
        [
            "1 спикер",
            "2 спикера",
            "5 спикеров",
            "11 спикеров",
            "21 спикер",
            "22 спикера",
            "25 спикеров",
            "111 спикеров"
        ]
    );
    assert_eq!(Lang::Kk.count(5, &kk), "5 спикер");
    assert_eq!(Lang::Ru.count(1000, &ru), nb("1_000 спикеров"));
}

#[test]
fn integers_group_as_each_locale_does() {
    // Intl.NumberFormat (ICU 78, CLDR 48): en "1,234,567"; ru and kk
    // "1 234 567" with U+00A0, grouping from four digits on.
    let cases = [
        (0, "0"),
        (999, "999"),
        (1000, "1,000"),
        (4000, "4,000"),
        (10000, "10,000"),
        (1234567, "1,234,567"),
    ];
    for (n, en) in cases {
        assert_eq!(Lang::En.integer(n), en);
        assert_eq!(Lang::Ru.integer(n), nb(&en.replace(',', "_")));
        assert_eq!(Lang::Kk.integer(n), nb(&en.replace(',', "_")));
    }
    assert_eq!(Lang::Ru.integer(4000), "4\u{a0}000");
}

#[test]
fn values_with_a_magnitude_use_each_locales_short_form() {
    // CLDR 48 short compact forms: ru "20 млн", "4 тыс.", "1,5 млн";
    // kk "20 млн", "4 мың", "1,5 млн" (no-break spaces).
    let million = Some(Scale::Million);
    let thousand = Some(Scale::Thousand);
    assert_eq!(Lang::En.value(20_000_000, million), "20 million");
    assert_eq!(Lang::En.value(1_500_000, million), "1.5 million");
    assert_eq!(Lang::Ru.value(20_000_000, million), nb("20_млн"));
    assert_eq!(Lang::Ru.value(7_000_000, million), nb("7_млн"));
    assert_eq!(Lang::Ru.value(1_500_000, million), nb("1,5_млн"));
    assert_eq!(Lang::Ru.value(4_000, thousand), nb("4_тыс."));
    assert_eq!(Lang::Kk.value(20_000_000, million), nb("20_млн"));
    assert_eq!(Lang::Kk.value(1_500_000, million), nb("1,5_млн"));
    assert_eq!(Lang::Kk.value(4_000, thousand), nb("4_мың"));
    assert_eq!(Lang::Ru.value(4_000, None), nb("4_000"));
}

#[test]
fn qualifiers_are_never_dropped_in_any_language() {
    // The report's two qualified figures: "over 50" and "more than 4,000".
    let over_50 = |lang: Lang| lang.figure(Some(Qualifier::Over), 50, None);
    let more_than_4000 = |lang: Lang| lang.figure(Some(Qualifier::MoreThan), 4000, None);
    assert_eq!(over_50(Lang::En), "over 50");
    assert_eq!(more_than_4000(Lang::En), "more than 4,000");
    assert_eq!(over_50(Lang::Ru), "свыше 50");
    assert_eq!(more_than_4000(Lang::Ru), nb("более 4_000"));
    assert_eq!(over_50(Lang::Kk), "50-ден астам");
    assert_eq!(more_than_4000(Lang::Kk), nb("4_000-нан астам"));
    // Every qualifier, in every language, keeps a word of its own.
    for lang in Lang::ALL {
        for q in Qualifier::ALL {
            let with = lang.figure(Some(q), 50, None);
            let without = lang.figure(None, 50, None);
            assert_ne!(with, without, "{lang:?} {q:?}");
            assert!(with.contains("50"), "{lang:?} {q:?}: {with}");
        }
    }
}

#[test]
fn kazakh_qualified_figures_follow_the_numeral_read_aloud() {
    let kk =
        |q: Qualifier, value: u64, scale: Option<Scale>| Lang::Kk.figure(Some(q), value, scale);
    assert_eq!(
        kk(Qualifier::MoreThan, 20_000_000, Some(Scale::Million)),
        nb("20_млн-нан астам")
    );
    assert_eq!(
        kk(Qualifier::MoreThan, 4_000, Some(Scale::Thousand)),
        nb("4_мыңнан астам")
    );
    assert_eq!(
        kk(Qualifier::MoreThan, 1_500_000, Some(Scale::Million)),
        nb("1,5_млн-нан астам")
    );
    assert_eq!(kk(Qualifier::Nearly, 50, None), "50-ге жуық");
    assert_eq!(kk(Qualifier::Almost, 30, None), "30-ға жуық");
    assert_eq!(kk(Qualifier::UpTo, 40, None), "40-қа дейін");
    assert_eq!(kk(Qualifier::UpTo, 5, None), "5-ке дейін");
    assert_eq!(kk(Qualifier::About, 50, None), "шамамен 50");
    assert_eq!(kk(Qualifier::AtLeast, 50, None), "кемінде 50");
    assert_eq!(kk(Qualifier::Over, 10, None), "10-нан астам");
    assert_eq!(kk(Qualifier::Over, 3, None), "3-тен астам");
}

#[test]
fn kazakh_numerals_read_aloud_end_in_the_right_word() {
    let cases = [
        (0, "нөл"),
        (1, "бір"),
        (7, "жеті"),
        (10, "он"),
        (50, "елу"),
        (100, "жүз"),
        (110, "он"),
        (101, "бір"),
        (4000, "мың"),
        (1_500_000, "мың"),
        (20_000_000, "миллион"),
        (3_000_000_000, "миллиард"),
    ];
    for (n, word) in cases {
        assert_eq!(last_word(n), word, "{n}");
    }
}

#[test]
fn kazakh_suffixes_of_every_numeral_word() {
    // (word, ablative, dative), as Kazakh grammars give them: бірден,
    // бірге; үштен, үшке; оннан, онға; қырықтан, қырыққа; мыңнан, мыңға …
    let table = [
        ("нөл", "ден", "ге"),
        ("бір", "ден", "ге"),
        ("екі", "ден", "ге"),
        ("үш", "тен", "ке"),
        ("төрт", "тен", "ке"),
        ("бес", "тен", "ке"),
        ("алты", "дан", "ға"),
        ("жеті", "ден", "ге"),
        ("сегіз", "ден", "ге"),
        ("тоғыз", "дан", "ға"),
        ("он", "нан", "ға"),
        ("жиырма", "дан", "ға"),
        ("отыз", "дан", "ға"),
        ("қырық", "тан", "қа"),
        ("елу", "ден", "ге"),
        ("алпыс", "тан", "қа"),
        ("жетпіс", "тен", "ке"),
        ("сексен", "нен", "ге"),
        ("тоқсан", "нан", "ға"),
        ("жүз", "ден", "ге"),
        ("мың", "нан", "ға"),
        ("миллион", "нан", "ға"),
        ("миллиард", "тан", "қа"),
    ];
    for (word, ablative, dative) in table {
        assert_eq!(suffix(word, Case::Ablative), ablative, "{word}");
        assert_eq!(suffix(word, Case::Dative), dative, "{word}");
    }
}

#[test]
fn the_calculated_share_follows_each_locales_percent_pattern() {
    // CLDR 48 percent patterns: en "35%", ru "35 %" (U+00A0), kk "35%".
    assert_eq!(Lang::En.approx_percent(35), "≈35%");
    assert_eq!(Lang::Ru.approx_percent(35), "≈35\u{a0}%");
    assert_eq!(Lang::Kk.approx_percent(35), "≈35%");
}
