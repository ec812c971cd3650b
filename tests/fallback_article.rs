//! The pre-rendered fallback a host can paste inside `<roundtable-briefing>`:
//! complete for the element's settings, attributed, escaped.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::{load, Country, Roundtable};
use roundtable_briefing::data::roundtable;
use roundtable_briefing::embed_code::{fallback_article, script_snippet_with_fallback};
use roundtable_briefing::lang::Lang;
use roundtable_briefing::state::{Section, Sections, Settings};

fn kz() -> Settings {
    let mut s = Settings::script_embed();
    s.state.filter = Filter {
        country: CountryFilter::Only(Country::Kazakhstan),
        topic: None,
    };
    s
}

/// The text a reader sees: tags dropped, the few entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn by_default_it_carries_every_speaker_both_quotes_every_figure_and_measure_with_paragraphs() {
    let data = roundtable();
    let html = fallback_article(data, &Settings::script_embed(), Lang::En);
    let text = text_of(&html);
    assert!(
        html.starts_with("<article class=\"rb-fallback\" lang=\"en\"><h2>"),
        "{}",
        &html[..80]
    );
    assert!(text.contains(&*data.event.title));
    for s in data.speakers.iter() {
        assert!(text.contains(&*s.name), "speaker {}", s.name);
    }
    // Quotes, and only quotes, in blockquotes: verbatim, attributed, with their paragraph.
    // Marked as the report's language, whatever the edition.
    assert_eq!(
        html.matches("<blockquote lang=\"en\">").count(),
        data.quotes.len()
    );
    for q in data.quotes.iter() {
        let speaker = data.speaker_name(&q.speaker);
        assert!(
            text.contains(&format!("“{}”— {speaker}", q.text)),
            "quote {} attributed to {speaker}",
            q.id.0
        );
        assert!(text.contains(&format!("¶{}", q.paragraph.number())));
    }
    for s in data.statistics.iter() {
        let line = format!("{} {} — {}", s.figure(), s.unit, s.label);
        assert!(
            text.contains(&line),
            "figure line {line:?} (qualifier kept)"
        );
        assert!(text.contains(&format!(
            "cited by {}) ¶{}",
            data.speaker_name(&s.cited_by),
            s.paragraph.number()
        )));
    }
    assert!(
        text.contains("over 50 "),
        "the qualifier stays: over 50, not 50"
    );
    assert!(text.contains("more than 4,000 "));
    for m in data.measures.iter() {
        assert!(text.contains(&*m.title), "measure {}", m.title);
    }
    assert!(text.contains("Source: report by DKnews.kz."));
    assert!(
        !html.contains("<button") && !html.contains("<input") && !html.contains("<script"),
        "nothing that cannot work without the app"
    );
}

#[test]
fn a_country_filter_leaves_out_the_other_country_and_the_unattributed_and_says_so() {
    let data = roundtable();
    let html = fallback_article(data, &kz(), Lang::En);
    let text = text_of(&html);
    assert!(text.contains("Showing only: Kazakhstan."));
    for s in data.speakers.iter() {
        assert_eq!(
            text.contains(&*s.name),
            s.country == Some(Country::Kazakhstan) || mentioned_elsewhere(data, &s.name),
            "speaker {}",
            s.name
        );
    }
    for m in data.measures.iter() {
        assert_eq!(
            text.contains(&*m.title),
            m.country == Country::Kazakhstan,
            "measure {}",
            m.title
        );
    }
}

/// A speaker can also be named in a quote's attribution or as a figure's source.
fn mentioned_elsewhere(data: &Roundtable, name: &str) -> bool {
    let kz = Filter {
        country: CountryFilter::Only(Country::Kazakhstan),
        topic: None,
    };
    data.statistics
        .iter()
        .filter(|s| kz.shows_statistic(s))
        .any(|s| data.speaker_name(&s.cited_by) == name)
}

#[test]
fn sections_follow_the_settings_order_and_headings_the_level() {
    let data = roundtable();
    let mut s = Settings::script_embed();
    s.options.sections = Sections::from_slice(&[Section::Quotes, Section::Agenda]).unwrap();
    s.options.heading_level = 3;
    let html = fallback_article(data, &s, Lang::En);
    let quotes = html
        .find("<h4>In their words</h4>")
        .expect("quotes heading at level 4");
    let agenda = html
        .find(&format!("<h4>{}</h4>", Section::Agenda.label(Lang::En)))
        .expect("agenda heading");
    assert!(quotes < agenda, "the host's order");
    assert!(html.contains("<h3>"), "title at the host's level");
    assert!(
        !html.contains(Section::Compare.label(Lang::En)),
        "sections not chosen are left out"
    );
}

#[test]
fn every_text_from_the_data_is_escaped() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile.json"
    ))
    .unwrap();
    let data: &'static Roundtable = Box::leak(Box::new(
        load::parse(&json).expect("the hostile fixture is valid data"),
    ));
    let html = fallback_article(data, &Settings::script_embed(), Lang::En);
    // The only tags are the writer's own.
    let allowed = [
        "article",
        "h2",
        "h3",
        "p",
        "em",
        "ol",
        "ul",
        "li",
        "strong",
        "blockquote",
        "footer",
        "small",
    ];
    for tag in html.split('<').skip(1) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            allowed.contains(&name.as_str()),
            "unexpected tag <{name}> in {:.60}",
            tag
        );
    }
    assert!(!html.contains("<script") && !html.contains("<svg") && !html.contains("<img"));
    assert!(
        html.contains("&lt;script&gt;"),
        "hostile text is shown as text"
    );
    // Attribute values the writer emits from data (lang) stay in their quotes.
    assert!(html.starts_with("<article class=\"rb-fallback\" lang=\""));
}

#[test]
fn the_script_snippet_with_a_fallback_puts_the_article_inside_the_element() {
    let data = roundtable();
    let snippet =
        script_snippet_with_fallback("https://example.org/briefing", &kz(), data, Lang::En);
    let open = "<roundtable-briefing country=\"kz\">\n";
    let start = snippet.find(open).expect("the element with its attribute");
    assert!(snippet.starts_with(
        "<script type=\"module\" src=\"https://example.org/briefing/embed.js\"></script>\n"
    ));
    assert!(snippet[start + open.len()..].starts_with(&fallback_article(data, &kz(), Lang::En)));
    assert!(snippet.ends_with("\n</roundtable-briefing>"));
}

#[test]
fn an_editions_article_is_in_its_language_with_the_quotes_verbatim_and_translated_beneath() {
    use roundtable_briefing::data::edition;
    for lang in [Lang::Ru, Lang::Kk] {
        let data = edition(lang);
        let html = fallback_article(data, &Settings::script_embed(), lang);
        assert!(html.starts_with(&format!(
            "<article class=\"rb-fallback\" lang=\"{}\"><h2>",
            lang.code()
        )));
        assert!(html.contains(&format!("<h3>{}</h3>", Section::Quotes.label(lang))));
        for q in data.quotes.iter() {
            let quotation = format!("<blockquote lang=\"en\"><p>“{}”</p>", q.text);
            let at = html.find(&quotation).expect("the quotation, verbatim");
            let translation = q.translation.as_deref().expect("translated");
            let label = format!("{}: {translation}", lang.words().our_translation);
            let after = &html[at..];
            let end = after.find("</blockquote>").expect("closed");
            assert!(
                !after[..end].contains(translation),
                "not inside the quotation"
            );
            assert!(
                after[end..].starts_with(&format!("</blockquote><p><small>{label}</small></p>"))
            );
        }
        assert!(!html.contains("cited by"), "{lang:?}");
        assert!(!html.contains("Source: report by"), "{lang:?}");
    }
}
