//! English: the first edition's words, and the report's language.

use super::Words;
use crate::briefing::filter::{Selection, Tally};
use crate::briefing::model::{
    ConclusionKind, Country, CountryBasis, MeasureStatus, Period, Topic, Unreported,
};
use crate::briefing::prose::{capitalise, count_noun, join_words};
use crate::lang::plural::PluralForms;

/// A noun with one form for one and another for the rest.
const fn forms(one: &'static str, other: &'static str) -> PluralForms<'static> {
    PluralForms {
        one,
        few: other,
        many: other,
        other,
    }
}

/// English.
pub const WORDS: Words = Words {
    country: |c| match c {
        Country::Kazakhstan => "Kazakhstan",
        Country::Russia => "Russia",
    },
    country_not_stated: "Country not stated",
    country_basis: |b| match b {
        CountryBasis::Stated => "stated in the report",
        CountryBasis::Implied => "implied by affiliation",
        CountryBasis::NotStated => "not stated in the report",
    },
    topic: |t| match t {
        Topic::FamilyValues => "Family values",
        Topic::DomesticViolence => "Domestic violence",
        Topic::ChildWelfare => "Child welfare",
        Topic::WomensRights => "Women's rights",
        Topic::Demography => "Demography",
        Topic::SocialSupport => "Social support",
        Topic::SocialChange => "Social change",
        Topic::Cooperation => "Cooperation",
    },
    measure_status: |s| match s {
        MeasureStatus::InPlace => "In place",
        MeasureStatus::Adopted => "Adopted",
        MeasureStatus::BeingImplemented => "Being implemented",
    },
    period: |p| match p {
        Period::Currently => "currently",
        Period::LastYear => "last year",
    },
    conclusion_kind: |k| match k {
        ConclusionKind::Conclusion => "Agreed",
        ConclusionKind::Proposal => "Proposed",
    },

    section_agenda: "Running order",
    section_quotes: "In their words",
    section_speakers: "Who said what",
    section_figures: "The numbers",
    section_compare: "Side by side: what each country is doing",
    section_conclusions: "Where they landed",
    section_mentioned: "Also mentioned",

    kicker: "Briefing · Family policy",
    who_took_part: "Who took part",
    occasion: "The occasion",
    source: "Source",
    not_in_report: "Not in the report",
    attendees: |groups, both| {
        let groups = capitalise(&join_words(groups.iter().copied(), "and"));
        if both {
            format!("{groups} from Kazakhstan and Russia")
        } else {
            groups
        }
    },
    report_by: |source| format!("Report by {source}"),
    not_given: |missing| {
        let words = missing.iter().map(|u| match u {
            Unreported::Date => "date",
            Unreported::Venue => "venue",
            Unreported::Organiser => "organiser",
        });
        format!("The report does not give the {}.", join_words(words, "or"))
    },

    filter_by_country: "Filter by country",
    country_label: "Country",
    filter_by_topic: "Filter by topic",
    topic_label: "Topic",
    colour_theme: "Colour theme",
    theme_label: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    all_countries: "All",
    all_topics: "All topics",
    chip_speakers: forms("speaker", "speakers"),
    chip_items: forms("item", "items"),
    clear_filters: "Clear filters",
    announcement,
    figures_without_country: |n| {
        format!(
            "{} tied to no country in the report {} left out under a country filter.",
            count_noun(n, "figure", "figures"),
            if n == 1 { "is" } else { "are" }
        )
    },
    nothing_matches: "Nothing in the report matches this combination of country and topic.",
    show_whole_briefing: "Show the whole briefing",

    quotes_intro: "The only words the report prints in quotation marks, reproduced verbatim.",
    no_quote_matches: "No verbatim quote in the report matches this filter.",
    speakers_intro: "Speakers in the order they took the floor. Their points are summarised in our words; the paragraph mark shows where each comes from.",
    points_made: "Points made, in the briefing's words:",
    quoted_in_quotes_section: "Quoted verbatim in the section In their words.",
    figures_intro: "Every figure in the report, with its qualifier as reported; shares are calculated from the figures cited.",
    no_figure_matches: "The report gives no figure that matches this filter.",
    counted_from_briefing: "Counted from this briefing",
    compare_intro: "Policies, programmes and figures described at the roundtable, by the country they belong to and grouped by their main theme.",
    pick_all_hint: " Pick All to compare both countries.",
    nothing_under_theme: "Nothing reported under this theme.",
    compare_items: forms("item", "items"),

    cited_by: |country, speaker| format!("{country} · cited by {speaker} "),
    share_derived: |share, part, whole| {
        format!("{share} — calculated from the figures cited ({part} ÷ {whole})")
    },
    share_row: "Share under 18 (calculated)",
    show_table: "Show table",
    table_figure: "Figure",
    table_value: "Value",
    table_as_reported: "As reported",
    chart_speakers_title: "Who took the floor",
    chart_measures_title: "Policies described, by country",
    chart_topics_title: "What the points were about",
    chart_country: "Country",
    chart_topic: "Topic",
    chart_speakers: "Speakers",
    chart_measures: "Measures",
    chart_points: "Points",
    chart_speakers_summary: |total, bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(country, n)| match country {
                Some(c) => format!("{n} from {c}"),
                None => format!("{n} with no country stated"),
            })
            .collect();
        format!(
            "{} in all. {}.",
            capitalise(&count_noun(total, "speaker", "speakers")),
            join_words(parts.iter().map(String::as_str), "and")
        )
    },
    chart_measures_summary: |bars| {
        let parts: Vec<String> = bars
            .iter()
            .map(|(c, n)| format!("{} for {c}", count_noun(*n, "measure", "measures")))
            .collect();
        format!(
            "The speakers described {}.",
            join_words(parts.iter().map(String::as_str), "and")
        )
    },
    chart_topics_summary: |leaders, top, shown| {
        if leaders.is_empty() {
            return "No point matches this filter.".to_owned();
        }
        format!(
            "{} come{} up most often: in {top} of {}.",
            join_words(leaders.iter().copied(), "and"),
            if leaders.len() == 1 { "s" } else { "" },
            count_noun(shown, "point", "points")
        )
    },

    status_tag: |status, period| {
        let label = (WORDS.measure_status)(status);
        match period {
            Some(p) => format!("{label} {}", (WORDS.period)(p)),
            None => label.to_owned(),
        }
    },
    runs_until: |year| format!("Runs until {year}"),
    presented_by: |name, country| match country {
        Some(c) => format!("Presented by {name} ({c}) "),
        None => format!("Presented by {name} "),
    },

    carousel_label: "Verbatim quotes",
    choose_quote: "Choose a quote",
    previous: "Previous",
    next: "Next",
    quote_word: " quote",
    slide_label: "Quote {n} of {count}: {name}",
    dot_label: "Quote {n}: {name}",
    stop_rotation: "Stop slide rotation",
    start_rotation: "Start slide rotation",
    our_translation: "Our translation from the English report",

    source_paragraph: "Source: paragraph ",
    paragraph_note: |n, count, source, summary| {
        format!("Paragraph {n} of {count} in the {source} report. {summary}")
    },
    no_paragraph_summary: "No summary of this paragraph is available.",
    source_line: |source, count| format!("Source: report by {source} ({count} paragraphs). "),
    source_explained: "Statements are summaries in the briefing's own words; only text set as a quotation is quoted verbatim. Each item's paragraph mark (¶) shows where in the report it comes from.",
    get_the_data: "Get the data: ",
    download_data: "all data (JSON)",
    download_figures: "figures (CSV)",
    download_measures: "policy measures (CSV)",

    frame_title: "Roundtable briefing: Kazakhstan and Russia on family policy",
    fallback_showing_only: |only| format!("Showing only: {only}."),
    fallback_figure: |label, country, speaker| format!("{label} ({country}, cited by {speaker})"),
    fallback_source: |source| format!("Source: report by {source}. ¶ numbers are its paragraphs."),
    page_title: "Roundtable Briefing: Kazakhstan and Russia on family policy",
    page_description: "An interactive briefing on the Kazakhstan–Russia roundtable on family policy, as reported by DKnews.kz.",
    social_title: "Kazakhstan and Russia on family policy: a roundtable briefing",
    social_description: "Who spoke, what they proposed and the figures they cited, as reported by DKnews.kz.",
    social_image_alt: "Kazakhstan and Russia on family policy: a roundtable briefing based on the DKnews.kz report",
    briefing_landmark: "Roundtable briefing",
    embed_link: "Embed this briefing on your site",
    language_switch: "Language",
    failure_note: "The interactive features of this briefing are unavailable; the whole briefing is shown below.",
};

/// "Showing 5 of 10 speakers, 11 of 19 points, 1 of 2 quotes, 5 of 5
/// figures and 8 of 12 measures. Left out: 1 speaker whose country the
/// report does not state."
fn announcement(s: &Selection) -> String {
    if s.is_empty() {
        return "Nothing matches these filters. Clear them to see the whole briefing.".into();
    }
    let parts: [(Tally, &str, &str); 5] = [
        (s.speakers, "speaker", "speakers"),
        (s.statements, "point", "points"),
        (s.quotes, "quote", "quotes"),
        (s.statistics, "figure", "figures"),
        (s.measures, "measure", "measures"),
    ];
    let all = parts.iter().all(|(t, _, _)| t.shown == t.total);
    let phrases: Vec<String> = parts
        .iter()
        .map(|(t, one, many)| {
            if all {
                count_noun(t.total, one, many)
            } else {
                format!("{} of {}", t.shown, count_noun(t.total, one, many))
            }
        })
        .collect();
    let mut text = format!(
        "Showing {}{}.",
        if all { "all: " } else { "" },
        join_words(phrases.iter().map(String::as_str), "and")
    );
    let mut left_out = Vec::new();
    if s.speakers_without_country > 0 {
        left_out.push(format!(
            "{} whose country the report does not state",
            count_noun(s.speakers_without_country, "speaker", "speakers")
        ));
    }
    if s.statistics_without_country > 0 {
        left_out.push(format!(
            "{} tied to no country",
            count_noun(s.statistics_without_country, "figure", "figures")
        ));
    }
    if !left_out.is_empty() {
        text.push_str(&format!(
            " Left out: {}.",
            join_words(left_out.iter().map(String::as_str), "and")
        ));
    }
    text
}
