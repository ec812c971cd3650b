//! Post-build step, run by Trunk's `post_build` hook (see Trunk.toml):
//! finishes the site in Trunk's staging folder (the pages, their start
//! scripts, `embed.js`, `builder.html` and the full bundle's hashed files).
//! The work itself is in [`roundtable_briefing::site::pages`]; this only reads
//! and writes files.
//!
//!     rb-pages <staging-dir>      (default: $TRUNK_STAGING_DIR)
//!
//! Environment: `RB_SITE_URL` (absolute URL of the deployed site, for the
//! social preview) and `RB_SITE_PATH` (its path, for the 404 page's link).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"));
    let Some(dir) = dir else {
        eprintln!("rb-pages: give the staging folder as the argument (or set TRUNK_STAGING_DIR)");
        return std::process::ExitCode::FAILURE;
    };
    match finish(std::path::Path::new(&dir)) {
        Ok(written) => {
            for file in written {
                println!("rb-pages: wrote {file}");
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rb-pages: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn finish(dir: &std::path::Path) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    use roundtable_briefing::lang::Lang;
    use roundtable_briefing::site::minify::{esbuild_path, minify_js};
    use roundtable_briefing::site::pages::{self, Site, TemplateValues, FULL_BIN};
    use roundtable_briefing::site::render;
    use roundtable_briefing::site::wasm_imports::shorten_imports;
    use roundtable_briefing::site::wasm_opt;
    use std::fs;

    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &std::path::Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let index = read(&dir.join("index.html"))?;
    let mut assets = pages::find_assets(&index)?;
    let esbuild = esbuild_path(source);
    let wasm_opt_bin = wasm_opt::wasm_opt_path(source);
    let minify = |name: &str, text: &str| minify_js(&esbuild, name, text);
    let site = Site::new(
        std::env::var("RB_SITE_URL").ok().as_deref(),
        std::env::var("RB_SITE_PATH").ok().as_deref(),
    );
    let mut written = Vec::new();
    let mut write = |name: &str, contents: &[u8]| -> Result<(), Box<dyn std::error::Error>> {
        fs::write(dir.join(name), contents).map_err(|e| format!("cannot write {name}: {e}"))?;
        written.push(name.to_owned());
        Ok(())
    };

    // Each bundle: its imports renamed short (`site::wasm_imports`), the
    // reader's wasm optimised once more (`site::wasm_opt`), its glue minified, then both files named by what they now hold (Trunk
    // wrote the full bundle unhashed, a worker link, and named the main one
    // before this rewriting); the files Trunk wrote go. Returns the new
    // names and integrities, and the glue as Trunk wrote it.
    let mut finish_bundle =
        |stem: &str,
         glue_file: &str,
         wasm_file: &str,
         origin: &str,
         optimise: bool|
         -> Result<(pages::HashedBundle, String), Box<dyn std::error::Error>> {
            let glue = read(&dir.join(glue_file))?;
            let wasm = fs::read(dir.join(wasm_file))
                .map_err(|e| format!("cannot read {wasm_file} ({origin}): {e}"))?;
            let (wasm, short_glue) =
                shorten_imports(&wasm, &glue).map_err(|e| format!("{wasm_file}: {e}"))?;
            let wasm = if optimise {
                wasm_opt::optimize(&wasm_opt_bin, wasm_file, &wasm)?
            } else {
                wasm
            };
            let small_glue = minify(glue_file, &short_glue)?;
            let (bundle, text) = pages::hash_bundle(stem, &small_glue, wasm_file, &wasm);
            write(&bundle.glue, text.as_bytes())?;
            write(&bundle.wasm, &wasm)?;
            for stale in [glue_file, wasm_file] {
                fs::remove_file(dir.join(stale))
                    .map_err(|e| format!("cannot remove {stale}: {e}"))?;
            }
            Ok((bundle, glue))
        };
    let (full, _) = finish_bundle(
        FULL_BIN,
        &format!("{FULL_BIN}.js"),
        &format!("{FULL_BIN}_bg.wasm"),
        "the rb-full link in index.html",
        false,
    )?;
    let stem = assets
        .glue
        .trim_end_matches(".js")
        .rsplit_once('-')
        .map_or(assets.glue.as_str(), |(stem, _)| stem)
        .to_owned();
    let (main, trunk_glue) = finish_bundle(
        &stem,
        &assets.glue,
        &assets.wasm,
        "Trunk's main bundle",
        true,
    )?;
    // The page points at the main bundle's new names and integrity.
    let index = pages::with_replaced(
        &index,
        &pages::integrity(trunk_glue.as_bytes()),
        &main.glue_integrity,
        "integrity of the JavaScript glue (its modulepreload link)",
    )?;
    let index = pages::with_replaced(
        &index,
        &assets.glue,
        &main.glue,
        "link to the JavaScript glue",
    )?;
    let index = pages::with_replaced(&index, &assets.wasm, &main.wasm, "link to the wasm module")?;
    assets.glue = main.glue;
    assets.wasm = main.wasm;
    assets.wasm_integrity = main.wasm_integrity;

    let version = format!(
        "{}+{}",
        env!("CARGO_PKG_VERSION"),
        full.glue
            .trim_end_matches(".js")
            .rsplit('-')
            .next()
            .unwrap_or("dev")
    );
    let values = TemplateValues::new(&assets, &full, &version);
    let template = |name: &str| -> Result<String, Box<dyn std::error::Error>> {
        Ok(pages::fill_template(
            &read(&source.join("embed").join(name))?,
            &values,
        )?)
    };

    // The frame's edition switch (`embed.html?lang=ru`), loaded by the
    // start script only when asked for.
    let edition_switch = minify("edition.js", &template("edition.js")?)?;
    let edition_switch_name = pages::hashed_name("edition", "js", edition_switch.as_bytes());
    write(&edition_switch_name, edition_switch.as_bytes())?;
    let start = minify(
        "start.js",
        &pages::fill_template(
            &read(&source.join("embed/start.js"))?,
            &values.clone().with("EDITION_SWITCH", &edition_switch_name),
        )?,
    )?;
    let start_name = pages::hashed_name("start", "js", start.as_bytes());
    write(&start_name, start.as_bytes())?;
    let page = pages::with_start_script(&index, &start_name, &pages::integrity(start.as_bytes()))?;
    let page = pages::without_preload_integrity(&page);

    // Each edition's two pages, in its directory (`ru/`): the standalone
    // page and the iframe's, pre-rendered in its language.
    let frame_template = pages::frame_page(&page)?;
    for lang in Lang::ALL {
        if !lang.dir().is_empty() {
            fs::create_dir_all(dir.join(lang.dir()))
                .map_err(|e| format!("cannot create {}: {e}", lang.dir()))?;
        }
        let standalone = pages::with_prerendered(&page, &render::standalone_html(lang))?;
        let standalone = pages::edition_page(&standalone, lang, &site)?;
        write(
            &format!("{}index.html", lang.dir()),
            pages::with_site_urls(&standalone, &site).as_bytes(),
        )?;
        let frame = pages::with_prerendered(&frame_template, &render::frame_html(lang))?;
        let frame = pages::edition_page(&frame, lang, &site)?;
        write(
            &format!("{}embed.html", lang.dir()),
            pages::with_site_urls(&frame, &site).as_bytes(),
        )?;
    }

    // The editors' page: the builder, on the full bundle.
    let builder_start = minify("builder-start.js", &template("builder-start.js")?)?;
    let builder_start_name = pages::hashed_name("builder", "js", builder_start.as_bytes());
    write(&builder_start_name, builder_start.as_bytes())?;
    // Its stylesheet, copied by Trunk as builder.css, under a hashed name.
    let builder_css = fs::read(dir.join("builder.css"))
        .map_err(|e| format!("cannot read builder.css (copy-file in index.html): {e}"))?;
    let builder_css_name = pages::hashed_name("builder", "css", &builder_css);
    write(&builder_css_name, &builder_css)?;
    fs::remove_file(dir.join("builder.css"))
        .map_err(|e| format!("cannot remove builder.css: {e}"))?;
    let builder_values = values
        .clone()
        .with("BUILDER_CSS", &builder_css_name)
        .with("BUILDER_CSS_INTEGRITY", &pages::integrity(&builder_css))
        .with("BUILDER_START", &builder_start_name)
        .with(
            "BUILDER_START_INTEGRITY",
            &pages::integrity(builder_start.as_bytes()),
        );
    let builder =
        pages::fill_template(&read(&source.join("embed/builder.html"))?, &builder_values)?;
    write("builder.html", builder.as_bytes())?;

    // The script embed: each edition's pre-rendered briefing as a fragment
    // file of its own, which embed.js fetches (with integrity) into each
    // element of that language (its `lang` attribute).
    let mut fragments = Vec::new();
    for lang in Lang::ALL {
        let fragment = render::element_html(lang);
        let name = pages::hashed_name("briefing", "html", fragment.as_bytes());
        write(&name, fragment.as_bytes())?;
        fragments.push(format!(
            "\"{}\": {{ \"file\": \"{name}\", \"integrity\": \"{}\" }}",
            lang.code(),
            pages::integrity(fragment.as_bytes())
        ));
    }
    let element_values = values
        .clone()
        .with("FRAGMENTS", &format!("{{ {} }}", fragments.join(", ")));
    let element = minify(
        "embed.js",
        &pages::fill_template(&read(&source.join("embed/element.js"))?, &element_values)?,
    )?;
    write("embed.js", element.as_bytes())?;
    // The data to download, linked from every briefing's source note.
    {
        use roundtable_briefing::components::{DATA_DOWNLOAD, FIGURES_DOWNLOAD, MEASURES_DOWNLOAD};
        use roundtable_briefing::data::roundtable;
        use roundtable_briefing::site::downloads;
        write(DATA_DOWNLOAD.file, downloads::DATA_JSON.as_bytes())?;
        write(
            FIGURES_DOWNLOAD.file,
            downloads::figures_csv(roundtable()).as_bytes(),
        )?;
        write(
            MEASURES_DOWNLOAD.file,
            downloads::measures_csv(roundtable()).as_bytes(),
        )?;
    }
    write(
        "404.html",
        pages::not_found_page(&read(&source.join("public/404.html"))?, &site).as_bytes(),
    )?;
    Ok(written)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
