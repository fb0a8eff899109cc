//! Entry point of the web app: installs the panic handler, then mounts the Yew root component.

fn main() {
    std::panic::set_hook(Box::new(show_error_panel));
    let data = explorateur_ftap::data::dataset();
    explorateur_ftap::components::app::mount(explorateur_ftap::catalog::Catalog::new(data));
}

/// Replaces the page content with a visible error panel instead of leaving it blank or frozen,
/// and logs the details to the console for a bug report.
fn show_error_panel(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("Explorateur FTAP: {info}"));
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    // Plain DOM calls: the Yew renderer is what just failed.
    root.set_inner_html(
        "<div class=\"error-panel\" role=\"alert\">\
         <h1>Une erreur est survenue</h1>\
         <p>L'explorateur s'est arrêté sur une erreur inattendue. Rechargez la page ; si \
         l'erreur revient, signalez-la avec le lien de la page et le message de la console \
         du navigateur.</p>\
         <p><a href=\"./\">Recharger l'explorateur sans paramètres</a></p>\
         </div>",
    );
}
