//! The few browser facts the views need, behind functions that also exist
//! natively (where they give the answer that animates nothing), so
//! components compile and render everywhere.

/// Whether the reader asked for reduced motion (`prefers-reduced-motion: reduce`).
#[cfg(target_arch = "wasm32")]
pub fn prefers_reduced_motion() -> bool {
    leptos::prelude::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Natively nothing moves.
#[cfg(not(target_arch = "wasm32"))]
pub fn prefers_reduced_motion() -> bool {
    true
}
