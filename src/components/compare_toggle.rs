//! The button that adds a project to the comparison or takes it out, as the project's sheet
//! and its similar projects draw it (the table has its own, handled by delegation).
//!
//! A plain function rather than a component: a sheet draws several, and each is a button.

use ftap_core::i18n::{Lang, Text};
use yew::prelude::*;

/// A toggle button for project `id`, named with the project's `name` so that several in a
/// list are told apart; pressed when `compared` (the ids in the comparison) holds it.
/// `on_compare` is called with `id`.
pub fn compare_toggle(
    lang: Lang,
    id: &str,
    name: &str,
    compared: &[String],
    on_compare: &Callback<String>,
) -> Html {
    let pressed = compared.iter().any(|c| c == id);
    let on_click = {
        let (on_compare, id) = (on_compare.clone(), id.to_owned());
        Callback::from(move |_: MouseEvent| on_compare.emit(id.clone()))
    };
    let label = Text::CompareButton.get(lang);
    html! {
        <button type="button" class="compare-toggle" aria-pressed={pressed.to_string()}
            aria-label={format!("{label} {name}")} onclick={on_click}>
            { label }
        </button>
    }
}
