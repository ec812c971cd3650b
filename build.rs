//! Build step: validate the roundtable data and bake it into Rust code.
//!
//! The data file (`data/roundtable.json`, or the file named by the
//! `ROUNDTABLE_DATA` environment variable) is parsed into the same typed model
//! the app uses and checked against every rule in `src/briefing/validate.rs`.
//! A bad file stops the build with each problem on its own line, by field path.
//! A good file becomes `$OUT_DIR/roundtable.rs`, a Rust expression, so the
//! browser build contains plain values and no JSON parser. The Russian and
//! Kazakh editions' translation files (`roundtable.ru.json`,
//! `roundtable.kk.json`) are checked against it
//! (`src/briefing/translation.rs`) and baked the same way.

// The domain (model, checks, filter, counts) is shared with the library,
// compiled here as a module of this script; much of it goes unused here.
#[allow(dead_code, unused_imports)]
#[path = "src/briefing/mod.rs"]
mod briefing;
// The languages: the domain's sentences and labels come from their tables.
#[allow(dead_code, unused_imports)]
#[path = "src/lang/mod.rs"]
mod lang;

use briefing::load;

use std::path::PathBuf;
use std::{env, fs, process};

use databake::{Bake, CrateEnv};

fn main() {
    println!("cargo::rerun-if-changed=src/briefing");
    println!("cargo::rerun-if-changed=src/lang");
    println!("cargo::rerun-if-env-changed=ROUNDTABLE_DATA");
    // Test builds only (dist-test/): RB_TEST_HOOKS=1 arms the test-only panic
    // trigger in both bundles (see Cargo.toml for why not a feature).
    println!("cargo::rustc-check-cfg=cfg(rb_test_hooks)");
    println!("cargo::rerun-if-env-changed=RB_TEST_HOOKS");
    if env::var_os("RB_TEST_HOOKS").is_some_and(|v| v == "1") {
        println!("cargo::rustc-cfg=rb_test_hooks");
    }
    let fixture = env::var_os("ROUNDTABLE_DATA").is_some();
    let path = env::var_os("ROUNDTABLE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("data/roundtable.json"));
    println!("cargo::rerun-if-changed={}", path.display());

    let json = fs::read_to_string(&path).unwrap_or_else(|e| {
        fail(&path, &format!("cannot read the file: {e}"));
    });
    let doc = load::parse(&json).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.0.iter().map(|e| format!("  {e}")).collect();
        fail(&path, &lines.join("\n"));
    });

    let code = doc.bake(&CrateEnv::default()).to_string();
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("roundtable.rs"), code).expect("OUT_DIR is writable");

    // Each other edition: the English data with the texts of its
    // translation file beside it (`roundtable.ru.json`), checked and baked
    // the same way. The shipped data must have every translation; a test
    // fixture named by ROUNDTABLE_DATA may go without, and its editions
    // then show its English texts (with a warning).
    for code in ["ru", "kk"] {
        let file = path.with_extension(format!("{code}.json"));
        println!("cargo::rerun-if-changed={}", file.display());
        let edition = match fs::read_to_string(&file) {
            Ok(json) => load::parse_translation(&json, &doc, code).unwrap_or_else(|errors| {
                let lines: Vec<String> = errors.0.iter().map(|e| format!("  {e}")).collect();
                fail(&file, &lines.join("\n"));
            }),
            Err(e) if fixture => {
                println!(
                    "cargo::warning=no {} ({e}): the {code} edition shows the fixture's English texts",
                    file.display()
                );
                doc.clone()
            }
            Err(e) => fail(&file, &format!("cannot read the file: {e}")),
        };
        let baked = edition.bake(&CrateEnv::default()).to_string();
        fs::write(out.join(format!("roundtable_{code}.rs")), baked).expect("OUT_DIR is writable");
    }
    // The same file, byte for byte, for the site's "get the data" download
    // (src/site/downloads.rs): only ever a file that passed validation.
    fs::write(out.join("roundtable.json"), &json).expect("OUT_DIR is writable");
}

/// Stops the build with a message an editor can act on.
fn fail(path: &std::path::Path, details: &str) -> ! {
    eprintln!(
        "error: the roundtable data in {} is invalid:\n{details}",
        path.display()
    );
    process::exit(1);
}
