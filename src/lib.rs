//! Roundtable Briefing: an embeddable, accessible news briefing on the
//! Kazakhstan–Russia roundtable on family policy, as reported by DKnews.kz.
//!
//! - [`briefing`]: the domain: typed model, validation, filter, counts, formatting, and the client's index (plain Rust).
//! - [`data`]: the validated data, baked in at build time.
//! - [`lang`]: the briefing's languages: CLDR plural rules, number formats, Kazakh numeral suffixes (plain Rust).
//! - [`state`]: view state and host settings, their text forms and parsers (plain Rust).
//! - [`embed_code`]: the snippets and fallback article a host copies, with the one HTML escaper (plain Rust).
//! - [`components`]: the Leptos views, one per file: pre-rendered at build time, rendered live by the full bundle.
//! - [`browser`]: the few browser facts the views ask for, with native stand-ins.
//! - [`client`]: browser-only glue: the reader's attach client, the full bundle's mounting, URL sync, frame messages, the panic fallback.
//! - [`site`]: build-time site generation: rendering and finishing the pages (native only).

// The baked data refers to `alloc::vec!`.
extern crate alloc;

pub mod briefing;
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod client;
#[cfg(any(not(target_arch = "wasm32"), feature = "full"))]
pub mod components;
pub mod data;
pub mod embed_code;
pub mod lang;
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
pub mod state;
