//! The panel shown when the app stops on a bug (a Rust panic): a message and a way out in
//! place of a blank or frozen page, the details in the console for a bug report.

/// Logs the panic and puts the panel in the element `root_id` (the page's app, or the part
/// that explores a reader's own file), for a panic hook. A panic during the page's start also
/// makes the start fail, which the page's start guard turns into one retry from the network.
pub fn show(root_id: &str, info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("Explorateur FTAP: {info}"));
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(root_id) else {
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
