//! Finishing `dist/` after Trunk has built the app (native, build time).
//!
//! Trunk writes one page, `index.html`, with the app's hashed files, and
//! builds the full bundle (`rb-full`, from a `data-type="worker"` link:
//! built, not injected, not hashed). This module turns that into everything
//! the site serves:
//!
//! - the briefing pre-rendered into the page, from the same components and
//!   data as the live app, so readers, crawlers and link previews get the
//!   whole content before (or without) the wasm;
//! - an external start script instead of an inline one, with its own
//!   integrity, so the pages work under a strict Content-Security-Policy;
//! - `embed.html` (the iframe embed), derived from `index.html`, and
//!   `embed.js` (the script embed), from a template in `embed/`;
//! - both bundles under content-hashed names ([`hash_bundle`]), so a
//!   host's cache never pairs one build's glue with another's wasm, and
//!   `builder.html`, the editors' page that loads the full one, from a
//!   template;
//! - the 404 page's link home and the social preview's absolute URL, when
//!   the deployment says where the site lives.
//!
//! The HTML is read and rewritten with [`lol_html`] (Cloudflare's streaming
//! rewriter), matching elements by CSS selector: Trunk's release output is
//! minified (unquoted attributes, omitted end tags) and its debug output is
//! not, and a real tokenizer reads either, with any quoting, any case, and a
//! `>` or `&…;` inside an attribute value, where a hand-written scanner had
//! to assume Trunk's exact shape. Values are copied as written (character
//! references stay as they are), and markup that is not touched comes out
//! byte for byte. It runs only here, natively at build time, so the wasm
//! bundles pay nothing for it. The rest (templates, hashes, names) is plain
//! string work. All of it is in plain functions with typed errors, so it is
//! tested natively (`tests/pages.rs`); the binary `rb-pages` (run by Trunk's
//! post-build hook) only does the file I/O.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use base64::Engine as _;
use lol_html::html_content::{ContentType, Element, EndTag};
use lol_html::{rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector};
use sha2::{Digest, Sha384};

use crate::embed_code::escape_html;
use crate::lang::Lang;

/// The element the standalone and embed pages mount into.
pub const MOUNT_ID: &str = "roundtable-briefing";
/// The standalone page's own chrome after the briefing (the link to
/// `builder.html`): emptied in the frame page, which shows only the
/// briefing. Both pages hold their first paint until it is parsed
/// (`<link rel=expect>` in `index.html`), so it stays in the frame, empty.
pub const PAGE_CHROME_ID: &str = "rb-page-chrome";
/// The full bundle's binary (`src/bin/rb-full.rs`), and the stem of the
/// unhashed names Trunk gives a worker bundle's files
/// (`rb-full.js`, `rb-full_bg.wasm`).
pub const FULL_BIN: &str = "rb-full";
/// Stands in for the start script in Trunk's output (`pattern_script` in Trunk.toml).
pub const START_PLACEHOLDER: &str = "__RB_START__";
/// Stands in for the site's home path in `404.html`.
pub const HOME_PLACEHOLDER: &str = "__RB_HOME__";

/// Something in Trunk's output or a template was not as expected. The
/// build stops with this message rather than shipping a broken page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagesError {
    /// A file the app needs is not referenced by `index.html`.
    MissingAsset(&'static str),
    /// The page lacks an element or marker the build needs.
    MissingMarker(&'static str),
    /// A template holds a placeholder the build has no value for.
    UnfilledPlaceholder(String),
    /// The HTML rewriter refused the page (say, markup it cannot parse
    /// unambiguously) while doing `step`; `reason` is lol_html's message.
    Rewrite {
        /// What the build was doing to the page.
        step: &'static str,
        /// Why the rewriter stopped.
        reason: String,
    },
}

impl fmt::Display for PagesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PagesError::MissingAsset(what) => {
                write!(f, "index.html from Trunk does not reference the {what}")
            }
            PagesError::MissingMarker(what) => write!(f, "the page has no {what}"),
            PagesError::UnfilledPlaceholder(name) => {
                write!(f, "a template still contains the placeholder {name}")
            }
            PagesError::Rewrite { step, reason } => {
                write!(f, "the HTML rewriter failed while {step}: {reason}")
            }
        }
    }
}

impl std::error::Error for PagesError {}

/// The app's hashed files, as Trunk named them (relative to `dist/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppAssets {
    /// The main bundle's wasm-bindgen JavaScript glue, e.g. `roundtable-briefing-65b9….js`.
    pub glue: String,
    /// The main bundle's WebAssembly module.
    pub wasm: String,
    /// The wasm's subresource integrity (`sha384-…`): as Trunk computed it,
    /// then the rewritten file's (see `rb-pages`).
    pub wasm_integrity: String,
    /// The widget's stylesheet (tokens, base and components).
    pub css: String,
    /// The widget stylesheet's integrity, as Trunk computed it.
    pub css_integrity: String,
    /// The page stylesheet (`page-….css`: the page around the briefing, the builder).
    pub page_css: String,
    /// The page stylesheet's integrity, as Trunk computed it.
    pub page_css_integrity: String,
}

/// A bundle's files under their content-hashed names (relative to
/// `dist/`), with the integrity of each ([`hash_bundle`]): the full
/// bundle's and the main bundle's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashedBundle {
    /// The wasm-bindgen JavaScript glue, e.g. `rb-full-<hash>.js`.
    pub glue: String,
    /// The glue's subresource integrity (for the pages' modulepreload links).
    pub glue_integrity: String,
    /// The WebAssembly module, e.g. `rb-full-<hash>_bg.wasm`.
    pub wasm: String,
    /// The wasm's subresource integrity, checked by the `fetch` that loads it.
    pub wasm_integrity: String,
}

/// Reads the app's file names from Trunk's `index.html` (its preload links
/// and stylesheet links; quoted or, after minifying, unquoted attributes).
pub fn find_assets(index_html: &str) -> Result<AppAssets, PagesError> {
    /// A link's `href` (without a leading `./`) and `integrity`, as written.
    type Link = (Option<String>, Option<String>);
    let read = |el: &Element| -> Link {
        let href = el
            .get_attribute("href")
            .map(|h| h.trim_start_matches("./").to_owned());
        (href, el.get_attribute("integrity"))
    };
    // The first link of each kind counts (Trunk writes one of each); each
    // handler fills its own slot.
    let mut glue: Option<Link> = None;
    let mut wasm: Option<Link> = None;
    let mut stylesheets: Vec<Link> = Vec::new();
    // The rewriter as a reader: it changes nothing, and its output is dropped.
    rewrite(
        index_html,
        "reading the app's files from index.html",
        Parsing::Strict,
        vec![
            on_element(GLUE_PRELOAD, |el| {
                glue.get_or_insert_with(|| read(el));
                Ok(())
            }),
            on_element(WASM_PRELOAD, |el| {
                wasm.get_or_insert_with(|| read(el));
                Ok(())
            }),
            on_element(STYLESHEET, |el| {
                stylesheets.push(read(el));
                Ok(())
            }),
        ],
    )?;
    let glue = glue
        .and_then(|(href, _)| href)
        .ok_or(PagesError::MissingAsset(
            "JavaScript glue (modulepreload link)",
        ))?;
    let (wasm, wasm_integrity) =
        wasm.ok_or(PagesError::MissingAsset("wasm module (preload link)"))?;
    let wasm = wasm.ok_or(PagesError::MissingAsset("wasm module's href"))?;
    let wasm_integrity =
        wasm_integrity.ok_or(PagesError::MissingAsset("wasm module's integrity"))?;
    let stylesheet = |stem: &str, what: &'static str| {
        let (href, integrity) = stylesheets
            .iter()
            .filter_map(|(href, integrity)| Some((href.as_ref()?, integrity)))
            .find(|(h, _)| h.starts_with(stem) && h.ends_with(".css"))
            .ok_or(PagesError::MissingAsset(what))?;
        let integrity = integrity
            .clone()
            .ok_or(PagesError::MissingAsset("stylesheet's integrity"))?;
        Ok::<_, PagesError>((href.clone(), integrity))
    };
    let (css, css_integrity) = stylesheet("briefing-", "widget stylesheet (briefing-….css)")?;
    let (page_css, page_css_integrity) = stylesheet("page-", "page stylesheet (page-….css)")?;
    Ok(AppAssets {
        glue,
        wasm,
        wasm_integrity,
        css,
        css_integrity,
        page_css,
        page_css_integrity,
    })
}

/// Names a bundle's files by their content: Trunk leaves a worker bundle's
/// files (the full bundle) as `<bin>.js` and `<bin>_bg.wasm`, and names the
/// main bundle before the build rewrites it (short import names, minified
/// glue); either way a host's cache could pair one build's glue with
/// another's wasm, or hold the old bytes under a name whose integrity has
/// changed. Both files get one hash of both contents
/// (`<bin>-<16 hex digits>.js`, `…_bg.wasm`); the glue's own reference to
/// its wasm, `wasm_ref` (used when `init` is called without a path), is
/// renamed with it, though the start scripts always pass the URL. Returns
/// the names and integrities, and the glue's new text.
pub fn hash_bundle(bin: &str, glue: &str, wasm_ref: &str, wasm: &[u8]) -> (HashedBundle, String) {
    let digest = Sha384::new()
        .chain_update(glue.as_bytes())
        .chain_update(wasm)
        .finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let stem = format!("{bin}-{hex}");
    let wasm_name = format!("{stem}_bg.wasm");
    let glue_text = glue.replace(wasm_ref, &wasm_name);
    let bundle = HashedBundle {
        glue: format!("{stem}.js"),
        glue_integrity: integrity(glue_text.as_bytes()),
        wasm: wasm_name,
        wasm_integrity: integrity(wasm),
    };
    (bundle, glue_text)
}

/// The subresource integrity value of `bytes` (`sha384-<base64>`), the form
/// Trunk uses for its own files.
pub fn integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// A content-derived file name: `stem-<16 hex digits>.ext`.
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

/// The attributes `<roundtable-briefing>` watches, as a JavaScript array
/// literal: exactly the names the settings parser reads, so the two cannot
/// drift apart, and `lang`, the edition, which `embed.js` reads.
pub fn observed_attributes() -> String {
    // `lang` is the element's own (its edition), read by embed.js itself.
    let names: Vec<String> = crate::state::options::option_names()
        .chain(["lang"])
        .map(|name| format!("'{name}'"))
        .collect();
    format!("[{}]", names.join(", "))
}

/// The editions as a JavaScript object literal, each code with its pages'
/// directory: `{"en": "", "ru": "ru/", "kk": "kk/"}` (`embed/start.js`
/// sends `embed.html?lang=ru` to `ru/embed.html`).
pub fn editions() -> String {
    let pairs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("\"{}\": \"{}\"", l.code(), l.dir()))
        .collect();
    format!("{{{}}}", pairs.join(", "))
}

/// The values of the `__RB_…__` placeholders templates may use
/// (`embed/start.js`, `embed/element.js`, `embed/builder.html`…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateValues(Vec<(&'static str, String)>);

impl TemplateValues {
    /// Every file of the build and its integrity, the build's `version`, and
    /// the element's observed attributes:
    /// `__RB_GLUE__`, `__RB_WASM__`, `__RB_WASM_INTEGRITY__` (the main bundle);
    /// `__RB_FULL_GLUE__`, `__RB_FULL_GLUE_INTEGRITY__`, `__RB_FULL_WASM__`,
    /// `__RB_FULL_WASM_INTEGRITY__` (the full bundle); `__RB_CSS__`,
    /// `__RB_CSS_INTEGRITY__`, `__RB_PAGE_CSS__`, `__RB_PAGE_CSS_INTEGRITY__`;
    /// `__RB_VERSION__`; `__RB_ATTRIBUTES__`.
    pub fn new(assets: &AppAssets, full: &HashedBundle, version: &str) -> TemplateValues {
        TemplateValues(vec![
            ("GLUE", assets.glue.clone()),
            ("WASM", assets.wasm.clone()),
            ("WASM_INTEGRITY", assets.wasm_integrity.clone()),
            ("FULL_GLUE", full.glue.clone()),
            ("FULL_GLUE_INTEGRITY", full.glue_integrity.clone()),
            ("FULL_WASM", full.wasm.clone()),
            ("FULL_WASM_INTEGRITY", full.wasm_integrity.clone()),
            ("CSS", assets.css.clone()),
            ("CSS_INTEGRITY", assets.css_integrity.clone()),
            ("PAGE_CSS", assets.page_css.clone()),
            ("PAGE_CSS_INTEGRITY", assets.page_css_integrity.clone()),
            ("VERSION", version.to_owned()),
            ("ATTRIBUTES", observed_attributes()),
            ("EDITIONS", editions()),
        ])
    }

    /// The same with one more placeholder, `__RB_<name>__` (a file written
    /// after the others, such as a page's start script).
    pub fn with(mut self, name: &'static str, value: &str) -> TemplateValues {
        self.0.retain(|(n, _)| *n != name);
        self.0.push((name, value.to_owned()));
        self
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Fills a template's `__RB_<NAME>__` placeholders with `values`, in one
/// pass (a value is never read as a placeholder itself). A placeholder
/// without a value, or a stray `__RB_`, is an error, not a broken file.
pub fn fill_template(template: &str, values: &TemplateValues) -> Result<String, PagesError> {
    const OPEN: &str = "__RB_";
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let run = after
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let token = &rest[at..at + OPEN.len() + run];
        let value = after[..run]
            .strip_suffix("__")
            .and_then(|name| values.get(name))
            .ok_or_else(|| PagesError::UnfilledPlaceholder(token.to_owned()))?;
        out.push_str(value);
        rest = &after[run..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Replaces the start-script placeholder tag with a module script loading
/// `start_file` under `start_integrity`.
pub fn with_start_script(
    html: &str,
    start_file: &str,
    start_integrity: &str,
) -> Result<String, PagesError> {
    let script = format!(
        r#"<script type="module" src="./{start_file}" integrity="{start_integrity}"></script>"#
    );
    replace_element(
        html,
        "replacing the start-script placeholder",
        &format!(r#"script[src="{START_PLACEHOLDER}"]"#),
        &script,
        "start-script placeholder (pattern_script in Trunk.toml)",
        // Without `</script>` the rest of the page would be the script's
        // text, and replacing the element would drop it.
        "end of the start-script tag",
    )
}

/// `html` with every occurrence of `old` (a file name or an integrity
/// value of a file the build rewrote, such as the main bundle's glue)
/// replaced by `new`. An error naming `what` if `old` is not there: a page
/// pointing at the old file, or checking its old integrity, would fail.
pub fn with_replaced(
    html: &str,
    old: &str,
    new: &str,
    what: &'static str,
) -> Result<String, PagesError> {
    if !html.contains(old) {
        return Err(PagesError::MissingMarker(what));
    }
    Ok(html.replace(old, new))
}

/// Drops the `integrity` attribute from the wasm's preload link. Chromium
/// ignores integrity on `as=fetch` preloads and warns in the console on every
/// load; the start scripts check the wasm's integrity themselves, in the
/// `fetch` that the preload serves.
///
/// Infallible, so lenient: it parses without lol_html's strict mode, and a
/// rewriter failure (with a constant selector and a handler that cannot
/// fail, only running out of memory) leaves the page as it was, which
/// works, with the console warning.
pub fn without_preload_integrity(html: &str) -> String {
    rewrite(
        html,
        "dropping the wasm preload's integrity",
        Parsing::Lenient,
        vec![on_element(WASM_PRELOAD, |el| {
            el.remove_attribute("integrity");
            Ok(())
        })],
    )
    .unwrap_or_else(|_| html.to_owned())
}

/// Puts `content` (the pre-rendered briefing) into the empty mount element.
pub fn with_prerendered(html: &str, content: &str) -> Result<String, PagesError> {
    // Where the mount's start tag ends: empty means its own end tag starts
    // right there, not even whitespace between them, as Trunk writes it.
    let start_end = Cell::new(None);
    let end = EndTagSeen::default();
    let page = rewrite(
        html,
        "pre-rendering the briefing into the mount element",
        Parsing::Strict,
        vec![on_element(format!("div#{MOUNT_ID}"), |el| {
            if start_end.get().is_some() {
                return Ok(());
            }
            start_end.set(Some(el.source_location().bytes().end));
            end.watch(el)?;
            el.prepend(content, ContentType::Html);
            Ok(())
        })],
    )?;
    match start_end.get() {
        None => Err(PagesError::MissingMarker(
            "mount element (id=roundtable-briefing)",
        )),
        Some(start_end) if end.at() == Some(start_end) => Ok(page),
        // Pre-rendering twice would duplicate the briefing; an unclosed
        // mount would take the rest of the page into it.
        Some(_) => Err(PagesError::MissingMarker("empty mount element")),
    }
}

/// The iframe embed page from the standalone page: the same head and files,
/// marked as a frame (`data-rb-page="frame"`), which the app reads to take
/// its options from the query string and report its height to the parent.
/// Its `<main>` gets a name, to tell it from the host page's, and the
/// standalone page's chrome ([`PAGE_CHROME_ID`]: the link to the builder)
/// is emptied: a host's article shows the briefing, not our site.
pub fn frame_page(standalone_html: &str) -> Result<String, PagesError> {
    /// What the rewriter saw of `<body>`.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Body {
        /// No `<body>` start tag (yet).
        Missing,
        /// A body, but not the standalone page's: left alone.
        NotStandalone,
        /// The standalone page's body, now the frame's.
        Framed,
    }
    let body = Cell::new(Body::Missing);
    let named_main = Cell::new(false);
    let page = rewrite(
        standalone_html,
        "deriving the frame page",
        Parsing::Strict,
        vec![
            on_element("body", |el| {
                if body.get() != Body::Missing {
                    return Ok(());
                }
                if el.get_attribute("data-rb-page").as_deref() != Some("standalone") {
                    body.set(Body::NotStandalone);
                    return Ok(());
                }
                body.set(Body::Framed);
                // Exactly these two attributes, whatever else the
                // standalone body carried.
                let names: Vec<String> = el.attributes().iter().map(|a| a.name()).collect();
                for name in names {
                    el.remove_attribute(&name);
                }
                el.set_attribute("class", "rb-page rb-page--frame")?;
                el.set_attribute("data-rb-page", "frame")?;
                Ok(())
            }),
            // The frame's main landmark is named: the host page has its own
            // main, and two unnamed ones are indistinguishable in a screen
            // reader's list.
            on_element("main", |el| {
                if !named_main.replace(true) {
                    el.set_attribute("aria-label", Lang::En.words().briefing_landmark)?;
                }
                Ok(())
            }),
        ],
    )?;
    match body.get() {
        Body::Missing => Err(PagesError::MissingMarker("body")),
        Body::NotStandalone => Err(PagesError::MissingMarker(
            "data-rb-page=\"standalone\" on <body>",
        )),
        Body::Framed => without_page_chrome(&page),
    }
}

/// Replaces the page-chrome element, with all it holds, by an empty one
/// without classes: it takes no room in the frame, whose height the host
/// reserves.
fn without_page_chrome(html: &str) -> Result<String, PagesError> {
    replace_element(
        html,
        "emptying the page chrome",
        &format!("div#{PAGE_CHROME_ID}"),
        &format!(r#"<div id="{PAGE_CHROME_ID}"></div>"#),
        "page chrome (id=rb-page-chrome, the link to builder.html)",
        // Without its `</div>` the element would reach to the end of the
        // page (or of an ancestor), and replacing it would drop what
        // follows.
        "end of the page chrome",
    )
}

/// Replaces the first element matching `selector`, with all it holds, by
/// `replacement` (HTML), for `step`. A page without such an element lacks
/// `missing`; one whose element has no end tag of its own lacks `unclosed`
/// (replacing it would drop the rest of the page).
fn replace_element(
    html: &str,
    step: &'static str,
    selector: &str,
    replacement: &str,
    missing: &'static str,
    unclosed: &'static str,
) -> Result<String, PagesError> {
    let found = Cell::new(false);
    let end = EndTagSeen::default();
    let page = rewrite(
        html,
        step,
        Parsing::Strict,
        vec![on_element(selector, |el| {
            if found.replace(true) {
                return Ok(());
            }
            end.watch(el)?;
            el.replace(replacement, ContentType::Html);
            Ok(())
        })],
    )?;
    if !found.get() {
        return Err(PagesError::MissingMarker(missing));
    }
    if end.at().is_none() {
        return Err(PagesError::MissingMarker(unclosed));
    }
    Ok(page)
}

/// Makes `page` (the English standalone or frame page, briefing already
/// pre-rendered in `lang`) the page of `lang`'s edition, which lives in
/// [`Lang::dir`]: `<html lang>`, the title and social texts in `lang`,
/// the frame's landmark name, the builder link's text, one
/// `<link rel="alternate" hreflang>` per edition plus `x-default` (absolute
/// where the site URL is known), and on the standalone page a language
/// switch of plain links before the briefing, each in its own language.
///
/// An edition in a directory gets `<base href="../">`, so every relative
/// URL of the page (its scripts, styles, downloads and the other editions)
/// still means the site's root; the render-blocking `rel="expect"` link
/// then names the page's own directory, so that it still points at this
/// document.
pub fn edition_page(page: &str, lang: Lang, site: &Site) -> Result<String, PagesError> {
    let w = lang.words();
    let depth = if lang.dir().is_empty() { "./" } else { "../" };
    let href = |l: Lang| match &site.url {
        Some(url) => format!("{url}{}", l.dir()),
        None => edition_link(l).to_owned(),
    };
    let mut alternates = String::new();
    for l in Lang::ALL {
        alternates.push_str(&format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            l.code(),
            escape_html(&href(l))
        ));
    }
    alternates.push_str(&format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        escape_html(&href(Lang::En))
    ));
    let switch = language_switch(lang);
    let switched = Cell::new(false);
    let page = rewrite(
        page,
        "writing an edition's page",
        Parsing::Strict,
        vec![
            on_element("html", |el| {
                el.set_attribute("lang", lang.code())?;
                Ok(())
            }),
            on_element("title", |el| {
                el.set_inner_content(w.page_title, ContentType::Text);
                Ok(())
            }),
            on_element("meta[content]", |el| {
                let key = el
                    .get_attribute("name")
                    .or_else(|| el.get_attribute("property"))
                    .unwrap_or_default();
                let text = match key.as_str() {
                    "description" => w.page_description,
                    "og:title" => w.social_title,
                    "og:description" => w.social_description,
                    "og:image:alt" => w.social_image_alt,
                    _ => return Ok(()),
                };
                el.set_attribute("content", text)?;
                Ok(())
            }),
            on_element("base", |el| {
                el.set_attribute("href", depth)?;
                Ok(())
            }),
            on_element(r#"link[rel="expect"]"#, |el| {
                if let Some(target) = el.get_attribute("href") {
                    el.set_attribute("href", &format!("{}{target}", lang.dir()))?;
                }
                Ok(())
            }),
            on_element("head", |el| {
                el.append(&alternates, ContentType::Html);
                Ok(())
            }),
            on_element("main[aria-label]", |el| {
                el.set_attribute("aria-label", w.briefing_landmark)?;
                Ok(())
            }),
            on_element(r#"a[data-testid="builder-link"]"#, |el| {
                el.set_inner_content(w.embed_link, ContentType::Text);
                Ok(())
            }),
            on_element(
                format!("body[data-rb-page=standalone] div#{MOUNT_ID}"),
                |el| {
                    if !switched.replace(true) {
                        el.before(&switch, ContentType::Html);
                    }
                    Ok(())
                },
            ),
        ],
    )?;
    Ok(page)
}

/// An edition's standalone page relative to the site's root (every
/// edition page's `<base>`): `./`, `ru/`, `kk/`.
fn edition_link(lang: Lang) -> &'static str {
    if lang.dir().is_empty() {
        "./"
    } else {
        lang.dir()
    }
}

/// The standalone page's language switch: one plain link per edition,
/// named in its own language (with its `lang` and `hreflang`), the current
/// one marked `aria-current="page"`. Links are relative to the page's
/// `<base>` (the site's root): it works without JavaScript and under a
/// subpath.
fn language_switch(current: Lang) -> String {
    let w = current.words();
    let links: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let href = edition_link(l);
            let here = if l == current {
                r#" aria-current="page""#
            } else {
                ""
            };
            format!(
                r#"<li><a href="{href}" hreflang="{code}" lang="{code}"{here}>{name}</a></li>"#,
                code = l.code(),
                name = l.own_name(),
            )
        })
        .collect();
    format!(
        r#"<nav class="rb-languages" aria-label="{}" data-testid="language-switch"><ul role="list">{links}</ul></nav>"#,
        escape_html(w.language_switch)
    )
}

/// Where the deployed site lives, from the environment of the build
/// (`RB_SITE_URL`, `RB_SITE_PATH`); both optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    /// Absolute URL of the site's folder, ending in `/` (social previews need absolute image URLs).
    pub url: Option<String>,
    /// Absolute path of the site's folder, ending in `/` (the 404 page is served at any depth).
    pub path: Option<String>,
}

impl Site {
    /// Normalises the two values: trimmed, empty means unknown, a trailing `/` added.
    pub fn new(url: Option<&str>, path: Option<&str>) -> Site {
        let folder = |v: Option<&str>| {
            v.map(str::trim).filter(|v| !v.is_empty()).map(|v| {
                if v.ends_with('/') {
                    v.to_owned()
                } else {
                    format!("{v}/")
                }
            })
        };
        Site {
            url: folder(url),
            path: folder(path),
        }
    }
}

/// Makes the social preview's relative URLs (`content="og-image.png"`,
/// `content="./"`) absolute when the site URL is known; unchanged otherwise.
///
/// Infallible, so lenient: it parses without lol_html's strict mode, and a
/// rewriter failure (with a constant selector and a handler that cannot
/// fail, only running out of memory) leaves the page as it was, with
/// relative preview URLs, as when the site URL is unknown.
pub fn with_site_urls(html: &str, site: &Site) -> String {
    let Some(url) = &site.url else {
        return html.to_owned();
    };
    rewrite(
        html,
        "making the social preview's URLs absolute",
        Parsing::Lenient,
        vec![on_element("meta[content]", |el| {
            let (key, property) = match el.get_attribute("property") {
                Some(property) => ("property", property),
                None => match el.get_attribute("name") {
                    Some(name) => ("name", name),
                    None => return Ok(()),
                },
            };
            if !matches!(property.as_str(), "og:image" | "og:url" | "twitter:image") {
                return Ok(());
            }
            let Some(content) = el.get_attribute("content") else {
                return Ok(());
            };
            if content.contains("://") {
                return Ok(());
            }
            // Values are as written, character references and all: only a
            // `"` (from a single-quoted value) needs escaping to go between
            // double quotes.
            let absolute = format!("{url}{}", content.trim_start_matches("./"));
            let tag = format!(
                r#"<meta {key}="{}" content="{}">"#,
                property.replace('"', "&quot;"),
                absolute.replace('"', "&quot;"),
            );
            el.replace(&tag, ContentType::Html);
            Ok(())
        })],
    )
    .unwrap_or_else(|_| html.to_owned())
}

/// The 404 page with its link home filled in: the site path if known, else `./`.
pub fn not_found_page(template: &str, site: &Site) -> String {
    template.replace(HOME_PLACEHOLDER, site.path.as_deref().unwrap_or("./"))
}

/// The wasm glue's preload link. `rel` is a list of keywords, compared
/// without case, as browsers read it.
const GLUE_PRELOAD: &str = "link[rel~=modulepreload i]";
/// The wasm module's preload link (a MIME type, too, has no case).
const WASM_PRELOAD: &str = r#"link[rel~=preload i][type="application/wasm" i]"#;
/// A stylesheet link.
const STYLESHEET: &str = "link[rel~=stylesheet i]";

/// How much of lol_html's caution a rewrite takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Parsing {
    /// Refuse markup whose parse depends on a tree the rewriter does not
    /// build (a raw-text tag inside `<select>`, say): an error the build
    /// reports. Conforming pages never hit it.
    Strict,
    /// Take the tokenizer's best reading, for the functions that have no
    /// error to report.
    Lenient,
}

/// Where an element's own end tag starts in the input, once the rewriter
/// has reached it. Shared with the end tag's handler, which lol_html
/// requires to be `'static` (it outlives the element's handler).
#[derive(Clone, Debug, Default)]
struct EndTagSeen(Rc<Cell<Option<usize>>>);

impl EndTagSeen {
    /// Watches for `el`'s end tag. lol_html runs an element's end-tag
    /// handler on whichever end tag closes it, an ancestor's too (`</main>`
    /// closing an unclosed `<div>`): only one with the element's own name
    /// counts.
    fn watch(&self, el: &mut Element) -> lol_html::HandlerResult {
        let name = el.tag_name();
        let seen = Rc::clone(&self.0);
        el.on_end_tag(Box::new(move |end: &mut EndTag| {
            if end.name() == name {
                seen.set(Some(end.source_location().bytes().start));
            }
            Ok(())
        }))
    }

    /// The end tag's byte offset, if the element had one.
    fn at(&self) -> Option<usize> {
        self.0.get()
    }
}

/// One CSS selector and what to do with the elements it matches.
type Handler<'h> = (String, ElementContentHandlers<'h>);

/// Pairs a selector with an element handler. A function rather than
/// lol_html's `element!` macro, which unwraps the parsed selector: here a
/// bad selector is an error of [`rewrite`].
fn on_element<'h>(
    selector: impl Into<String>,
    handler: impl FnMut(&mut Element<'_, '_>) -> lol_html::HandlerResult + 'h,
) -> Handler<'h> {
    (
        selector.into(),
        ElementContentHandlers::default().element(handler),
    )
}

/// Runs `handlers` over `html` (UTF-8, as Trunk writes it) and returns the
/// rewritten page; `step` names the work in an error. Edge Side Includes
/// (`<esi:…>`, on by default in lol_html) are off: these are plain pages.
fn rewrite(
    html: &str,
    step: &'static str,
    parsing: Parsing,
    handlers: Vec<Handler<'_>>,
) -> Result<String, PagesError> {
    let mut settings = RewriteStrSettings::new()
        .with_strict(parsing == Parsing::Strict)
        .with_enable_esi_tags(false);
    for (selector, handler) in handlers {
        let parsed: Selector = selector.parse().map_err(|e| PagesError::Rewrite {
            step,
            reason: format!("the selector {selector} is invalid: {e}"),
        })?;
        settings = settings.append_element_content_handler((Cow::Owned(parsed), handler));
    }
    rewrite_str(html, settings).map_err(|e| PagesError::Rewrite {
        step,
        reason: e.to_string(),
    })
}
