//! The facet filters: for each facet, its values as toggle buttons with counts and sums.

use crate::catalog::Catalog;
use crate::facets::{Facet, ValueCount, NOT_GIVEN};
use crate::format;
use crate::i18n::{count, Lang, Text};
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

/// Title of a facet.
pub fn facet_title(facet: Facet) -> Text {
    match facet {
        Facet::Ministry => Text::FacetMinistry,
        Facet::Round => Text::FacetRound,
        Facet::Theme => Text::FacetTheme,
        Facet::Carrier => Text::FacetCarrier,
        Facet::Year => Text::FacetYear,
    }
}

/// The label shown for a facet value (round ids become their labels).
pub fn value_label(catalog: &Catalog, facet: Facet, value: &str, lang: Lang) -> String {
    match facet {
        Facet::Round => catalog
            .data
            .rounds
            .iter()
            .find(|r| r.id == value)
            .map_or_else(|| value.to_owned(), |r| r.label.clone()),
        Facet::Year if value == "nc" => Text::YearUnknown.get(lang).to_owned(),
        _ if value == NOT_GIVEN => Text::NotGivenValue.get(lang).to_owned(),
        _ => value.to_owned(),
    }
}

/// Every facet as a group of `aria-pressed` buttons: a value shows how many projects of the
/// current results have it and the sum of their known FTAP amounts.
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
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
            let label = value_label(&props.catalog, facet, &v.value, lang);
            let on_click = {
                let (on_toggle, value) = (props.on_toggle.clone(), v.value.clone());
                Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
            };
            let projects = count(lang, v.count, Text::ProjectOne, Text::ProjectMany);
            let sum = format::euros_compact(v.ftap_known_eur, lang);
            html! {
                <li key={v.value.clone()}>
                    <button type="button" class="facet-value" aria-pressed={v.selected.to_string()}
                        onclick={on_click}>
                        <span class="facet-label">
                            if v.selected { <span aria-hidden="true">{ "✓ " }</span> }
                            { label }
                        </span>
                        { " " }
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
