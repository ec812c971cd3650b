//! The post-build step (src/site/pages.rs) on Trunk-shaped pages: finding the
//! hashed files, replacing the inline-free start placeholder, pre-rendering,
//! the frame page, the full bundle's hashed names, templates (builder.html
//! among them) and site URLs. Tested natively, on Trunk's minified shape and
//! on markup a hand-written tag scanner misread (the HTML goes through
//! lol_html).
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::site::pages::*;

/// Trunk's minified output, in the shape it really has (unquoted attributes).
const TRUNK: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>T</title>\
<meta content=og-image.png property=og:image><base href=./><script src=__RB_START__ type=module></script>\
<link href=./briefing-bccb.css integrity=sha384-AAA rel=stylesheet>\
<link href=./page-a171.css integrity=sha384-BBB rel=stylesheet>\
<link crossorigin href=./roundtable-briefing-65b9.js integrity=sha384-CCC rel=modulepreload>\
<link as=fetch crossorigin href=./roundtable-briefing-65b9_bg.wasm integrity=sha384-DDD rel=preload type=application/wasm>\
</head><body class=rb-page data-rb-page=standalone><main><div id=roundtable-briefing></div>\
<div class=\"rb-builder rb-page__chrome\" id=rb-page-chrome><p><a href=builder.html>Embed this briefing on your site</a></div></main></body></html>";

fn assets() -> AppAssets {
    find_assets(TRUNK).expect("Trunk's page names its files")
}

/// The full bundle as rb-pages names it (see `hash_bundle`).
fn full() -> HashedBundle {
    HashedBundle {
        glue: "rb-full-0123.js".into(),
        glue_integrity: "sha384-FFF".into(),
        wasm: "rb-full-0123_bg.wasm".into(),
        wasm_integrity: "sha384-GGG".into(),
    }
}

fn values() -> TemplateValues {
    TemplateValues::new(&assets(), &full(), "1.0")
}

#[test]
fn finds_the_hashed_files_and_the_wasm_integrity() {
    assert_eq!(
        assets(),
        AppAssets {
            glue: "roundtable-briefing-65b9.js".into(),
            wasm: "roundtable-briefing-65b9_bg.wasm".into(),
            wasm_integrity: "sha384-DDD".into(),
            css: "briefing-bccb.css".into(),
            css_integrity: "sha384-AAA".into(),
            page_css: "page-a171.css".into(),
            page_css_integrity: "sha384-BBB".into(),
        }
    );
}

#[test]
fn quoted_attributes_work_too() {
    let quoted = TRUNK
        .replace("href=./briefing-bccb.css", r#"href="./briefing-bccb.css""#)
        .replace("rel=modulepreload", "rel='modulepreload'");
    assert_eq!(find_assets(&quoted), Ok(assets()));
}

#[test]
fn a_page_without_the_wasm_preload_is_an_error_not_a_broken_site() {
    let without = TRUNK.replace("rel=preload type=application/wasm", "rel=prefetch");
    assert_eq!(
        find_assets(&without),
        Err(PagesError::MissingAsset("wasm module (preload link)"))
    );
    assert!(find_assets("").is_err());
}

#[test]
fn the_start_placeholder_becomes_an_external_script_with_integrity() {
    let page = with_start_script(TRUNK, "start-0011.js", "sha384-EEE").unwrap();
    assert!(page.contains(
        r#"<script type="module" src="./start-0011.js" integrity="sha384-EEE"></script>"#
    ));
    assert!(!page.contains(START_PLACEHOLDER));
    // No inline script is left anywhere.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(
        with_start_script("<html></html>", "a.js", "b"),
        Err(PagesError::MissingMarker(
            "start-script placeholder (pattern_script in Trunk.toml)"
        ))
    );
}

#[test]
fn the_briefing_goes_into_the_empty_mount_element() {
    let page = with_prerendered(TRUNK, "<article>B</article>").unwrap();
    assert!(page.contains("<div id=roundtable-briefing><article>B</article></div>"));
    // Pre-rendering twice would duplicate content: refused.
    assert_eq!(
        with_prerendered(&page, "<article>B</article>"),
        Err(PagesError::MissingMarker("empty mount element"))
    );
}

#[test]
fn the_frame_page_is_the_standalone_page_marked_as_a_frame() {
    let frame = frame_page(TRUNK).unwrap();
    assert!(frame.contains(r#"<body class="rb-page rb-page--frame" data-rb-page="frame">"#));
    assert!(!frame.contains("standalone"));
    assert!(frame.contains("<div id=roundtable-briefing></div>"));
    assert!(
        frame_page(&frame).is_err(),
        "only a standalone page becomes a frame"
    );
}

#[test]
fn the_frame_page_keeps_the_page_chrome_empty_and_unstyled() {
    let frame = frame_page(TRUNK).unwrap();
    // The element stays (the first paint waits for it), without the link to
    // the builder and without the classes that would give it room.
    assert!(frame.contains(r#"<div id="rb-page-chrome"></div></main>"#));
    assert!(!frame.contains("builder.html"));
    assert!(!frame.contains("rb-page__chrome"));
    let without = TRUNK.replace("id=rb-page-chrome", "id=other");
    assert!(matches!(
        frame_page(&without),
        Err(PagesError::MissingMarker(_))
    ));
}

#[test]
fn templates_are_filled_completely_or_refused() {
    let filled = fill_template(
        "import g from './__RB_GLUE__'; fetch('__RB_WASM__', {integrity: '__RB_WASM_INTEGRITY__'}); '__RB_CSS__' '__RB_VERSION__'",
        &values(),
    )
    .unwrap();
    assert_eq!(
        filled,
        "import g from './roundtable-briefing-65b9.js'; fetch('roundtable-briefing-65b9_bg.wasm', {integrity: 'sha384-DDD'}); 'briefing-bccb.css' '1.0'"
    );
    assert_eq!(
        fill_template("x __RB_TYPO__ y", &values()),
        Err(PagesError::UnfilledPlaceholder("__RB_TYPO__".into()))
    );
    assert_eq!(
        fill_template("a stray __RB_ in text", &values()),
        Err(PagesError::UnfilledPlaceholder("__RB_".into()))
    );
}

#[test]
fn the_full_bundle_and_late_values_fill_templates_too() {
    let filled = fill_template(
        "__RB_FULL_GLUE__ __RB_FULL_GLUE_INTEGRITY__ __RB_FULL_WASM__ __RB_FULL_WASM_INTEGRITY__ \
         __RB_PAGE_CSS__ __RB_PAGE_CSS_INTEGRITY__ __RB_CSS_INTEGRITY__ __RB_LATE__",
        &values().with("LATE", "late.js"),
    )
    .unwrap();
    assert_eq!(
        filled,
        "rb-full-0123.js sha384-FFF rb-full-0123_bg.wasm sha384-GGG \
         page-a171.css sha384-BBB sha384-AAA late.js"
    );
    // A value is never read as a placeholder itself.
    let tricky = values().with("LATE", "__RB_GLUE__");
    assert_eq!(
        fill_template("__RB_LATE__", &tricky).as_deref(),
        Ok("__RB_GLUE__")
    );
}

#[test]
fn the_shipped_templates_fill_completely() {
    let values = values()
        .with("EDITION_SWITCH", "edition-0033.js")
        .with("BUILDER_CSS", "builder-0044.css")
        .with("BUILDER_CSS_INTEGRITY", "sha384-JJJ")
        .with("BUILDER_START", "builder-0011.js")
        .with("BUILDER_START_INTEGRITY", "sha384-HHH")
        .with(
            "FRAGMENTS",
            r#"{ "en": { "file": "briefing-0022.html", "integrity": "sha384-III" } }"#,
        );
    for (template, wasm, integrity) in [
        (
            "embed/start.js",
            "roundtable-briefing-65b9_bg.wasm",
            "sha384-DDD",
        ),
        (
            "embed/element.js",
            "roundtable-briefing-65b9_bg.wasm",
            "sha384-DDD",
        ),
        (
            "embed/builder-start.js",
            "rb-full-0123_bg.wasm",
            "sha384-GGG",
        ),
        ("embed/builder.html", "rb-full-0123_bg.wasm", "sha384-FFF"),
    ] {
        let text = std::fs::read_to_string(template).unwrap();
        let filled = fill_template(&text, &values).unwrap_or_else(|e| panic!("{template}: {e}"));
        assert!(filled.contains(wasm), "{template} loads {wasm}");
        assert!(filled.contains(integrity), "{template} checks {integrity}");
    }
    // The frame's edition switch: every edition and its directory.
    let text = std::fs::read_to_string("embed/edition.js").unwrap();
    let filled = fill_template(&text, &values).unwrap();
    assert!(filled.contains(r#"const EDITIONS = {"en": "", "ru": "ru/", "kk": "kk/"};"#));
}

#[test]
fn the_script_embed_loads_the_pre_rendered_briefing_and_the_readers_client_with_integrity() {
    let text = std::fs::read_to_string("embed/element.js").unwrap();
    let values = values().with(
        "FRAGMENTS",
        r#"{ "en": { "file": "briefing-0022.html", "integrity": "sha384-III" } }"#,
    );
    let filled = fill_template(&text, &values).unwrap();
    // Each edition's fragment, fetched with its own integrity.
    assert!(filled.contains(
        r#"const FRAGMENTS = { "en": { "file": "briefing-0022.html", "integrity": "sha384-III" } };"#
    ));
    assert!(filled
        .contains("fetch(file(FRAGMENTS[lang].file), { integrity: FRAGMENTS[lang].integrity })"));
    assert!(filled.contains("import(file('roundtable-briefing-65b9.js'))"));
    assert!(filled
        .contains("fetch(file('roundtable-briefing-65b9_bg.wasm'), { integrity: 'sha384-DDD' })"));
    assert!(!filled.contains("rb-full"), "nothing of the full bundle");
}

#[test]
fn the_builder_page_loads_only_the_full_bundle_from_external_files_with_integrity() {
    let text = std::fs::read_to_string("embed/builder.html").unwrap();
    let page = fill_template(
        &text,
        &values()
            .with("BUILDER_START", "builder-0011.js")
            .with("BUILDER_START_INTEGRITY", "sha384-HHH")
            .with("BUILDER_CSS", "builder-0044.css")
            .with("BUILDER_CSS_INTEGRITY", "sha384-JJJ"),
    )
    .unwrap();
    assert!(page.contains(r#"<body class="rb-page" data-rb-page="builder">"#));
    assert!(page.contains(r#"<div id="roundtable-briefing-builder">"#));
    // Its start script is external, with integrity; no inline script or style.
    assert!(page.contains(
        r#"<script type="module" src="./builder-0011.js" integrity="sha384-HHH"></script>"#
    ));
    assert_eq!(page.matches("<script").count(), 1);
    assert!(!page.contains("<style") && !page.contains(" style="));
    // The glue is preloaded with its integrity; the wasm's preload has none
    // (Chromium ignores it there; the start script's fetch checks it).
    assert!(page.contains(
        r#"<link rel="modulepreload" crossorigin href="./rb-full-0123.js" integrity="sha384-FFF" />"#
    ));
    assert!(page.contains(
        r#"<link rel="preload" as="fetch" crossorigin href="./rb-full-0123_bg.wasm" type="application/wasm" />"#
    ));
    assert!(!page.contains("roundtable-briefing-65b9"), "no main bundle");
    // Its three stylesheets, with integrity, and a way back to the briefing.
    assert!(page.contains(r#"href="./briefing-bccb.css" integrity="sha384-AAA""#));
    assert!(page.contains(r#"href="./page-a171.css" integrity="sha384-BBB""#));
    assert!(page.contains(r#"href="./builder-0044.css" integrity="sha384-JJJ""#));
    assert!(page.contains(r#"<a href="./""#));
    assert_eq!(page.matches("<h1>").count(), 1);
}

/// The name Trunk gives the full bundle's wasm, as its glue refers to it.
const WASM_REF: &str = "rb-full_bg.wasm";

#[test]
fn the_full_bundle_gets_one_content_hash_for_both_files() {
    let glue = "let p = new URL('rb-full_bg.wasm', import.meta.url); // rb-full_bg.wasm";
    let (bundle, text) = hash_bundle(FULL_BIN, glue, WASM_REF, b"\0asm wasm");
    let stem = bundle.glue.trim_end_matches(".js");
    assert!(
        stem.strip_prefix("rb-full-")
            .is_some_and(|h| h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit())),
        "{stem}"
    );
    assert_eq!(bundle.wasm, format!("{stem}_bg.wasm"));
    // The glue's own default URL for its wasm follows the rename.
    assert_eq!(
        text,
        format!(
            "let p = new URL('{w}', import.meta.url); // {w}",
            w = bundle.wasm
        )
    );
    assert_eq!(bundle.glue_integrity, integrity(text.as_bytes()));
    assert_eq!(bundle.wasm_integrity, integrity(b"\0asm wasm"));
    // A change to either file renames both.
    let (other_wasm, _) = hash_bundle(FULL_BIN, glue, WASM_REF, b"\0asm other");
    let (other_glue, _) = hash_bundle(FULL_BIN, "// other", WASM_REF, b"\0asm wasm");
    assert_ne!(other_wasm.glue, bundle.glue);
    assert_ne!(other_glue.wasm, bundle.wasm);
    // Deterministic: the same build, the same names.
    assert_eq!(
        hash_bundle(FULL_BIN, glue, WASM_REF, b"\0asm wasm").0,
        bundle
    );
}

#[test]
fn trunk_builds_the_full_bundle_without_putting_it_into_the_page() {
    // index.html is Trunk's input: the full bundle is a worker link (built,
    // never injected: no script, no preload), and there is no builder on it.
    let source = std::fs::read_to_string("index.html").unwrap();
    let full = tags_named(&source, "link")
        .into_iter()
        .find(|t| t.contains(r#"data-bin="rb-full""#))
        .expect("a rust link for rb-full");
    assert!(full.contains(r#"data-type="worker""#), "{full}");
    assert!(full.contains(r#"data-bindgen-target="web""#), "{full}");
    assert!(!source.contains("roundtable-briefing-builder"));
    assert!(source.contains(r#"<a href="builder.html""#));
    assert!(source.contains(r##"href="#rb-page-chrome" blocking="render""##));
}

/// The start tags named `name` in `html`, as text (enough for index.html).
fn tags_named(html: &str, name: &str) -> Vec<String> {
    html.match_indices(&format!("<{name} "))
        .map(|(at, _)| html[at..at + html[at..].find('>').unwrap() + 1].to_owned())
        .collect()
}

#[test]
fn integrity_is_sha384_in_base64() {
    // printf abc | openssl dgst -sha384 -binary | base64
    assert_eq!(
        integrity(b"abc"),
        "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
    );
    assert_eq!(
        hashed_name("start", "js", b"abc"),
        "start-cb00753f45a35e8b.js"
    );
}

#[test]
fn site_urls_make_the_preview_image_absolute_only_when_known() {
    assert_eq!(with_site_urls(TRUNK, &Site::default()), TRUNK);
    let site = Site::new(Some("https://example.org/briefing"), Some("/briefing"));
    assert_eq!(site.path.as_deref(), Some("/briefing/"));
    let page = with_site_urls(TRUNK, &site);
    assert!(page.contains(
        r#"<meta property="og:image" content="https://example.org/briefing/og-image.png">"#
    ));
    assert!(Site::new(Some("  "), None).url.is_none());
}

#[test]
fn the_404_page_links_home_by_absolute_path_when_known() {
    let template = r#"<a href="__RB_HOME__">Back</a>"#;
    assert_eq!(
        not_found_page(template, &Site::default()),
        r#"<a href="./">Back</a>"#
    );
    let site = Site::new(None, Some("/repo/"));
    assert_eq!(
        not_found_page(template, &site),
        r#"<a href="/repo/">Back</a>"#
    );
}

#[test]
fn the_wasm_preload_loses_only_its_ignored_integrity() {
    let page = without_preload_integrity(TRUNK);
    assert!(page.contains(
        "<link as=fetch crossorigin href=./roundtable-briefing-65b9_bg.wasm rel=preload type=application/wasm>"
    ));
    assert!(
        page.contains("integrity=sha384-CCC rel=modulepreload"),
        "the glue keeps its integrity"
    );
    assert_eq!(page.len(), TRUNK.len() - " integrity=sha384-DDD".len());
}

#[test]
fn text_with_multi_byte_characters_after_a_less_than_sign_is_read_not_a_panic() {
    // A finished page (say, rb-pages run a second time) has pre-rendered
    // text in it: `<` followed by any UTF-8, e.g. "<——" (byte 4 inside a
    // character) or "<сила".
    let html = "<p>a <—— b <сила <linkéé</p>";
    assert!(find_assets(html).is_err());
    let with_link = format!("{html}{}", r#"<link rel="modulepreload" href="./g.js">"#);
    assert!(matches!(
        find_assets(&with_link),
        Err(roundtable_briefing::site::pages::PagesError::MissingAsset(
            _
        ))
    ));
}

#[test]
fn markup_the_build_does_not_touch_comes_out_byte_for_byte() {
    let page = with_start_script(TRUNK, "start-0011.js", "sha384-EEE").unwrap();
    assert_eq!(
        page,
        TRUNK.replace(
            "<script src=__RB_START__ type=module></script>",
            r#"<script type="module" src="./start-0011.js" integrity="sha384-EEE"></script>"#
        )
    );
    assert_eq!(
        with_prerendered(TRUNK, "<article>B</article>").unwrap(),
        TRUNK.replace(
            "<div id=roundtable-briefing></div>",
            "<div id=roundtable-briefing><article>B</article></div>"
        )
    );
    let frame = TRUNK
        .replace(
            "<body class=rb-page data-rb-page=standalone><main>",
            r#"<body class="rb-page rb-page--frame" data-rb-page="frame"><main aria-label="Roundtable briefing">"#,
        )
        .replace(
            "<div class=\"rb-builder rb-page__chrome\" id=rb-page-chrome><p><a href=builder.html>Embed this briefing on your site</a></div>",
            r#"<div id="rb-page-chrome"></div>"#,
        );
    assert_eq!(frame_page(TRUNK).unwrap(), frame);
}

#[test]
fn an_attribute_value_holding_a_greater_than_sign_is_read_whole() {
    // A scanner that ends the tag at the first `>` loses the `rel` after it.
    let titled = TRUNK.replace(
        "<link crossorigin href=./roundtable-briefing-65b9.js",
        r#"<link title="glue > wasm" crossorigin href=./roundtable-briefing-65b9.js"#,
    );
    assert_eq!(find_assets(&titled), Ok(assets()));
    let body = TRUNK.replace("<body class=rb-page", r#"<body title="a>b" class=rb-page"#);
    let frame = frame_page(&body).unwrap();
    assert!(frame.contains(r#"<body class="rb-page rb-page--frame" data-rb-page="frame"><main"#));
    assert!(
        !frame.contains("a>b"),
        "the standalone body's attributes go"
    );
}

#[test]
fn upper_case_tag_and_attribute_names_are_read_as_html_reads_them() {
    let links = TRUNK
        .replace("<link crossorigin href=", "<LINK CROSSORIGIN HREF=")
        .replace("rel=modulepreload", "REL=ModulePreload")
        .replace("type=application/wasm", "TYPE=Application/Wasm");
    assert_eq!(find_assets(&links), Ok(assets()));
    assert!(!without_preload_integrity(&links).contains("sha384-DDD"));

    let script = TRUNK.replace(
        "<script src=__RB_START__ type=module></script>",
        "<SCRIPT SRC=__RB_START__ TYPE=module></SCRIPT>",
    );
    let page = with_start_script(&script, "start-0011.js", "sha384-EEE").unwrap();
    assert!(!page.contains(START_PLACEHOLDER) && !page.contains("SCRIPT"));

    let mount = TRUNK.replace(
        "<div id=roundtable-briefing></div>",
        "<DIV ID=roundtable-briefing></DIV>",
    );
    let page = with_prerendered(&mount, "<p>B</p>").unwrap();
    assert!(page.contains("<DIV ID=roundtable-briefing><p>B</p></DIV>"));

    let main = TRUNK
        .replace("<main>", "<MAIN>")
        .replace("</div></main>", "</DIV></main>");
    let frame = frame_page(&main).unwrap();
    assert!(frame.contains(r#"<MAIN aria-label="Roundtable briefing">"#));
    assert!(frame.contains(r#"<div id="rb-page-chrome"></div></main>"#));
}

#[test]
fn single_quoted_unquoted_and_spaced_attributes_are_read_alike() {
    let spaced = TRUNK.replace("rel=modulepreload", "rel = 'modulepreload'");
    assert_eq!(find_assets(&spaced), Ok(assets()));
    let single = TRUNK.replace("integrity=sha384-DDD", "integrity='sha384-DDD'");
    assert_eq!(find_assets(&single), Ok(assets()));
    let page = without_preload_integrity(&single);
    assert!(
        !page.contains("sha384-DDD"),
        "a single-quoted integrity goes too"
    );
    assert!(page.contains("integrity=sha384-CCC rel=modulepreload"));
}

#[test]
fn markup_inside_comments_and_scripts_is_not_read_as_tags() {
    // An old link left in a comment is not the glue.
    let commented = TRUNK.replace(
        "<base href=./>",
        "<base href=./><!-- <link href=./old.js rel=modulepreload> -->",
    );
    assert_eq!(find_assets(&commented), Ok(assets()));
    // A mount element in a script's text is not the mount element.
    let scripted = TRUNK.replace(
        "<base href=./>",
        "<base href=./><script>let t = '<div id=roundtable-briefing></div>';</script>",
    );
    let page = with_prerendered(&scripted, "<p>B</p>").unwrap();
    assert!(page.contains("let t = '<div id=roundtable-briefing></div>';"));
    assert!(page.contains("<main><div id=roundtable-briefing><p>B</p></div>"));
}

#[test]
fn the_page_chrome_goes_whole_even_with_nested_elements() {
    let nested = TRUNK.replace(
        "<p><a href=builder.html>",
        "<div class=rb-builder__row><a href=builder.html>Build</a></div><p><a href=builder.html>",
    );
    let frame = frame_page(&nested).unwrap();
    assert!(frame.contains(r#"<div id="rb-page-chrome"></div></main>"#));
    assert!(!frame.contains("builder.html") && !frame.contains("rb-builder"));
}

#[test]
fn an_unclosed_element_is_an_error_not_a_truncated_page() {
    // Replacing an element that never ends would drop the rest of the page.
    let script = TRUNK.replace("type=module></script>", "type=module>");
    assert_eq!(
        with_start_script(&script, "a.js", "b"),
        Err(PagesError::MissingMarker("end of the start-script tag"))
    );
    let mount = TRUNK.replace(
        "<div id=roundtable-briefing></div>",
        "<div id=roundtable-briefing>",
    );
    assert_eq!(
        with_prerendered(&mount, "<p>B</p>"),
        Err(PagesError::MissingMarker("empty mount element"))
    );
    // Closed only by its parent's end tag, which is not its own.
    let last = TRUNK
        .replace("<div id=roundtable-briefing></div>", "")
        .replace("</div></main>", "</div><div id=roundtable-briefing></main>");
    assert_eq!(
        with_prerendered(&last, "<p>B</p>"),
        Err(PagesError::MissingMarker("empty mount element"))
    );
    let chrome = TRUNK.replace("site</a></div></main>", "site</a></main>");
    assert_eq!(
        frame_page(&chrome),
        Err(PagesError::MissingMarker("end of the page chrome"))
    );
    let spaced = TRUNK.replace(
        "<div id=roundtable-briefing></div>",
        "<div id=roundtable-briefing> </div>",
    );
    assert_eq!(
        with_prerendered(&spaced, "<p>B</p>"),
        Err(PagesError::MissingMarker("empty mount element"))
    );
}

#[test]
fn markup_the_rewriter_cannot_parse_unambiguously_is_a_typed_error() {
    // A raw-text tag inside <select>: how a browser parses it depends on a
    // tree the streaming rewriter does not build, so it refuses.
    let ambiguous = TRUNK.replace("<main>", "<main><select><xmp>x</xmp></select>");
    let error = with_prerendered(&ambiguous, "<p>B</p>").unwrap_err();
    assert!(
        matches!(
            error,
            PagesError::Rewrite {
                step: "pre-rendering the briefing into the mount element",
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .starts_with("the HTML rewriter failed while"));
    // The infallible steps read it leniently and still do their work.
    assert!(!without_preload_integrity(&ambiguous).contains("sha384-DDD"));
}

#[test]
fn site_urls_keep_the_attribute_that_names_the_preview_image() {
    let page = TRUNK.replace(
        "<base href=./>",
        r#"<meta name=twitter:image content='./card.png'><meta content="https://cdn.example/x.png" property=og:url><base href=./>"#,
    );
    let site = Site::new(Some("https://example.org/b"), None);
    let page = with_site_urls(&page, &site);
    assert!(
        page.contains(r#"<meta name="twitter:image" content="https://example.org/b/card.png">"#)
    );
    assert!(
        page.contains(r#"<meta content="https://cdn.example/x.png" property=og:url>"#),
        "an absolute URL stays as it is"
    );
}
