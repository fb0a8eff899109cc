//! Build step: renders the app's home view to HTML (Yew's server renderer, natively) and
//! writes it into the built page's `#app`, where the wasm then hydrates it.

fn main() {
    let html = futures::executor::block_on(explorateur_ftap::components::app::prerender());
    println!("{html}");
}
