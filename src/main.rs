//! Entry point. In the browser: install the panic hook and start what the
//! page asks for (see [`roundtable_briefing::mount::start`]). Natively:
//! print the briefing as static HTML (what the build pre-renders).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    roundtable_briefing::mount::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", roundtable_briefing::render::briefing_html());
}
