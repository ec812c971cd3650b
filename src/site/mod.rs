//! Build-time site generation (native only): the briefing rendered to HTML
//! ([`render`]) and Trunk's output finished into the pages the site serves
//! ([`pages`]), its JavaScript minified ([`minify`]) and the wasm's imports
//! named short ([`wasm_imports`]) and the reader's wasm optimised once more
//! ([`wasm_opt`]), and the data to download ([`downloads`]). The binaries in `src/bin/` run them from Trunk's hooks:
//! `rb-filter-css` (pre-build: the filter's stylesheet rules) and
//! `rb-pages` (post-build: pre-rendered pages, start scripts, `embed.js`,
//! `builder.html`, `404.html`, the data downloads).

pub mod downloads;
pub mod minify;
pub mod pages;
pub mod render;
pub mod wasm_imports;
pub mod wasm_opt;
