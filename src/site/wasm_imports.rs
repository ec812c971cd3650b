//! Short names for what the wasm imports from its glue.
//!
//! wasm-bindgen names every import after the function and a 16-digit hash
//! (`__wbg_setAttribute_1da2f113c48389af`), and writes each name twice: in
//! the wasm's import section and as a key of the glue's import object. The
//! hashes are noise to brotli: about 2.7 KB of the reader's bundle, more
//! than any single feature of the client. This renames each import from the
//! glue (module `./<bin>_bg.js`) to a short name (`a0`, `a1`, …) and the
//! module to `g`, in both files at once, after wasm-bindgen and wasm-opt,
//! before the glue is minified.
//!
//! A small, strict reader of the wasm binary format's section headers and
//! import section (nothing else is decoded; every other byte is copied):
//! anything unexpected is an error that stops the build, never a guess.

use std::fmt;

/// Why the imports could not be renamed.
#[derive(Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a wasm module (no `\0asm` header, version 1).
    NotWasm,
    /// The binary ends inside a section or an entry.
    Truncated,
    /// An import kind this reader does not know.
    UnknownImportKind(u8),
    /// An import's name is not UTF-8.
    BadName,
    /// An import the wasm has that the glue does not name exactly once (the
    /// two files are not from one wasm-bindgen run, or the name also
    /// appears elsewhere and renaming it could break the glue).
    NotOnceInGlue(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotWasm => write!(f, "not a WebAssembly module (version 1)"),
            ImportError::Truncated => write!(f, "the WebAssembly module ends early"),
            ImportError::UnknownImportKind(k) => {
                write!(
                    f,
                    "the WebAssembly module has an import of unknown kind {k:#x}"
                )
            }
            ImportError::BadName => {
                write!(f, "an import name of the WebAssembly module is not UTF-8")
            }
            ImportError::NotOnceInGlue(name) => write!(
                f,
                "the wasm imports {name}, which its JavaScript glue does not name exactly once"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Whether imports from `module` are the glue's: wasm-bindgen's web target
/// names the module after the glue's own file, `./<bin>_bg.js`.
fn is_glue_module(module: &str) -> bool {
    module.starts_with("./") && module.ends_with("_bg.js")
}

/// The short name of the glue's module.
const SHORT_MODULE: &str = "g";

/// `wasm` and `glue` with every import from the glue renamed to a short
/// name and the glue's module to [`SHORT_MODULE`], the same in both.
/// Deterministic (names follow the import order).
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), ImportError> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err(ImportError::NotWasm);
    }
    let mut out = wasm[..8].to_vec();
    let mut renamed = Vec::new();
    let mut module = None;
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = leb(wasm, at + 1)?;
        let end = body_at.checked_add(size).ok_or(ImportError::Truncated)?;
        let body = wasm.get(body_at..end).ok_or(ImportError::Truncated)?;
        let body = if id == 2 {
            import_section(body, &mut renamed, &mut module)?
        } else {
            body.to_vec()
        };
        out.push(id);
        push_leb(&mut out, body.len());
        out.extend_from_slice(&body);
        at = end;
    }
    // Longest first, so no name is replaced inside a longer one.
    let mut by_length: Vec<&(String, String)> = renamed.iter().collect();
    by_length.sort_by_key(|(old, _)| std::cmp::Reverse(old.len()));
    let mut glue = glue.to_owned();
    if let Some(module) = module {
        let quoted = format!("\"{module}\"");
        if glue.matches(&quoted).count() != 1 {
            return Err(ImportError::NotOnceInGlue(module));
        }
        glue = glue.replace(&quoted, &format!("\"{SHORT_MODULE}\""));
    }
    for (old, new) in by_length {
        // Exactly once, as the import object's key: a second occurrence (in
        // a string, say) would be renamed too and break.
        let (replaced, count) = replace_identifier(&glue, old, new);
        if count != 1 {
            return Err(ImportError::NotOnceInGlue(old.clone()));
        }
        glue = replaced;
    }
    Ok((out, glue))
}

/// The import section with the glue's imports renamed (pushed to `renamed`
/// as old and new name).
/// `module` is set to the glue's module name, when there is one.
fn import_section(
    body: &[u8],
    renamed: &mut Vec<(String, String)>,
    module: &mut Option<String>,
) -> Result<Vec<u8>, ImportError> {
    let (count, mut at) = leb(body, 0)?;
    let mut out = Vec::with_capacity(body.len());
    push_leb(&mut out, count);
    for _ in 0..count {
        let (from, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let desc_end = descriptor_end(body, next)?;
        if is_glue_module(from) {
            let short = format!("a{:x}", renamed.len());
            renamed.push((field.to_owned(), short.clone()));
            *module = Some(from.to_owned());
            push_name(&mut out, SHORT_MODULE);
            push_name(&mut out, &short);
        } else {
            push_name(&mut out, from);
            push_name(&mut out, field);
        }
        out.extend_from_slice(&body[next..desc_end]);
        at = desc_end;
    }
    if at != body.len() {
        return Err(ImportError::Truncated);
    }
    Ok(out)
}

/// Where the import descriptor starting at `at` ends.
fn descriptor_end(body: &[u8], at: usize) -> Result<usize, ImportError> {
    let kind = *body.get(at).ok_or(ImportError::Truncated)?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize, ImportError> {
        let flags = *body.get(at).ok_or(ImportError::Truncated)?;
        // Bits beyond "has a maximum", "shared" and "64-bit" (custom page
        // sizes, say) add fields this reader does not know.
        if flags & !0b111 != 0 {
            return Err(ImportError::UnknownImportKind(kind));
        }
        let (_, at) = leb(body, at + 1)?;
        if flags & 1 == 1 {
            Ok(leb(body, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(leb(body, at)?.1),               // function: type index
        1 => limits(at + 1),                     // table: reference type, limits
        2 => limits(at),                         // memory: limits
        3 if at + 2 <= body.len() => Ok(at + 2), // global: value type, mutability
        3 => Err(ImportError::Truncated),
        4 => Ok(leb(body, at + 1)?.1), // tag: attribute, type index
        k => Err(ImportError::UnknownImportKind(k)),
    }
}

fn name(body: &[u8], at: usize) -> Result<(&str, usize), ImportError> {
    let (len, at) = leb(body, at)?;
    let end = at.checked_add(len).ok_or(ImportError::Truncated)?;
    let bytes = body.get(at..end).ok_or(ImportError::Truncated)?;
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::BadName)?;
    Ok((text, end))
}

fn push_name(out: &mut Vec<u8>, text: &str) {
    push_leb(out, text.len());
    out.extend_from_slice(text.as_bytes());
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(usize, usize), ImportError> {
    let mut value: usize = 0;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(at).ok_or(ImportError::Truncated)?;
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err(ImportError::Truncated)
}

fn push_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// `text` with each occurrence of the identifier `old` (not part of a longer
/// identifier) replaced by `new`, and how many there were.
fn replace_identifier(text: &str, old: &str, new: &str) -> (String, usize) {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut rest = text;
    while let Some(i) = rest.find(old) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + old.len()..].chars().next();
        out.push_str(&rest[..i]);
        if before.is_some_and(is_ident) || after.is_some_and(is_ident) {
            out.push_str(old);
        } else {
            out.push_str(new);
            count += 1;
        }
        rest = &rest[i + old.len()..];
    }
    out.push_str(rest);
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing `./x_bg.js.__wbg_f_1234` (a function), `…__wbg_fx_9`,
    /// `env.memory` (a memory with a maximum) and exporting nothing.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 3);
        for (m, f) in [("./x_bg.js", "__wbg_f_1234"), ("./x_bg.js", "__wbg_fx_9")] {
            push_name(&mut imports, m);
            push_name(&mut imports, f);
            imports.extend_from_slice(&[0, 0]); // function, type 0
        }
        push_name(&mut imports, "env");
        push_name(&mut imports, "memory");
        imports.extend_from_slice(&[2, 1, 1, 2]); // memory, limits 1..2
        let types = [1, 0x60, 0, 0]; // one type: [] -> []
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(1);
        push_leb(&mut wasm, types.len());
        wasm.extend_from_slice(&types);
        wasm.push(2);
        push_leb(&mut wasm, imports.len());
        wasm.extend_from_slice(&imports);
        wasm
    }

    fn import_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        let mut at = 8;
        while at < wasm.len() {
            let (size, body) = leb(wasm, at + 1).unwrap();
            if wasm[at] == 2 {
                let body = &wasm[body..body + size];
                let (count, mut i) = leb(body, 0).unwrap();
                for _ in 0..count {
                    let (m, next) = name(body, i).unwrap();
                    let (f, next) = name(body, next).unwrap();
                    names.push(format!("{m}.{f}"));
                    i = descriptor_end(body, next).unwrap();
                }
            }
            at = body + size;
        }
        names
    }

    #[test]
    fn renames_the_glues_imports_in_both_files_and_nothing_else() {
        let glue = r#"return { "./x_bg.js": { __wbg_f_1234: function() {}, __wbg_fx_9: g } }; const x = my__wbg_f_1234;"#;
        let (wasm, glue) = shorten_imports(&module(), glue).unwrap();
        assert_eq!(import_names(&wasm), ["g.a0", "g.a1", "env.memory"]);
        assert_eq!(
            glue,
            r#"return { "g": { a0: function() {}, a1: g } }; const x = my__wbg_f_1234;"#
        );
    }

    #[test]
    fn a_glue_without_an_import_is_an_error_naming_it() {
        let err = shorten_imports(&module(), r#"{"./x_bg.js": {__wbg_f_1234: f}}"#).unwrap_err();
        assert_eq!(err, ImportError::NotOnceInGlue("__wbg_fx_9".into()));
        assert!(err.to_string().contains("__wbg_fx_9"));
    }

    #[test]
    fn a_name_the_glue_has_twice_is_an_error_not_a_double_rename() {
        let glue = r#"{"./x_bg.js": {__wbg_f_1234: f, __wbg_fx_9: g}}; log("__wbg_fx_9")"#;
        let err = shorten_imports(&module(), glue).unwrap_err();
        assert_eq!(err, ImportError::NotOnceInGlue("__wbg_fx_9".into()));
    }

    #[test]
    fn broken_modules_are_errors_not_guesses() {
        assert_eq!(shorten_imports(b"not wasm", ""), Err(ImportError::NotWasm));
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert_eq!(shorten_imports(&cut, ""), Err(ImportError::Truncated));
    }

    #[test]
    fn leb128_round_trips() {
        for n in [0, 1, 127, 128, 300, 16_384, 1 << 30] {
            let mut out = Vec::new();
            push_leb(&mut out, n);
            assert_eq!(leb(&out, 0), Ok((n, out.len())));
        }
    }
}
