//! The breakdown of the current view by ministry, call, year, theme or carrier: a bar chart
//! (largest first, every group drawn or summed in « Autres ») and a sortable table whose rows
//! filter the view.

use crate::breakdown::{self, GroupColumn};
use crate::catalog::Catalog;
use crate::components::amount::{amount, sum};
use crate::components::bar_chart::{Bar, BarChart};
use crate::facets::Facet;
use crate::figures;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::labels::{facet_noun, facet_title, value_label};
use crate::shared::Shared;
use crate::state::ViewState;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Groups drawn one by one at most; the rest are summed in one « Autres » bar.
const MAX_BARS: usize = 12;

/// Properties of [`BreakdownPanel`].
#[derive(Properties, PartialEq)]
pub struct BreakdownPanelProps {
    /// The catalog.
    pub catalog: Shared<Catalog>,
    /// Projects of the current view.
    pub rows: Rc<Vec<usize>>,
    /// The current view (grouping, its sort, facet selections).
    pub view: Rc<ViewState>,
    /// Called with the facet to group by.
    pub on_group: Callback<Facet>,
    /// Called with a column to sort the groups by.
    pub on_sort: Callback<GroupColumn>,
    /// Called with a group to filter on (or stop filtering on).
    pub on_toggle: Callback<(Facet, String)>,
}

fn column_title(column: GroupColumn, facet: Facet) -> Text {
    match column {
        GroupColumn::Value => facet_title(facet),
        GroupColumn::Count => Text::FigProjects,
        GroupColumn::Ftap => Text::ColGroupFtap,
        GroupColumn::Cost => Text::ColGroupCost,
        GroupColumn::Median => Text::ColGroupMedian,
        GroupColumn::Unknown => Text::ColGroupUnknown,
    }
}

/// Grouping picker, chart and table of the current view.
#[component]
pub fn BreakdownPanel(props: &BreakdownPanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    let view = &props.view;
    let facet = view.group;
    let facet_name = t(facet_title(facet));
    let data = &props.catalog.data;
    // The chart always shows the largest groups first; the table follows the reader's sort.
    let by_amount = breakdown::group(data, &props.catalog.facets, &props.rows, facet);
    let mut groups = by_amount.clone();
    if let Some((column, descending)) = view.group_sort {
        breakdown::sort_groups(&mut groups, column, descending);
    }
    let on_change = {
        let on_group = props.on_group.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(f) = Facet::GROUPINGS.into_iter().find(|f| f.key() == key) {
                on_group.emit(f);
            }
        })
    };
    let options = Facet::GROUPINGS.iter().map(|&f| {
        html! { <option value={f.key()} selected={f == facet}>{ t(facet_title(f)) }</option> }
    });
    let headers = GroupColumn::ALL.iter().map(|&column| {
        let sorted = Some(view.groups_sorted_by()).filter(|(c, _)| *c == column);
        let aria = match sorted {
            Some((_, true)) => "descending",
            Some((_, false)) => "ascending",
            None => "none",
        };
        let arrow = match sorted {
            Some((_, true)) => "▼",
            Some((_, false)) => "▲",
            None => "↕",
        };
        let on_click = props.on_sort.reform(move |_: MouseEvent| column);
        html! {
            <th scope="col" aria-sort={aria} class={classes!((column != GroupColumn::Value).then_some("num"))}>
                <button type="button" class="sort" onclick={on_click}>
                    { t(column_title(column, facet)) }<span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    });
    let selected = view.facets.get(&facet);
    let lines = groups.iter().map(|g| {
        let label = value_label(data, facet, &g.value, lang);
        let pressed = selected.is_some_and(|s| s.contains(&g.value));
        let on_click = {
            let (on_toggle, value) = (props.on_toggle.clone(), g.value.clone());
            Callback::from(move |_: MouseEvent| on_toggle.emit((facet, value.clone())))
        };
        let share = g
            .share
            .filter(|_| g.ftap.known > 0)
            .map(|s| format!(" ({})", format::percent(s, 1, lang)))
            .unwrap_or_default();
        html! {
            <tr key={g.value.clone()}>
                <th scope="row">
                    <button type="button" class="group-filter" aria-pressed={pressed.to_string()}
                        aria-label={Text::FilterOn.fill(lang, &[facet_name, &label])}
                        onclick={on_click}>{ label.clone() }</button>
                </th>
                <td class="num">{ g.count }</td>
                <td class="num">{ sum(lang, g.ftap) }{ share }</td>
                <td class="num">{ sum(lang, g.cost) }</td>
                <td class="num">{ amount(lang, g.median_ftap_eur, true) }</td>
                <td class="num">{ g.ftap.unknown }</td>
            </tr>
        }
    });
    let (top, others) = breakdown::split_top(&by_amount, MAX_BARS);
    let mut bars: Vec<Bar> = top
        .iter()
        .map(|g| Bar {
            key: g.value.clone(),
            label: value_label(data, facet, &g.value, lang),
            segments: vec![g.ftap.known_eur],
            reference: None,
            value_text: figures::sum_text(g.ftap, lang),
            no_data: g.ftap.known == 0,
            pressed: Some(selected.is_some_and(|s| s.contains(&g.value))),
        })
        .collect();
    if let Some(o) = others {
        bars.push(Bar {
            key: String::new(),
            label: Text::Others.fill(lang, &[&o.groups.to_string()]),
            segments: vec![o.ftap.known_eur],
            reference: None,
            value_text: figures::sum_text(o.ftap, lang),
            no_data: o.ftap.known == 0,
            pressed: None,
        });
    }
    let on_select = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |value: String| on_toggle.emit((facet, value)))
    };
    html! {
        <section class="breakdown" id="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">{ t(Text::Breakdown) }</h2>
            <div class="breakdown-pick">
                <label for="group-by">{ t(Text::GroupBy) }</label>
                <select id="group-by" onchange={on_change}>{ for options }</select>
            </div>
            <BarChart title={Text::BreakdownChart.fill(lang, &[t(facet_noun(facet))])}
                id="breakdown-chart" {bars} value_heading={t(Text::SumKnownFtap)}
                on_select={Some(on_select)} />
            if let Some(o) = others {
                <p class="help">{ Text::ChartOthers.fill(lang, &[&MAX_BARS.to_string(), &o.groups.to_string()]) }</p>
            }
            <div class="table-wrap">
                <table class="breakdown-table">
                    <caption>{ Text::BreakdownCaption.fill(lang, &[t(facet_noun(facet))]) }</caption>
                    <thead><tr>{ for headers }</tr></thead>
                    <tbody>{ for lines }</tbody>
                </table>
            </div>
        </section>
    }
}
