//! The HTML a host copies to embed the briefing, written from [`Settings`]:
//! the script embed (`<roundtable-briefing>`) and the iframe embed, in the
//! shapes `docs/embedding.md` documents. Plain Rust, so the embed-code
//! builder and the tests share one writer.
//!
//! Every attribute value is escaped, `base` included: it comes from a form
//! field, and a snippet is pasted into someone else's page.

use crate::briefing::Roundtable;
use crate::embed_code::escape_html as escape;
use crate::embed_code::fallback_article::fallback_article;
use crate::lang::Lang;
use crate::state::options::{to_attributes, to_query, Settings};

/// What the iframe sandbox allows: scripts (the app), same origin (its own
/// files), and popups that escape the sandbox, so source links open normally.
const FRAME_SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The script embed for `settings`: the module script from `base` (the URL
/// of the folder holding `dist/`) and a `<roundtable-briefing>` element with
/// only the attributes that differ from [`Settings::script_embed`], and
/// `lang` for an edition other than English.
pub fn script_snippet(base: &str, settings: &Settings, lang: Lang) -> String {
    script_embed(base, settings, lang, "")
}

/// The script embed with the briefing inside the element as plain article
/// HTML ([`fallback_article`]): the host page shows it at once, keeps it if
/// the script cannot run, and the element replaces it when the app mounts.
/// `data` is the edition's data (`lang`'s).
pub fn script_snippet_with_fallback(
    base: &str,
    settings: &Settings,
    data: &Roundtable,
    lang: Lang,
) -> String {
    script_embed(
        base,
        settings,
        lang,
        &format!("\n{}\n", fallback_article(data, settings, lang)),
    )
}

fn script_embed(base: &str, settings: &Settings, lang: Lang, inside: &str) -> String {
    let base = folder(base);
    let mut element = String::from("<roundtable-briefing");
    if lang != Lang::default() {
        element.push_str(&format!(" lang=\"{}\"", lang.code()));
    }
    for (name, value) in to_attributes(settings, &Settings::script_embed()) {
        element.push_str(&format!(" {name}=\"{}\"", escape(&value)));
    }
    element.push('>');
    element.push_str(inside);
    element.push_str("</roundtable-briefing>");
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n{element}",
        escape(&format!("{base}embed.js"))
    )
}

/// The iframe embed for `settings`, `height` CSS pixels tall until the parent
/// script resizes it: the frame, with only what differs from
/// [`Settings::frame_embed`] in its query, and the parent script from `base`.
/// The frame is `lang`'s edition's page (`ru/embed.html`), titled in it.
pub fn iframe_snippet(base: &str, settings: &Settings, height: u32, lang: Lang) -> String {
    let base = folder(base);
    let src = format!("{base}{}", frame_path(settings, lang));
    format!(
        "<iframe data-roundtable-briefing src=\"{src}\"\n        \
         title=\"{title}\"\n        \
         width=\"100%\" height=\"{height}\" loading=\"lazy\"\n        \
         sandbox=\"{FRAME_SANDBOX}\"></iframe>\n\
         <script src=\"{parent}\" defer></script>",
        src = escape(&src),
        title = escape(lang.words().frame_title),
        parent = escape(&format!("{base}embed-parent.js")),
    )
}

/// The iframe page of `lang`'s edition with `settings` in its query,
/// relative to the site's folder: `embed.html`, `ru/embed.html?country=kz`.
pub fn frame_path(settings: &Settings, lang: Lang) -> String {
    let query = to_query(settings, &Settings::frame_embed());
    if query.is_empty() {
        format!("{}embed.html", lang.dir())
    } else {
        format!("{}embed.html?{query}", lang.dir())
    }
}

/// `base` as a folder URL, ending with `/` so file names can be appended.
/// An empty base stays empty: the files are then next to the host page,
/// which a `/` (the site root) would get wrong under a subpath.
fn folder(base: &str) -> String {
    let base = base.trim();
    if base.is_empty() || base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    }
}
