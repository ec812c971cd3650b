use leptos::prelude::*;

use crate::components::words;

/// One row of a [`DataTable`]: a label, a value, and whether the filter
/// hides it (a chart's bar at zero). Made once; a filter change only
/// updates the value and the hiding, so the pre-rendered rows are the rows.
pub struct TableRow {
    /// The row header.
    pub label: String,
    /// The value cell.
    pub value: Signal<String>,
    /// Whether the row is hidden.
    pub hidden: Signal<bool>,
}

impl TableRow {
    /// A row that never changes.
    pub fn fixed(label: impl Into<String>, value: impl Into<String>) -> TableRow {
        TableRow {
            label: label.into(),
            value: Signal::stored(value.into()),
            hidden: Signal::stored(false),
        }
    }
}

/// The table behind a chart: a native disclosure ("Show table") holding a
/// real table with a caption and header cells, so the numbers are there as
/// text for anyone who prefers them, and in print.
#[component]
pub fn DataTable(
    /// The table's caption.
    caption: String,
    /// Header of the first (label) column.
    category: &'static str,
    /// Header of the value column.
    measure: &'static str,
    /// The rows.
    rows: Vec<TableRow>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            view! {
                <tr class=("rb-filtered-out", row.hidden)>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="rb-table" data-testid="data-table">
            <summary class="rb-table__toggle">{words().show_table}</summary>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{category}</th>
                        <th scope="col">{measure}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
