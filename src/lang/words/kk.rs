//! Kazakh (Cyrillic): the briefing's words in literary Kazakh. A noun stays
//! singular after a numeral ("10 спикер"); a numeral that takes a case
//! suffix gets it from [`kazakh::suffix`], by the numeral as read aloud and
//! after a hyphen ("10-нан 5").

use super::Words;
use crate::briefing::filter::{Selection, Tally};
use crate::briefing::model::{
    ConclusionKind, Country, CountryBasis, MeasureStatus, Period, Topic, Unreported,
};
use crate::briefing::prose::{capitalise, join_words};
use crate::lang::kazakh::{self, Case};
use crate::lang::plural::PluralForms;
use crate::lang::Lang;

/// A noun after a numeral: Kazakh keeps it singular in every category.
const fn singular(word: &'static str) -> PluralForms<'static> {
    PluralForms {
        one: word,
        few: word,
        many: word,
        other: word,
    }
}

/// Kazakh (Cyrillic).
pub const WORDS: Words = Words {
    country: |c| match c {
        Country::Kazakhstan => "Қазақстан",
        Country::Russia => "Ресей",
    },
    country_not_stated: "Елі көрсетілмеген",
    country_basis: |b| match b {
        CountryBasis::Stated => "мақалада көрсетілген",
        CountryBasis::Implied => "жұмыс орнынан белгілі",
        CountryBasis::NotStated => "мақалада көрсетілмеген",
    },
    topic: |t| match t {
        Topic::FamilyValues => "Отбасылық құндылықтар",
        Topic::DomesticViolence => "Тұрмыстық зорлық-зомбылық",
        Topic::ChildWelfare => "Балаларды қорғау",
        Topic::WomensRights => "Әйелдер құқықтары",
        Topic::Demography => "Демография",
        Topic::SocialSupport => "Әлеуметтік қолдау",
        Topic::SocialChange => "Қоғамдағы өзгерістер",
        Topic::Cooperation => "Ынтымақтастық",
    },
    measure_status: |s| match s {
        MeasureStatus::InPlace => "Қолданыста",
        MeasureStatus::Adopted => "Қабылданған",
        MeasureStatus::BeingImplemented => "Іске асырылуда",
    },
    period: |p| match p {
        Period::Currently => "қазіргі уақытта",
        Period::LastYear => "өткен жылы",
    },
    conclusion_kind: |k| match k {
        ConclusionKind::Conclusion => "Ортақ тұжырым",
        ConclusionKind::Proposal => "Ұсыныс",
    },

    section_agenda: "Сөз сөйлеу реті",
    section_quotes: "Дәйексөздер",
    section_speakers: "Кім не айтты",
    section_figures: "Сандар",
    section_compare: "Салыстыру: әр ел не істеп жатыр",
    section_conclusions: "Қорытынды",
    section_mentioned: "Сондай-ақ аты аталғандар",

    kicker: "Брифинг · Отбасы саясаты",
    who_took_part: "Қатысушылар",
    occasion: "Іс-шара",
    source: "Дереккөз",
    not_in_report: "Мақалада жоқ",
    attendees: |groups, both| {
        let groups = join_words(groups.iter().copied(), "және");
        if both {
            format!("Қазақстан мен Ресейден келген {groups}")
        } else {
            capitalise(&groups)
        }
    },
    report_by: |source| format!("{source} мақаласы"),
    not_given: |missing| {
        let words = missing.iter().map(|u| match u {
            Unreported::Date => "күні",
            Unreported::Venue => "өткен орны",
            Unreported::Organiser => "ұйымдастырушысы",
        });
        format!(
            "Мақалада іс-шараның {} көрсетілмеген.",
            join_words(words, "және")
        )
    },

    filter_by_country: "Ел бойынша сүзу",
    country_label: "Ел",
    filter_by_topic: "Тақырып бойынша сүзу",
    topic_label: "Тақырып",
    colour_theme: "Түс схемасы",
    theme_label: "Безендіру",
    theme_auto: "Авто",
    theme_light: "Ашық",
    theme_dark: "Қараңғы",
    all_countries: "Барлығы",
    all_topics: "Барлық тақырып",
    chip_speakers: singular("спикер"),
    chip_items: singular("тармақ"),
    clear_filters: "Сүзгілерді тазарту",
    announcement,
    figures_without_country: |n| {
        format!(
            "Мақалада ешбір елге жатқызылмаған {} көрсеткіш ел таңдалғанда көрсетілмейді.",
            integer(n)
        )
    },
    nothing_matches: "Мақалада осы ел мен тақырыпқа сәйкес келетін ештеңе жоқ.",
    show_whole_briefing: "Брифингті толық көрсету",

    quotes_intro: "Мақалада тырнақшаға алынған сөздер тек осылар; олар сөзбе-сөз келтірілді.",
    no_quote_matches: "Мақаладағы сөзбе-сөз дәйексөздердің ешқайсысы бұл сүзгіге сәйкес келмейді.",
    speakers_intro: "Спикерлер сөз сөйлеу ретімен берілген. Олардың тезистері біздің сөзімізбен қысқаша баяндалды; абзац белгісі әрқайсысының қайдан алынғанын көрсетеді.",
    points_made: "Брифингтің баяндауындағы тезистер:",
    quoted_in_quotes_section: "«Дәйексөздер» бөлімінде сөзбе-сөз келтірілген.",
    figures_intro: "Мақалада келтірілген барлық сандар түпнұсқадағы нақтылауымен берілді; үлестер осы сандар бойынша есептелді.",
    no_figure_matches: "Мақалада бұл сүзгіге сәйкес келетін сан жоқ.",
    counted_from_briefing: "Осы брифинг бойынша есептелді",
    compare_intro: "Дөңгелек үстелде сөз болған шаралар, бағдарламалар мен сандар қай елге қатысты екеніне және негізгі тақырыбына қарай топтастырылды.",
    pick_all_hint: " Екі елді салыстыру үшін «Барлығы» түймесін таңдаңыз.",
    nothing_under_theme: "Бұл тақырып бойынша мақалада ештеңе айтылмаған.",
    compare_items: singular("тармақ"),

    cited_by: |country, speaker| format!("{country} · {speaker} келтірген "),
    share_derived: |share, part, whole| {
        format!("{share} — келтірілген сандар бойынша есептелді ({part} ÷ {whole})")
    },
    share_row: "18 жасқа толмағандар үлесі (есептелген)",
    show_table: "Кестені көрсету",
    table_figure: "Көрсеткіш",
    table_value: "Мәні",
    table_as_reported: "Мақаладағыдай",
    chart_speakers_title: "Кім сөз алды",
    chart_measures_title: "Елдер бойынша аталған шаралар",
    chart_topics_title: "Тезистердің тақырыптары",
    chart_country: "Ел",
    chart_topic: "Тақырып",
    chart_speakers: "Спикерлер",
    chart_measures: "Шаралар",
    chart_points: "Тезистер",
    chart_speakers_summary: |total, bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(country, n)| match country {
                Some(c) => format!("{c} — {}", integer(*n)),
                None => format!("елі көрсетілмеген — {}", integer(*n)),
            })
            .collect();
        format!("Барлығы {} спикер. {}.", integer(total), parts.join(", "))
    },
    chart_measures_summary: |bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(c, n)| format!("{c} — {}", integer(*n)))
            .collect();
        format!("Спикерлер айтқан шаралар: {}.", parts.join(", "))
    },
    chart_topics_summary: |leaders, top, shown| {
        if leaders.is_empty() {
            return "Бұл сүзгіге сәйкес келетін тезис жоқ.".to_owned();
        }
        let quoted: Vec<String> = leaders.iter().map(|l| format!("«{l}»")).collect();
        let (topics, each) = if leaders.len() == 1 {
            ("тақырып", "")
        } else {
            ("тақырыптар", "әрқайсысы ")
        };
        format!(
            "Ең жиі кездесетін {topics} — {}: {each}{} тезисте, барлығы {} тезис.",
            join_words(quoted.iter().map(String::as_str), "және"),
            integer(top),
            integer(shown)
        )
    },

    status_tag: |status, period| {
        let label = (WORDS.measure_status)(status);
        // The time comes first: "Өткен жылы қабылданған".
        match period {
            Some(p) => format!(
                "{} {}",
                capitalise((WORDS.period)(p)),
                label.to_lowercase()
            ),
            None => label.to_owned(),
        }
    },
    runs_until: |year| format!("Мерзімі: {year} жылға дейін"),
    presented_by: |name, country| match country {
        Some(c) => format!("Спикер: {name} ({c}) "),
        None => format!("Спикер: {name} "),
    },

    carousel_label: "Сөзбе-сөз дәйексөздер",
    choose_quote: "Дәйексөзді таңдаңыз",
    previous: "Алдыңғы",
    next: "Келесі",
    quote_word: " дәйексөз",
    slide_label: "Дәйексөз {n}/{count}: {name}",
    dot_label: "Дәйексөз {n}: {name}",
    stop_rotation: "Слайдтардың автоматты ауысуын тоқтату",
    start_rotation: "Слайдтардың автоматты ауысуын қосу",
    our_translation: "Ағылшын тіліндегі мақаладан біздің аудармамыз",

    source_paragraph: "Дереккөз: абзац ",
    paragraph_note: |n, count, source, summary| {
        format!("{source} мақаласының {n}-абзацы (барлығы {count} абзац). {summary}")
    },
    no_paragraph_summary: "Бұл абзацтың қысқаша мазмұны жоқ.",
    source_line: |source, paragraphs| {
        format!("Дереккөз: {source} мақаласы ({paragraphs} абзац). ")
    },
    source_explained: "Айтылған пікірлер брифингтің өз сөзімен баяндалды; тек дәйексөз ретінде берілген мәтін ғана сөзбе-сөз келтірілді. Әр тармақтағы абзац белгісі (¶) оның мақаланың қай жерінен алынғанын көрсетеді.",
    get_the_data: "Деректерді жүктеу: ",
    download_data: "барлық деректер (JSON)",
    download_figures: "көрсеткіштер (CSV)",
    download_measures: "шаралар (CSV)",

    frame_title: "Дөңгелек үстел брифингі: Қазақстан мен Ресей отбасы саясаты туралы",
    fallback_showing_only: |only| format!("Тек мыналар көрсетілген: {only}."),
    fallback_figure: |label, country, speaker| format!("{label} ({country}, келтірген: {speaker})"),
    fallback_source: |source| format!("Дереккөз: {source} мақаласы. ¶ — оның абзац нөмірлері."),
    page_title: "Дөңгелек үстел брифингі: Қазақстан мен Ресей отбасы саясаты туралы",
    page_description: "DKnews.kz мақаласы бойынша Қазақстан мен Ресейдің отбасы саясаты жөніндегі дөңгелек үстелі туралы интерактивті брифинг.",
    social_title: "Дөңгелек үстел брифингі: Қазақстан мен Ресей отбасы саясаты туралы",
    social_description: "Кім сөз алды, не ұсынды және қандай сандар келтірді — DKnews.kz мақаласы бойынша.",
    social_image_alt: "Қазақстан мен Ресей отбасы саясаты туралы: DKnews.kz мақаласы негізіндегі дөңгелек үстел брифингі",
    briefing_landmark: "Дөңгелек үстел брифингі",
    embed_link: "Брифингті өз сайтыңызға орнату",
    language_switch: "Тіл",
    failure_note: "Брифингтің интерактивті мүмкіндіктері қолжетімсіз; төменде брифинг толық көрсетілген.",
};

/// A whole number as Kazakh writes it: "999", "4 000" (no-break space).
fn integer(n: usize) -> String {
    Lang::Kk.integer(n as u64)
}

/// "5 of 10" with the total first, in the ablative: "10-нан 5", "19-дан
/// 11", "2-ден 1" (the suffix after a hyphen, chosen by the total's last
/// word read aloud).
fn of_total(t: Tally) -> String {
    let suffix = kazakh::suffix(kazakh::last_word(t.total as u64), Case::Ablative);
    format!("{}-{suffix} {}", integer(t.total), integer(t.shown))
}

/// "Көрсетілгені: спикерлер — 10-нан 5, тезистер — 19-дан 11, дәйексөздер
/// — 2-ден 1, көрсеткіштер — 5-тен 5, шаралар — 12-ден 8. Көрсетілмегені:
/// елі мақалада көрсетілмеген 1 спикер." When everything is shown: "Бәрі
/// көрсетілген: 10 спикер, 19 тезис, 2 дәйексөз, 5 көрсеткіш және 12
/// шара."
fn announcement(s: &Selection) -> String {
    if s.is_empty() {
        return "Бұл сүзгілерге сәйкес келетін ештеңе жоқ. Брифингті толық көру үшін сүзгілерді тазартыңыз."
            .into();
    }
    let parts: [(Tally, &str, &str); 5] = [
        (s.speakers, "спикер", "спикерлер"),
        (s.statements, "тезис", "тезистер"),
        (s.quotes, "дәйексөз", "дәйексөздер"),
        (s.statistics, "көрсеткіш", "көрсеткіштер"),
        (s.measures, "шара", "шаралар"),
    ];
    let all = parts.iter().all(|(t, _, _)| t.shown == t.total);
    let mut text = if all {
        let phrases: Vec<String> = parts
            .iter()
            .map(|(t, noun, _)| format!("{} {noun}", integer(t.total)))
            .collect();
        format!(
            "Бәрі көрсетілген: {}.",
            join_words(phrases.iter().map(String::as_str), "және")
        )
    } else {
        let phrases: Vec<String> = parts
            .iter()
            .map(|(t, _, kind)| format!("{kind} — {}", of_total(*t)))
            .collect();
        format!("Көрсетілгені: {}.", phrases.join(", "))
    };
    let mut left_out = Vec::new();
    if s.speakers_without_country > 0 {
        left_out.push(format!(
            "елі мақалада көрсетілмеген {} спикер",
            integer(s.speakers_without_country)
        ));
    }
    if s.statistics_without_country > 0 {
        left_out.push(format!(
            "ешбір елге жатқызылмаған {} көрсеткіш",
            integer(s.statistics_without_country)
        ));
    }
    if !left_out.is_empty() {
        text.push_str(&format!(
            " Көрсетілмегені: {}.",
            join_words(left_out.iter().map(String::as_str), "және")
        ));
    }
    text
}
