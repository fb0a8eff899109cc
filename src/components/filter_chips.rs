//! The active filters as removable chips, and a button that removes them all.

use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::facets::Facet;
use ftap_core::filters::{Amount, Bounds};
use ftap_core::format;
use ftap_core::i18n::Text;
use ftap_core::labels::{amount_title, bounds_text, chip_text};
use ftap_core::state::RowQuery;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FilterChips`].
#[derive(Properties, PartialEq)]
pub struct FilterChipsProps {
    /// What the rows are computed from (search, filters, sort).
    pub query: Rc<RowQuery>,
    /// Called with a facet value to unselect.
    pub on_toggle: Callback<(Facet, String)>,
    /// Called to remove the bounds on an amount.
    pub on_range: Callback<(Amount, Bounds)>,
    /// Called to remove every filter.
    pub on_clear: Callback<()>,
}

/// One button per selected facet value and per range, each labelled « Retirer le filtre … ».
#[component]
pub fn FilterChips(props: &FilterChipsProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    if !props.query.has_filters() {
        return html! {};
    }
    let facet_chips = props
        .query
        .facets
        .iter()
        .flat_map(|(&facet, values)| values.iter().map(move |value| (facet, value.clone())));
    let facet_chips = facet_chips.map(|(facet, value)| {
        let text = chip_text(&catalog.data, facet, &value, lang);
        let on_click = {
            let (on_toggle, value) = (props.on_toggle.clone(), value.clone());
            Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
        };
        html! {
            <li key={format!("{}={value}", facet.key())}>
                <button type="button" class="chip" aria-label={Text::RemoveFilter.fill(lang, &[&text])}
                    onclick={on_click}>
                    { text }<span aria-hidden="true">{ " ×" }</span>
                </button>
            </li>
        }
    });
    let range_chips = Amount::ALL.into_iter().filter_map(|amount| {
        let bounds = props.query.ranges.get(amount);
        bounds.is_set().then(|| {
            let text = format!(
                "{}{}{}",
                amount_title(amount).get(lang),
                format::colon(lang),
                bounds_text(bounds, lang)
            );
            let on_range = props.on_range.clone();
            let on_click =
                Callback::from(move |_: MouseEvent| on_range.emit((amount, Bounds::default())));
            html! {
                <li key={amount.key()}>
                    <button type="button" class="chip" aria-label={Text::RemoveFilter.fill(lang, &[&text])}
                        onclick={on_click}>
                        { text }<span aria-hidden="true">{ " ×" }</span>
                    </button>
                </li>
            }
        })
    });
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="chips" role="group" aria-label={Text::ActiveFilters.get(lang)}>
            <ul>{ for facet_chips }{ for range_chips }</ul>
            <button type="button" class="link-button" onclick={on_clear}>
                { Text::RemoveAllFilters.get(lang) }
            </button>
        </div>
    }
}
