//! The briefing's views, one component per file.
//!
//! Components take `&'static` data (the baked [`crate::data::ROUNDTABLE`] or a
//! test fixture), hold no logic beyond choosing what to show, and use no
//! browser API, so the same views render in the browser, natively in tests,
//! and (later) to static HTML at build time.

mod briefing;
mod briefing_header;
mod conclusions;
mod country_badge;
mod figure_card;
mod figures_section;
mod heading;
mod measure_item;
mod measures_section;
mod people_mentioned;
mod quote_figure;
mod quotes_section;
mod source_note;
mod source_ref;
mod speaker_card;
mod speakers_section;

pub use briefing::Briefing;
pub use briefing_header::BriefingHeader;
pub use conclusions::Conclusions;
pub use country_badge::CountryBadge;
pub use figure_card::FigureCard;
pub use figures_section::FiguresSection;
pub use heading::{Heading, HeadingOffset};
pub use measure_item::MeasureItem;
pub use measures_section::MeasuresSection;
pub use people_mentioned::PeopleMentioned;
pub use quote_figure::QuoteFigure;
pub use quotes_section::QuotesSection;
pub use source_note::SourceNote;
pub use source_ref::SourceRef;
pub use speaker_card::SpeakerCard;
pub use speakers_section::SpeakersSection;
