//! Reading the data file: JSON → typed [`Roundtable`], then [`validate`].
//!
//! Native only (the browser build receives the data already baked into Rust
//! code by `build.rs`, so it carries no JSON parser). Shape errors keep their
//! field path thanks to `serde_path_to_error`.

use super::model::Roundtable;
use super::translation::{translate, Translation};
use super::validate::{validate, DataError, DataErrors, Problem};

/// Parses and validates a roundtable data document.
///
/// # Errors
/// Every problem found, each with its field path: a shape error (bad JSON, a
/// missing or unknown field, an unknown country or topic) alone, since nothing
/// else can be checked then; otherwise every broken rule of [`validate`].
pub fn parse(json: &str) -> Result<Roundtable, DataErrors> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let doc: Roundtable = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let problem = Problem::Shape(e.inner().to_string());
        DataErrors(vec![DataError {
            // serde_path_to_error writes "." for the document root.
            path: if path == "." { String::new() } else { path },
            problem,
        }])
    })?;
    validate(&doc)?;
    Ok(doc)
}

/// Parses a translation file and makes `english`'s edition in `language`
/// from it (see [`translate`]).
///
/// # Errors
/// A shape error alone (with its path), or every problem [`translate`]
/// finds.
pub fn parse_translation(
    json: &str,
    english: &Roundtable,
    language: &str,
) -> Result<Roundtable, DataErrors> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let translation: Translation = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        DataErrors(vec![DataError {
            path: if path == "." { String::new() } else { path },
            problem: Problem::Shape(e.inner().to_string()),
        }])
    })?;
    translate(english, translation, language)
}
