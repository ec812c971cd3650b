//! The briefing as plain article HTML, for the inside of a
//! `<roundtable-briefing>` element: what a host page shows before the script
//! runs, without JavaScript, and if the script fails (like a tweet's
//! blockquote before its widget loads).
//!
//! It lives in the host's light DOM and is styled by the host, so it is
//! semantic markup only: headings, lists, `<blockquote>` for the report's
//! quoted words (and nothing else), no classes but one hook on the root, no
//! controls that could not work. It follows the element's settings: its
//! sections in their order, its country filter, its heading level. Every item
//! carries its paragraph of the report, as in the app. Every text from the
//! data is escaped.

use crate::briefing::filter::{CountryFilter, Filter};
use crate::briefing::{CountryBasis, Paragraph, Roundtable, Speaker};
use crate::lang::Lang;
use crate::state::options::{Section, Settings};

/// The article for `settings` in `lang` (`data` is that edition's data),
/// as one HTML string.
pub fn fallback_article(data: &Roundtable, settings: &Settings, lang: Lang) -> String {
    let w = lang.words();
    let filter = settings.state.filter;
    let top = settings.options.heading_level.clamp(1, 5);
    let mut out = Html::default();
    out.raw("<article class=\"rb-fallback\" lang=\"");
    out.text(lang.code());
    out.raw("\">");
    out.heading(top, &data.event.title);
    out.element("p", &data.event.summary);
    let country = match filter.country {
        CountryFilter::All => None,
        CountryFilter::Only(c) => Some(c),
    };
    let filtered = match (country, filter.topic) {
        (None, None) => None,
        (country, topic) => Some(
            [
                country.map(|c| (w.country)(c).to_owned()),
                topic.map(|t| (w.topic)(t).to_owned()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
        ),
    };
    if let Some(only) = filtered {
        out.raw("<p><em>");
        out.text(&(w.fallback_showing_only)(&only));
        out.raw("</em></p>");
    }
    for section in settings.options.sections.iter() {
        section_html(&mut out, data, filter, section, top + 1, lang);
    }
    out.raw("<p><small>");
    out.text(&(w.fallback_source)(&data.report.source));
    out.raw("</small></p></article>");
    out.0
}

/// One section of the article; nothing if the filter leaves it empty.
fn section_html(
    out: &mut Html,
    data: &Roundtable,
    filter: Filter,
    section: Section,
    level: u8,
    lang: Lang,
) {
    let w = lang.words();
    let speakers: Vec<&Speaker> = data
        .speakers
        .iter()
        .filter(|s| filter.shows_speaker(data, s))
        .collect();
    let items: Vec<Item> = match section {
        Section::Agenda => speakers
            .iter()
            .map(|s| Item {
                lead: s.name.to_string(),
                text: format!("{} ({}). {}", s.role, country_words(s, lang), s.summary),
                paragraph: None,
            })
            .collect(),
        Section::Speakers => data
            .statements
            .iter()
            .filter(|st| filter.shows_statement(data, st))
            .map(|st| Item {
                lead: data.speaker_name(&st.speaker).to_owned(),
                text: st.text.to_string(),
                paragraph: Some(st.paragraph),
            })
            .collect(),
        Section::Quotes => {
            let quotes: Vec<_> = data
                .quotes
                .iter()
                .filter(|q| filter.shows_quote(data, q))
                .collect();
            if quotes.is_empty() {
                return;
            }
            out.heading(level, section.label(lang));
            for q in quotes {
                let who = data.speaker(&q.speaker);
                // The report's words, in its language, whatever the edition.
                out.raw("<blockquote lang=\"");
                out.text(&data.report.language);
                out.raw("\"><p>");
                out.text(&format!("“{}”", q.text));
                out.raw("</p><footer>— ");
                out.text(&format!(
                    "{}{} ¶{}",
                    data.speaker_name(&q.speaker),
                    who.map(|s| format!(", {}", s.role)).unwrap_or_default(),
                    q.paragraph.number()
                ));
                out.raw("</footer></blockquote>");
                // An edition's translation: labelled ours, outside the quotation.
                if let Some(translation) = &q.translation {
                    out.raw("<p><small>");
                    out.text(&format!("{}: {translation}", w.our_translation));
                    out.raw("</small></p>");
                }
            }
            return;
        }
        Section::Figures => data
            .statistics
            .iter()
            .filter(|s| filter.shows_statistic(s))
            .map(|s| Item {
                lead: format!("{} {}", s.figure_in(lang), s.unit),
                text: (w.fallback_figure)(
                    &s.label,
                    w.country_or_not_stated(s.country),
                    data.speaker_name(&s.cited_by),
                ),
                paragraph: Some(s.paragraph),
            })
            .collect(),
        Section::Compare => data
            .measures
            .iter()
            .filter(|m| filter.shows_measure(m))
            .map(|m| Item {
                lead: format!("{}: {}", (w.country)(m.country), m.title),
                text: m.summary.to_string(),
                paragraph: Some(m.paragraph),
            })
            .collect(),
        Section::Conclusions => data
            .event
            .conclusions
            .iter()
            .map(|c| Item {
                lead: (w.conclusion_kind)(c.kind).to_owned(),
                text: c.text.to_string(),
                paragraph: Some(c.paragraph),
            })
            .collect(),
        Section::Mentioned => data
            .people_mentioned
            .iter()
            .map(|p| Item {
                lead: p.name.to_string(),
                text: format!("{}. {}", p.role, p.context),
                paragraph: Some(p.paragraph),
            })
            .collect(),
    };
    if items.is_empty() {
        return;
    }
    out.heading(level, section.label(lang));
    let list = if section == Section::Agenda {
        "ol"
    } else {
        "ul"
    };
    out.raw(&format!("<{list}>"));
    for item in items {
        out.raw("<li><strong>");
        out.text(&item.lead);
        out.raw("</strong> — ");
        out.text(&item.text);
        if let Some(p) = item.paragraph {
            out.text(&format!(" ¶{}", p.number()));
        }
        out.raw("</li>");
    }
    out.raw(&format!("</{list}>"));
}

/// A speaker's country in words, saying how the briefing knows it.
fn country_words(s: &Speaker, lang: Lang) -> String {
    let w = lang.words();
    match (s.country, s.country_basis) {
        (Some(c), CountryBasis::Stated) => (w.country)(c).to_owned(),
        (Some(c), basis) => format!("{}, {}", (w.country)(c), (w.country_basis)(basis)),
        (None, _) => w.country_not_stated.to_owned(),
    }
}

/// One list entry: a bold lead, a text, and where in the report it is.
struct Item {
    lead: String,
    text: String,
    paragraph: Option<Paragraph>,
}

/// An HTML string under construction: markup goes in raw, data as text.
#[derive(Default)]
struct Html(String);

impl Html {
    fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    /// Appends `text` escaped for element content and attribute values.
    fn text(&mut self, text: &str) {
        self.0.push_str(&crate::embed_code::escape_html(text));
    }

    fn element(&mut self, name: &str, text: &str) {
        self.raw(&format!("<{name}>"));
        self.text(text);
        self.raw(&format!("</{name}>"));
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.element(&format!("h{}", level.clamp(1, 6)), text);
    }
}
