//! Attaching the client to one pre-rendered briefing: the page's HTML is
//! the briefing, and this only binds Leptos signals to it.
//!
//! - The view state is one [`RwSignal`]; every control carries what it sets
//!   (`data-rb-set="country=kz"`, the URL fragment's form), so one click
//!   handler serves every chip and both "clear" buttons.
//! - A filter change sets the root's two filter attributes, and the
//!   stylesheet written from the enums (`crate::briefing::facets`) hides
//!   what does not fit: no per-item work. What CSS cannot know (the status
//!   sentence, the notes of empty sections, the comparison's rows, the
//!   charts) comes from the build-time index the page carries
//!   ([`PageIndex`]).
//! - Every update runs in an effect ([`dom::effect`]): synchronously when
//!   attaching (no flash of the default view before a deep link's), then
//!   synchronously inside the click that changed the state, before the
//!   browser paints.
//! - The pages attach in four tasks ([`attach_in_steps`], one per part of
//!   [`STEPS`]), each under a long task's 50 ms at 4× CPU slowdown: the
//!   view state with the click listener, the filter's view, the controls'
//!   pressed states, the parts that move. The script embed's element
//!   attaches in one ([`attach`]).

use reactive_graph::computed::Memo;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::signal::RwSignal;
use reactive_graph::traits::{Get, GetUntracked, Set};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use super::dom::{self, set_attr, set_hidden, set_text};
use super::index::{IndexChart, IndexView, PageIndex};
use crate::briefing::facets::{FILTER_COUNTRY_ATTRIBUTE, FILTER_TOPIC_ATTRIBUTE};
use crate::briefing::filter::{CountryFilter, Filter};
use crate::state::{BriefingOptions, Settings, Theme, ViewState};

/// A briefing the client has attached to. Dropping it stops its effects;
/// [`Attached::keep`] keeps it for the page's lifetime.
pub struct Attached {
    /// The view state the controls change.
    pub state: RwSignal<ViewState>,
    filter: Memo<Filter>,
    theme: Memo<Theme>,
    index: PageIndex,
    effects: Vec<ImmediateEffect>,
}

impl Attached {
    /// Keeps the briefing working for as long as the page lives.
    pub fn keep(self) -> RwSignal<ViewState> {
        let state = self.state;
        std::mem::forget(self.effects);
        state
    }

    /// The filter's view: the root's filter attributes (the stylesheet's
    /// part) and what the index drives.
    fn attach_view(&mut self, article: &Element, _: &BriefingOptions) {
        let parts = FilterParts::find(article);
        let (filter, views) = (self.filter, self.index.clone());
        self.effects.push(dom::effect(move || {
            let f = filter.get();
            parts.show(f, views.view(f).as_ref());
        }));
    }

    /// Each control shows whether it is the current choice (the click
    /// listener is already there).
    fn attach_controls(&mut self, article: &Element, _: &BriefingOptions) {
        let controls: Vec<Control> = dom::all(article, "[data-rb-set]")
            .into_iter()
            .map(Control::new)
            .collect();
        let (filter, theme) = (self.filter, self.theme);
        // Controls show the filter and the theme, never the slide: a
        // carousel step (which may rotate by itself) leaves them alone.
        self.effects.push(dom::effect(move || {
            let now = ViewState {
                filter: filter.get(),
                theme: theme.get(),
                slide: 0,
            };
            for control in &controls {
                control.show(now);
            }
        }));
    }

    /// The carousel and the count-ups, the parts that move (nothing a
    /// reader sees changes when they start).
    fn attach_moving_parts(&mut self, article: &Element, options: &BriefingOptions) {
        self.effects.extend(super::carousel::attach(
            article,
            self.state,
            self.filter,
            options,
            self.index.clone(),
        ));
        super::count_up::attach(article, &self.index);
    }
}

/// One part of attaching, after [`attach_state`].
type Step = fn(&mut Attached, &Element, &BriefingOptions);

/// The parts of attaching after the view state, in order. Each reads the
/// state as it is when it runs, so a click between two of them is shown
/// by every later part.
const STEPS: [Step; 3] = [
    Attached::attach_view,
    Attached::attach_controls,
    Attached::attach_moving_parts,
];

/// Attaches to `article` (a pre-rendered `.rb-briefing`) with the host's
/// `settings` in one go: applies the presentation options to the HTML, then
/// binds the view state, the filter, the theme, the controls, the carousel
/// and the count-ups. For the script embed's element, whose attribute
/// changes re-attach at once and must find the briefing whole.
pub fn attach(article: &Element, settings: Settings) -> Attached {
    let mut attached = attach_state(article, &settings);
    for step in STEPS {
        step(&mut attached, article, &settings.options);
    }
    attached
}

/// The same, one part per task, then `done` with the briefing: the pages'
/// start, where the whole of it in one task ran over the 50 ms of a long
/// task on a slow phone. The first task makes the controls work; the view
/// a deep link asks for is on screen after the second.
pub fn attach_in_steps(
    article: Element,
    settings: Settings,
    done: impl FnOnce(Attached) + 'static,
) {
    let attached = attach_state(&article, &settings);
    run_steps(attached, article, settings.options, &STEPS, Box::new(done));
}

/// Runs the first of `steps` in the next task, and the rest after it.
fn run_steps(
    mut attached: Attached,
    article: Element,
    options: BriefingOptions,
    steps: &'static [Step],
    done: Box<dyn FnOnce(Attached)>,
) {
    let Some((step, rest)) = steps.split_first() else {
        return done(attached);
    };
    dom::in_next_task(move || {
        step(&mut attached, &article, &options);
        run_steps(attached, article, options, rest, done);
    });
}

/// The first part of attaching: presentation, the view state, one click
/// listener for every control, and the theme.
fn attach_state(article: &Element, settings: &Settings) -> Attached {
    super::presentation::apply(article, &settings.options);
    let index = PageIndex::find(article);
    let state = RwSignal::new(settings.state);
    let filter = Memo::new(move |_| state.get().filter);
    let theme = Memo::new(move |_| state.get().theme);

    // One listener for every control (a click's target may be text inside
    // a chip): cheaper to attach than one closure per button.
    dom::on::<Event>(article, "click", move |event| {
        let Some(assignments) = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-rb-set]").ok().flatten())
            .and_then(|control| control.get_attribute("data-rb-set"))
        else {
            return;
        };
        let now = state.get_untracked();
        let next = now.assigned(&assignments);
        if next != now {
            state.set(next);
        }
    });

    let root = article.clone();
    let effects = vec![dom::effect(move || {
        set_attr(&root, "data-theme", Some(theme.get().code()));
    })];
    Attached {
        state,
        filter,
        theme,
        index,
        effects,
    }
}

/// A pre-rendered button that sets part of the view state: a chip (it has
/// `aria-pressed`) or a "clear" button. Read once when attaching.
struct Control {
    el: Element,
    /// Its `data-rb-set`.
    assignments: String,
    /// A chip shows its choice as pressed; a "clear" button as disabled.
    chip: bool,
}

impl Control {
    fn new(el: Element) -> Control {
        Control {
            assignments: el.get_attribute("data-rb-set").unwrap_or_default(),
            chip: el.has_attribute("aria-pressed"),
            el,
        }
    }

    /// Pressed or disabled under `now`: a control whose assignments would
    /// change nothing is the current choice.
    fn show(&self, now: ViewState) {
        let current = now.assigned(&self.assignments) == now;
        if self.chip {
            let pressed = if current { "true" } else { "false" };
            set_attr(&self.el, "aria-pressed", Some(pressed));
        } else {
            set_attr(&self.el, "disabled", current.then_some(""));
        }
    }
}

/// The parts of a briefing a filter changes beyond what CSS hides, found
/// once when attaching (a section the host left out is simply absent).
struct FilterParts {
    root: Element,
    status: Option<Element>,
    empty: Option<Element>,
    no_quotes: Option<Element>,
    no_figures: Option<Element>,
    figures_without_country: Option<Element>,
    compare_rows: Vec<Element>,
    compare_hint: Option<Element>,
    charts: Vec<Element>,
}

impl FilterParts {
    fn find(root: &Element) -> FilterParts {
        FilterParts {
            root: root.clone(),
            status: dom::first(root, ".rb-status"),
            empty: dom::first(root, ".rb-empty"),
            no_quotes: dom::first(root, ".rb-quotes > .rb-none"),
            no_figures: dom::first(root, ".rb-figures > .rb-none:not(.rb-figures__no-country)"),
            figures_without_country: dom::first(root, ".rb-figures__no-country"),
            compare_rows: dom::all(root, ".rb-compare__row"),
            compare_hint: dom::first(root, ".rb-compare .rb-hint"),
            charts: dom::all(root, ".rb-bars"),
        }
    }

    /// The stylesheet's part (the root's filter attributes) always; the
    /// index's part when the page has `view`.
    fn show(&self, filter: Filter, view: Option<&IndexView>) {
        let (country, topic) = filter.attrs();
        set_attr(&self.root, FILTER_COUNTRY_ATTRIBUTE, Some(country));
        set_attr(&self.root, FILTER_TOPIC_ATTRIBUTE, Some(topic));
        let toggle = |el: &Option<Element>, hidden: bool| {
            if let Some(el) = el {
                set_hidden(el, hidden);
            }
        };
        toggle(&self.compare_hint, filter.country == CountryFilter::All);
        let Some(view) = view else {
            return;
        };
        if let Some(status) = &self.status {
            set_text(status, &view.text("status"));
        }
        toggle(&self.empty, !view.flag("data-rb-nothing"));
        toggle(&self.no_quotes, !view.flag("data-rb-no-quotes"));
        toggle(&self.no_figures, !view.flag("data-rb-no-figures"));
        if let Some(note) = &self.figures_without_country {
            let text = view.text("no-country");
            set_text(note, &text);
            set_hidden(note, text.is_empty());
        }
        for (row, shown) in self.compare_rows.iter().zip(view.flags("data-rb-rows")) {
            set_hidden(row, !shown);
        }
        for (chart, data) in self.charts.iter().zip(view.charts()) {
            show_chart(chart, &data);
        }
    }
}

/// A chart's summary, bars and table under the filter: values change, the
/// rows stay (a bar at zero is hidden, in the chart and in its table).
fn show_chart(chart: &Element, view: &IndexChart) {
    if let Some(summary) = dom::first(chart, ".rb-widget__summary") {
        set_text(&summary, &view.summary());
    }
    let bars = dom::all(chart, ".rb-bars__row");
    let cells = dom::all(chart, "tbody tr");
    for (i, (value, width)) in view.bars().iter().enumerate() {
        let zero = value == "0";
        if let Some(bar) = bars.get(i) {
            set_hidden(bar, zero);
            if let Some(rect) = dom::first(bar, ".rb-bars__bar") {
                set_attr(&rect, "width", Some(width));
            }
            if let Some(label) = dom::first(bar, ".rb-bars__value") {
                set_text(&label, value);
            }
        }
        if let Some(row) = cells.get(i) {
            set_hidden(row, zero);
            if let Some(cell) = dom::first(row, "td") {
                set_text(&cell, value);
            }
        }
    }
}
