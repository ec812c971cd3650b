//! The post-build step (src/pages.rs) on Trunk-shaped pages: finding the
//! hashed files, replacing the inline-free start placeholder, pre-rendering,
//! the frame page, templates and site URLs. Pure string work, tested natively.
#![cfg(not(target_arch = "wasm32"))]

use roundtable_briefing::pages::*;

/// Trunk's minified output, in the shape it really has (unquoted attributes).
const TRUNK: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>T</title>\
<meta content=og-image.png property=og:image><base href=./><script src=__RB_START__ type=module></script>\
<link href=./briefing-bccb.css integrity=sha384-AAA rel=stylesheet>\
<link href=./page-a171.css integrity=sha384-BBB rel=stylesheet>\
<link crossorigin href=./roundtable-briefing-65b9.js integrity=sha384-CCC rel=modulepreload>\
<link as=fetch crossorigin href=./roundtable-briefing-65b9_bg.wasm integrity=sha384-DDD rel=preload type=application/wasm>\
</head><body class=rb-page data-rb-page=standalone><main><div id=roundtable-briefing></div></main></body></html>";

fn assets() -> AppAssets {
    find_assets(TRUNK).expect("Trunk's page names its files")
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
fn templates_are_filled_completely_or_refused() {
    let filled = fill_template(
        "import g from './__RB_GLUE__'; fetch('__RB_WASM__', {integrity: '__RB_WASM_INTEGRITY__'}); '__RB_CSS__' '__RB_VERSION__'",
        &assets(),
        "1.0",
    )
    .unwrap();
    assert_eq!(
        filled,
        "import g from './roundtable-briefing-65b9.js'; fetch('roundtable-briefing-65b9_bg.wasm', {integrity: 'sha384-DDD'}); 'briefing-bccb.css' '1.0'"
    );
    assert_eq!(
        fill_template("x __RB_TYPO__ y", &assets(), "1"),
        Err(PagesError::UnfilledPlaceholder("__RB_TYPO__".into()))
    );
}

#[test]
fn the_shipped_templates_fill_completely() {
    for template in ["embed/start.js", "embed/element.js"] {
        let text = std::fs::read_to_string(template).unwrap();
        let filled =
            fill_template(&text, &assets(), "1.0").unwrap_or_else(|e| panic!("{template}: {e}"));
        assert!(filled.contains("roundtable-briefing-65b9.js"), "{template}");
        assert!(filled.contains("sha384-DDD"), "{template} checks the wasm");
    }
}

#[test]
fn the_element_watches_exactly_the_attributes_the_settings_parser_reads() {
    let text = std::fs::read_to_string("embed/element.js").unwrap();
    let filled = fill_template(&text, &assets(), "1.0").unwrap();
    let names: Vec<&str> = roundtable_briefing::state::options::option_names().collect();
    assert!(names.contains(&"rotate-seconds") && names.contains(&"heading-level"));
    let list = names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(
        filled.contains(&format!("static observedAttributes = [{list}];")),
        "observedAttributes is the parser's list"
    );
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
