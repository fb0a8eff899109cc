//! An amount in euros, or `n.c.` with an explanation when the sources give none.
//!
//! A plain function rather than a component: tables render it hundreds of times, and a
//! component's bookkeeping would cost more than the text.

use crate::format;
use crate::i18n::Lang;
use yew::prelude::*;

/// Renders an amount, exact (`24 300 000 €`) or rounded (`24,3 M€`) when `compact`. An
/// unknown one is `n.c.`, focusable, with its meaning shown on hover and focus, so that it is
/// never read as zero.
pub fn amount(eur: Option<u64>, compact: bool) -> Html {
    match eur {
        Some(eur) => {
            let text = if compact {
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
