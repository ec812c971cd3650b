//! Finishing `dist/` after Trunk has built the app (native, build time).
//!
//! Trunk writes one page, `index.html`, with the app's hashed files. This
//! module turns it into everything the site serves:
//!
//! - the briefing pre-rendered into the page, from the same components and
//!   data as the live app, so readers, crawlers and link previews get the
//!   whole content before (or without) the wasm;
//! - an external start script instead of an inline one, with its own
//!   integrity, so the pages work under a strict Content-Security-Policy;
//! - `embed.html` (the iframe embed) and `embed.js` (the script embed) from
//!   templates in `embed/`, pointing at the same hashed files;
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
    /// A template still holds a placeholder after filling it in.
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
    /// The wasm-bindgen JavaScript glue, e.g. `roundtable-briefing-65b9….js`.
    pub glue: String,
    /// The WebAssembly module.
    pub wasm: String,
    /// The wasm's subresource integrity (`sha384-…`), as Trunk computed it.
    pub wasm_integrity: String,
    /// The widget's stylesheet (tokens, base and components).
    pub css: String,
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
    let css = links
        .iter()
        .filter(|t| rel(t, "stylesheet"))
        .filter_map(href)
        .find(|h| h.starts_with("briefing-") && h.ends_with(".css"))
        .ok_or(PagesError::MissingAsset(
            "widget stylesheet (briefing-….css)",
        ))?;
    Ok(AppAssets {
        glue,
        wasm,
        wasm_integrity,
        css,
    })
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

/// Fills the `__RB_…__` placeholders of a template (`embed/start.js`,
/// `embed/element.js`) with the app's file names and `version`.
pub fn fill_template(
    template: &str,
    assets: &AppAssets,
    version: &str,
) -> Result<String, PagesError> {
    let filled = template
        .replace("__RB_GLUE__", &assets.glue)
        .replace("__RB_WASM_INTEGRITY__", &assets.wasm_integrity)
        .replace("__RB_WASM__", &assets.wasm)
        .replace("__RB_CSS__", &assets.css)
        .replace("__RB_VERSION__", version)
        .replace("__RB_ATTRIBUTES__", &observed_attributes());
    match filled.find("__RB_") {
        Some(at) => {
            let name: String = filled[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            Err(PagesError::UnfilledPlaceholder(name))
        }
        None => Ok(filled),
    }
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
/// Its `<main>` gets a name, to tell it from the host page's.
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
    Ok(format!(
        "{}{}{}",
        &standalone_html[..body.start],
        new_body,
        rest
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
        let is_name = after.len() > name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && after[name.len()..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>');
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
