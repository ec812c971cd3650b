//! What each item of the briefing carries for the filter, as HTML
//! attributes, and the stylesheet rules that read them.
//!
//! The pre-rendered page is the briefing: every speaker, point, quote,
//! figure and measure says which country (`data-rb-country`) and topics
//! (`data-rb-topics`) it belongs to, and the briefing's root says what the
//! reader chose (`data-rb-filter-country`, `data-rb-filter-topic`). A filter
//! change sets those two attributes and the rules below, written from the
//! [`Country`] and [`Topic`] enums, hide what does not fit, in the click's
//! own frame and without a per-item script. The rules are the same
//! conjunction as [`crate::briefing::filter::Filter`]: an item shows when its
//! country fits and it carries the topic; an item with no stated country
//! (`none`) shows only under "All".

use super::filter::{CountryFilter, Filter};
use super::model::{Country, Roundtable, SpeakerId, Topic};

/// The root attribute holding the reader's country choice (`all`, `kz`, `ru`).
pub const FILTER_COUNTRY_ATTRIBUTE: &str = "data-rb-filter-country";
/// The root attribute holding the reader's topic choice (`all` or a slug).
pub const FILTER_TOPIC_ATTRIBUTE: &str = "data-rb-filter-topic";

/// An item's `data-rb-country`: the country code, or `none` when the report
/// ties it to no country.
pub fn country_attr(country: Option<Country>) -> &'static str {
    country.map_or("none", Country::code)
}

/// An item's `data-rb-topics`: topic slugs separated by spaces (the `~=`
/// selector's word list), each once, in [`Topic::ALL`] order.
pub fn topics_attr<'a>(topics: impl IntoIterator<Item = &'a Topic>) -> String {
    let given: Vec<Topic> = topics.into_iter().copied().collect();
    let slugs: Vec<&str> = Topic::ALL
        .into_iter()
        .filter(|t| given.contains(t))
        .map(Topic::slug)
        .collect();
    slugs.join(" ")
}

/// The root's `data-rb-filter-topic` for a topic choice.
pub fn topic_choice_attr(topic: Option<Topic>) -> &'static str {
    topic.map_or("all", Topic::slug)
}

impl Filter {
    /// The root's two attribute values for this filter: (country, topic).
    pub fn attrs(&self) -> (&'static str, &'static str) {
        (self.country.code(), topic_choice_attr(self.topic))
    }
}

impl Roundtable {
    /// Every topic a speaker's points and quotes carry: a speaker shows
    /// under a topic filter when one of them is on it.
    pub fn speaker_topics(&self, id: &SpeakerId) -> Vec<Topic> {
        let mut topics: Vec<Topic> = Vec::new();
        let carried = self
            .statements_by(id)
            .flat_map(|st| st.topics.iter())
            .chain(self.quotes_by(id).flat_map(|q| q.topics.iter()));
        for t in carried {
            if !topics.contains(t) {
                topics.push(*t);
            }
        }
        topics
    }
}

/// How the filter hides an item: the declarations of [`filter_css`]'s rules
/// (also for the compare rows and chart rows the client hides).
///
/// Not `display: none`: that throws away the item's boxes, and showing it
/// again (back to "All") lays out its text from scratch, most of a click's
/// time at 4× CPU. `content-visibility: hidden` keeps that rendering state
/// while skipping the item's contents (not painted, not in `innerText`, not
/// focusable, not in the accessibility tree); `visibility: hidden` does the
/// same for the item's own box (a filtered-out carousel dot is a button);
/// `position: absolute` and no size take it out of its list's flow, grid
/// and gaps, so it takes no room (and `overflow: hidden` keeps its text
/// from spilling out of the empty box where `content-visibility` is not
/// supported: Safari before 18, Firefox before 125). No transition may delay it (carousel
/// slides fade `visibility`).
pub const HIDDEN_DECLARATIONS: &str = "content-visibility: hidden !important; visibility: hidden !important; position: absolute !important; width: 0 !important; height: 0 !important; min-width: 0 !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: hidden !important; transition: none !important;";

/// The filter's stylesheet rules, generated from the enums (screen only:
/// a printed briefing is always complete). Written at build time into the
/// widget's stylesheet (see Trunk.toml). Each hides with
/// [`HIDDEN_DECLARATIONS`].
pub fn filter_css() -> String {
    let mut css = String::from(
        "/* Generated from the Country and Topic enums (src/briefing/facets.rs): do not edit. */\n@media screen {\n",
    );
    for choice in CountryFilter::OPTIONS {
        if let CountryFilter::Only(c) = choice {
            let code = c.code();
            css.push_str(&format!(
                "  .rb-briefing[{FILTER_COUNTRY_ATTRIBUTE}=\"{code}\"] [data-rb-country]:not([data-rb-country=\"{code}\"]) {{ {HIDDEN_DECLARATIONS} }}\n"
            ));
        }
    }
    for t in Topic::ALL {
        let slug = t.slug();
        css.push_str(&format!(
            "  .rb-briefing[{FILTER_TOPIC_ATTRIBUTE}=\"{slug}\"] [data-rb-topics]:not([data-rb-topics~=\"{slug}\"]) {{ {HIDDEN_DECLARATIONS} }}\n"
        ));
    }
    // The compare rows and chart rows the client hides (style/base.css
    // hides the other `.rb-filtered-out` parts with `display: none`).
    css.push_str(&format!(
        "  .rb-compare__row.rb-filtered-out, .rb-bars__row.rb-filtered-out {{ {HIDDEN_DECLARATIONS} }}\n"
    ));
    css.push_str("}\n");
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_css_has_one_screen_rule_per_country_and_topic_each_hiding_without_display_none() {
        let css = filter_css();
        assert!(
            css.contains("@media screen {"),
            "screen only: print shows everything"
        );
        let rules: Vec<&str> = css
            .lines()
            .filter(|l| l.contains("{ content-visibility"))
            .collect();
        let countries = CountryFilter::OPTIONS
            .into_iter()
            .filter(|c| matches!(c, CountryFilter::Only(_)))
            .count();
        // One per country and topic, and the client's compare and chart rows.
        assert_eq!(rules.len(), countries + Topic::ALL.len() + 1);
        for rule in &rules {
            assert!(
                rule.ends_with(&format!("{{ {HIDDEN_DECLARATIONS} }}")),
                "{rule}"
            );
        }
        assert!(css.contains(
            ".rb-briefing[data-rb-filter-country=\"kz\"] [data-rb-country]:not([data-rb-country=\"kz\"])"
        ));
        assert!(css.contains(
            ".rb-briefing[data-rb-filter-topic=\"demography\"] [data-rb-topics]:not([data-rb-topics~=\"demography\"])"
        ));
        assert!(
            !css.contains("display: none"),
            "display: none would drop the items' layout"
        );
    }

    #[test]
    fn hidden_items_are_skipped_invisible_out_of_flow_and_sizeless() {
        for declaration in [
            "content-visibility: hidden !important",
            "visibility: hidden !important",
            "position: absolute !important",
            "width: 0 !important",
            "height: 0 !important",
            "padding: 0 !important",
            "border: 0 !important",
            "margin: 0 !important",
            "overflow: hidden !important",
            "transition: none !important",
        ] {
            assert!(HIDDEN_DECLARATIONS.contains(declaration), "{declaration}");
        }
    }
}
