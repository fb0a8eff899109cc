//! Entry point of the web app: installs the panic handler, then mounts the Yew root component.

fn main() {
    std::panic::set_hook(Box::new(show_error_panel));
    let data = explorateur_ftap::data::dataset();
    explorateur_ftap::components::app::mount(ftap_core::catalog::Catalog::new(data));
}

/// Replaces the page content with a visible error panel instead of leaving it blank or frozen,
/// and logs the details to the console for a bug report. A panic during start also makes the
/// start fail, which the page's start guard turns into one retry from the network.
fn show_error_panel(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("Explorateur FTAP: {info}"));
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    // Plain DOM calls (the Yew renderer is what just failed), text only: Trusted Types are
    // enforced, so no markup is ever parsed from a string.
    let node = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(panel), Some(title), Some(text), Some(line), Some(link)) = (
        node("div", ""),
        node("h1", "Une erreur est survenue"),
        node(
            "p",
            "L'explorateur s'est arrêté sur une erreur inattendue. Rechargez la page ; si \
             l'erreur revient, signalez-la avec le lien de la page et le message de la console \
             du navigateur.",
        ),
        node("p", ""),
        node("a", "Recharger l'explorateur sans paramètres"),
    ) else {
        return;
    };
    let _ = panel.set_attribute("class", "error-panel");
    let _ = panel.set_attribute("role", "alert");
    let _ = link.set_attribute("href", "./");
    let _ = line.append_child(&link);
    for child in [&title, &text, &line] {
        let _ = panel.append_child(child);
    }
    root.set_text_content(None);
    let _ = root.append_child(&panel);
}
