//! Russian: the briefing's words in standard newsroom Russian. Counts agree
//! with their numbers through CLDR's plural categories ([`Lang::count`]);
//! country names stay in the nominative, so phrases that would need another
//! case ("из Казахстана") are written as lists ("Казахстан — 6").

use super::Words;
use crate::briefing::filter::{Selection, Tally};
use crate::briefing::model::{
    ConclusionKind, Country, CountryBasis, MeasureStatus, Period, Topic, Unreported,
};
use crate::briefing::prose::{capitalise, join_words};
use crate::lang::plural::{PluralCategory, PluralForms};
use crate::lang::Lang;

/// "спикер": one, few, many, and the genitive singular for fractions.
const SPEAKERS: PluralForms<'static> = PluralForms {
    one: "спикер",
    few: "спикера",
    many: "спикеров",
    other: "спикера",
};

/// "тезис": a speaker's point.
const POINTS: PluralForms<'static> = PluralForms {
    one: "тезис",
    few: "тезиса",
    many: "тезисов",
    other: "тезиса",
};

/// "цитата": a verbatim quote.
const QUOTES: PluralForms<'static> = PluralForms {
    one: "цитата",
    few: "цитаты",
    many: "цитат",
    other: "цитаты",
};

/// "показатель": a figure the report gives.
const FIGURES: PluralForms<'static> = PluralForms {
    one: "показатель",
    few: "показателя",
    many: "показателей",
    other: "показателя",
};

/// "мера": a policy measure.
const MEASURES: PluralForms<'static> = PluralForms {
    one: "мера",
    few: "меры",
    many: "мер",
    other: "меры",
};

/// "пункт": an item of any kind under a topic or a theme.
const ITEMS: PluralForms<'static> = PluralForms {
    one: "пункт",
    few: "пункта",
    many: "пунктов",
    other: "пункта",
};

/// "абзац": a paragraph of the report.
const PARAGRAPHS: PluralForms<'static> = PluralForms {
    one: "абзац",
    few: "абзаца",
    many: "абзацев",
    other: "абзаца",
};

/// Russian.
pub const WORDS: Words = Words {
    country: |c| match c {
        Country::Kazakhstan => "Казахстан",
        Country::Russia => "Россия",
    },
    country_not_stated: "Страна не указана",
    country_basis: |b| match b {
        CountryBasis::Stated => "указана в публикации",
        CountryBasis::Implied => "следует из места работы",
        CountryBasis::NotStated => "в публикации не указана",
    },
    topic: |t| match t {
        Topic::FamilyValues => "Семейные ценности",
        Topic::DomesticViolence => "Бытовое насилие",
        Topic::ChildWelfare => "Защита детей",
        Topic::WomensRights => "Права женщин",
        Topic::Demography => "Демография",
        Topic::SocialSupport => "Социальная поддержка",
        Topic::SocialChange => "Перемены в обществе",
        Topic::Cooperation => "Сотрудничество",
    },
    measure_status: |s| match s {
        MeasureStatus::InPlace => "Действует",
        MeasureStatus::Adopted => "Принято",
        MeasureStatus::BeingImplemented => "Реализуется",
    },
    period: |p| match p {
        Period::Currently => "в настоящее время",
        Period::LastYear => "в прошлом году",
    },
    conclusion_kind: |k| match k {
        ConclusionKind::Conclusion => "Общий вывод",
        ConclusionKind::Proposal => "Предложение",
    },

    section_agenda: "Порядок выступлений",
    section_quotes: "Прямая речь",
    section_speakers: "Кто что сказал",
    section_figures: "В цифрах",
    section_compare: "Сравнение: что делает каждая страна",
    section_conclusions: "К чему пришли",
    section_mentioned: "Также упоминаются",

    kicker: "Брифинг · Семейная политика",
    who_took_part: "Участники",
    occasion: "Мероприятие",
    source: "Источник",
    not_in_report: "Нет в публикации",
    attendees: |groups, both| {
        let groups = capitalise(&join_words(groups.iter().copied(), "и"));
        if both {
            format!("{groups} из Казахстана и России")
        } else {
            groups
        }
    },
    report_by: |source| format!("Публикация {source}"),
    not_given,

    filter_by_country: "Фильтр по стране",
    country_label: "Страна",
    filter_by_topic: "Фильтр по теме",
    topic_label: "Тема",
    colour_theme: "Цветовое оформление",
    theme_label: "Оформление",
    theme_auto: "Авто",
    theme_light: "Светлое",
    theme_dark: "Тёмное",
    all_countries: "Все",
    all_topics: "Все темы",
    chip_speakers: SPEAKERS,
    chip_items: ITEMS,
    clear_filters: "Сбросить фильтры",
    announcement,
    figures_without_country: |n| {
        let (which, tied, shown) = if Lang::Ru.plural_category(n as u64) == PluralCategory::One {
            ("который", "привязан", "показывается")
        } else {
            ("которые", "привязаны", "показываются")
        };
        format!(
            "{}, {which} в публикации не {tied} ни к одной стране, при выборе страны не {shown}.",
            count(n, &FIGURES)
        )
    },
    nothing_matches: "Для этого сочетания страны и темы в публикации ничего нет.",
    show_whole_briefing: "Показать весь брифинг",

    quotes_intro: "Только эти слова публикация приводит в кавычках; они воспроизведены дословно.",
    no_quote_matches: "Ни одна дословная цитата из публикации не подходит под этот фильтр.",
    speakers_intro: "Спикеры — в порядке выступлений. Их тезисы изложены нашими словами; знак абзаца показывает, откуда взят каждый.",
    points_made: "Тезисы в изложении брифинга:",
    quoted_in_quotes_section: "Дословно цитируется в разделе «Прямая речь».",
    figures_intro: "Все цифры из публикации — с теми же оговорками, что и в публикации; доли рассчитаны по приведённым цифрам.",
    no_figure_matches: "В публикации нет цифр, подходящих под этот фильтр.",
    counted_from_briefing: "Подсчитано по этому брифингу",
    compare_intro: "Меры, программы и цифры, о которых говорили на круглом столе, — по странам, к которым они относятся, и по основным темам.",
    pick_all_hint: " Выберите «Все», чтобы сравнить обе страны.",
    nothing_under_theme: "По этой теме в публикации ничего нет.",
    compare_items: ITEMS,

    cited_by: |country, speaker| format!("{country} · приводит {speaker} "),
    share_derived: |share, part, whole| {
        format!("{share} — рассчитано по приведённым цифрам ({part} ÷ {whole})")
    },
    share_row: "Доля людей младше 18 лет (расчёт)",
    show_table: "Показать таблицу",
    table_figure: "Показатель",
    table_value: "Значение",
    table_as_reported: "Как в публикации",
    chart_speakers_title: "Кто выступил",
    chart_measures_title: "Описанные меры по странам",
    chart_topics_title: "Темы тезисов",
    chart_country: "Страна",
    chart_topic: "Тема",
    chart_speakers: "Спикеры",
    chart_measures: "Меры",
    chart_points: "Тезисы",
    chart_speakers_summary: |total, bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(country, n)| {
                let n = Lang::Ru.integer(*n as u64);
                match country {
                    Some(c) => format!("{c} — {n}"),
                    None => format!("страна не указана — {n}"),
                }
            })
            .collect();
        format!("Всего {}. {}.", count(total, &SPEAKERS), parts.join(", "))
    },
    chart_measures_summary: |bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(c, n)| format!("{c} — {}", Lang::Ru.integer(*n as u64)))
            .collect();
        format!("Меры, о которых рассказали спикеры: {}.", parts.join(", "))
    },
    chart_topics_summary: |leaders, top, shown| {
        if leaders.is_empty() {
            return "Ни один тезис не подходит под этот фильтр.".to_owned();
        }
        let quoted: Vec<String> = leaders.iter().map(|l| format!("«{l}»")).collect();
        let verb = if leaders.len() == 1 {
            "встречается тема"
        } else {
            "встречаются темы"
        };
        // "из 21 тезиса", "из 19 тезисов": the genitive after "из".
        let of = if Lang::Ru.plural_category(shown as u64) == PluralCategory::One {
            "тезиса"
        } else {
            "тезисов"
        };
        format!(
            "Чаще всего {verb} {}: в {} из {} {of}.",
            join_words(quoted.iter().map(String::as_str), "и"),
            Lang::Ru.integer(top as u64),
            Lang::Ru.integer(shown as u64)
        )
    },

    status_tag: |status, period| {
        let label = (WORDS.measure_status)(status);
        match period {
            Some(p) => format!("{label} {}", (WORDS.period)(p)),
            None => label.to_owned(),
        }
    },
    runs_until: |year| format!("Срок: до {year} года"),
    presented_by: |name, country| match country {
        Some(c) => format!("Спикер: {name} ({c}) "),
        None => format!("Спикер: {name} "),
    },

    carousel_label: "Дословные цитаты",
    choose_quote: "Выберите цитату",
    previous: "Предыдущая",
    next: "Следующая",
    quote_word: " цитата",
    slide_label: "Цитата {n} из {count}: {name}",
    dot_label: "Цитата {n}: {name}",
    stop_rotation: "Остановить автопрокрутку",
    start_rotation: "Включить автопрокрутку",
    our_translation: "Наш перевод цитаты из англоязычной публикации",

    source_paragraph: "Источник: абзац ",
    paragraph_note: |n, count, source, summary| {
        format!("Абзац {n} из {count} в публикации {source}. {summary}")
    },
    no_paragraph_summary: "Краткого изложения этого абзаца нет.",
    source_line: |source, paragraphs| {
        format!(
            "Источник: публикация {source} ({}). ",
            Lang::Ru.count(u64::from(paragraphs), &PARAGRAPHS)
        )
    },
    source_explained: "Высказывания изложены словами брифинга; дословно приводится только текст, оформленный как цитата. Знак абзаца (¶) у каждого пункта показывает, откуда он взят в публикации.",
    get_the_data: "Скачать данные: ",
    download_data: "все данные (JSON)",
    download_figures: "показатели (CSV)",
    download_measures: "меры (CSV)",

    frame_title: "Брифинг круглого стола: Казахстан и Россия о семейной политике",
    fallback_showing_only: |only| format!("Показано только: {only}."),
    fallback_figure: |label, country, speaker| format!("{label} ({country}, приводит {speaker})"),
    fallback_source: |source| format!("Источник: публикация {source}. ¶ — номера её абзацев."),
    page_title: "Брифинг по итогам круглого стола: Казахстан и Россия о семейной политике",
    page_description: "Интерактивный брифинг о казахстанско-российском круглом столе по семейной политике, подготовленный по материалам DKnews.kz.",
    social_title: "Брифинг по итогам круглого стола: Казахстан и Россия о семейной политике",
    social_description: "Кто выступал, что предлагали и какие цифры приводили участники — по материалам DKnews.kz.",
    social_image_alt: "Казахстан и Россия о семейной политике: брифинг по итогам круглого стола на основе публикации DKnews.kz",
    briefing_landmark: "Брифинг по итогам круглого стола",
    embed_link: "Разместить брифинг на своём сайте",
    language_switch: "Язык",
    failure_note: "Интерактивные функции брифинга недоступны; ниже показан весь брифинг.",
};

/// A count with its noun in the form the number asks for: "22 спикера".
fn count(n: usize, forms: &PluralForms<'_>) -> String {
    Lang::Ru.count(n as u64, forms)
}

/// "В публикации не указаны дата, место проведения и организатор.", the verb
/// agreeing with a single item ("не указана дата", "не указано место
/// проведения", "не указан организатор").
fn not_given(missing: &[Unreported]) -> String {
    let word = |u: &Unreported| match u {
        Unreported::Date => "дата",
        Unreported::Venue => "место проведения",
        Unreported::Organiser => "организатор",
    };
    let verb = match missing {
        [Unreported::Date] => "указана",
        [Unreported::Venue] => "указано",
        [Unreported::Organiser] => "указан",
        _ => "указаны",
    };
    format!(
        "В публикации не {verb} {}.",
        join_words(missing.iter().map(word), "и")
    )
}

/// "Показано: спикеры — 5 из 10, тезисы — 11 из 19, цитаты — 1 из 2,
/// показатели — 5 из 5, меры — 8 из 12. Не показаны: 1 спикер, страна
/// которого в публикации не указана." When everything is shown: "Показано всё:
/// 10 спикеров, 19 тезисов, 2 цитаты, 5 показателей и 12 мер."
fn announcement(s: &Selection) -> String {
    if s.is_empty() {
        return "Под эти фильтры ничего не подходит. Сбросьте их, чтобы увидеть весь брифинг."
            .into();
    }
    let parts: [(Tally, &str, &PluralForms<'static>); 5] = [
        (s.speakers, "спикеры", &SPEAKERS),
        (s.statements, "тезисы", &POINTS),
        (s.quotes, "цитаты", &QUOTES),
        (s.statistics, "показатели", &FIGURES),
        (s.measures, "меры", &MEASURES),
    ];
    let all = parts.iter().all(|(t, _, _)| t.shown == t.total);
    let mut text = if all {
        let phrases: Vec<String> = parts
            .iter()
            .map(|(t, _, forms)| count(t.total, forms))
            .collect();
        format!(
            "Показано всё: {}.",
            join_words(phrases.iter().map(String::as_str), "и")
        )
    } else {
        let phrases: Vec<String> = parts
            .iter()
            .map(|(t, kind, _)| {
                format!(
                    "{kind} — {} из {}",
                    Lang::Ru.integer(t.shown as u64),
                    Lang::Ru.integer(t.total as u64)
                )
            })
            .collect();
        format!("Показано: {}.", phrases.join(", "))
    };
    let speakers = (s.speakers_without_country > 0).then(|| {
        let n = s.speakers_without_country;
        let whose = if Lang::Ru.plural_category(n as u64) == PluralCategory::One {
            "которого"
        } else {
            "которых"
        };
        format!(
            "{}, страна {whose} в публикации не указана",
            count(n, &SPEAKERS)
        )
    });
    let figures = (s.statistics_without_country > 0).then(|| {
        format!(
            "{} без привязки к стране",
            count(s.statistics_without_country, &FIGURES)
        )
    });
    let left_out = match (speakers, figures) {
        // The comma closes the relative clause before "и".
        (Some(speakers), Some(figures)) => Some(format!("{speakers}, и {figures}")),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    };
    if let Some(left_out) = left_out {
        text.push_str(&format!(" Не показаны: {left_out}."));
    }
    text
}
