//! The page banner: what FTAP is, in one sentence.

use yew::prelude::*;

/// The site header with the title and a one-sentence presentation of the fund.
#[component]
pub fn PageHeader() -> Html {
    html! {
        <header class="page-header">
            <h1>{ "Explorateur FTAP" }</h1>
            <p class="lede">
                { "Le Fonds pour la transformation de l'action publique (FTAP), créé en 2018, \
                   finance sur appels à projets des administrations qui modernisent leurs \
                   services publics ; cet explorateur recense les projets lauréats connus, \
                   avec leurs montants et leurs sources." }
            </p>
        </header>
    }
}
