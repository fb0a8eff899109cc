//! An amount in euros, or `n.c.` with an explanation when the sources give none.
//!
//! A plain function rather than a component: tables render it hundreds of times, and a
//! component's bookkeeping would cost more than the text.

use crate::format;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// Renders an amount, exact (`24 300 000 €`) or rounded (`24,3 M€`) when `compact`. An
/// unknown one is `n.c.`, focusable, with its meaning shown on hover and focus, so that it is
/// never read as zero.
pub fn amount(lang: Lang, eur: Option<u64>, compact: bool) -> Html {
    match eur {
        Some(eur) => {
            let text = if compact {
                format::euros_compact(eur, lang)
            } else {
                format::euros(eur, lang)
            };
            html! { <span class="amount">{ text }</span> }
        }
        None => html! {
            <abbr class="nc" tabindex="0" title={Text::NotGivenTitle.get(lang)}>
                { Text::NotGiven.get(lang) }
            </abbr>
        },
    }
}
