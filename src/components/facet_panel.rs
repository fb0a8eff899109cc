//! The facet filters: for each facet, its values as toggle buttons with counts and sums.

use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::facets::{Facet, ValueCount};
use ftap_core::figures;
use ftap_core::i18n::{projects, Text};
use ftap_core::labels::{facet_title, value_label};
use std::rc::Rc;
use yew::prelude::*;

/// Values shown per facet before « Afficher tout ».
const FIRST_VALUES: usize = 8;

/// Properties of [`FacetPanel`].
#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    /// Counts of each facet in the current results.
    pub facets: Rc<Vec<(Facet, Vec<ValueCount>)>>,
    /// Called with a facet value to select or unselect.
    pub on_toggle: Callback<(Facet, String)>,
}

/// Every facet as a group of `aria-pressed` buttons: a value shows how many projects of the
/// current results have it and the sum of their FTAP amounts (n.c. when none is known).
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    // The facets whose every value is shown (a list, not a set: a few facets at most).
    let expanded = use_state(Vec::<Facet>::new);
    let groups = props.facets.iter().map(|(facet, values)| {
        let facet = *facet;
        let open = expanded.contains(&facet);
        let shown = if open {
            values.len()
        } else {
            FIRST_VALUES.min(values.len())
        };
        let buttons = values[..shown].iter().map(|v| {
            let label = value_label(&catalog.data, facet, &v.value, lang);
            let on_click = {
                let (on_toggle, value) = (props.on_toggle.clone(), v.value.clone());
                Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
            };
            let how_many = projects(lang, v.count);
            let sum = figures::sum_value(v.ftap, lang);
            html! {
                <li key={v.value.clone()}>
                    <button type="button" class="facet-value" aria-pressed={v.selected.to_string()}
                        onclick={on_click}>
                        <span class="facet-label">
                            if v.selected { <span aria-hidden="true">{ "✓ " }</span> }
                            { label }
                        </span>
                        { " " }
                        <span class="facet-count">{ format!("{how_many} · {sum}") }</span>
                    </button>
                </li>
            }
        });
        let toggle = (values.len() > FIRST_VALUES).then(|| {
            let expanded = expanded.clone();
            let on_click = Callback::from(move |_: MouseEvent| {
                let mut list = (*expanded).clone();
                if list.contains(&facet) {
                    list.retain(|&f| f != facet);
                } else {
                    list.push(facet);
                }
                expanded.set(list);
            });
            let text = if open {
                Text::ShowLess.get(lang).to_owned()
            } else {
                Text::ShowAll.fill(lang, &[&values.len().to_string()])
            };
            html! {
                <button type="button" class="link-button" aria-expanded={open.to_string()}
                    onclick={on_click}>{ text }</button>
            }
        });
        let id = format!("facet-{}", facet.key());
        html! {
            <section class="facet" aria-labelledby={id.clone()} key={facet.key()}>
                <h3 {id}>{ facet_title(facet).get(lang) }</h3>
                if values.is_empty() {
                    <p class="help">{ Text::NoValues.get(lang) }</p>
                }
                <ul class="facet-values">{ for buttons }</ul>
                { for toggle }
            </section>
        }
    });
    html! {
        <div class="facets">
            <p class="help">{ Text::FacetsHelp.get(lang) }</p>
            { for groups }
        </div>
    }
}
