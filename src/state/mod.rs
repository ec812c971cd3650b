//! View state and its text forms: what the reader is looking at (filters,
//! carousel slide, theme), parsed from and written to the URL fragment; what
//! a host page sets (options and the initial view), parsed from attributes
//! and query strings; the carousel's arithmetic and the frame's messages.
//! Plain Rust, tested natively; the browser glue is in `crate::client`.

pub mod carousel;
pub mod fragment;
pub mod messages;
pub mod options;
mod view_state;

pub use fragment::{parse_fragment, to_fragment, Parsed};
pub use options::{
    merge_view, parse_options, parse_query, parse_settings, to_attributes, to_query,
    BriefingOptions, Layout, Section, Sections, SettingWarning, Settings, Source,
};
pub(crate) use view_state::ViewField;
pub use view_state::{CountPhase, Theme, ViewState};
