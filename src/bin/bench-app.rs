//! The explorer on synthetic data, for in-browser timing at scale (`make bench-keystroke`).
//! The number of rows comes from the address fragment, `#rows=100000` by default.

explorateur_ftap::page_allocator!();

fn main() {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let rows = hash
        .strip_prefix("#rows=")
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let aliases = explorateur_ftap::data::dataset().aliases;
    let data = ftap_core::synth::generate(rows, 42, &aliases);
    explorateur_ftap::components::app::mount(ftap_core::catalog::Catalog::new(data));
}
