//! An amount in euros, or `n.c.` with an explanation when the sources give none.

use crate::format;
use crate::i18n::Lang;
use yew::prelude::*;

/// Properties of [`Amount`].
#[derive(Properties, PartialEq)]
pub struct AmountProps {
    /// The amount in euros; `None` when unknown.
    pub eur: Option<u64>,
    /// Whether to write it rounded (`24,3 M€`) rather than exact (`24 300 000 €`).
    #[prop_or_default]
    pub compact: bool,
}

/// Renders an amount; an unknown one is `n.c.`, focusable, with its meaning shown on hover and
/// focus, so that it is never read as zero.
#[component]
pub fn Amount(props: &AmountProps) -> Html {
    match props.eur {
        Some(eur) => {
            let text = if props.compact {
                format::euros_compact(eur, Lang::Fr)
            } else {
                format::euros(eur, Lang::Fr)
            };
            html! { <span class="amount">{ text }</span> }
        }
        None => html! {
            <abbr class="nc" tabindex="0"
                title="Non communiqué : aucune source consultée ne donne ce montant">
                { "n.c." }
            </abbr>
        },
    }
}
