//! The table of projects, with sortable headers.

use crate::components::amount::Amount;
use crate::components::sort_header::SortHeader;
use crate::model::Dataset;
use crate::sort::Column;
use crate::state::ViewState;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ProjectTable`].
#[derive(Properties, PartialEq)]
pub struct ProjectTableProps {
    /// The whole dataset.
    pub data: Rc<Dataset>,
    /// Indices of the projects to show, in order.
    pub rows: Rc<Vec<usize>>,
    /// Current view (for the sort state of each header).
    pub view: Rc<ViewState>,
    /// Called when a column header asks to sort.
    pub on_sort: Callback<Column>,
}

/// French title of a column.
fn title(column: Column) -> &'static str {
    match column {
        Column::Name => "Projet",
        Column::Ministry => "Ministère",
        Column::Round => "Appel",
        Column::Ftap => "Montant FTAP",
        Column::TotalCost => "Coût total",
    }
}

/// The projects as a table: one row each, amounts exact, unknown amounts as `n.c.`.
#[component]
pub fn ProjectTable(props: &ProjectTableProps) -> Html {
    let headers = Column::ALL.iter().map(|&column| {
        let on_sort = props.on_sort.reform(move |()| column);
        html! {
            <SortHeader key={title(column)} label={title(column)}
                direction={props.view.sorted_by(column)}
                numeric={matches!(column, Column::Ftap | Column::TotalCost)}
                {on_sort} />
        }
    });
    let rows = props.rows.iter().map(|&i| {
        let p = &props.data.projects[i];
        let round = props.data.round_of(p);
        html! {
            <tr key={p.id.clone()}>
                <th scope="row">{ &p.name }</th>
                <td>{ &p.ministry }</td>
                <td>{ &round.label }</td>
                <td class="num"><Amount eur={p.ftap_eur} /></td>
                <td class="num"><Amount eur={p.total_cost_eur} /></td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="projects">
                <caption>
                    { "Projets lauréats du FTAP. Cliquez sur un en-tête pour trier ; \
                       « n.c. » : montant non communiqué par les sources." }
                </caption>
                <thead><tr>{ for headers }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
