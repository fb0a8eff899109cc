//! A column header that sorts the table: a real button inside a `<th>` with `aria-sort`.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use ftap_core::sort::Direction;
use yew::prelude::*;

/// Properties of [`SortHeader`].
#[derive(Properties, PartialEq)]
pub struct SortHeaderProps {
    /// Column title.
    pub label: AttrValue,
    /// The column's rank among the sort keys (1 = leading) and direction, if it is a key.
    pub rank: Option<(usize, Direction)>,
    /// Whether several keys sort the table (then the rank is shown).
    #[prop_or_default]
    pub multi: bool,
    /// Whether the column holds numbers (aligned right).
    #[prop_or_default]
    pub numeric: bool,
    /// Called on activation; `true` when Shift was held (add as a secondary key).
    pub on_sort: Callback<bool>,
}

/// A sortable `<th scope="col">`. `aria-sort` is set on the leading key's column only, as
/// the ARIA pattern expects; every key shows an arrow and, with several keys, its rank.
#[component]
pub fn SortHeader(props: &SortHeaderProps) -> Html {
    let lang = use_lang();
    let aria_sort = match props.rank {
        Some((1, Direction::Asc)) => "ascending",
        Some((1, Direction::Desc)) => "descending",
        _ => "none",
    };
    let arrow = match props.rank {
        Some((_, Direction::Asc)) => "▲",
        Some((_, Direction::Desc)) => "▼",
        None => "↕",
    };
    let rank = props
        .rank
        .filter(|_| props.multi)
        .map(|(r, _)| html! { <span class="rank">{ r }</span> });
    let on_click = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |e: MouseEvent| on_sort.emit(e.shift_key()))
    };
    html! {
        <th scope="col" aria-sort={aria_sort} class={classes!(props.numeric.then_some("num"))}>
            <button type="button" class="sort" onclick={on_click}
                title={Text::SortHint.get(lang)}>
                { props.label.clone() }
                <span class="arrow" aria-hidden="true">{ arrow }{ for rank }</span>
            </button>
        </th>
    }
}
