//! Entry point. In the browser: install the panic hook and mount the
//! briefing. Natively: print the briefing as static HTML (useful to inspect
//! what the views produce, and the seed of build-time pre-rendering).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    roundtable_briefing::mount::mount_standalone();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("{}", roundtable_briefing::render::briefing_html());
}
