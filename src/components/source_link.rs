//! A link to a cited document that reads as a citation (« Titre — Éditeur, date »), never as
//! a bare address.
//!
//! A plain function rather than a component: a sheet, the comparison and the coverage table
//! draw several each, and a component's bookkeeping (its scope, its two context lookups)
//! cost more than the link.

use ftap_core::i18n::Lang;
use ftap_core::labels;
use ftap_core::model::Dataset;
use yew::prelude::*;

/// The citation of `url` from `data/sources.csv`, linked to the document. Titles are French,
/// as published, whatever the interface language. `context`, when given, is read before the
/// citation by assistive technology only and says what the source supports (« Montant FTAP
/// — »), so that several links can be told apart by their names.
pub fn source_link(data: &Dataset, lang: Lang, url: &str, context: Option<String>) -> Html {
    // The build refuses a cited URL without a description; the address is the last resort.
    let text = data
        .source(url)
        .map_or_else(|| url.to_owned(), |s| labels::citation(s, lang));
    html! {
        <a href={url.to_owned()} rel="noopener noreferrer">
            if let Some(context) = context {
                <span class="visually-hidden">{ context }</span>
            }
            <cite lang="fr">{ text }</cite>
        </a>
    }
}
