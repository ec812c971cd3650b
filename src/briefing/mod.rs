//! The domain: the typed roundtable model, its validation, number formatting
//! and the queries the views need. Plain Rust with no browser types, so all of
//! it is tested natively and can render on a server or at build time.

pub mod compare;
pub mod facets;
pub mod filter;
pub mod format;
pub mod index;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod prose;
pub mod queries;
pub mod stats;
pub mod translation;
pub mod validate;

pub use model::*;
