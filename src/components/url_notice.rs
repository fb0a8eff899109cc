//! A dismissible notice listing the URL parameters that could not be used.

use crate::url::{Ignored, Reason};
use yew::prelude::*;

/// Properties of [`UrlNotice`].
#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    /// The parameters that were dropped.
    pub ignored: Vec<Ignored>,
    /// Called when the user closes the notice.
    pub on_dismiss: Callback<()>,
}

/// Why a parameter was dropped, in French.
fn reason_text(reason: Reason) -> &'static str {
    match reason {
        Reason::UnknownName => "paramètre inconnu",
        Reason::BadValue => "valeur illisible",
        Reason::UnknownProject => "projet inexistant",
        Reason::UnknownValue => "valeur absente des données",
        Reason::TooLong => "valeur trop longue",
        Reason::BadEscape => "caractères mal encodés",
        Reason::Repeated => "paramètre en double",
        Reason::TooMany => "trop de paramètres",
    }
}

/// Says which parts of the link were ignored; the rest of the view applies normally.
#[component]
pub fn UrlNotice(props: &UrlNoticeProps) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let items = props.ignored.iter().map(|i| {
        html! { <li><code>{ &i.key }</code>{ " : " }{ reason_text(i.reason) }</li> }
    });
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            <p>{ "Une partie du lien n'a pas pu être appliquée ; le reste de la vue l'est." }</p>
            <ul>{ for items }</ul>
            <button type="button" class="button" onclick={on_click}>{ "Fermer ce message" }</button>
        </div>
    }
}
