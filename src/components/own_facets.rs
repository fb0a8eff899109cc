//! The filters of opened data: each facet column's values with how many rows have them and
//! their sum, as toggle buttons.

use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::open::explore::{Answer, FacetCounts};
use ftap_core::open::figures::{self, Style};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`OwnFacets`].
#[derive(Properties, PartialEq)]
pub struct OwnFacetsProps {
    /// The file's headers (facet titles).
    pub headers: Rc<Vec<String>>,
    /// Whether the file has a main amount (sums are shown then).
    pub has_amount: bool,
    /// The answer whose facets are shown.
    pub answer: Rc<Answer>,
    /// Called with a facet column and a value to select or unselect.
    pub on_toggle: Callback<(usize, String)>,
}

/// One group per facet, named by its column's header; each value a pressed/unpressed button.
#[component]
pub fn OwnFacets(props: &OwnFacetsProps) -> Html {
    let lang = use_lang();
    let groups = props.answer.facets.iter().map(|facet: &FacetCounts| {
        let title = props.headers.get(facet.column).cloned().unwrap_or_default();
        let id = format!("own-facet-{}", facet.column);
        let values = facet.values.iter().map(|v| {
            let column = facet.column;
            let value = v.value.clone();
            let on_click = props.on_toggle.reform(move |_: MouseEvent| (column, value.clone()));
            let label = figures::value_label(&v.value, lang);
            let sum = props.has_amount.then(|| {
                format!(" · {}", figures::sum_text(&v.totals, Style::Compact, lang))
            });
            html! {
                <li>
                    <button type="button" class="facet-value" aria-pressed={v.selected.to_string()}
                        onclick={on_click}>
                        <span class="value">{ label }</span>
                        <span class="facet-count">{ format::integer(v.totals.rows as u64, lang) }{ sum }</span>
                    </button>
                </li>
            }
        });
        html! {
            <section class="facet" aria-labelledby={id.clone()}>
                <h3 {id}>{ title }</h3>
                <ul class="facet-values">{ for values }</ul>
                if facet.more > 0 {
                    <p class="help">{ OwnText::MoreValues.fill(lang, &[&format::integer(facet.more as u64, lang)]) }</p>
                }
            </section>
        }
    });
    html! { <>{ for groups }</> }
}
