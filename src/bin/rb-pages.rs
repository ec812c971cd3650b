//! Post-build step, run by Trunk's `post_build` hook (see Trunk.toml):
//! finishes the site in Trunk's staging folder. The work itself is in
//! [`roundtable_briefing::pages`]; this only reads and writes files.
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
    use roundtable_briefing::pages::{self, Site};
    use roundtable_briefing::render;
    use std::fs;

    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &std::path::Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let index = read(&dir.join("index.html"))?;
    let assets = pages::find_assets(&index)?;
    let version = format!(
        "{}+{}",
        env!("CARGO_PKG_VERSION"),
        assets
            .glue
            .trim_end_matches(".js")
            .rsplit('-')
            .next()
            .unwrap_or("dev")
    );
    let site = Site::new(
        std::env::var("RB_SITE_URL").ok().as_deref(),
        std::env::var("RB_SITE_PATH").ok().as_deref(),
    );
    let mut written = Vec::new();
    let mut write = |name: &str, contents: &str| -> Result<(), Box<dyn std::error::Error>> {
        fs::write(dir.join(name), contents).map_err(|e| format!("cannot write {name}: {e}"))?;
        written.push(name.to_owned());
        Ok(())
    };

    let start = pages::fill_template(&read(&source.join("embed/start.js"))?, &assets, &version)?;
    let start_name = pages::hashed_name("start", "js", start.as_bytes());
    write(&start_name, &start)?;
    let page = pages::with_start_script(&index, &start_name, &pages::integrity(start.as_bytes()))?;
    let page = pages::without_preload_integrity(&page);

    let standalone = pages::with_prerendered(&page, &render::standalone_html())?;
    write("index.html", &pages::with_site_urls(&standalone, &site))?;
    let frame = pages::with_prerendered(&pages::frame_page(&page)?, &render::frame_html())?;
    write("embed.html", &pages::with_site_urls(&frame, &site))?;

    let element =
        pages::fill_template(&read(&source.join("embed/element.js"))?, &assets, &version)?;
    write("embed.js", &element)?;
    write(
        "404.html",
        &pages::not_found_page(&read(&source.join("public/404.html"))?, &site),
    )?;
    Ok(written)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
