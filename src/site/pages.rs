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
//! - the full bundle under content-hashed names ([`hash_bundle`]), so a
//!   host's cache never pairs one build's glue with another's wasm, and
//!   `builder.html`, the editors' page that loads it, from a template;
//! - the 404 page's link home and the social preview's absolute URL, when
//!   the deployment says where the site lives.
//!
//! Everything here is string work on Trunk's output, kept in plain functions
//! with typed errors so it is tested natively (`tests/pages.rs`); the binary
//! `rb-pages` (run by Trunk's post-build hook) only does the file I/O.

use std::fmt;

use base64::Engine as _;
use sha2::{Digest, Sha384};

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

/// The full bundle's files under their content-hashed names (relative to
/// `dist/`), with the integrity of each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FullBundle {
    /// The wasm-bindgen JavaScript glue, `rb-full-<hash>.js`.
    pub glue: String,
    /// The glue's subresource integrity (for `builder.html`'s modulepreload).
    pub glue_integrity: String,
    /// The WebAssembly module, `rb-full-<hash>_bg.wasm`.
    pub wasm: String,
    /// The wasm's subresource integrity, checked by the `fetch` that loads it.
    pub wasm_integrity: String,
}

/// Reads the app's file names from Trunk's `index.html` (its preload links
/// and stylesheet links; quoted or, after minifying, unquoted attributes).
pub fn find_assets(index_html: &str) -> Result<AppAssets, PagesError> {
    let links: Vec<Tag> = tags(index_html, "link").collect();
    let rel = |t: &Tag, r: &str| t.attr("rel").is_some_and(|v| v.eq_ignore_ascii_case(r));
    let href = |t: &Tag| {
        t.attr("href")
            .map(|h| h.trim_start_matches("./").to_owned())
    };
    let glue = links
        .iter()
        .find(|t| rel(t, "modulepreload"))
        .and_then(href)
        .ok_or(PagesError::MissingAsset(
            "JavaScript glue (modulepreload link)",
        ))?;
    let wasm_link = links
        .iter()
        .find(|t| rel(t, "preload") && t.attr("type") == Some("application/wasm"))
        .ok_or(PagesError::MissingAsset("wasm module (preload link)"))?;
    let wasm = href(wasm_link).ok_or(PagesError::MissingAsset("wasm module's href"))?;
    let wasm_integrity = wasm_link
        .attr("integrity")
        .ok_or(PagesError::MissingAsset("wasm module's integrity"))?
        .to_owned();
    let stylesheet = |stem: &str, what: &'static str| {
        let (href, tag) = links
            .iter()
            .filter(|t| rel(t, "stylesheet"))
            .filter_map(|t| Some((href(t)?, t)))
            .find(|(h, _)| h.starts_with(stem) && h.ends_with(".css"))
            .ok_or(PagesError::MissingAsset(what))?;
        let integrity = tag
            .attr("integrity")
            .ok_or(PagesError::MissingAsset("stylesheet's integrity"))?
            .to_owned();
        Ok::<_, PagesError>((href, integrity))
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

/// Names the full bundle's files by their content, as Trunk names the main
/// bundle's: Trunk leaves a worker bundle's files as `<bin>.js` and
/// `<bin>_bg.wasm`, and a host's cache could then pair one build's glue with
/// another's wasm. Both get one hash of both contents
/// (`<bin>-<16 hex digits>.js`, `…_bg.wasm`); the glue's own default
/// reference to its wasm (used when `init` is called without a path) is
/// renamed with it, though the start scripts always pass the URL. Returns
/// the names and integrities, and the glue's new text.
pub fn hash_bundle(bin: &str, glue: &str, wasm: &[u8]) -> (FullBundle, String) {
    hash_bundle_from(bin, glue, &format!("{bin}_bg.wasm"), wasm)
}

/// [`hash_bundle`] for a glue that names its wasm `wasm_ref` (Trunk's
/// hashed name of the main bundle's, say): the build rewrites the main
/// bundle after Trunk named it (short import names, minified glue), so its
/// files are named again by what they now hold, or a cache holding the old
/// bytes under the old name would fail the new integrity.
pub fn hash_bundle_from(
    bin: &str,
    glue: &str,
    wasm_ref: &str,
    wasm: &[u8],
) -> (FullBundle, String) {
    let digest = Sha384::new()
        .chain_update(glue.as_bytes())
        .chain_update(wasm)
        .finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let stem = format!("{bin}-{hex}");
    let wasm_name = format!("{stem}_bg.wasm");
    let glue_text = glue.replace(wasm_ref, &wasm_name);
    let bundle = FullBundle {
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
/// drift apart.
pub fn observed_attributes() -> String {
    let names: Vec<String> = crate::state::options::option_names()
        .map(|name| format!("'{name}'"))
        .collect();
    format!("[{}]", names.join(", "))
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
    pub fn new(assets: &AppAssets, full: &FullBundle, version: &str) -> TemplateValues {
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
    let tag = tags(html, "script")
        .find(|t| t.attr("src") == Some(START_PLACEHOLDER))
        .ok_or(PagesError::MissingMarker(
            "start-script placeholder (pattern_script in Trunk.toml)",
        ))?;
    let close = "</script>";
    let end = html[tag.end..]
        .find(close)
        .map(|i| tag.end + i + close.len())
        .ok_or(PagesError::MissingMarker("end of the start-script tag"))?;
    let script = format!(
        r#"<script type="module" src="./{start_file}" integrity="{start_integrity}"></script>"#
    );
    Ok(format!("{}{}{}", &html[..tag.start], script, &html[end..]))
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
pub fn without_preload_integrity(html: &str) -> String {
    let mut out = html.to_owned();
    let found = tags(html, "link")
        .find(|t| t.attr("rel") == Some("preload") && t.attr("type") == Some("application/wasm"));
    if let Some(tag) = found {
        if let Some(value) = tag.attr("integrity") {
            let original = &html[tag.start..tag.end];
            let cleaned = original
                .replace(&format!(" integrity=\"{value}\""), "")
                .replace(&format!(" integrity={value}"), "");
            out = format!("{}{}{}", &html[..tag.start], cleaned, &html[tag.end..]);
        }
    }
    out
}

/// Puts `content` (the pre-rendered briefing) into the empty mount element.
pub fn with_prerendered(html: &str, content: &str) -> Result<String, PagesError> {
    let tag = tags(html, "div")
        .find(|t| t.attr("id") == Some(MOUNT_ID))
        .ok_or(PagesError::MissingMarker(
            "mount element (id=roundtable-briefing)",
        ))?;
    if !html[tag.end..].starts_with("</div>") {
        return Err(PagesError::MissingMarker("empty mount element"));
    }
    Ok(format!(
        "{}{}{}",
        &html[..tag.end],
        content,
        &html[tag.end..]
    ))
}

/// The iframe embed page from the standalone page: the same head and files,
/// marked as a frame (`data-rb-page="frame"`), which the app reads to take
/// its options from the query string and report its height to the parent.
/// Its `<main>` gets a name, to tell it from the host page's, and the
/// standalone page's chrome ([`PAGE_CHROME_ID`]: the link to the builder)
/// is emptied: a host's article shows the briefing, not our site.
pub fn frame_page(standalone_html: &str) -> Result<String, PagesError> {
    let body = tags(standalone_html, "body")
        .next()
        .ok_or(PagesError::MissingMarker("body"))?;
    if body.attr("data-rb-page") != Some("standalone") {
        return Err(PagesError::MissingMarker(
            "data-rb-page=\"standalone\" on <body>",
        ));
    }
    let new_body = r#"<body class="rb-page rb-page--frame" data-rb-page="frame">"#;
    // The frame's main landmark is named: the host page has its own main,
    // and two unnamed ones are indistinguishable in a screen reader's list.
    let rest = standalone_html[body.end..].replacen(
        "<main>",
        r#"<main aria-label="Roundtable briefing">"#,
        1,
    );
    without_page_chrome(&format!(
        "{}{}{}",
        &standalone_html[..body.start],
        new_body,
        rest
    ))
}

/// Replaces the page-chrome element (a `div` without nested `div`s) with an
/// empty one without classes: it takes no room in the frame, whose height
/// the host reserves.
fn without_page_chrome(html: &str) -> Result<String, PagesError> {
    let tag = tags(html, "div")
        .find(|t| t.attr("id") == Some(PAGE_CHROME_ID))
        .ok_or(PagesError::MissingMarker(
            "page chrome (id=rb-page-chrome, the link to builder.html)",
        ))?;
    let close = html[tag.end..]
        .find("</div>")
        .map(|i| tag.end + i)
        .ok_or(PagesError::MissingMarker("end of the page chrome"))?;
    Ok(format!(
        r#"{}<div id="{PAGE_CHROME_ID}">{}"#,
        &html[..tag.start],
        &html[close..]
    ))
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
pub fn with_site_urls(html: &str, site: &Site) -> String {
    let Some(url) = &site.url else {
        return html.to_owned();
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    for tag in tags(html, "meta") {
        let Some(property) = tag.attr("property").or(tag.attr("name")) else {
            continue;
        };
        if !matches!(property, "og:image" | "og:url" | "twitter:image") {
            continue;
        }
        let Some(content) = tag.attr("content") else {
            continue;
        };
        if content.contains("://") {
            continue;
        }
        let absolute = format!(
            r#"<meta property="{property}" content="{url}{}">"#,
            content.trim_start_matches("./")
        );
        let offset = html.len() - rest.len();
        out.push_str(&rest[..tag.start - offset]);
        out.push_str(&absolute);
        rest = &html[tag.end..];
    }
    out.push_str(rest);
    out
}

/// The 404 page with its link home filled in: the site path if known, else `./`.
pub fn not_found_page(template: &str, site: &Site) -> String {
    template.replace(HOME_PLACEHOLDER, site.path.as_deref().unwrap_or("./"))
}

/// One start tag found in an HTML string.
#[derive(Clone, Debug)]
struct Tag<'a> {
    /// Byte offset of `<`.
    start: usize,
    /// Byte offset just after `>`.
    end: usize,
    /// The text between the name and `>`.
    attrs: &'a str,
}

impl<'a> Tag<'a> {
    /// An attribute's value: `name="v"`, `name='v'`, `name=v` or bare `name` (empty).
    fn attr(&self, name: &str) -> Option<&'a str> {
        let mut rest = self.attrs;
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if rest.is_empty() {
                return None;
            }
            let name_end = rest
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>')
                .unwrap_or(rest.len());
            let found = &rest[..name_end];
            rest = &rest[name_end..];
            let value = if let Some(after) = rest.strip_prefix('=') {
                let (value, remaining) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let inner = &after[1..];
                        let close = inner.find(q).unwrap_or(inner.len());
                        (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                    }
                    _ => {
                        let close = after
                            .find(|c: char| c.is_ascii_whitespace())
                            .unwrap_or(after.len());
                        (&after[..close], &after[close..])
                    }
                };
                rest = remaining;
                value
            } else {
                ""
            };
            if found.eq_ignore_ascii_case(name) {
                return Some(value);
            }
        }
    }
}

/// The start tags named `name` in `html`, in order. Enough for Trunk's
/// output (no `>` inside attribute values of the tags we read).
fn tags<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = Tag<'a>> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let at = from + html.get(from..)?.find('<')?;
        let after = &html[at + 1..];
        from = at + 1;
        // `get`, not slicing: the text after a `<` may be any UTF-8.
        let is_name = after
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && after.get(name.len()..).is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_ascii_whitespace() || c == '>')
            });
        if !is_name {
            continue;
        }
        let close = after.find('>')?;
        let end = at + 1 + close + 1;
        from = end;
        return Some(Tag {
            start: at,
            end,
            attrs: &after[name.len()..close],
        });
    })
}
