//! Minifying the JavaScript the build ships: the wasm-bindgen glue of both
//! bundles (Trunk leaves it as wasm-bindgen writes it: comments, long
//! names, indentation) and the hand-written start scripts and `embed.js`.
//! About a third of their brotli size is gone afterwards; on a phone that is
//! bytes a reader no longer downloads before the briefing becomes
//! interactive.
//!
//! The work is esbuild's (npm `esbuild`, pinned in `package.json`, installed
//! by `scripts/setup`), run as a process: a JavaScript minifier that keeps
//! ES modules, `import.meta` and string keys (the wasm's import names) as
//! they are. Identifiers are renamed, property names never.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why a script could not be minified. The build stops: shipping an
/// unminified file would silently blow the size budget.
#[derive(Debug)]
pub enum MinifyError {
    /// esbuild is not where `scripts/setup` installs it.
    Missing(PathBuf),
    /// esbuild could not be started or read.
    Io(String, std::io::Error),
    /// esbuild rejected the script (its message).
    Rejected(String, String),
}

impl fmt::Display for MinifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MinifyError::Missing(path) => write!(
                f,
                "esbuild is missing ({}); run scripts/setup, which installs the npm tools",
                path.display()
            ),
            MinifyError::Io(name, e) => write!(f, "cannot run esbuild on {name}: {e}"),
            MinifyError::Rejected(name, message) => {
                write!(f, "esbuild could not minify {name}: {message}")
            }
        }
    }
}

impl std::error::Error for MinifyError {}

/// The esbuild binary: `$RB_ESBUILD`, else the project's `node_modules`.
pub fn esbuild_path(project: &Path) -> PathBuf {
    std::env::var_os("RB_ESBUILD")
        .map(PathBuf::from)
        .unwrap_or_else(|| project.join("node_modules/.bin/esbuild"))
}

/// `source`, an ES module named `name` (for messages), minified by the
/// esbuild at `esbuild`. Deterministic: the same input gives the same bytes,
/// so content-hashed names stay stable between builds.
pub fn minify_js(esbuild: &Path, name: &str, source: &str) -> Result<String, MinifyError> {
    if !esbuild.exists() {
        return Err(MinifyError::Missing(esbuild.to_owned()));
    }
    let io = |e| MinifyError::Io(name.to_owned(), e);
    let mut child = Command::new(esbuild)
        .args([
            "--minify",
            "--format=esm",
            "--loader=js",
            "--charset=utf8",
            "--log-level=error",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io)?;
    // A scope, so stdin closes (esbuild reads to its end) before the wait.
    {
        let mut stdin = child.stdin.take().ok_or_else(|| {
            io(std::io::Error::new(
                std::io::ErrorKind::BrokenPipe,
                "no stdin",
            ))
        })?;
        stdin.write_all(source.as_bytes()).map_err(io)?;
    }
    let out = child.wait_with_output().map_err(io)?;
    if !out.status.success() {
        let message = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        return Err(MinifyError::Rejected(name.to_owned(), message));
    }
    String::from_utf8(out.stdout).map_err(|e| {
        io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            e.to_string(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esbuild() -> PathBuf {
        esbuild_path(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    #[test]
    fn keeps_exports_imports_and_property_names() {
        let source = "// a comment\nexport function initialise(wasmModule) {\n    const imports = {};\n    imports.wbg = {};\n    imports.wbg.__wbg_setAttribute_1da2f113 = function(arg0) { return arg0; };\n    return import.meta.url + wasmModule;\n}\n";
        let out = minify_js(&esbuild(), "test.js", source).expect("esbuild runs");
        assert!(out.len() < source.len(), "{out}");
        assert!(!out.contains("a comment"), "{out}");
        assert!(out.contains("__wbg_setAttribute_1da2f113"), "{out}");
        assert!(out.contains("import.meta.url"), "{out}");
        assert!(
            out.contains("initialise"),
            "an export keeps its name: {out}"
        );
    }

    #[test]
    fn is_deterministic() {
        let source = "export const a = [1, 2, 3].map((x) => x * 2);\n";
        let one = minify_js(&esbuild(), "a.js", source).unwrap();
        let two = minify_js(&esbuild(), "a.js", source).unwrap();
        assert_eq!(one, two);
    }

    #[test]
    fn a_syntax_error_names_the_file() {
        let err = minify_js(&esbuild(), "broken.js", "export const = ;").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("broken.js"), "{message}");
    }

    #[test]
    fn a_missing_esbuild_says_how_to_get_it() {
        let err = minify_js(Path::new("/nonexistent/esbuild"), "a.js", "").unwrap_err();
        assert!(err.to_string().contains("scripts/setup"), "{err}");
    }
}
