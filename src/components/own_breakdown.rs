//! The breakdown of opened data: the rows of one filter column grouped by value, the sum of
//! the main amount as bars, largest first; a bar filters the rows.

use crate::components::bar_chart::{Bar, BarChart};
use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::{OwnText, Text};
use ftap_core::open::explore::{Answer, FacetCounts};
use ftap_core::open::figures;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`OwnBreakdown`].
#[derive(Properties, PartialEq)]
pub struct OwnBreakdownProps {
    /// The file's headers.
    pub headers: Rc<Vec<String>>,
    /// The main amount's header.
    pub primary: AttrValue,
    /// The answer whose facets (values with counts and sums) are drawn.
    pub answer: Rc<Answer>,
    /// Called with a facet column and a value to select or unselect.
    pub on_toggle: Callback<(usize, String)>,
}

/// A choice of filter column, then its values as bars of summed amounts (a value whose
/// amounts are all unknown is a labelled "no data" mark, never a zero bar).
#[component]
pub fn OwnBreakdown(props: &OwnBreakdownProps) -> Html {
    let lang = use_lang();
    let chosen = use_state(|| None::<usize>);
    let facets: &[FacetCounts] = &props.answer.facets;
    let Some(facet) = facets
        .iter()
        .find(|f| Some(f.column) == *chosen)
        .or_else(|| facets.first())
    else {
        return html! {};
    };
    let header = |column: usize| props.headers.get(column).cloned().unwrap_or_default();
    let mut values: Vec<_> = facet.values.iter().collect();
    ftap_core::compact_sort::sort_by_key(&mut values, |v| std::cmp::Reverse(v.totals.sum));
    let bars: Vec<Bar> = values
        .iter()
        .map(|v| Bar {
            key: v.value.clone(),
            label: figures::value_label(&v.value, lang),
            segments: vec![u64::try_from(v.totals.sum.max(0) / 100).unwrap_or(0)],
            reference: None,
            value_text: figures::group_text(&v.totals, lang),
            no_data: v.totals.unknown == v.totals.rows,
            pressed: Some(v.selected),
        })
        .collect();
    let on_change = {
        let chosen = chosen.setter();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set(value.parse().ok());
        })
    };
    let on_select = {
        let (on_toggle, column) = (props.on_toggle.clone(), facet.column);
        Callback::from(move |value: String| on_toggle.emit((column, value)))
    };
    let title = OwnText::OwnBreakdownChart.fill(lang, &[&props.primary, &header(facet.column)]);
    html! {
        <section class="breakdown" aria-labelledby="own-breakdown-title">
            <h2 id="own-breakdown-title">{ Text::SectionBreakdown.get(lang) }</h2>
            <div class="breakdown-pick">
                <label for="own-group-by">{ Text::GroupBy.get(lang) }</label>
                <select id="own-group-by" onchange={on_change}>
                    { for facets.iter().map(|f| html! {
                        <option value={f.column.to_string()} selected={f.column == facet.column}>{ header(f.column) }</option>
                    }) }
                </select>
            </div>
            <BarChart title={title} id="own-breakdown-chart" {bars} value_heading={props.primary.clone()}
                on_select={Some(on_select)} />
            if facet.more > 0 {
                <p class="help">{ OwnText::MoreValues.fill(lang, &[&format::integer(facet.more as u64, lang)]) }</p>
            }
        </section>
    }
}
