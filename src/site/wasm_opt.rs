//! A second wasm-opt pass over the reader's client, after its imports got
//! short names ([`super::wasm_imports`]): `-Oz` until nothing changes
//! (`--converge`), telling the optimiser that the lowest kilobyte of memory
//! is never used (`--low-memory-unused`: rustc places the 1 MB stack first,
//! growing down towards address 0, so only a stack about to overflow would
//! reach it), which lets it fold constant addresses into load and store
//! offsets, and dropping the sections only tools read (target features,
//! producers). Trunk's own pass runs `-Oz` once. Measured on this client:
//! 400 bytes of brotli fewer (39,884 → 39,482), which the editions' pages
//! need to stay within their 60 KB.
//!
//! Only binaryen 132 from the project's `node_modules` (or `$RB_WASM_OPT`)
//! is used: Debian's binaryen 108 emits broken wasm, and a version this
//! step was not checked with is refused rather than trusted.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The binaryen release this step was checked with (Trunk.toml pins it too).
pub const VERSION: &str = "132";

/// Why the pass could not run.
#[derive(Debug)]
pub enum WasmOptError {
    /// wasm-opt is not where `scripts/setup` installs it.
    Missing(PathBuf),
    /// wasm-opt is another release than [`VERSION`] (its `--version` line).
    WrongVersion(String),
    /// wasm-opt could not be started, or its files not written or read.
    Io(String, std::io::Error),
    /// wasm-opt failed (its message).
    Failed(String, String),
}

impl fmt::Display for WasmOptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WasmOptError::Missing(path) => write!(
                f,
                "wasm-opt is missing ({}); run scripts/setup, which installs binaryen {VERSION} from npm",
                path.display()
            ),
            WasmOptError::WrongVersion(found) => write!(
                f,
                "wasm-opt reports \"{found}\", not binaryen {VERSION}; set RB_WASM_OPT to binaryen {VERSION}'s wasm-opt (never Debian's)"
            ),
            WasmOptError::Io(name, e) => write!(f, "cannot run wasm-opt on {name}: {e}"),
            WasmOptError::Failed(name, message) => {
                write!(f, "wasm-opt could not optimise {name}: {message}")
            }
        }
    }
}

impl std::error::Error for WasmOptError {}

/// The wasm-opt binary: `$RB_WASM_OPT`, else the project's `node_modules`.
pub fn wasm_opt_path(project: &Path) -> PathBuf {
    std::env::var_os("RB_WASM_OPT")
        .map(PathBuf::from)
        .unwrap_or_else(|| project.join("node_modules/.bin/wasm-opt"))
}

/// `wasm` (the module named `name`, for messages) after the pass.
/// Deterministic, so content-hashed names stay stable between builds.
pub fn optimize(wasm_opt: &Path, name: &str, wasm: &[u8]) -> Result<Vec<u8>, WasmOptError> {
    if !wasm_opt.exists() {
        return Err(WasmOptError::Missing(wasm_opt.to_owned()));
    }
    let io = |e| WasmOptError::Io(name.to_owned(), e);
    let version = Command::new(wasm_opt)
        .arg("--version")
        .output()
        .map_err(io)?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_owned();
    if !version
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n == VERSION)
    {
        return Err(WasmOptError::WrongVersion(version));
    }
    // wasm-opt works on files: a folder of this run's own.
    let dir = std::env::temp_dir().join(format!("rb-wasm-opt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(io)?;
    let (input, output) = (dir.join("in.wasm"), dir.join("out.wasm"));
    std::fs::write(&input, wasm).map_err(io)?;
    let run = Command::new(wasm_opt)
        .args([
            "-Oz",
            "--converge",
            "--low-memory-unused",
            // Metadata for tools, never read by a browser.
            "--strip-target-features",
            "--strip-producers",
            "--strip-debug",
        ])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .map_err(io);
    let result = run.and_then(|out| {
        if out.status.success() {
            std::fs::read(&output).map_err(io)
        } else {
            Err(WasmOptError::Failed(
                name.to_owned(),
                String::from_utf8_lossy(&out.stderr).trim().to_owned(),
            ))
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
    result
}
