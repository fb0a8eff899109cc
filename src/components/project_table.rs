//! The table of projects (one page of the results), with sortable headers and the words the
//! search matched highlighted.

use crate::catalog::Catalog;
use crate::components::amount::amount;
use crate::components::highlighted::highlighted;
use crate::components::sort_header::SortHeader;
use crate::i18n::{Lang, Text};
use crate::labels;
use crate::shared::Shared;
use crate::sort::Column;
use crate::state::ViewState;
use crate::url;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ProjectTable`].
#[derive(Properties, PartialEq)]
pub struct ProjectTableProps {
    /// The catalog.
    pub catalog: Shared<Catalog>,
    /// Indices of the projects of this page, in order.
    pub rows: Vec<usize>,
    /// Indexed words matched by the query, for highlighting.
    pub matched_words: Rc<Vec<u32>>,
    /// Current view (sort state, and the links' other parameters).
    pub view: Rc<ViewState>,
    /// Called when a column header asks to sort; `true` adds a secondary key.
    pub on_sort: Callback<(Column, bool)>,
    /// Called with a project id when its name is followed (plain click).
    pub on_open: Callback<String>,
}

/// Id of the link that opens a project, so focus can return to it when its detail closes.
pub fn link_id(project_id: &str) -> String {
    format!("link-{project_id}")
}

/// Title of a column.
pub fn title(column: Column) -> Text {
    match column {
        Column::Name => Text::ColProject,
        Column::Ministry => Text::ColMinistry,
        Column::Round => Text::ColCall,
        Column::Ftap => Text::ColFtap,
        Column::TotalCost => Text::ColCost,
    }
}

/// Columns in display order: the name and the FTAP amount first, so that both stay in view on
/// a phone (the name column is sticky and the table scrolls sideways).
const DISPLAY: [Column; 5] = [
    Column::Name,
    Column::Ftap,
    Column::Ministry,
    Column::Round,
    Column::TotalCost,
];

/// The projects as a table: one row each, amounts exact, unknown amounts as `n.c.`.
#[component]
pub fn ProjectTable(props: &ProjectTableProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let multi = props.view.sort.len() > 1;
    let headers = DISPLAY.iter().map(|&column| {
        let on_sort = props.on_sort.reform(move |shift| (column, shift));
        html! {
            <SortHeader key={url::column_name(column)} label={title(column).get(lang)}
                rank={props.view.sort_rank(column)} {multi}
                numeric={matches!(column, Column::Ftap | Column::TotalCost)}
                {on_sort} />
        }
    });
    let data = &props.catalog.data;
    let mark = |text: &str| props.catalog.highlights(text, &props.matched_words);
    let rows = props.rows.iter().map(|&i| {
        let p = &data.projects[i];
        let round = data.round_of(p);
        // A real link to the project's permalink: it can be opened in a new tab or copied;
        // a plain click opens the detail in place.
        let href = url::encode(&ViewState {
            project: Some(p.id.clone()),
            ..(*props.view).clone()
        });
        let on_click = {
            let (on_open, id) = (props.on_open.clone(), p.id.clone());
            Callback::from(move |e: MouseEvent| {
                let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
                if !modified && e.button() == 0 {
                    e.prevent_default();
                    on_open.emit(id.clone());
                }
            })
        };
        html! {
            <tr key={p.id.clone()}>
                <th scope="row">
                    <a id={link_id(&p.id)} href={href} onclick={on_click}>
                        { highlighted(&p.name, &mark(&p.name)) }
                    </a>
                </th>
                <td class="num">{ amount(lang, p.ftap_eur, false) }</td>
                <td>{ highlighted(&p.ministry, &mark(&p.ministry)) }</td>
                <td lang={lang.code()}>{ labels::round_label(round, lang) }</td>
                <td class="num">{ amount(lang, p.total_cost_eur, false) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="projects">
                <caption>
                    { Text::TableCaption.get(lang) }
                </caption>
                <thead><tr>{ for headers }</tr></thead>
                // Project data stays in French, whatever the interface language.
                <tbody lang="fr">{ for rows }</tbody>
            </table>
        </div>
    }
}
