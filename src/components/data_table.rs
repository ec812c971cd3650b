use leptos::prelude::*;

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
    /// Rows of (label, value).
    #[prop(into)]
    rows: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <details class="rb-table" data-testid="data-table">
            <summary class="rb-table__toggle">"Show table"</summary>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{category}</th>
                        <th scope="col">{measure}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|(label, value)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    <td>{value}</td>
                                </tr>
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </details>
    }
}
