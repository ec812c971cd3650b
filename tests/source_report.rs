//! The shipped data against the source report: every quote verbatim and
//! only from quotation marks, every figure worded as the report words it,
//! names and roles as given, no sentence of the report copied outside the
//! quotes, every item citing a paragraph that is about it.
//!
//! The report lives outside the project (`../shared/source/`, or the file
//! named by `ROUNDTABLE_REPORT`). A clone without it cannot run these checks,
//! so this target is not part of a plain `cargo test` (`test = false` in
//! Cargo.toml): `scripts/test` runs it as a step of its own where the report
//! is present, and says plainly that it did not run where it is not.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use roundtable_briefing::briefing::{Period, Qualifier};
use roundtable_briefing::data::ROUNDTABLE;

fn report_paragraphs() -> Vec<String> {
    let path = std::env::var_os("ROUNDTABLE_REPORT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/source/roundtable-report.txt")
        });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the source report at {} ({e}); set ROUNDTABLE_REPORT to its path",
            path.display()
        )
    });
    text.lines().map(str::to_owned).collect()
}

#[test]
fn the_report_has_the_paragraph_count_the_data_declares() {
    assert_eq!(
        report_paragraphs().len(),
        usize::from(ROUNDTABLE.report.paragraph_count)
    );
}

#[test]
fn the_speaking_order_is_the_order_the_report_names_them_in() {
    let paragraphs = report_paragraphs();
    for s in ROUNDTABLE.speakers.iter() {
        let first = ROUNDTABLE
            .statements_by(&s.id)
            .map(|st| st.paragraph.number())
            .chain(ROUNDTABLE.quotes_by(&s.id).map(|q| q.paragraph.number()))
            .min()
            .expect("every speaker says something");
        // The speaking order is the order in which the report introduces
        // each speaker by full name, and their first point comes from there.
        let named = paragraphs
            .iter()
            .position(|p| p.contains(&*s.name))
            .unwrap_or_else(|| panic!("{} is not named in the report", s.name));
        assert_eq!(usize::from(first), named + 1, "{}", s.name);
    }
}

#[test]
fn names_and_roles_are_as_the_report_gives_them() {
    let report = report_paragraphs().join("\n");
    // Organisation names are stored without the quotation marks the report
    // puts around some of them ("Eurasian Monitoring"): those mark a name,
    // not a quote, and must not be styled as one.
    let unquoted: String = report
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”'))
        .collect();
    for s in ROUNDTABLE.speakers.iter() {
        assert!(report.contains(&*s.name), "name {:?}", s.name);
        for org in s.organisations.iter() {
            assert!(
                unquoted.contains(&**org),
                "{}: organisation {org:?}",
                s.name
            );
        }
    }
    for p in ROUNDTABLE.people_mentioned.iter() {
        assert!(report.contains(&*p.name), "name {:?}", p.name);
        assert!(report.contains(&*p.role), "role {:?}", p.role);
    }
}

#[test]
fn quotes_are_verbatim_and_only_from_quotation_marks() {
    let paragraphs = report_paragraphs();
    assert_eq!(ROUNDTABLE.quotes.len(), 2, "the report has two quotes");
    for q in ROUNDTABLE.quotes.iter() {
        let p = &paragraphs[usize::from(q.paragraph.number()) - 1];
        // The text follows an opening quotation mark and ends where the
        // closing mark (after the attribution comma) does.
        let quoted = format!("“{},”", q.text);
        assert!(
            p.contains(&quoted),
            "quote {} is not verbatim in ¶{}",
            q.id.0,
            q.paragraph.number()
        );
    }
}

#[test]
fn figures_keep_the_reports_wording_and_qualifiers() {
    let paragraphs = report_paragraphs();
    for s in ROUNDTABLE.statistics.iter() {
        let p = &paragraphs[usize::from(s.paragraph.number()) - 1];
        assert!(
            p.contains(&*s.as_reported),
            "{}: {:?} is not in ¶{}",
            s.id.0,
            s.as_reported,
            s.paragraph.number()
        );
        assert_eq!(s.figure(), s.as_reported);
        if let Some(period) = s.period {
            assert!(p.contains(period.words()), "{}: period", s.id.0);
        }
    }
    let by_id = |id: &str| ROUNDTABLE.statistics.iter().find(|s| s.id.0 == id).unwrap();
    assert_eq!(by_id("st-crisis-centres").qualifier, Some(Qualifier::Over));
    assert_eq!(by_id("st-crisis-centres").figure(), "over 50");
    assert_eq!(
        by_id("st-crisis-centre-users").qualifier,
        Some(Qualifier::MoreThan)
    );
    assert_eq!(by_id("st-crisis-centre-users").figure(), "more than 4,000");
    assert_eq!(
        by_id("st-crisis-centre-users").period,
        Some(Period::LastYear)
    );
    assert_eq!(by_id("st-population").value, 20_000_000);
    assert_eq!(by_id("st-under-18").value, 7_000_000);
    assert_eq!(by_id("st-median-age").value, 32);
}

#[test]
fn no_sentence_of_the_report_is_copied_outside_the_quotes() {
    // Our summaries must be our own words: no run of 8 consecutive words of
    // the report may appear in any summary field.
    let report = report_paragraphs().join(" ");
    let words: Vec<String> = report
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let shingles: std::collections::HashSet<String> =
        words.windows(8).map(|w| w.join(" ")).collect();
    let d = &ROUNDTABLE;
    let mut texts: Vec<&str> = vec![
        &d.event.title,
        &d.event.summary,
        &d.event.first_joint_event.text,
    ];
    texts.extend(d.statements.iter().map(|s| &*s.text));
    texts.extend(d.measures.iter().map(|m| &*m.summary));
    texts.extend(d.event.conclusions.iter().map(|c| &*c.text));
    texts.extend(d.report.paragraphs.iter().map(|p| &*p.summary));
    texts.extend(d.people_mentioned.iter().map(|p| &*p.context));
    texts.extend(d.speakers.iter().map(|s| &*s.summary));
    texts.extend(d.statistics.iter().map(|s| &*s.takeaway));
    // Proper names are facts, not sentences: they may be repeated in full.
    let names = ["National Strategy for Action in the Interests of Women"];
    for text in texts {
        let text = names
            .iter()
            .fold(text.to_owned(), |t, n| t.replace(n, "NAME"));
        let ws: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
        for window in ws.windows(8) {
            let run = window.join(" ");
            assert!(
                !shingles.contains(&run),
                "copied from the report: {run:?} in {text:?}"
            );
        }
    }
}

#[test]
fn every_item_cites_a_paragraph_that_mentions_its_speaker_or_subject() {
    let paragraphs = report_paragraphs();
    for st in ROUNDTABLE.statements.iter() {
        let speaker = ROUNDTABLE.speaker(&st.speaker).unwrap();
        let surname = speaker.name.split(' ').next_back().unwrap();
        let p = &paragraphs[usize::from(st.paragraph.number()) - 1];
        // Some paragraphs continue with "He"/"She"; the speaker is then
        // named in the paragraph before.
        let previous = &paragraphs[usize::from(st.paragraph.number()).saturating_sub(2)];
        assert!(
            p.contains(surname) || previous.contains(surname),
            "{}: ¶{} does not concern {}",
            st.id.0,
            st.paragraph.number(),
            speaker.name
        );
    }
    for m in ROUNDTABLE.measures.iter() {
        let speaker = ROUNDTABLE.speaker(&m.presented_by).unwrap();
        let surname = speaker.name.split(' ').next_back().unwrap();
        let p = &paragraphs[usize::from(m.paragraph.number()) - 1];
        assert!(
            p.contains(surname),
            "{}: ¶{} does not name {}",
            m.id.0,
            m.paragraph.number(),
            speaker.name
        );
        if let Some(year) = m.horizon_year {
            assert!(p.contains(&year.to_string()), "{}: year {year}", m.id.0);
        }
    }
}
