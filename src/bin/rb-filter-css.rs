//! Build step, run by Trunk's `pre_build` hook (see Trunk.toml): prints the
//! filter's stylesheet rules, generated from the `Country` and `Topic`
//! enums ([`roundtable_briefing::briefing::facets::filter_css`]), for the
//! widget's stylesheet.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", roundtable_briefing::briefing::facets::filter_css());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
