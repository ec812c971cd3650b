//! View state and its text forms: what the reader is looking at (filters,
//! carousel slide, theme), parsed from and written to the URL fragment; what
//! a host page sets (options and the initial view), parsed from attributes
//! and query strings; and the embed snippets a host copies.
//! Plain Rust, tested natively; the browser glue lives in the components.

pub mod carousel;
pub mod fallback_article;
pub mod fragment;
pub mod messages;
pub mod options;
pub mod snippets;
mod view_state;

pub use fallback_article::fallback_article;
pub use fragment::{parse_fragment, to_fragment, Parsed, StateWarning};
pub use options::{
    merge_view, parse_options, parse_query, parse_settings, to_attributes, to_query,
    BriefingOptions, Layout, OptionWarning, Section, Sections, Settings,
};
pub use snippets::{iframe_snippet, script_snippet, script_snippet_with_fallback};
pub(crate) use view_state::ViewField;
pub use view_state::{Theme, ViewState};
