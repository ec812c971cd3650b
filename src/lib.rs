//! Roundtable Briefing: an embeddable, accessible news briefing on the
//! Kazakhstan–Russia roundtable on family policy, as reported by DKnews.kz.
//!
//! - [`briefing`]: the typed model, validation, formatting and queries (plain Rust).
//! - [`data`]: the validated data, baked in at build time.
//! - [`components`]: the Leptos views, one per file.
//! - [`client`]: the reader's client, attached to the pre-rendered briefing (browser only).
//! - [`mount`]: rendering a briefing into a page element (browser only: the builder and the element).

// The baked data refers to `alloc::vec!`.
extern crate alloc;

pub mod briefing;
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod client;
pub mod components;
pub mod data;
#[cfg(target_arch = "wasm32")]
pub mod fallback;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod url_sync;
