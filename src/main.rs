//! Entry point. In the browser: install the panic hook (which falls back to
//! the static briefing, see `fallback`) and start what the
//! page asks for (see [`roundtable_briefing::client::mount::start`]). Natively:
//! print the briefing as static HTML (what the build pre-renders).

#[cfg(target_arch = "wasm32")]
fn main() {
    roundtable_briefing::client::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", roundtable_briefing::site::render::briefing_html());
}
