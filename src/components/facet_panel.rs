//! The facet filters: for each facet, its values as toggle buttons with counts and sums.

use crate::catalog::Catalog;
use crate::facets::{Facet, ValueCount};
use crate::format;
use crate::i18n::Lang;
use crate::shared::Shared;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Values shown per facet before « Afficher tout ».
const FIRST_VALUES: usize = 8;

/// Properties of [`FacetPanel`].
#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    /// The catalog (for value labels).
    pub catalog: Shared<Catalog>,
    /// Counts of each facet in the current results.
    pub facets: Rc<Vec<(Facet, Vec<ValueCount>)>>,
    /// Called with a facet value to select or unselect.
    pub on_toggle: Callback<(Facet, String)>,
}

/// French title of a facet.
pub fn facet_title(facet: Facet) -> &'static str {
    match facet {
        Facet::Ministry => "Ministère",
        Facet::Round => "Appel",
        Facet::Theme => "Thème",
        Facet::Carrier => "Porteur",
        Facet::Year => "Année",
    }
}

/// The label shown for a facet value (round ids become their labels).
pub fn value_label(catalog: &Catalog, facet: Facet, value: &str) -> String {
    match facet {
        Facet::Round => catalog
            .data
            .rounds
            .iter()
            .find(|r| r.id == value)
            .map_or_else(|| value.to_owned(), |r| r.label.clone()),
        Facet::Year if value == "nc" => "Année non établie".to_owned(),
        _ => value.to_owned(),
    }
}

/// Every facet as a group of `aria-pressed` buttons: a value shows how many projects of the
/// current results have it and the sum of their known FTAP amounts.
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let expanded = use_state(BTreeSet::<Facet>::new);
    let groups = props.facets.iter().map(|(facet, values)| {
        let facet = *facet;
        let open = expanded.contains(&facet);
        let shown = if open {
            values.len()
        } else {
            FIRST_VALUES.min(values.len())
        };
        let buttons = values[..shown].iter().map(|v| {
            let label = value_label(&props.catalog, facet, &v.value);
            let on_click = {
                let (on_toggle, value) = (props.on_toggle.clone(), v.value.clone());
                Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
            };
            let projects = format!("{} projet{}", v.count, if v.count > 1 { "s" } else { "" });
            let sum = format::euros_compact(v.ftap_known_eur, Lang::Fr);
            html! {
                <li key={v.value.clone()}>
                    <button type="button" class="facet-value" aria-pressed={v.selected.to_string()}
                        onclick={on_click}>
                        <span class="facet-label">{ label }</span>
                        <span class="facet-count">{ format!("{projects} · {sum}") }</span>
                    </button>
                </li>
            }
        });
        let toggle = (values.len() > FIRST_VALUES).then(|| {
            let expanded = expanded.clone();
            let on_click = Callback::from(move |_: MouseEvent| {
                let mut set = (*expanded).clone();
                if !set.remove(&facet) {
                    set.insert(facet);
                }
                expanded.set(set);
            });
            let text = if open {
                "Afficher moins".to_owned()
            } else {
                format!("Afficher les {} valeurs", values.len())
            };
            html! {
                <button type="button" class="link-button" aria-expanded={open.to_string()}
                    onclick={on_click}>{ text }</button>
            }
        });
        let id = format!("facet-{}", facet.key());
        html! {
            <section class="facet" aria-labelledby={id.clone()} key={facet.key()}>
                <h3 {id}>{ facet_title(facet) }</h3>
                if values.is_empty() {
                    <p class="help">{ "Aucune valeur dans les résultats." }</p>
                }
                <ul class="facet-values">{ for buttons }</ul>
                { for toggle }
            </section>
        }
    });
    html! {
        <div class="facets">
            <p class="help">
                { "Chaque valeur indique le nombre de projets et la somme des montants FTAP \
                   connus. Plusieurs valeurs d'un même filtre s'additionnent (ou) ; des filtres \
                   différents se combinent (et)." }
            </p>
            { for groups }
        </div>
    }
}
