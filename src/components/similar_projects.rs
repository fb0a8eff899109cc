//! The projects most like the one a sheet shows, each with what it shares with it.
//!
//! A plain function rather than a component: the sheet decides when its list is drawn (see
//! [`ProjectDetail`](crate::components::project_detail::ProjectDetail)), and a component of
//! its own would only add its bookkeeping to the page's code.

use crate::components::compare_toggle::compare_toggle;
use ftap_core::facets::Facet;
use ftap_core::i18n::{Lang, Text};
use ftap_core::labels;
use ftap_core::model::Dataset;
use ftap_core::similar::{Neighbour, Reason};
use ftap_core::url;
use yew::prelude::*;

/// A heading and the list of `neighbours`, each a link to its project's page (`on_open` is
/// called with its id) with its comparison button (see [`compare_toggle`]) and the reasons it
/// is listed.
pub fn similar_projects(
    lang: Lang,
    data: &Dataset,
    neighbours: &[Neighbour],
    compared: &[String],
    on_open: &Callback<String>,
    on_compare: &Callback<String>,
) -> Html {
    let items = neighbours.iter().map(|neighbour| {
        let other = &data.projects[neighbour.doc];
        let reasons: Vec<String> = neighbour
            .reasons
            .iter()
            .map(|reason| match reason {
                Reason::Theme(id) => Text::SameTheme.fill(lang, &[&labels::value_label(data, Facet::Theme, id, lang)]),
                Reason::Carrier(carrier) => Text::SameCarrier.fill(lang, &[carrier]),
                Reason::Ministry => Text::SameMinistry.get(lang).to_owned(),
                Reason::Words(words) => Text::SharedWords.fill(lang, &[&words.join(", ")]),
            })
            .collect();
        let on_click = {
            let (on_open, id) = (on_open.clone(), other.id.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                on_open.emit(id.clone());
            })
        };
        html! {
            <li key={other.id.clone()}>
                // The project's own page: a link that also works without JavaScript.
                <a href={url::project_page(&other.id)} onclick={on_click} lang="fr">{ &other.name }</a>
                { " " }{ compare_toggle(lang, &other.id, &other.name, compared, on_compare) }
                <span class="reasons">{ reasons.join(Text::ListSeparator.get(lang)) }</span>
            </li>
        }
    });
    html! {
        <div class="similar-block">
            <h3>{ Text::Similar.get(lang) }</h3>
            <ul class="similar">{ for items }</ul>
        </div>
    }
}
