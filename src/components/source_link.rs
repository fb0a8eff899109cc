//! A link to a cited document that reads as a citation (« Titre — Éditeur, date »), never as
//! a bare address.

use crate::store::{use_catalog, use_lang};
use ftap_core::labels;
use yew::prelude::*;

/// Properties of [`SourceLink`].
#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    /// The address cited, as written in the data.
    pub url: AttrValue,
    /// Words read before the citation by assistive technology only, saying what the source
    /// supports (« Montant FTAP — »): several links can then be told apart by their names.
    #[prop_or_default]
    pub context: Option<AttrValue>,
}

/// The citation of `url` from `data/sources.csv`, linked to the document. Titles are French,
/// as published, whatever the interface language.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    // The build refuses a cited URL without a description; the address is the last resort.
    let text = catalog
        .data
        .source(&props.url)
        .map_or_else(|| props.url.to_string(), |s| labels::citation(s, lang));
    html! {
        <a href={props.url.clone()} rel="noopener noreferrer">
            if let Some(context) = &props.context {
                <span class="visually-hidden">{ context.clone() }</span>
            }
            <cite lang="fr">{ text }</cite>
        </a>
    }
}
