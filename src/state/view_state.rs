use crate::briefing::filter::Filter;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order a picker lists them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value in URLs, attributes and `data-theme`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// Parses [`Theme::code`] (case-insensitive).
    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.code().eq_ignore_ascii_case(code))
    }
}

/// Everything about what the reader is looking at that a link should keep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    /// Country and topic filter.
    pub filter: Filter,
    /// The carousel slide, counted from 0 (shown and written from 1).
    pub slide: usize,
    /// The colour theme.
    pub theme: Theme,
}
