//! The Russian and Kazakh editions: the same facts as the English one,
//! every text in the edition's language, the quotes verbatim in English.

#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::filter::{CountryFilter, Filter};
use roundtable_briefing::briefing::load::parse_translation;
use roundtable_briefing::briefing::{Country, Roundtable};
use roundtable_briefing::data::{edition, ROUNDTABLE};
use roundtable_briefing::lang::{fill, Lang};
use roundtable_briefing::site::pages::{edition_page, frame_page, with_prerendered, Site};
use roundtable_briefing::site::render::{element_html, frame_html, standalone_html};

const OTHERS: [Lang; 2] = [Lang::Ru, Lang::Kk];

/// The edition's standalone page as the build writes it, from the
/// repository's page template (without Trunk's asset links).
fn page(lang: Lang) -> String {
    let template = include_str!("../index.html");
    let page = with_prerendered(template, &standalone_html(lang)).expect("pre-renders");
    edition_page(&page, lang, &Site::default()).expect("an edition's page")
}

/// The edition's iframe page (`ru/embed.html`) as the build writes it.
fn frame(lang: Lang) -> String {
    let template = frame_page(include_str!("../index.html")).expect("a frame page");
    let page = with_prerendered(&template, &frame_html(lang)).expect("pre-renders");
    edition_page(&page, lang, &Site::default()).expect("an edition's page")
}

/// The page without the quotations themselves (verbatim English in every
/// edition) and without the language switch (each language's own name).
fn without_quotations(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<blockquote") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</blockquote>").expect("closed") + start;
        rest = &rest[end + "</blockquote>".len()..];
    }
    out.push_str(rest);
    out
}

/// What a reader or a screen reader gets of `html`: its text nodes and
/// the values of the attributes that are read out or shown (names,
/// descriptions, titles, the client's label templates and notes), one per
/// line. Scripts, styles and the inert index template are text too, which
/// is fine: the index holds the client's sentences.
fn readable(html: &str) -> String {
    const SHOWN: [&str; 9] = [
        "aria-label",
        "title",
        "content",
        "alt",
        "data-rb-slide-label",
        "data-rb-dot-label",
        "data-rb-stop",
        "data-rb-start",
        "data-rb-failure-note",
    ];
    let mut out = String::new();
    for piece in html.split('<') {
        let (tag, text) = piece.split_once('>').unwrap_or(("", piece));
        out.push_str(text);
        out.push('\n');
        for name in SHOWN {
            let mut rest = tag;
            while let Some(at) = rest.find(&format!(" {name}=\"")) {
                let value = &rest[at + name.len() + 3..];
                let end = value.find('"').unwrap_or(value.len());
                out.push_str(&value[..end]);
                out.push('\n');
                rest = &value[end..];
            }
        }
    }
    out
}

/// The text of every blockquote, in order.
fn blockquotes(html: &str) -> Vec<String> {
    html.split("<blockquote")
        .skip(1)
        .map(|part| {
            let open = part.find('>').expect("tag ends") + 1;
            let close = part.find("</blockquote>").expect("closed");
            part[open..close].to_owned()
        })
        .collect()
}

#[test]
fn the_quotes_are_byte_identical_in_every_edition() {
    let english = blockquotes(&page(Lang::En));
    assert_eq!(english.len(), ROUNDTABLE.quotes.len());
    for (q, html) in ROUNDTABLE.quotes.iter().zip(&english) {
        assert!(html.contains(&*q.text), "{}: verbatim in English", q.id.0);
    }
    for lang in OTHERS {
        assert_eq!(
            blockquotes(&page(lang)),
            english,
            "{lang:?}: the quotations"
        );
        for (q, e) in edition(lang).quotes.iter().zip(ROUNDTABLE.quotes.iter()) {
            assert_eq!(q.text, e.text, "{lang:?} {}", q.id.0);
            assert!(q.translation.as_deref().is_some_and(|t| !t.is_empty()));
        }
    }
}

#[test]
fn a_quotation_is_marked_english_and_its_translation_is_labelled_ours_outside_it() {
    for lang in OTHERS {
        let html = page(lang);
        assert_eq!(
            html.matches(r#"<blockquote lang="en" class="rb-quote__text">"#)
                .count(),
            ROUNDTABLE.quotes.len(),
            "{lang:?}"
        );
        let label = lang.words().our_translation;
        for q in edition(lang).quotes.iter() {
            let translation = q.translation.as_deref().expect("translated");
            let at = html.find(translation).expect("the translation is shown");
            // After the quotation's end, never inside it, under the label.
            let before = &html[..at];
            assert!(before.rfind("</blockquote>") > before.rfind("<blockquote"));
            assert!(before.ends_with(&format!(
                r#"<span class="rb-quote__translation-label">{label}: </span><span class="rb-quote__translation-text">"#
            )));
        }
    }
    assert!(!page(Lang::En).contains("rb-quote__translation"));
}

#[test]
fn every_edition_has_the_same_facts_and_paragraphs() {
    for lang in OTHERS {
        let d: &Roundtable = edition(lang);
        let refs = |d: &Roundtable| {
            let mut v: Vec<(String, u8)> = Vec::new();
            v.extend(
                d.statements
                    .iter()
                    .map(|s| (s.id.0.to_string(), s.paragraph.0)),
            );
            v.extend(d.quotes.iter().map(|s| (s.id.0.to_string(), s.paragraph.0)));
            v.extend(
                d.statistics
                    .iter()
                    .map(|s| (s.id.0.to_string(), s.paragraph.0)),
            );
            v.extend(
                d.measures
                    .iter()
                    .map(|s| (s.id.0.to_string(), s.paragraph.0)),
            );
            v.extend(
                d.event
                    .conclusions
                    .iter()
                    .map(|s| (s.id.0.to_string(), s.paragraph.0)),
            );
            v
        };
        assert_eq!(refs(d), refs(&ROUNDTABLE), "{lang:?}: paragraph references");
        for (a, b) in d.statistics.iter().zip(ROUNDTABLE.statistics.iter()) {
            assert_eq!(
                (a.value, a.qualifier, a.scale, a.country),
                (b.value, b.qualifier, b.scale, b.country)
            );
        }
        for (a, b) in d.speakers.iter().zip(ROUNDTABLE.speakers.iter()) {
            assert_eq!((a.country, a.country_basis), (b.country, b.country_basis));
            assert_ne!(a.summary, b.summary, "{lang:?} {}: translated", a.id.0);
        }
        for (a, b) in d.statements.iter().zip(ROUNDTABLE.statements.iter()) {
            assert_ne!(a.text, b.text, "{lang:?} {}: translated", a.id.0);
        }
    }
}

#[test]
fn no_english_string_on_the_russian_and_kazakh_pages() {
    let english = Lang::En.words();
    // The English data's own texts (not names: some are the same in
    // every script, such as DKnews.kz).
    let mut data_texts: Vec<&str> = vec![&ROUNDTABLE.event.title, &ROUNDTABLE.event.summary];
    data_texts.extend(ROUNDTABLE.statements.iter().map(|s| &*s.text));
    data_texts.extend(ROUNDTABLE.speakers.iter().map(|s| &*s.role));
    data_texts.extend(ROUNDTABLE.measures.iter().map(|m| &*m.title));
    data_texts.extend(ROUNDTABLE.statistics.iter().map(|s| &*s.label));
    // The standalone page, the iframe page and the script embed's fragment.
    for (lang, html) in OTHERS
        .into_iter()
        .flat_map(|l| [(l, page(l)), (l, frame(l)), (l, element_html(l))])
    {
        let html = readable(&without_quotations(&html));
        for text in english.texts() {
            assert!(
                !html.contains(text),
                "{lang:?}: English \"{text}\" on the page"
            );
        }
        for text in &data_texts {
            assert!(!html.contains(text), "{lang:?}: English data \"{text}\"");
        }
        // The sentences the functions write, under every filter, are in
        // the page's index: none of them is English.
        for phrase in [
            "Showing",
            "Left out",
            "in all.",
            "The speakers described",
            "come up most often",
            "cited by",
            "Presented by",
            "Runs until",
            "Paragraph ",
            "Source: report by",
        ] {
            assert!(!html.contains(phrase), "{lang:?}: English \"{phrase}\"");
        }
    }
}

#[test]
fn the_status_sentence_counts_in_the_editions_grammar() {
    let russia = Filter {
        country: CountryFilter::Only(Country::Russia),
        topic: None,
    };
    let ru = edition(Lang::Ru).select(russia).announcement(Lang::Ru);
    assert!(ru.starts_with("Показано: спикеры — 4 из 10, "), "{ru}");
    let all = edition(Lang::Ru)
        .select(Filter::default())
        .announcement(Lang::Ru);
    assert!(all.contains("10 спикеров"), "{all}");
    assert!(all.contains("2 цитаты"), "{all}");
    assert!(all.contains("12 мер"), "{all}");
    let kk = edition(Lang::Kk).select(russia).announcement(Lang::Kk);
    assert!(kk.contains("спикерлер — 10-нан 4"), "{kk}");
    let kk_all = edition(Lang::Kk)
        .select(Filter::default())
        .announcement(Lang::Kk);
    // Kazakh keeps the noun singular after a numeral.
    assert!(kk_all.contains("10 спикер"), "{kk_all}");
    assert!(!kk_all.contains("10 спикерлер"), "{kk_all}");
}

#[test]
fn figures_keep_their_qualifiers_in_every_edition() {
    let html = page(Lang::Ru);
    assert!(html.contains("свыше 50"));
    assert!(html.contains("более 4\u{a0}000"));
    assert!(html.contains("≈35\u{a0}%"));
    let html = page(Lang::Kk);
    assert!(html.contains("50-ден астам"));
    assert!(html.contains("4\u{a0}000-нан астам"));
    assert!(html.contains("≈35%"));
}

#[test]
fn each_page_names_its_language_and_links_every_edition() {
    for lang in Lang::ALL {
        let html = page(lang);
        assert!(
            html.contains(&format!(r#"<html lang="{}""#, lang.code())),
            "{lang:?}"
        );
        assert!(
            html.contains(&format!(r#"<article lang="{}""#, lang.code())),
            "{lang:?}"
        );
        for other in Lang::ALL {
            let href = if other.dir().is_empty() {
                "./"
            } else {
                other.dir()
            };
            assert!(
                html.contains(&format!(
                    r#"<link rel="alternate" hreflang="{}" href="{href}">"#,
                    other.code()
                )),
                "{lang:?}: alternate {other:?}"
            );
            assert!(html.contains(&format!(
                r#"<a href="{href}" hreflang="{code}" lang="{code}""#,
                code = other.code()
            )));
        }
        assert!(html.contains(r#"<link rel="alternate" hreflang="x-default" href="./">"#));
        assert_eq!(html.matches(r#"aria-current="page""#).count(), 1);
        assert!(html.contains(&format!(
            r#"lang="{code}" aria-current="page""#,
            code = lang.code()
        )));
        let base = if lang == Lang::En { "./" } else { "../" };
        let tag = &html[html.find("<base").expect("a base")..];
        let tag = &tag[..tag.find('>').expect("ends")];
        assert!(
            tag.contains(&format!(r#"href="{base}""#)),
            "{lang:?}: {tag}"
        );
        assert!(html.contains(&format!("<title>{}</title>", lang.words().page_title)));
    }
}

#[test]
fn alternates_are_absolute_where_the_site_url_is_known() {
    let template = include_str!("../index.html");
    let site = Site::new(Some("https://example.org/briefing"), None);
    let html = edition_page(template, Lang::Kk, &site).expect("an edition's page");
    assert!(html.contains(
        r#"<link rel="alternate" hreflang="ru" href="https://example.org/briefing/ru/">"#
    ));
    assert!(html.contains(
        r#"<link rel="alternate" hreflang="x-default" href="https://example.org/briefing/">"#
    ));
}

#[test]
fn the_editions_downloads_point_at_the_root() {
    assert!(page(Lang::Ru).contains(r#"href="../roundtable.json""#));
    assert!(page(Lang::En).contains(r#"href="roundtable.json""#));
}

#[test]
fn templates_are_filled_and_unknown_placeholders_kept() {
    let w = Lang::Ru.words();
    let label = fill(
        w.slide_label,
        &[("n", "2"), ("count", "2"), ("name", "Ирина Киркора")],
    );
    assert!(label.contains("2") && label.contains("Ирина Киркора") && !label.contains('{'));
    assert_eq!(fill("a {x} b {y}", &[("x", "1")]), "a 1 b {y}");
    assert_eq!(fill("open { brace", &[]), "open { brace");
}

/// The Russian translation file with `edit` applied, made into an edition.
fn translate_with(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Roundtable, Vec<String>> {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../data/roundtable.ru.json")).expect("JSON");
    edit(&mut doc);
    parse_translation(&doc.to_string(), &ROUNDTABLE, "ru")
        .map_err(|e| e.0.iter().map(ToString::to_string).collect())
}

#[test]
fn a_translation_must_cover_every_text_and_nothing_else() {
    assert!(translate_with(|_| {}).is_ok());
    let errors = translate_with(|d| {
        d["measures"]
            .as_object_mut()
            .unwrap()
            .remove("m-kz-family-code");
        d["statements"]["s-made-up"] = "…".into();
        d["event"]["attendee_groups"].as_array_mut().unwrap().pop();
        d["language"] = "kk".into();
    })
    .unwrap_err();
    let has = |line: &str| errors.iter().any(|e| e == line);
    assert!(
        has("measures.m-kz-family-code: no translation; every text needs one in every edition"),
        "{errors:?}"
    );
    assert!(has(
        "statements.s-made-up: the English data has no such text; translate only what it has"
    ));
    assert!(has(
        "event.attendee_groups: 3 entries where the English data has 4"
    ));
    assert!(has(
        "language: the file says \"kk\" but is the \"ru\" edition's"
    ));
}
