//! One facet of the filters: its values as toggle buttons with counts and sums.

use crate::hooks::row_keys::use_kept_rows;
use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::facets::{Facet, ValueCount};
use ftap_core::figures;
use ftap_core::i18n::{projects, Text};
use ftap_core::labels::{facet_title, value_label};
use ftap_core::row_keys::identity;
use std::collections::BTreeSet;
use yew::prelude::*;

/// Values shown before « Afficher tout ».
const FIRST_VALUES: usize = 8;

/// Properties of [`FacetGroup`].
#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    /// The facet.
    pub facet: Facet,
    /// Its values in the current results, most projects first.
    pub values: Vec<ValueCount>,
    /// Its values that filter the view now. The counts may be a frame behind the view (see
    /// `use_deferred`); a button shows at once whether it is pressed.
    pub selected: BTreeSet<String>,
    /// Called with a facet value to select or unselect.
    pub on_toggle: Callback<(Facet, String)>,
}

/// A facet as a group of `aria-pressed` buttons: a value shows how many projects of the
/// current results have it and the sum of their FTAP amounts (n.c. when none is known). The
/// first few values are shown, the others behind « Afficher tout ».
#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let facet = props.facet;
    let values = &props.values;
    let open = use_state(|| false);
    let shown = if *open {
        values.len()
    } else {
        FIRST_VALUES.min(values.len())
    };
    // A value a filter takes out (no project left) stays, hidden, until the filter is
    // switched off: its button is shown again rather than built again.
    let kept = use_kept_rows(
        &values[..shown]
            .iter()
            .map(|v| identity(&v.value))
            .collect::<Vec<_>>(),
        catalog.facets.values(facet).len(),
    );
    let buttons = kept.draw(|i| {
        let v = &values[i];
        let label = value_label(&catalog.data, facet, &v.value, lang);
        let on_click = {
            let (on_toggle, value) = (props.on_toggle.clone(), v.value.clone());
            Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
        };
        let pressed = props.selected.contains(&v.value);
        let how_many = projects(lang, v.count);
        let sum = figures::sum_value(v.ftap, lang);
        html! {
            <button type="button" class="facet-value" aria-pressed={pressed.to_string()}
                onclick={on_click}>
                <span class="facet-label">
                    if pressed { <span aria-hidden="true">{ "✓ " }</span> }
                    { label }
                </span>
                { " " }
                <span class="facet-count">{ format!("{how_many} · {sum}") }</span>
            </button>
        }
    });
    let buttons = buttons
        .into_iter()
        .map(|(key, parked, button)| html! { <li {key} hidden={parked}>{ button }</li> });
    let toggle = (values.len() > FIRST_VALUES).then(|| {
        let on_click = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(!*open))
        };
        let text = if *open {
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
        <section class="facet" aria-labelledby={id.clone()}>
            <h3 {id}>{ facet_title(facet).get(lang) }</h3>
            if values.is_empty() {
                <p class="help">{ Text::NoValues.get(lang) }</p>
            }
            <ul class="facet-values">{ for buttons }</ul>
            // One child, present or empty: Yew matches unkeyed children from the end, so a
            // button coming and going would shift every sibling (the list built again).
            { toggle.unwrap_or_default() }
        </section>
    }
}
