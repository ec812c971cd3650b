use leptos::prelude::*;

use crate::briefing::Roundtable;
use crate::components::{words, Heading, SourceRef};

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
    let w = words();
    let groups: Vec<&str> = event.attendees.groups.iter().map(|g| &**g).collect();
    let attendees = (w.attendees)(&groups, event.attendees.from_both_countries);
    view! {
        <header class="rb-header" data-testid="briefing-header">
            <p class="rb-header__kicker">{w.kicker}</p>
            <Heading level=1 class="rb-header__title">{&*event.title}</Heading>
            <p class="rb-header__summary">{&*event.summary}</p>
            <dl class="rb-header__facts">
                <div class="rb-header__fact">
                    <dt>{w.who_took_part}</dt>
                    <dd>
                        {attendees} " "
                        <SourceRef data paragraph=event.attendees.paragraph />
                    </dd>
                </div>
                <div class="rb-header__fact">
                    <dt>{w.occasion}</dt>
                    <dd>
                        {&*claim.text} " "
                        <SourceRef data paragraph=claim.paragraph />
                    </dd>
                </div>
                <div class="rb-header__fact">
                    <dt>{w.source}</dt>
                    <dd>{(w.report_by)(source)}</dd>
                </div>
                <div class="rb-header__fact" data-testid="not-in-report">
                    <dt>{w.not_in_report}</dt>
                    <dd>{(w.not_given)(&event.not_in_report)}</dd>
                </div>
            </dl>
        </header>
    }
}
