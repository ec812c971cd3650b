use leptos::prelude::*;

use crate::briefing::prose::{capitalise, join_words};
use crate::briefing::Roundtable;
use crate::components::{Heading, SourceRef};

/// The top of the briefing: headline, summary, who attended, the
/// "first joint event" claim with its attribution, the source, and what the
/// report does not say (date, venue…), so readers are not left guessing.
#[component]
pub fn BriefingHeader(
    /// The briefing data.
    data: &'static Roundtable,
) -> impl IntoView {
    let event = &data.event;
    let source = &*data.report.source;
    let claim = &event.first_joint_event;
    let attendees = join_words(event.attendees.groups.iter().map(|g| &**g), "and");
    let from = if event.attendees.from_both_countries {
        " from Kazakhstan and Russia"
    } else {
        ""
    };
    let missing = join_words(event.not_in_report.iter().map(|u| u.label()), "or");
    view! {
        <header class="rb-header" data-testid="briefing-header">
            <p class="rb-header__kicker">"Briefing · Family policy"</p>
            <Heading level=1 class="rb-header__title">{&*event.title}</Heading>
            <p class="rb-header__summary">{&*event.summary}</p>
            <dl class="rb-header__facts">
                <div class="rb-header__fact">
                    <dt>"Who took part"</dt>
                    <dd>
                        {capitalise(&attendees)} {from} " "
                        <SourceRef data paragraph=event.attendees.paragraph />
                    </dd>
                </div>
                <div class="rb-header__fact">
                    <dt>"The occasion"</dt>
                    <dd>
                        {&*claim.text} " "
                        <SourceRef data paragraph=claim.paragraph />
                    </dd>
                </div>
                <div class="rb-header__fact">
                    <dt>"Source"</dt>
                    <dd>{format!("Report by {source}")}</dd>
                </div>
                <div class="rb-header__fact" data-testid="not-in-report">
                    <dt>"Not in the report"</dt>
                    <dd>{format!("The report does not give the {missing}.")}</dd>
                </div>
            </dl>
        </header>
    }
}
