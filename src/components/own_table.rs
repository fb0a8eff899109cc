//! The rows of opened data: a table with a caption, headers that sort, amounts written the
//! French way, unknown values shown as unknown, and the page's place in the whole.

use crate::components::pagination::Pagination;
use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::open::explore::{Answer, Row, SortBy, PAGE_ROWS};
use ftap_core::open::schema::{Role, Schema};
use ftap_core::open::value::is_web_address;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`OwnTable`].
#[derive(Properties, PartialEq)]
pub struct OwnTableProps {
    /// The file's headers.
    pub headers: Rc<Vec<String>>,
    /// The mapping (which columns are amounts, links …).
    pub schema: Rc<Schema>,
    /// The answer shown: the page's rows, the page, the rows matched in all.
    pub answer: Rc<Answer>,
    /// The sort keys.
    pub sort: Rc<Vec<SortBy>>,
    /// Called with the column to sort on.
    pub on_sort: Callback<usize>,
    /// Called with the page to show.
    pub on_page: Callback<usize>,
}

/// The columns of the table: the title first, then the short ones (filters, date, amounts);
/// every cell of a row is in its detail, under the title.
fn shown(schema: &Schema) -> Vec<usize> {
    let title = schema.title();
    let short = |c: &usize| matches!(schema.roles[*c], Role::Facet | Role::Date | Role::Amount);
    title
        .into_iter()
        .chain((0..schema.roles.len()).filter(short))
        .collect()
}

/// The table and its page buttons.
#[component]
pub fn OwnTable(props: &OwnTableProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let columns = shown(&props.schema);
    let header = |column: usize| {
        let name = props.headers.get(column).cloned().unwrap_or_default();
        let key = props.sort.iter().position(|s| s.column == column);
        let aria_sort = match (key, props.sort.first()) {
            (Some(0), Some(s)) if s.descending => "descending",
            (Some(0), Some(_)) => "ascending",
            _ => "none",
        };
        let on_click = props.on_sort.reform(move |_: MouseEvent| column);
        let numeric = props.schema.roles.get(column) == Some(&Role::Amount);
        html! {
            <th scope="col" aria-sort={aria_sort} class={classes!(numeric.then_some("num"))}>
                <button type="button" class="sort" onclick={on_click}>{ name }</button>
            </th>
        }
    };
    let cell = |row: &Row, column: usize| {
        let text = row.cells.get(column).map(String::as_str).unwrap_or("");
        match props.schema.roles.get(column) {
            Some(Role::Amount) => match row.amounts.get(column).copied().flatten() {
                Some(cents) => html! { <td class="num">{ format::cents(cents, lang) }</td> },
                None => html! {
                    // The file leaves it empty: "not published", as the FTAP table says of
                    // its unknown amounts, would claim more than the file tells.
                    <td class="num"><span class="nc">{ t(OwnText::ValueNotGiven) }</span></td>
                },
            },
            _ if text.trim().is_empty() => html! { <td class="empty">{ "—" }</td> },
            _ => html! { <td>{ text }</td> },
        }
    };
    // Every filled cell of the row opened, as the file wrote it; web addresses as links. One
    // row at a time: each answer redraws the page's rows, not every row's every column.
    let opened = use_state(|| None::<u32>);
    let detail = |row: &Row| {
        let fields = props
            .headers
            .iter()
            .zip(&row.cells)
            .filter(|(_, v)| !v.trim().is_empty());
        html! {
            <tr class="row-detail">
                <td colspan={(columns.len() + 1).to_string()}>
                    <dl id={format!("row-detail-{}", row.index)}>
                        { for fields.map(|(header, value)| html! {
                            <>
                                <dt>{ header.clone() }</dt>
                                if is_web_address(value) {
                                    <dd><a href={value.clone()} rel="noopener noreferrer">{ value.clone() }</a></dd>
                                } else {
                                    <dd>{ value.clone() }</dd>
                                }
                            </>
                        }) }
                    </dl>
                </td>
            </tr>
        }
    };
    let rows = props.answer.rows.iter().map(|row| {
        let title = columns.first().copied();
        let open = *opened == Some(row.index);
        let on_toggle = {
            let (opened, index) = (opened.setter(), row.index);
            Callback::from(move |_: MouseEvent| opened.set((!open).then_some(index)))
        };
        html! {
            <>
                <tr>
                    { for columns.iter().map(|&c| if Some(c) == title {
                        html! {
                            <th scope="row">
                                <button type="button" class="link-button row-title" aria-expanded={open.to_string()}
                                    aria-controls={open.then(|| format!("row-detail-{}", row.index))}
                                    onclick={on_toggle.clone()}>
                                    { row.cells.get(c).cloned().unwrap_or_default() }
                                </button>
                            </th>
                        }
                    } else {
                        cell(row, c)
                    }) }
                    <td class="num line">{ row.line }</td>
                </tr>
                if open { { detail(row) } }
            </>
        }
    });
    let total = props.answer.totals.rows;
    let pages = total.div_ceil(PAGE_ROWS).max(1);
    let page = props.answer.page.min(pages - 1);
    let first = page * PAGE_ROWS + usize::from(total > 0);
    let last = (page * PAGE_ROWS + props.answer.rows.len()).min(total);
    let caption = OwnText::RangeOf.fill(
        lang,
        &[
            &format!(
                "{}–{}",
                format::integer(first as u64, lang),
                format::integer(last as u64, lang)
            ),
            &format::integer(total as u64, lang),
        ],
    );
    html! {
        <>
            <div class="table-wrap">
                <table class="projects own">
                    <caption>{ t(OwnText::FileRows) }{ " — " }{ caption }</caption>
                    <thead>
                        <tr>
                            { for columns.iter().map(|&c| header(c)) }
                            <th scope="col" class="num">{ t(OwnText::FileLine) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <Pagination {page} {pages} on_page={props.on_page.clone()} />
        </>
    }
}
