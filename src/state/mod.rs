//! View state and its text forms: what the reader is looking at (filters,
//! carousel slide, theme), parsed from and written to the URL fragment.
//! Plain Rust, tested natively; the browser glue lives in the components.

pub mod carousel;
pub mod fragment;
pub mod options;
mod view_state;

pub use fragment::{parse_fragment, to_fragment, Parsed, StateWarning};
pub use options::{parse_options, BriefingOptions, OptionWarning};
pub use view_state::{Theme, ViewState};
