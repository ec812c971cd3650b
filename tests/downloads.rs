//! The data to download (src/site/downloads.rs): the JSON is the data the
//! briefing shows, and the CSV tables read back, cell for cell, to the
//! figures and measures with their qualifiers, countries, people and
//! paragraphs, hostile text included. Native only: the site is written at
//! build time.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::briefing::load;
use roundtable_briefing::briefing::model::Roundtable;
use roundtable_briefing::data::roundtable;
use roundtable_briefing::site::downloads::{csv_cell, figures_csv, measures_csv, DATA_JSON};

/// Reads RFC 4180 text (after its byte-order mark) into rows of cells; fails
/// the test on anything malformed.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a UTF-8 byte-order mark");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = body.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => {
                assert!(cell.is_empty(), "a quote inside an unquoted cell: {cell:?}");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "rows end with CRLF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare line feed outside quotes"),
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "an unterminated quoted cell");
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

/// The rows as maps from column name to cell, checking every row's width.
fn records(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut rows = read_csv(text).into_iter();
    let header = rows.next().expect("a header row");
    rows.map(|row| {
        assert_eq!(row.len(), header.len(), "row {row:?}");
        header.iter().cloned().zip(row).collect()
    })
    .collect()
}

/// The hostile fixture (markup and script in every text), with spreadsheet
/// formulas in a figure's label and unit and a measure's title and summary.
fn hostile() -> Roundtable {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile.json"
    ))
    .expect("the hostile fixture");
    let mut data = load::parse(&json).expect("the hostile fixture is valid data");
    let statistics = data.statistics.to_mut();
    statistics[0].label = "=HYPERLINK(\"http://example.invalid\",\"click\")".into();
    statistics[1].unit = "+1+1".into();
    let measures = data.measures.to_mut();
    measures[0].title = "@SUM(A1:A9)".into();
    measures[1].summary = "-2+3, \"quoted\"\r\nnext line".into();
    data
}

/// What a text cell holds once read back: the text, with the apostrophe
/// that keeps a spreadsheet from reading it as a formula.
fn as_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[test]
fn the_json_download_is_the_data_the_briefing_shows() {
    let parsed = load::parse(DATA_JSON).expect("the download is valid data");
    assert_eq!(&parsed, roundtable());
}

#[test]
fn the_figures_table_keeps_every_figure_as_reported() {
    let data = roundtable();
    let rows = records(&figures_csv(data));
    assert_eq!(rows.len(), data.statistics.len());
    for (row, s) in rows.iter().zip(data.statistics.iter()) {
        assert_eq!(row["id"], *s.id.0);
        assert_eq!(
            row["figure"], *s.as_reported,
            "the figure as the report writes it"
        );
        assert_eq!(row["value"], s.value.to_string());
        assert_eq!(row["paragraph"], s.paragraph.number().to_string());
        assert_eq!(row["cited_by"], data.speaker_name(&s.cited_by));
        assert_eq!(row["unit"], *s.unit);
    }
    let by_figure = |figure: &str| {
        rows.iter()
            .find(|r| r["figure"] == figure)
            .unwrap_or_else(|| panic!("no row {figure}"))
    };
    let over_50 = by_figure("over 50");
    assert_eq!(
        (over_50["value"].as_str(), over_50["qualifier"].as_str()),
        ("50", "over")
    );
    assert_eq!(over_50["country"], "Kazakhstan");
    let more_than = by_figure("more than 4,000");
    assert_eq!(
        (more_than["value"].as_str(), more_than["qualifier"].as_str()),
        ("4000", "more than")
    );
    assert_eq!(more_than["period"], "last year");
    let population = by_figure("20 million");
    assert_eq!(
        (population["value"].as_str(), population["scale"].as_str()),
        ("20000000", "million")
    );
    assert_eq!(population["qualifier"], "");
}

#[test]
fn the_measures_table_has_country_presenter_status_and_paragraph() {
    let data = roundtable();
    let rows = records(&measures_csv(data));
    assert_eq!(rows.len(), data.measures.len());
    for (row, m) in rows.iter().zip(data.measures.iter()) {
        assert_eq!(row["id"], *m.id.0);
        assert_eq!(row["title"], *m.title);
        assert_eq!(row["country"], m.country.name());
        assert_eq!(row["presented_by"], data.speaker_name(&m.presented_by));
        assert_eq!(row["status"], m.status.label());
        assert_eq!(row["paragraph"], m.paragraph.number().to_string());
        assert_eq!(row["summary"], *m.summary);
        assert_eq!(
            row["horizon_year"],
            m.horizon_year.map_or(String::new(), |y| y.to_string())
        );
    }
    assert!(
        rows.iter().any(|r| r["horizon_year"] == "2030"),
        "the strategy's 2030 horizon stays with its measure"
    );
}

#[test]
fn hostile_text_reads_back_as_text_and_never_as_a_formula() {
    let data = hostile();
    let figures = records(&figures_csv(&data));
    for (row, s) in figures.iter().zip(data.statistics.iter()) {
        assert_eq!(row["label"], as_cell(&s.label));
        assert_eq!(row["unit"], as_cell(&s.unit));
        assert_eq!(row["cited_by"], as_cell(data.speaker_name(&s.cited_by)));
    }
    let measures = records(&measures_csv(&data));
    for (row, m) in measures.iter().zip(data.measures.iter()) {
        assert_eq!(row["title"], as_cell(&m.title));
        assert_eq!(row["summary"], as_cell(&m.summary));
    }
    for row in figures.iter().chain(measures.iter()) {
        for cell in row.values() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would run as a formula"
            );
        }
    }
}

#[test]
fn cells_are_quoted_only_when_they_must_be() {
    assert_eq!(csv_cell("over 50"), "over 50");
    assert_eq!(csv_cell("more than 4,000"), "\"more than 4,000\"");
    assert_eq!(csv_cell("a \"quoted\" word"), "\"a \"\"quoted\"\" word\"");
    assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_cell("=1+1"), "'=1+1");
    assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_cell("-2,3"), "\"'-2,3\"");
    assert_eq!(csv_cell(""), "");
}
