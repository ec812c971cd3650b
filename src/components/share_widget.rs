use leptos::prelude::*;

use crate::briefing::facets::{country_attr, topics_attr};
use crate::briefing::{Roundtable, Statistic};
use crate::components::{edition, CountUp, DataTable, Heading, SourceRef, TableRow};

/// Cells in the proportion graphic: a 10 × 10 grid, one cell per per cent.
const CELLS: u64 = 100;

/// A part of a whole (people under 18 of the population): both figures as
/// reported, the share calculated from them and labelled as calculated, a
/// 10 × 10 proportion graphic, and the numbers as a table.
#[component]
pub fn ShareWidget(
    /// The briefing data.
    data: &'static Roundtable,
    /// The part (its `part_of` names the whole).
    part: &'static Statistic,
) -> impl IntoView {
    let Some((share, whole)) = data.share_of(part) else {
        // Validation guarantees a whole; without one this widget has nothing to show.
        return ().into_any();
    };
    let filled = share.cells(CELLS);
    let cells = (0..CELLS)
        .map(|i| {
            let (x, y) = (i % 10, i / 10);
            let class = if i < filled {
                "rb-waffle__cell rb-waffle__cell--part"
            } else {
                "rb-waffle__cell"
            };
            view! { <rect class=class x=x * 10 + 1 y=y * 10 + 1 width="8" height="8" rx="1" /> }
        })
        .collect_view();
    let lang = edition();
    let w = lang.words();
    let derived = (w.share_derived)(
        &share.label(lang),
        &part.figure_in(lang),
        &whole.figure_in(lang),
    );
    let rows = vec![
        TableRow::fixed(
            whole.label.to_string(),
            format!("{} {}", whole.figure_in(lang), whole.unit),
        ),
        TableRow::fixed(
            part.label.to_string(),
            format!("{} {}", part.figure_in(lang), part.unit),
        ),
        TableRow::fixed(w.share_row, share.label(lang)),
    ];
    let cited_by = data.speaker_name(&part.cited_by);
    let country = w.country_or_not_stated(part.country);
    view! {
        <li
            class="rb-widget rb-share rb-figure--kz"
            data-rb-country=country_attr(part.country)
            data-rb-topics=topics_attr(part.topics.iter())
            data-testid="share-widget"
        >
            <Heading level=3 class="rb-widget__title">{data.headline(part, lang)}</Heading>
            <div class="rb-share__body">
                <svg class="rb-waffle" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                    {cells}
                </svg>
                <div class="rb-share__numbers">
                    <p class="rb-figure__value" data-testid="figure" data-stat=&*whole.id.0>
                        <span data-testid="figure-value"><CountUp stat=whole /></span>
                        <span class="rb-figure__unit">{&*whole.label}</span>
                    </p>
                    <p class="rb-figure__value rb-share__part" data-testid="figure" data-stat=&*part.id.0>
                        <span class="rb-share__key" aria-hidden="true"></span>
                        <span data-testid="figure-value"><CountUp stat=part /></span>
                        <span class="rb-figure__unit">{&*part.label}</span>
                    </p>
                    <p class="rb-share__derived" data-testid="derived-share">{derived}</p>
                </div>
            </div>
            <p class="rb-figure__meta">
                {(w.cited_by)(country, cited_by)}
                <SourceRef data paragraph=part.paragraph />
            </p>
            <DataTable caption=data.headline(part, lang) category=w.table_figure measure=w.table_value rows />
        </li>
    }
    .into_any()
}
