use crate::briefing::filter::{CountryFilter, Filter};
use crate::briefing::Topic;

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

    /// The label shown to readers of `lang`.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        let words = lang.words();
        match self {
            Theme::Auto => words.theme_auto,
            Theme::Light => words.theme_light,
            Theme::Dark => words.theme_dark,
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

/// The parts of a [`ViewState`] that both a link (the URL fragment) and a host
/// (attributes, query string) can set, by the same names and values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ViewField {
    /// `country`: `all`, `kz`, `ru`.
    Country,
    /// `topic`: `all` or a topic slug.
    Topic,
    /// `theme`: `auto`, `light`, `dark`.
    Theme,
}

impl ViewState {
    /// Sets `field` from `value` (any ASCII case); false, leaving the state
    /// as it was, if the value is not valid for it. The one reading of these
    /// values, for every source of the settings parser.
    pub(crate) fn set(&mut self, field: ViewField, value: &str) -> bool {
        match field {
            ViewField::Country => CountryFilter::from_code(value)
                .map(|c| self.filter.country = c)
                .is_some(),
            ViewField::Topic if value.eq_ignore_ascii_case("all") => {
                self.filter.topic = None;
                true
            }
            ViewField::Topic => Topic::from_slug(value)
                .map(|t| self.filter.topic = Some(t))
                .is_some(),
            ViewField::Theme => Theme::from_code(value).map(|t| self.theme = t).is_some(),
        }
    }
}

impl ViewField {
    /// What the field accepts, in words: the one text the settings
    /// parser's warnings quote, whatever the source.
    pub(crate) fn expected(self) -> &'static str {
        match self {
            ViewField::Country => "all, kz or ru",
            ViewField::Topic => "all, family-values, domestic-violence, child-welfare, womens-rights, demography, social-support, social-change or cooperation",
            ViewField::Theme => "auto, light or dark",
        }
    }
}

impl ViewState {
    /// The state after a control's assignments (`country=kz`,
    /// `country=all&topic=all`: the `data-rb-set` of the pre-rendered
    /// buttons, in the URL fragment's form, read by the fragment's own
    /// parser). Unknown names and bad values change nothing; the controls
    /// never set the carousel's slide, so it is kept.
    pub fn assigned(self, assignments: &str) -> ViewState {
        let current = crate::state::Settings {
            state: self,
            ..Default::default()
        };
        let (settings, _) =
            crate::state::options::parse_text(assignments, crate::state::Source::Fragment, current);
        settings.state
    }
}

/// Where a figure's count-up is, written to the moving digits as
/// `data-count-up` so that tests and screenshots wait on it, not on a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountPhase {
    /// Not yet in view: the final figure is shown, the count-up is to come.
    Waiting,
    /// Counting up from zero.
    Counting,
    /// The final figure, for good: counted, or never to count (rendered
    /// without a browser, or under reduced motion).
    Done,
}

impl CountPhase {
    /// The attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Counting => "counting",
            Self::Done => "done",
        }
    }
}
