//! Entry point of the web app: the error panel for a panic, then the Yew root component.

explorateur_ftap::page_allocator!();

fn main() {
    std::panic::set_hook(Box::new(|info| {
        explorateur_ftap::error_panel::show("app", info)
    }));
    let data = explorateur_ftap::data::dataset();
    explorateur_ftap::components::app::mount(ftap_core::catalog::Catalog::new(data));
}
