//! An amount in euros, or `n.c.` with an explanation when the sources give none; and sums
//! of amounts that say what they leave out.
//!
//! A plain function rather than a component: tables render it hundreds of times, and a
//! component's bookkeeping would cost more than the text.

use ftap_core::figures;
use ftap_core::format;
use ftap_core::i18n::{Lang, Text};
use ftap_core::stats::Sum;
use yew::prelude::*;

/// Renders an amount, exact (`24 300 000 €`) or rounded (`24,3 M€`) when `compact`. An
/// unknown one is `n.c.` with its meaning on hover; tables explain it once in their caption,
/// so it is not a tab stop of its own.
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
            <abbr class="nc" title={Text::NotGivenTitle.get(lang)}>
                { Text::NotGiven.get(lang) }
            </abbr>
        },
    }
}

/// Renders a sum of amounts: `85,9 M€`, `≥ 85,9 M€ (1 inconnu)`, `n.c. (6 inconnus)`, so that a
/// sum of unknowns never reads as zero and a partial one says so.
pub fn sum(lang: Lang, sum: Sum) -> Html {
    html! {
        <span class="sum">
            { figures::sum_value(sum, lang) }
            if let Some(note) = figures::unknown_note(sum, lang) {
                <span class="note">{ format!(" ({note})") }</span>
            }
        </span>
    }
}
