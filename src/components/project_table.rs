//! The table of projects (one page of the results), with sortable headers and the words the
//! search matched highlighted.

use crate::components::amount::amount;
use crate::components::highlighted::highlighted;
use crate::components::kept_cells::KeptCells;
use crate::components::sort_header::sort_header;
use crate::hooks::row_keys::use_row_generations;
use crate::hooks::row_links::use_current_links;
use crate::store::use_catalog;
use crate::store::use_lang;
use crate::web;
use ftap_core::catalog::Catalog;
use ftap_core::format;
use ftap_core::i18n::{Lang, Text};
use ftap_core::labels;
use ftap_core::shared::Shared;
use ftap_core::sort::Column;
use ftap_core::state::{ViewState, PAGE_SIZE, PAGE_SLACK};
use ftap_core::url;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ProjectTable`].
#[derive(Properties, PartialEq)]
pub struct ProjectTableProps {
    /// Indices of the projects of this page, in order.
    pub rows: Vec<usize>,
    /// Indexed words matched by the query, for highlighting.
    pub matched_words: Rc<Vec<u32>>,
    /// The view with no project open: sort state, and the base of each row's link (which
    /// adds its project), so opening or closing a project does not draw the table again.
    pub view: Rc<ViewState>,
    /// Called when a column header asks to sort; `true` adds a secondary key.
    pub on_sort: Callback<(Column, bool)>,
    /// Called with a project id when its name is followed (plain click).
    pub on_open: Callback<String>,
    /// Called with a project id to add it to the comparison or take it out.
    pub on_compare: Callback<String>,
    /// Position in `rows` of the first typo-only match, if this page holds one.
    pub approximate_start: Option<usize>,
    /// How many results in all match only with typos.
    pub approximate: usize,
}

/// Selector of the link that opens a project, so focus can return to it when its detail
/// closes (project ids are checked at build time to be plain slugs: no quoting needed).
pub fn link_selector(project_id: &str) -> String {
    format!("a[data-open=\"{project_id}\"]")
}

/// The language of the project data in the table body (names, ministries: as published).
const DATA_LANG: Lang = Lang::Fr;

/// An amount as the table shows it: rounded (`24,3 M€`) like every other figure of the page,
/// with the exact euros in the tooltip and for screen readers; `n.c.` when unknown.
fn table_amount(lang: Lang, eur: Option<u64>) -> Html {
    match eur {
        Some(eur) => {
            let exact = format::euros(eur, lang);
            html! {
                <>
                    <span class="amount" aria-hidden="true" title={exact.clone()}>{ format::euros_compact(eur, lang) }</span>
                    <span class="visually-hidden exact">{ exact }</span>
                </>
            }
        }
        None => amount(lang, None, false),
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

/// What every row of one render of the table is drawn from.
struct RowContext {
    catalog: Shared<Catalog>,
    /// What the cells of every row depend on, besides their project.
    look: Rc<TableLook>,
}

/// What the cells of every row depend on, besides their project and whether it is compared.
/// The rows' links are not in it: they carry the whole view, which changes with every filter,
/// sort or page, and [`use_current_links`] writes them without drawing the rows again.
#[derive(PartialEq)]
struct TableLook {
    lang: Lang,
    /// The columns shown, the name first.
    columns: Vec<Column>,
    /// Indexed words matched by the query, for highlighting.
    matched_words: Rc<Vec<u32>>,
}

/// All one row is drawn from, as plain numbers (cheap to compare and to keep): its project,
/// whether it is compared, and the number of the table's look it was drawn with. It is drawn
/// again only when this changes.
#[derive(Clone, Copy, PartialEq)]
struct RowLook {
    doc: usize,
    compared: bool,
    table: u32,
}

impl RowContext {
    /// The cells of the row that `row` describes.
    fn cells(&self, row: RowLook) -> Html {
        let (catalog, lang) = (&self.catalog, self.look.lang);
        let data = &catalog.data;
        let mark = |text: &str| catalog.highlights(text, &self.look.matched_words);
        let t = |k: Text| k.get(lang);
        // A cell in the interface's language says so only when it is not the body's: in
        // French, three attributes fewer on every row to send, parse and hydrate.
        let ui_lang = (lang != DATA_LANG).then_some(lang.code());
        let columns = &self.look.columns;
        let p = &data.projects[row.doc];
        let round = data.round_of(p);
        // A real link to the project's permalink: it can be opened in a new tab or copied;
        // a plain click opens the detail in place. Drawn here as the project's page alone
        // (the default view's link, as prerendered), the rest of the view added by
        // `use_current_links`.
        let href = url::project_page(&p.id);
        let cells = columns[1..].iter().map(|&column| match column {
            Column::Ftap => html! { <td class="num">{ table_amount(lang, p.ftap_eur) }</td> },
            Column::TotalCost => html! { <td class="num">{ table_amount(lang, p.total_cost_eur) }</td> },
            Column::Ministry => html! { <td>{ highlighted(&p.ministry, &mark(&p.ministry)) }</td> },
            Column::Round => html! { <td lang={ui_lang}>{ labels::round_label(round, lang) }</td> },
            Column::Carrier if p.carrier.is_empty() => {
                html! { <td lang={ui_lang} class="unknown">{ t(Text::NotFilled) }</td> }
            }
            Column::Carrier => html! { <td>{ highlighted(&p.carrier, &mark(&p.carrier)) }</td> },
            Column::Year => html! {
                <td class="num" lang={ui_lang}>
                    { round.year.map_or_else(|| t(Text::YearUnknown).to_owned(), |y| y.to_string()) }
                </td>
            },
            Column::Name => html! {},
        });
        let compared = row.compared;
        html! {
            <>
                <th scope="row">
                    <a href={href} data-open={p.id.clone()}>
                        { highlighted(&p.name, &mark(&p.name)) }
                    </a>
                    { " " }
                    <span class={classes!("badge", format!("grade-{}", p.grade.code()))} lang={ui_lang}
                        title={t(labels::grade_text(p.grade))}>
                        { t(labels::grade_badge(p.grade)) }
                    </span>
                </th>
                { for cells }
                <td lang={ui_lang}>
                    <button type="button" class="compare-toggle" aria-pressed={compared.to_string()}
                        aria-label={format!("{} {}", t(Text::CompareButton), p.name)} data-compare={p.id.clone()}>
                        { t(Text::CompareButton) }
                    </button>
                </td>
            </>
        }
    }
}

/// The projects as a table: one row each, amounts exact, unknown amounts as `n.c.`.
#[component]
pub fn ProjectTable(props: &ProjectTableProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let multi = props.view.sort.len() > 1;
    let columns: Vec<Column> = DISPLAY.iter().chain(&props.view.columns).copied().collect();
    let headers = columns.iter().map(|&column| {
        let on_sort = props.on_sort.reform(move |shift| (column, shift));
        sort_header(lang, column, props.view.sort_rank(column), multi, on_sort)
    });
    let t = |k: Text| k.get(lang);
    let ui_lang = (lang != DATA_LANG).then_some(lang.code());
    let width = columns.len() + 1;
    // One listener for every row: a project's link opens its detail in place (a modified or
    // middle click keeps the link's own behaviour: a new tab), its button toggles comparison.
    let on_click = {
        let (on_open, on_compare) = (props.on_open.clone(), props.on_compare.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(control) = web::closest_target(&e, "[data-open], [data-compare]") else {
                return;
            };
            if let Some(id) = control.get_attribute("data-compare") {
                on_compare.emit(id);
            } else if let Some(id) = control.get_attribute("data-open") {
                let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
                if !modified && e.button() == 0 {
                    e.prevent_default();
                    on_open.emit(id);
                }
            }
        })
    };
    // Which drawn row shows which project: one that stays keeps its row, one new to the page
    // takes over a row that left, and the rows that left stay drawn, hidden and unchanged, up
    // to the longest page: a filter switched on hides rows, switched off shows them again
    // (see ftap_core::row_keys). Each row's cells are a component Yew skips while the row is
    // parked.
    let docs: Vec<u64> = props.rows.iter().map(|&i| i as u64).collect();
    let look = Rc::new(TableLook {
        lang,
        columns: columns.clone(),
        matched_words: props.matched_words.clone(),
    });
    // The table's look numbered, a new number each time it changes (once per render, one
    // comparison), so that each row's look is a few integers.
    let table_looks = use_mut_ref(|| (0u32, None::<Rc<TableLook>>));
    let table = {
        let mut numbered = table_looks.borrow_mut();
        if numbered.1.as_deref() != Some(&*look) {
            *numbered = (numbered.0 + 1, Some(look.clone()));
        }
        numbered.0
    };
    let looks: Vec<RowLook> = props
        .rows
        .iter()
        .map(|&doc| RowLook {
            doc,
            compared: props.view.compare.contains(&catalog.data.projects[doc].id),
            table,
        })
        .collect();
    let drawn = use_row_generations(&docs, &looks, PAGE_SIZE + PAGE_SLACK);
    let body = use_node_ref();
    use_current_links(&body, url::ProjectLinks::of(&props.view));
    let context = Rc::new(RowContext {
        catalog: catalog.clone(),
        look,
    });
    // Never called: a parked row keeps its generation, and its cells as drawn.
    let parked: Rc<dyn Fn() -> Html> = Rc::new(Html::default);
    let rows = drawn.into_iter().flat_map(|row| {
        let draw: Rc<dyn Fn() -> Html> = match row.position {
            Some(position) => {
                let (context, look) = (context.clone(), looks[position]);
                Rc::new(move || context.cells(look))
            }
            None => parked.clone(),
        };
        let separator = (row.position.is_some() && props.approximate_start == row.position).then(|| {
            html! {
                <tr class="approximate-heading" key="approximate-heading">
                    <th scope="rowgroup" colspan={width.to_string()} lang={ui_lang}>
                        // Kept in view while the wide table scrolls sideways on a phone.
                        <span class="row-note">{ Text::ApproximateResults.fill(lang, &[&props.approximate.to_string()]) }</span>
                    </th>
                </tr>
            }
        });
        // The separator and the rows are siblings in the body, each keyed.
        let (key, generation) = (row.key, row.generation);
        let row = html! { <tr {key} hidden={row.position.is_none()}><KeptCells {generation} {draw} /></tr> };
        separator.into_iter().chain(std::iter::once(row))
    });
    html! {
        <div class="table-wrap">
            <table class="projects">
                <caption>
                    { Text::TableCaption.get(lang) }
                </caption>
                <thead><tr>{ for headers }<th scope="col">{ t(Text::ColCompare) }</th></tr></thead>
                // Project data stays in French, whatever the interface language.
                <tbody ref={body} lang={DATA_LANG.code()} onclick={on_click}>{ for rows }</tbody>
            </table>
        </div>
    }
}
