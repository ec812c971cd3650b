use leptos::prelude::*;

use crate::briefing::stats::BarChart;
use crate::components::{DataTable, Heading};

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
    let rows = Signal::derive(move || {
        chart
            .get()
            .bars
            .iter()
            .map(|b| (b.label.clone(), b.value.to_string()))
            .collect::<Vec<_>>()
    });
    view! {
        <li class="rb-widget rb-bars" data-testid="bar-chart" data-chart=key>
            <Heading level=4 class="rb-widget__title">{title}</Heading>
            <p class="rb-widget__summary" data-testid="chart-summary">{move || chart.get().summary}</p>
            <ul class="rb-bars__list" role="list" aria-hidden="true">
                {move || {
                    let c = chart.get();
                    let max = c.max().max(1);
                    c.bars
                        .into_iter()
                        .map(|b| {
                            // Bar length as a share of the longest, in SVG user units.
                            let width = (b.value * 100 / max).max(1);
                            view! {
                                <li class=format!("rb-bars__row rb-bars__row--{}", b.key)>
                                    <span class="rb-bars__label">{b.label}</span>
                                    <svg class="rb-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                                        <rect class="rb-bars__bar" x="0" y="0" width=width height="10" />
                                    </svg>
                                    <span class="rb-bars__value">{b.value}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <DataTable caption category measure rows />
        </li>
    }
}
