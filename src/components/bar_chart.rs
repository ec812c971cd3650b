use leptos::prelude::*;

use crate::briefing::index::bar_width;
use crate::briefing::stats::BarChart;
use crate::components::{DataTable, Heading, TableRow};

/// A small horizontal bar chart counted from the briefing itself. Labels and
/// values are HTML text (readable at any width, never colour alone); the
/// bars are SVG and hidden from assistive technology, which gets the
/// summary sentence and the table instead.
#[component]
pub fn BarChartWidget(
    /// The chart, recalculated when the filter changes.
    #[prop(into)]
    chart: Signal<BarChart>,
) -> impl IntoView {
    let BarChart {
        key,
        title,
        category,
        measure,
        ..
    } = chart.get_untracked();
    let caption = title.clone();
    let max = Memo::new(move |_| chart.get().max().max(1));
    // One row per category, made once; a filter change only updates the
    // numbers and hides rows that drop to zero.
    let rows_view = chart
        .get_untracked()
        .bars
        .into_iter()
        .map(|bar| {
            let key = bar.key.clone();
            let value = Memo::new(move |_| chart.get().value_of(&key));
            // Bar length as a share of the longest, in SVG user units.
            let width = move || bar_width(value.get(), max.get());
            view! {
                <li
                    class=format!("rb-bars__row rb-bars__row--{}", bar.key)
                    class=("rb-filtered-out", Memo::new(move |_| value.get() == 0))
                >
                    <span class="rb-bars__label">{bar.label}</span>
                    <svg class="rb-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                        <rect class="rb-bars__bar" x="0" y="0" width=width height="10" />
                    </svg>
                    <span class="rb-bars__value">{move || value.get()}</span>
                </li>
            }
        })
        .collect_view();
    let rows = chart
        .get_untracked()
        .bars
        .into_iter()
        .map(|bar| {
            let key = bar.key;
            let value = Memo::new(move |_| chart.get().value_of(&key));
            TableRow {
                label: bar.label,
                value: Signal::derive(move || value.get().to_string()),
                hidden: Signal::derive(move || value.get() == 0),
            }
        })
        .collect();
    view! {
        <li class="rb-widget rb-bars" data-testid="bar-chart" data-chart=key>
            <Heading level=4 class="rb-widget__title">{title}</Heading>
            <p class="rb-widget__summary" data-testid="chart-summary">{move || chart.get().summary}</p>
            <ul class="rb-bars__list" role="list" aria-hidden="true">{rows_view}</ul>
            <DataTable caption category measure rows />
        </li>
    }
}
