//! The views rendered natively to HTML: what a reader gets, checked through
//! stable hooks (`data-testid`, element names), not whole-page snapshots.
#![cfg(not(target_arch = "wasm32"))]

use leptos::prelude::*;
use roundtable_briefing::briefing::load::parse;
use roundtable_briefing::briefing::Roundtable;
use roundtable_briefing::components::Briefing;
use roundtable_briefing::data::ROUNDTABLE;
use roundtable_briefing::lang::Lang;
use roundtable_briefing::site::render::render_html;
use roundtable_briefing::state::BriefingOptions;

fn html() -> String {
    render_html(&ROUNDTABLE)
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The HTML after each occurrence of `marker` (up to the next one).
fn segments<'a>(html: &'a str, marker: &str) -> Vec<&'a str> {
    html.split(marker).skip(1).collect()
}

/// The speaker card (not the running-order entry) of one speaker.
fn speaker_card<'a>(html: &'a str, id: &str) -> &'a str {
    segments(html, r#"data-testid="speaker""#)
        .into_iter()
        .find(|card| card.contains(&format!(r#"data-speaker="{id}""#)))
        .and_then(|card| card.split("</ol>").next())
        .unwrap_or_else(|| panic!("no speaker card for {id}"))
}

/// Heading levels in document order.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(i, _)| html.as_bytes().get(i + 2).copied())
        .filter(|b| (b'1'..=b'6').contains(b))
        .map(|b| b - b'0')
        .collect()
}

#[test]
fn every_speaker_is_rendered_in_speaking_order() {
    let html = html();
    assert_eq!(count(&html, r#"data-testid="speaker""#), 10);
    let mut last = 0;
    for s in ROUNDTABLE.speakers.iter() {
        let at = html
            .find(&format!(r#"data-speaker="{}""#, s.id.0))
            .unwrap_or_else(|| panic!("{} missing", s.name));
        assert!(at > last, "{} out of order", s.name);
        last = at;
        assert!(html.contains(&*s.name));
        assert!(html.contains(&*html_escape(&s.role)), "role of {}", s.name);
    }
}

#[test]
fn both_quotes_are_blockquotes_in_figures_and_nothing_else_is() {
    let html = html();
    assert_eq!(count(&html, "<blockquote"), 2);
    assert_eq!(count(&html, "<figure"), 2);
    for q in ROUNDTABLE.quotes.iter() {
        let escaped = html_escape(&q.text);
        let quote_html = segments(&html, &format!(r#"data-quote="{}""#, q.id.0))[0];
        let block = quote_html.split("</blockquote>").next().unwrap();
        assert!(
            block.contains(&escaped),
            "quote {} not in its blockquote",
            q.id.0
        );
        let caption = quote_html.split("<figcaption").nth(1).unwrap();
        let speaker = ROUNDTABLE.speaker(&q.speaker).unwrap();
        assert!(
            caption.contains(&*speaker.name),
            "caption names the speaker"
        );
        assert!(caption.contains(&format!(r#"data-paragraph="{}""#, q.paragraph.number())));
    }
    // Statements are summaries: never inside a blockquote.
    for st in ROUNDTABLE.statements.iter() {
        let escaped = html_escape(&st.text);
        let at = html.find(&escaped).expect("statement rendered");
        let before = &html[..at];
        assert!(
            before.matches("<blockquote").count() == before.matches("</blockquote>").count(),
            "statement {} rendered inside a blockquote",
            st.id.0
        );
    }
}

#[test]
fn figures_keep_their_qualifiers() {
    let html = html();
    let texts = |marker: &str| -> Vec<String> {
        segments(&html, marker)
            .into_iter()
            .map(|s| {
                s.split_once('>')
                    .unwrap()
                    .1
                    .split('<')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    // The settled figure (what assistive technology reads and what shows once
    // any count-up ends), in widget order: the share pair first.
    let values = texts(r#"data-testid="figure-final""#);
    assert_eq!(
        values,
        [
            "20 million",
            "7 million",
            "32",
            "over 50",
            "more than 4,000"
        ]
    );
    // Rendered without a browser, the moving digits already show the final figure.
    assert_eq!(texts(r#"data-testid="figure-shown""#), values);
    assert!(html.contains("≈35% — calculated from the figures cited (7 million ÷ 20 million)"));
    assert!(html.contains("last year"));
}

#[test]
fn measures_are_compared_by_country_and_theme() {
    let html = html();
    assert_eq!(count(&html, r#"data-testid="measure""#), 12);
    let columns = segments(&html, r#"data-testid="compare-column""#);
    let mut per_country = [0, 0];
    for col in &columns {
        let col = col.split(r#"data-testid="compare-column""#).next().unwrap();
        let measures = count(col, r#"data-testid="measure""#);
        if col.contains(r#"data-rb-country="kz""#) {
            per_country[0] += measures;
        } else {
            assert!(col.contains(r#"data-rb-country="ru""#));
            per_country[1] += measures;
        }
    }
    assert_eq!(per_country, [8, 4]);
    let rows = count(&html, r#"data-testid="compare-row""#);
    assert_eq!(rows, ROUNDTABLE.comparison().len());
    assert_eq!(columns.len(), rows * 2);
    assert!(html.contains("Runs until 2030"));
}

#[test]
fn every_item_shows_its_paragraph() {
    let html = html();
    let refs = count(&html, r#"data-testid="source-ref""#);
    let d = &ROUNDTABLE;
    let items = d.statements.len()
        + d.quotes.len()
        + d.statistics.len()
        + d.measures.len()
        + d.event.conclusions.len()
        + d.people_mentioned.len()
        - d.statistics.iter().filter(|s| d.is_whole_of_a_share(s)).count() // one widget per share
        + d.statistics.iter().filter(|s| s.country.is_some()).count() // again in the comparison
        + 2; // attendees and the "first joint event" claim in the header
    assert_eq!(refs, items);
    assert!(html.contains("6 · DKnews.kz"));
    assert!(html.contains("Paragraph 6 of 14 in the DKnews.kz report."));
}

#[test]
fn unknown_country_is_said_not_guessed() {
    let html = html();
    let card = speaker_card(&html, "marmontova");
    assert!(card.contains("Country not stated"));
    assert!(!card.contains("Kazakhstan") && !card.contains("Russia"));
    let shatalov = speaker_card(&html, "shatalov");
    assert!(shatalov.contains("implied by affiliation"));
}

/// Where the report ties an item to no country, every place says so in the
/// same words (a label, never "No country stated" or "country not stated"):
/// the briefing, the fallback article a host pastes, the figures download.
#[test]
fn no_country_has_one_wording_everywhere() {
    use roundtable_briefing::briefing::COUNTRY_NOT_STATED;
    use roundtable_briefing::embed_code::fallback_article::fallback_article;
    use roundtable_briefing::site::downloads::figures_csv;
    use roundtable_briefing::state::Settings;
    // The shipped figures all have a country: one without, for the download.
    let mut without_country = ROUNDTABLE.clone();
    without_country.statistics.to_mut()[0].country = None;
    let texts = [
        ("the briefing", html()),
        (
            "the fallback article",
            fallback_article(&ROUNDTABLE, &Settings::default(), Lang::En),
        ),
        ("the figures download", figures_csv(&without_country)),
    ];
    for (what, text) in texts {
        let lower = text.to_lowercase();
        let label_uses = lower.matches("country not stated").count();
        assert!(label_uses > 0, "{what} names an item with no country");
        assert_eq!(
            count(&text, COUNTRY_NOT_STATED),
            label_uses,
            "{what}: one spelling"
        );
        assert_eq!(count(&text, "No country stated"), 0, "{what}");
    }
}

/// Each section has one name for readers: its heading in the briefing is
/// the label the embed builder lists it under, and the fallback article a
/// host pastes uses the same heading.
#[test]
fn each_section_reads_the_same_in_the_briefing_builder_and_fallback() {
    use roundtable_briefing::embed_code::fallback_article::fallback_article;
    use roundtable_briefing::state::{Section, Settings};
    let html = html();
    let article = fallback_article(&ROUNDTABLE, &Settings::default(), Lang::En);
    for section in Section::ALL {
        let marker = format!(r#"data-rb-section="{}""#, section.code());
        let part = segments(&html, &marker)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {marker}"));
        let h2 = part
            .split("<h2")
            .nth(1)
            .and_then(|h| h.split_once('>'))
            .map(|(_, rest)| rest.split("</h2>").next().unwrap_or_default())
            .unwrap_or_else(|| panic!("{section:?} has no h2"));
        assert_eq!(h2, section.label(Lang::En), "{section:?}: heading vs label");
        assert!(
            article.contains(&format!(">{}</h", section.label(Lang::En))),
            "{section:?}: the fallback article's heading"
        );
    }
}

#[test]
fn the_report_says_what_it_leaves_out() {
    let html = html();
    assert!(html.contains("The report does not give the date, venue or organiser."));
}

#[test]
fn headings_descend_without_skipping() {
    let levels = heading_levels(&html());
    assert_eq!(levels[0], 1);
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1);
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "heading jumps from h{} to h{}",
            pair[0],
            pair[1]
        );
    }
}

#[test]
fn the_heading_level_option_moves_the_whole_outline() {
    let owner = Owner::new();
    let options = BriefingOptions {
        heading_level: 3,
        ..BriefingOptions::default()
    };
    let html = owner.with(|| view! { <Briefing data=&ROUNDTABLE options /> }.to_html());
    let levels = heading_levels(&html);
    assert_eq!(levels[0], 3);
    assert!(levels.iter().all(|l| *l >= 3));
    assert!(levels.contains(&6), "measure titles clamp at h6");
}

#[test]
fn data_is_rendered_as_text_never_as_markup() {
    let json = include_str!("../data/roundtable.json").replace(
        "Outlined the main lines of Russia's family and demographic policy.",
        r#"<script>alert(1)</script><img src=x onerror=alert(2)>"#,
    );
    let data: &'static Roundtable = Box::leak(Box::new(parse(&json).expect("still valid")));
    let html = render_html(data);
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

/// Escapes text the way the renderer does for text nodes and attributes.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn sections_follow_the_hosts_choice_and_order_around_headline_and_source() {
    use roundtable_briefing::state::options::{Section, Sections};
    let options = BriefingOptions {
        sections: Sections::from_slice(&[Section::Figures, Section::Quotes]).unwrap(),
        ..BriefingOptions::default()
    };
    let owner = Owner::new();
    let html = owner.with(|| view! { <Briefing data=&ROUNDTABLE options /> }.to_html());
    let at = |hook: &str| html.find(hook).unwrap_or_else(|| panic!("{hook} missing"));
    assert!(at(r#"data-testid="briefing-header""#) < at(r#"data-testid="figures""#));
    assert!(at(r#"data-testid="figures""#) < at(r#"data-testid="quotes""#));
    assert!(at(r#"data-testid="quotes""#) < at(r#"data-testid="source-note""#));
    for absent in ["agenda", "speakers", "compare", "conclusions"] {
        assert!(
            !html.contains(&format!(r#"data-testid="{absent}""#)),
            "{absent} was not asked for"
        );
    }
}

#[test]
fn the_compact_layout_is_a_class_on_the_briefing() {
    use roundtable_briefing::state::options::Layout;
    let owner = Owner::new();
    let compact = BriefingOptions {
        layout: Layout::Compact,
        ..BriefingOptions::default()
    };
    let html = owner.with(|| view! { <Briefing data=&ROUNDTABLE options=compact /> }.to_html());
    assert!(html.contains("rb-briefing--compact"));
    assert!(!render_html(&ROUNDTABLE).contains("rb-briefing--compact"));
}

/// The client's index, as the page carries it (`template.rb-index`).
fn client_index(html: &str) -> &str {
    let start = html
        .find(r#"<template data-testid="client-index""#)
        .expect("the briefing carries its index");
    let end = html[start..].find("</template>").expect("closed") + start;
    &html[start..end]
}

#[test]
fn the_index_has_every_filters_sentences_and_figures_count_up() {
    use roundtable_briefing::briefing::index::{count_frames, every_filter, view_key};
    let html = html();
    let index = client_index(&html);
    for filter in every_filter() {
        let key = format!(r#"data-rb-view="{}""#, view_key(filter));
        assert_eq!(count(index, &key), 1, "{key}");
        let entry = index
            .split(&key)
            .nth(1)
            .unwrap()
            .split("</div>")
            .next()
            .unwrap();
        let sentence = ROUNDTABLE.select(filter).announcement(Lang::En);
        assert!(entry.contains(&sentence), "{key}: {sentence}");
        assert_eq!(count(entry, "data-rb-values="), 3, "{key}: three charts");
    }
    for frames in count_frames(&ROUNDTABLE, Lang::En) {
        let list = format!(r#"data-rb-count="{}""#, frames.stat);
        assert_eq!(count(index, &list), 1, "{list}");
        let items = index
            .split(&list)
            .nth(1)
            .unwrap()
            .split("</ol>")
            .next()
            .unwrap();
        assert_eq!(count(items, "<li>"), frames.frames.len(), "{list}");
        assert!(
            items.contains(frames.frames.last().unwrap().as_str()),
            "{list}"
        );
    }
}

#[test]
fn the_index_holds_no_statement_or_quote_text() {
    let html = html();
    let index = client_index(&html);
    for quote in ROUNDTABLE.quotes.iter() {
        assert!(!index.contains(&*quote.text), "quote text in the index");
    }
    for statement in ROUNDTABLE.statements.iter() {
        assert!(
            !index.contains(&*statement.text),
            "a statement in the index"
        );
    }
    for speaker in ROUNDTABLE.speakers.iter() {
        assert!(
            !index.contains(&*speaker.summary),
            "a speaker's summary in the index"
        );
    }
}
