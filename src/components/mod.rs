//! The briefing's views, one component per file.
//!
//! Components take `&'static` data (the baked [`crate::data::ROUNDTABLE`] or a
//! test fixture) and hold no logic beyond choosing what to show (the deciding
//! is done by [`crate::briefing`]). They render at build time (the
//! pre-rendered pages the reader's client attaches to), natively in tests,
//! and live in the full bundle (the builder's preview, the script embed).
//! The few browser facts they need come through [`crate::browser`], which
//! answers natively too; the one component that reaches further, the
//! count-up, does so only in the browser build (`cfg(target_arch = "wasm32")`).
//!
//! No component writes a word of its own: every text is the edition's
//! ([`words`], from [`crate::lang::words`]) or the data's.

mod agenda_section;
mod bar_chart;
mod briefing;
mod briefing_header;
mod client_index;
mod compare_section;
mod conclusions;
mod count_up;
mod country_badge;
mod data_table;
mod embed_builder;
mod empty_state;
mod figure_line;
mod figures_section;
mod filter_bar;
mod filter_chip;
mod heading;
mod measure_item;
mod none_note;
mod number_card;
mod people_mentioned;
mod quote_carousel;
mod quote_figure;
mod quotes_section;
mod radio_group;
mod share_widget;
mod source_note;
mod source_ref;
mod speaker_card;
mod speakers_section;

pub use agenda_section::AgendaSection;
pub use bar_chart::BarChartWidget;
pub use briefing::Briefing;
pub use briefing_header::BriefingHeader;
pub use client_index::ClientIndex;
pub use compare_section::CompareSection;
pub use conclusions::Conclusions;
pub use count_up::{CountPhase, CountUp};
pub use country_badge::CountryBadge;
pub use data_table::{DataTable, TableRow};
pub use embed_builder::EmbedBuilder;
pub use empty_state::EmptyState;
pub use figure_line::FigureLine;
pub use figures_section::FiguresSection;
pub use filter_bar::{FilterBar, CLEAR_FILTERS};
pub use filter_chip::FilterChip;
pub use heading::{Heading, HeadingOffset};
pub use measure_item::MeasureItem;
pub use none_note::NoneNote;
pub use number_card::NumberCard;
pub use people_mentioned::PeopleMentioned;
pub use quote_carousel::QuoteCarousel;
pub use quote_figure::QuoteFigure;
pub use quotes_section::QuotesSection;
pub use radio_group::RadioGroup;
pub use share_widget::ShareWidget;
pub use source_note::{
    Download, SiteRoot, SourceNote, DATA_DOWNLOAD, DOWNLOADS, FIGURES_DOWNLOAD, MEASURES_DOWNLOAD,
};
pub use source_ref::SourceRef;
pub use speaker_card::SpeakerCard;
pub use speakers_section::SpeakersSection;

use crate::lang::{Lang, Words};

/// The language of the edition being rendered, which [`Briefing`]
/// provides to everything inside it; English where none is provided (a
/// component rendered on its own, as some tests do).
pub fn edition() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// The words of the edition being rendered ([`edition`]'s table).
pub fn words() -> &'static Words {
    edition().words()
}
