//! The briefing's data to download, as a data desk expects it next to a
//! chart: the data file the build validated (`roundtable.json`) and two CSV
//! tables, the figures (`roundtable-figures.csv`) and the policy measures
//! (`roundtable-measures.csv`), each row with its country, who gave it and
//! the report paragraph. The source note links all three
//! ([`crate::components::DOWNLOADS`], which names them).
//!
//! The CSV files follow RFC 4180 (comma, double quotes, CRLF) in UTF-8 with
//! a byte-order mark, so that a spreadsheet opened by double-click reads the
//! text as UTF-8. A text cell that a spreadsheet would take for a formula
//! (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//! leading apostrophe, so a hostile data file cannot run one; the shipped
//! data has none. Qualifiers stay: the figure column is the figure as
//! reported ("over 50"), beside its value (50) and its qualifier ("over").

use crate::briefing::model::{Country, Roundtable};

/// The data file the build validated and baked (`ROUNDTABLE_DATA` or
/// `data/roundtable.json`), byte for byte: `build.rs` copies it once it has
/// passed validation.
pub const DATA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/roundtable.json"));

/// The figures table: one row per figure, in the data's order.
pub fn figures_csv(data: &Roundtable) -> String {
    let mut table = Csv::new(&[
        "id",
        "figure",
        "value",
        "qualifier",
        "scale",
        "unit",
        "label",
        "period",
        "country",
        "cited_by",
        "paragraph",
    ]);
    for s in data.statistics.iter() {
        table.row(&[
            &s.id.0,
            &s.figure(),
            &s.value.to_string(),
            s.qualifier.map_or("", |q| q.words()),
            s.scale.map_or("", |sc| sc.word()),
            &s.unit,
            &s.label,
            s.period.map_or("", |p| p.words()),
            Country::name_or_not_stated(s.country),
            data.speaker_name(&s.cited_by),
            &s.paragraph.number().to_string(),
        ]);
    }
    table.finish()
}

/// The measures table: one row per policy measure, in the data's order.
pub fn measures_csv(data: &Roundtable) -> String {
    let mut table = Csv::new(&[
        "id",
        "title",
        "country",
        "presented_by",
        "status",
        "period",
        "horizon_year",
        "topics",
        "paragraph",
        "summary",
    ]);
    for m in data.measures.iter() {
        let topics: Vec<&str> = m.topics.iter().map(|t| t.label()).collect();
        table.row(&[
            &m.id.0,
            &m.title,
            m.country.name(),
            data.speaker_name(&m.presented_by),
            m.status.label(),
            m.period.map_or("", |p| p.words()),
            &m.horizon_year.map_or(String::new(), |y| y.to_string()),
            &topics.join("; "),
            &m.paragraph.number().to_string(),
            &m.summary,
        ]);
    }
    table.finish()
}

/// An RFC 4180 table being written.
struct Csv {
    text: String,
    columns: usize,
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv {
            text: String::from('\u{feff}'),
            columns: header.len(),
        };
        csv.row(header);
        csv
    }

    fn row(&mut self, cells: &[&str]) {
        debug_assert_eq!(cells.len(), self.columns, "a row of {} cells", cells.len());
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            self.text.push_str(&csv_cell(cell));
        }
        self.text.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.text
    }
}

/// One cell: quoted when it holds a comma, quote or line break (quotes
/// doubled); a leading apostrophe when a spreadsheet would read it as a
/// formula.
pub fn csv_cell(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
