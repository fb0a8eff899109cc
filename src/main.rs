//! Entry point of the web app: mounts the Yew root component in the page.

fn main() {
    explorateur_ftap::components::app::mount();
}
