//! A column header that sorts the table: a real button inside a `<th>` with `aria-sort`.
//!
//! A plain function rather than a component: the table gives each header a new callback at
//! every render, so a component would render again each time anyway, with its bookkeeping.

use ftap_core::i18n::{Lang, Text};
use ftap_core::labels;
use ftap_core::sort::{Column, Direction};
use yew::prelude::*;

/// A sortable `<th scope="col">` for `column`, keyed by it. `rank` is the column's rank among
/// the sort keys (1 = leading) and its direction, if it is a key; `aria-sort` is set on the
/// leading key's column only, as the ARIA pattern expects; every key shows an arrow and, when
/// several keys sort the table (`multi`), its rank. `on_sort` is called on activation, with
/// `true` when Shift was held (add as a secondary key).
pub fn sort_header(
    lang: Lang,
    column: Column,
    rank: Option<(usize, Direction)>,
    multi: bool,
    on_sort: Callback<bool>,
) -> Html {
    let aria_sort = match rank {
        Some((1, Direction::Asc)) => "ascending",
        Some((1, Direction::Desc)) => "descending",
        _ => "none",
    };
    let arrow = match rank {
        Some((_, Direction::Asc)) => "▲",
        Some((_, Direction::Desc)) => "▼",
        None => "↕",
    };
    let rank = rank
        .filter(|_| multi)
        .map(|(r, _)| html! { <span class="rank">{ r }</span> });
    let numeric = matches!(column, Column::Ftap | Column::TotalCost | Column::Year);
    let on_click = Callback::from(move |e: MouseEvent| on_sort.emit(e.shift_key()));
    html! {
        <th key={column.key()} scope="col" aria-sort={aria_sort} class={classes!(numeric.then_some("num"))}>
            <button type="button" class="sort" onclick={on_click}
                title={Text::SortHint.get(lang)}>
                { labels::column_title(column).get(lang) }
                <span class="arrow" aria-hidden="true">{ arrow }{ for rank }</span>
            </button>
        </th>
    }
}
