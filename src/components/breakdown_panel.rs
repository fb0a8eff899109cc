//! The breakdown of the current view by ministry, call, year, theme or carrier: a bar chart
//! (largest first, every group drawn or summed in « Autres ») and a sortable table whose rows
//! filter the view.

use crate::components::amount::{amount, sum};
use crate::components::bar_chart::{Bar, BarChart};
use crate::hooks::row_keys::use_kept_rows;
use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::breakdown::{Breakdown, GroupColumn, DEFAULT_SORT, MAX_BARS};
use ftap_core::facets::Facet;
use ftap_core::figures;
use ftap_core::format;
use ftap_core::i18n::Text;
use ftap_core::labels::{facet_noun, facet_title, group_column_title, value_label};
use ftap_core::url::keyed;
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`BreakdownPanel`].
#[derive(Properties, PartialEq)]
pub struct BreakdownPanelProps {
    /// Projects of the current view, in any order (the view's `members`).
    pub rows: Rc<Vec<usize>>,
    /// The facet the view is grouped by.
    pub group: Facet,
    /// How the reader sorted the table: column and descending (`None`: largest first).
    pub group_sort: Option<(GroupColumn, bool)>,
    /// Values of the grouping facet that filter the view.
    pub selected: Rc<BTreeSet<String>>,
    /// Called with the facet chosen for grouping.
    pub on_group: Callback<Facet>,
    /// Called with the column header activated in the table.
    pub on_sort: Callback<GroupColumn>,
    /// Called to filter the view on a group (or stop filtering on it).
    pub on_toggle: Callback<(Facet, String)>,
}

/// Grouping picker, chart and table of the current view.
#[component]
pub fn BreakdownPanel(props: &BreakdownPanelProps) -> Html {
    let rows = props.rows.clone();
    let lang = use_lang();
    let catalog = use_catalog();
    let t = |k: Text| k.get(lang);
    let facet = props.group;
    let facet_name = t(facet_title(facet));
    let data = &catalog.data;
    // Recomputed only when the rows, the grouping or the table's order change.
    let breakdown = use_memo(
        (catalog.clone(), rows, facet, props.group_sort),
        |(catalog, rows, facet, sort)| {
            Breakdown::of(&catalog.figures, &catalog.facets, rows, *facet, *sort)
        },
    );
    let on_change = {
        let on_group = props.on_group.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(f) = keyed(&Facet::GROUPINGS, Facet::key, &key) {
                on_group.emit(f);
            }
        })
    };
    let options = Facet::GROUPINGS.iter().map(|&f| {
        html! { <option value={f.key()} selected={f == facet}>{ t(facet_title(f)) }</option> }
    });
    let headers = GroupColumn::ALL.iter().map(|&column| {
        let sorted = Some(props.group_sort.unwrap_or(DEFAULT_SORT)).filter(|(c, _)| *c == column);
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
                    { t(group_column_title(column, facet)) }<span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    });
    let selected = &props.selected;
    // As in the project table: a group that stays keeps its row, regrouping rewrites the rows
    // in place (a group's `order` names it within its facet), and the groups a filter takes
    // out stay hidden until it is switched off (at most every value of the facet drawn).
    let orders: Vec<u64> = breakdown.table.iter().map(|g| g.order as u64).collect();
    let kept = use_kept_rows(&orders, catalog.facets.values(facet).len());
    let lines = kept.draw(|i| {
        let g = &breakdown.table[i];
        let label = value_label(data, facet, &g.value, lang);
        let pressed = selected.contains(&g.value);
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
            <>
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
            </>
        }
    });
    let lines = lines
        .into_iter()
        .map(|(key, parked, cells)| html! { <tr {key} hidden={parked}>{ cells }</tr> });
    let others = breakdown.others;
    let mut bars: Vec<Bar> = breakdown
        .top()
        .iter()
        .map(|g| Bar {
            key: g.value.clone(),
            label: value_label(data, facet, &g.value, lang),
            segments: vec![g.ftap.known_eur],
            reference: None,
            value_text: figures::sum_text(g.ftap, lang),
            no_data: g.ftap.known == 0,
            pressed: Some(selected.contains(&g.value)),
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
