//! The briefing's words in each language: one table per language
//! ([`en`], [`ru`], [`kk`]), each a [`Words`] value.
//!
//! A table is a struct literal, so the compiler checks it: a field left
//! out of one language stops the build with "missing field `<key>` in
//! initializer of `Words`", pointing at that language's file
//! (`tests/words_build.rs` proves it by compiling a table with one key
//! removed). Words whose form depends on a number or a case are not
//! strings but functions each language writes its own way (the status
//! sentence, the chart summaries), and a name from a closed set (a topic,
//! a country) is a function with an exhaustive `match`, so a new variant
//! without its word in every language does not compile either.
//!
//! The data's own texts (summaries, roles, headlines) are not here: they
//! are translated in the data files (`data/roundtable.<lang>.json`,
//! [`crate::briefing::translation`]). Numbers and plural categories come
//! from [`crate::lang::number`] and [`crate::lang::plural`].
//!
//! This module may refer only to `crate::briefing` and `crate::lang`:
//! `build.rs` compiles both as its own modules.

pub mod en;
pub mod kk;
pub mod ru;

use super::plural::PluralForms;
use super::Lang;
use crate::briefing::filter::Selection;
use crate::briefing::model::{
    ConclusionKind, Country, CountryBasis, MeasureStatus, Period, Topic, Unreported,
};

/// A chart bar in a sentence: the country's name (`None`: no country
/// stated) and its count.
pub type CountryCount<'a> = (Option<&'a str>, usize);

/// One language's words. Every field is a key; every language fills all.
pub struct Words {
    // --- Names from closed sets -------------------------------------------
    /// A country's name: "Kazakhstan".
    pub country: fn(Country) -> &'static str,
    /// Where the report ties an item to no country: "Country not stated".
    pub country_not_stated: &'static str,
    /// How a speaker's country is known: "implied by affiliation".
    pub country_basis: fn(CountryBasis) -> &'static str,
    /// A topic's label: "Domestic violence".
    pub topic: fn(Topic) -> &'static str,
    /// A measure's status: "In place".
    pub measure_status: fn(MeasureStatus) -> &'static str,
    /// A time reference as the report uses it: "last year".
    pub period: fn(Period) -> &'static str,
    /// A closing item's kind: "Agreed", "Proposed".
    pub conclusion_kind: fn(ConclusionKind) -> &'static str,

    // --- Section headings (`Section::label`) ------------------------------
    /// The running order's heading.
    pub section_agenda: &'static str,
    /// The quotes' heading.
    pub section_quotes: &'static str,
    /// The speakers' heading.
    pub section_speakers: &'static str,
    /// The figures' heading.
    pub section_figures: &'static str,
    /// The comparison's heading.
    pub section_compare: &'static str,
    /// The conclusions' heading.
    pub section_conclusions: &'static str,
    /// The people mentioned's heading.
    pub section_mentioned: &'static str,

    // --- Header -----------------------------------------------------------
    /// The line above the headline.
    pub kicker: &'static str,
    /// The label of who attended.
    pub who_took_part: &'static str,
    /// The label of the "first joint event" claim.
    pub occasion: &'static str,
    /// The label of the source.
    pub source: &'static str,
    /// The label of what the report leaves out.
    pub not_in_report: &'static str,
    /// Who attended: the data's groups (in this language), and whether the
    /// report says they came from both countries.
    pub attendees: fn(groups: &[&str], from_both_countries: bool) -> String,
    /// "Report by DKnews.kz".
    pub report_by: fn(source: &str) -> String,
    /// "The report does not give the date, venue or organiser."
    pub not_given: fn(missing: &[Unreported]) -> String,

    // --- Controls and status ----------------------------------------------
    /// The country group's accessible name.
    pub filter_by_country: &'static str,
    /// The country group's visible label.
    pub country_label: &'static str,
    /// The topic group's accessible name.
    pub filter_by_topic: &'static str,
    /// The topic group's visible label.
    pub topic_label: &'static str,
    /// The theme group's accessible name.
    pub colour_theme: &'static str,
    /// The theme group's visible label.
    pub theme_label: &'static str,
    /// The automatic theme's button.
    pub theme_auto: &'static str,
    /// The light theme's button.
    pub theme_light: &'static str,
    /// The dark theme's button.
    pub theme_dark: &'static str,
    /// The country filter's "everything" button.
    pub all_countries: &'static str,
    /// The topic filter's "everything" button.
    pub all_topics: &'static str,
    /// A country button's count, for screen readers: "10 speakers".
    pub chip_speakers: PluralForms<'static>,
    /// A topic button's count, for screen readers: "7 items".
    pub chip_items: PluralForms<'static>,
    /// The button back to everything.
    pub clear_filters: &'static str,
    /// The sentence the status region announces for a filter.
    pub announcement: fn(&Selection) -> String,
    /// The figures section's note on figures a country filter leaves out
    /// for having no country (`n` > 0).
    pub figures_without_country: fn(n: usize) -> String,
    /// The empty state's text.
    pub nothing_matches: &'static str,
    /// The empty state's button.
    pub show_whole_briefing: &'static str,

    // --- Sections ---------------------------------------------------------
    /// The quotes section's introduction.
    pub quotes_intro: &'static str,
    /// The quotes section's note when no quote fits.
    pub no_quote_matches: &'static str,
    /// The speakers section's introduction.
    pub speakers_intro: &'static str,
    /// Before a speaker's points, for screen readers.
    pub points_made: &'static str,
    /// Under a speaker who is quoted verbatim.
    pub quoted_in_quotes_section: &'static str,
    /// The figures section's introduction.
    pub figures_intro: &'static str,
    /// The figures section's note when no figure fits.
    pub no_figure_matches: &'static str,
    /// The heading of the charts counted from the briefing.
    pub counted_from_briefing: &'static str,
    /// The comparison's introduction.
    pub compare_intro: &'static str,
    /// The comparison's hint under a country filter.
    pub pick_all_hint: &'static str,
    /// A comparison column with nothing in it.
    pub nothing_under_theme: &'static str,
    /// A comparison column's count: "3 items".
    pub compare_items: PluralForms<'static>,

    // --- Figures, charts and tables ---------------------------------------
    /// A figure's line under its value: "Kazakhstan · cited by Artur Lastayev".
    pub cited_by: fn(country: &str, speaker: &str) -> String,
    /// The share's derivation: "≈35% — calculated from the figures cited
    /// (7 million ÷ 20 million)".
    pub share_derived: fn(share: &str, part: &str, whole: &str) -> String,
    /// The share's table row.
    pub share_row: &'static str,
    /// A table's disclosure.
    pub show_table: &'static str,
    /// A figure table's first column.
    pub table_figure: &'static str,
    /// The share table's second column.
    pub table_value: &'static str,
    /// A figure card table's second column.
    pub table_as_reported: &'static str,
    /// The speakers chart's title.
    pub chart_speakers_title: &'static str,
    /// The measures chart's title.
    pub chart_measures_title: &'static str,
    /// The topics chart's title.
    pub chart_topics_title: &'static str,
    /// The country column of the country charts' tables.
    pub chart_country: &'static str,
    /// The topic column of the topics chart's table.
    pub chart_topic: &'static str,
    /// The value column of the speakers chart's table.
    pub chart_speakers: &'static str,
    /// The value column of the measures chart's table.
    pub chart_measures: &'static str,
    /// The value column of the topics chart's table.
    pub chart_points: &'static str,
    /// The speakers chart's sentence: (country name or `None` for no
    /// country, speakers) per bar with speakers, in bar order.
    pub chart_speakers_summary: fn(total: usize, bars: &[CountryCount<'_>]) -> String,
    /// The measures chart's sentence: (country, measures) per country.
    pub chart_measures_summary: fn(bars: &[(&str, usize)]) -> String,
    /// The topics chart's sentence: the leading topics, their count, and
    /// the points shown (`leaders` empty: no point fits).
    pub chart_topics_summary: fn(leaders: &[&str], top: usize, shown: usize) -> String,

    // --- Measures ---------------------------------------------------------
    /// A measure's status tag, with the report's time reference if any.
    pub status_tag: fn(status: MeasureStatus, period: Option<Period>) -> String,
    /// A measure's horizon tag: "Runs until 2030".
    pub runs_until: fn(year: u16) -> String,
    /// Who presented a measure, with their country when it is not the
    /// measure's: "Presented by Taras Fedotov (Russia)".
    pub presented_by: fn(name: &str, country: Option<&str>) -> String,

    // --- Quotes and carousel ----------------------------------------------
    /// The carousel's accessible name.
    pub carousel_label: &'static str,
    /// The slide picker's accessible name.
    pub choose_quote: &'static str,
    /// The previous button's visible word.
    pub previous: &'static str,
    /// The next button's visible word.
    pub next: &'static str,
    /// What the previous and next buttons move, for screen readers.
    pub quote_word: &'static str,
    /// A slide's name, `{n}` its place, `{count}` the slides, `{name}` the
    /// speaker (filled in by the client as the filter changes).
    pub slide_label: &'static str,
    /// A picker button's name, `{n}` and `{name}` as in `slide_label`.
    pub dot_label: &'static str,
    /// The rotation button while the slides rotate (the page carries it
    /// for the client as `data-rb-stop`).
    pub stop_rotation: &'static str,
    /// The rotation button while they do not (its pre-rendered text).
    pub start_rotation: &'static str,
    /// The label over a quote's translation in an edition that is not in
    /// the report's language: ours, never the quotation.
    pub our_translation: &'static str,

    // --- Provenance and source --------------------------------------------
    /// Before a paragraph mark, for screen readers.
    pub source_paragraph: &'static str,
    /// A paragraph note: (n, paragraphs, source, our summary).
    pub paragraph_note: fn(n: u8, count: u8, source: &str, summary: &str) -> String,
    /// Where the data has no summary of a paragraph.
    pub no_paragraph_summary: &'static str,
    /// The source note's first sentence.
    pub source_line: fn(source: &str, paragraphs: u8) -> String,
    /// The source note's explanation of summaries, quotes and ¶ marks.
    pub source_explained: &'static str,
    /// Before the download links.
    pub get_the_data: &'static str,
    /// The JSON download's link.
    pub download_data: &'static str,
    /// The figures CSV's link.
    pub download_figures: &'static str,
    /// The measures CSV's link.
    pub download_measures: &'static str,

    // --- Embed codes ------------------------------------------------------
    /// The iframe's title in the embed code.
    pub frame_title: &'static str,
    /// The fallback article's note on a filter: "Showing only: Kazakhstan."
    pub fallback_showing_only: fn(only: &str) -> String,
    /// A figure's line in the fallback article: (label, country, speaker).
    pub fallback_figure: fn(label: &str, country: &str, speaker: &str) -> String,
    /// The fallback article's closing source line.
    pub fallback_source: fn(source: &str) -> String,

    // --- Page -------------------------------------------------------------
    /// The page's `<title>`.
    pub page_title: &'static str,
    /// The page's meta description.
    pub page_description: &'static str,
    /// The social card's title.
    pub social_title: &'static str,
    /// The social card's description.
    pub social_description: &'static str,
    /// The social image's alternative text.
    pub social_image_alt: &'static str,
    /// The landmark's name in the frame page.
    pub briefing_landmark: &'static str,
    /// The standalone page's link to the embed builder.
    pub embed_link: &'static str,
    /// The language switch's accessible name.
    pub language_switch: &'static str,
    /// The note shown when the interactive part could not start or
    /// stopped (the page's start script, `embed.js` and the client's panic
    /// fallback read it from the briefing's `data-rb-failure-note`).
    pub failure_note: &'static str,
}

impl Words {
    /// Every plain string of the table (not the functions, nor the plural
    /// forms), for checks such as "no English string on the Russian
    /// edition". The pattern names every field, so a new key is a compile
    /// error here until it is listed.
    pub fn texts(&self) -> Vec<&'static str> {
        let Words {
            country_not_stated,
            section_agenda,
            section_quotes,
            section_speakers,
            section_figures,
            section_compare,
            section_conclusions,
            section_mentioned,
            kicker,
            who_took_part,
            occasion,
            source,
            not_in_report,
            filter_by_country,
            country_label,
            filter_by_topic,
            topic_label,
            colour_theme,
            theme_label,
            theme_auto,
            theme_light,
            theme_dark,
            all_countries,
            all_topics,
            clear_filters,
            nothing_matches,
            show_whole_briefing,
            quotes_intro,
            no_quote_matches,
            speakers_intro,
            points_made,
            quoted_in_quotes_section,
            figures_intro,
            no_figure_matches,
            counted_from_briefing,
            compare_intro,
            pick_all_hint,
            nothing_under_theme,
            share_row,
            show_table,
            table_figure,
            table_value,
            table_as_reported,
            chart_speakers_title,
            chart_measures_title,
            chart_topics_title,
            chart_country,
            chart_topic,
            chart_speakers,
            chart_measures,
            chart_points,
            carousel_label,
            choose_quote,
            previous,
            next,
            quote_word,
            slide_label,
            dot_label,
            stop_rotation,
            start_rotation,
            our_translation,
            source_paragraph,
            no_paragraph_summary,
            source_explained,
            get_the_data,
            download_data,
            download_figures,
            download_measures,
            page_title,
            page_description,
            social_title,
            social_description,
            social_image_alt,
            briefing_landmark,
            embed_link,
            language_switch,
            failure_note,
            frame_title,
            fallback_showing_only: _,
            fallback_figure: _,
            fallback_source: _,
            country: _,
            country_basis: _,
            topic: _,
            measure_status: _,
            period: _,
            conclusion_kind: _,
            attendees: _,
            report_by: _,
            not_given: _,
            chip_speakers: _,
            chip_items: _,
            announcement: _,
            figures_without_country: _,
            compare_items: _,
            cited_by: _,
            share_derived: _,
            chart_speakers_summary: _,
            chart_measures_summary: _,
            chart_topics_summary: _,
            status_tag: _,
            runs_until: _,
            presented_by: _,
            paragraph_note: _,
            source_line: _,
        } = self;
        vec![
            *country_not_stated,
            *section_agenda,
            *section_quotes,
            *section_speakers,
            *section_figures,
            *section_compare,
            *section_conclusions,
            *section_mentioned,
            *kicker,
            *who_took_part,
            *occasion,
            *source,
            *not_in_report,
            *filter_by_country,
            *country_label,
            *filter_by_topic,
            *topic_label,
            *colour_theme,
            *theme_label,
            *theme_auto,
            *theme_light,
            *theme_dark,
            *all_countries,
            *all_topics,
            *clear_filters,
            *nothing_matches,
            *show_whole_briefing,
            *quotes_intro,
            *no_quote_matches,
            *speakers_intro,
            *points_made,
            *quoted_in_quotes_section,
            *figures_intro,
            *no_figure_matches,
            *counted_from_briefing,
            *compare_intro,
            *pick_all_hint,
            *nothing_under_theme,
            *share_row,
            *show_table,
            *table_figure,
            *table_value,
            *table_as_reported,
            *chart_speakers_title,
            *chart_measures_title,
            *chart_topics_title,
            *chart_country,
            *chart_topic,
            *chart_speakers,
            *chart_measures,
            *chart_points,
            *carousel_label,
            *choose_quote,
            *previous,
            *next,
            *quote_word,
            *slide_label,
            *dot_label,
            *stop_rotation,
            *start_rotation,
            *our_translation,
            *source_paragraph,
            *no_paragraph_summary,
            *source_explained,
            *get_the_data,
            *download_data,
            *download_figures,
            *download_measures,
            *page_title,
            *page_description,
            *social_title,
            *social_description,
            *social_image_alt,
            *briefing_landmark,
            *embed_link,
            *language_switch,
            *failure_note,
            *frame_title,
        ]
    }
    /// A country's name, or this language's "Country not stated" where the
    /// report ties an item to no country: one wording in every badge,
    /// caption, chart and table of an edition.
    pub fn country_or_not_stated(&self, country: Option<Country>) -> &'static str {
        country.map_or(self.country_not_stated, self.country)
    }
}

impl Lang {
    /// This language's table.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::Ru => &ru::WORDS,
            Lang::Kk => &kk::WORDS,
        }
    }
}

/// Fills a template's `{name}` placeholders: `fill("Quote {n}", &[("n",
/// "2")])` → `"Quote 2"`; a placeholder with no value stays as written.
/// The reader's client fills the templates the page carries with it too,
/// so it only splits at single characters: a substring search, or a
/// checked slice (whose panic message formats with Unicode tables), would
/// add kilobytes to the client's wasm.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((key, tail)) = after.split_once('}') else {
            out.push('{');
            out.push_str(after);
            return out;
        };
        match values.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(key);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}
