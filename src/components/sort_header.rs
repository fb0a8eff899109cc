//! A column header that sorts the table: a real button inside a `<th>` with `aria-sort`.

use crate::sort::Direction;
use yew::prelude::*;

/// Properties of [`SortHeader`].
#[derive(Properties, PartialEq)]
pub struct SortHeaderProps {
    /// Column title.
    pub label: AttrValue,
    /// Direction when the table is sorted by this column, `None` otherwise.
    pub direction: Option<Direction>,
    /// Whether the column holds numbers (aligned right).
    #[prop_or_default]
    pub numeric: bool,
    /// Called when the header button is activated.
    pub on_sort: Callback<()>,
}

/// A sortable `<th scope="col">`; its state is exposed with `aria-sort` and a visible arrow.
#[component]
pub fn SortHeader(props: &SortHeaderProps) -> Html {
    let (aria_sort, arrow) = match props.direction {
        Some(Direction::Asc) => ("ascending", "▲"),
        Some(Direction::Desc) => ("descending", "▼"),
        None => ("none", "↕"),
    };
    let on_click = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |_: MouseEvent| on_sort.emit(()))
    };
    html! {
        <th scope="col" aria-sort={aria_sort} class={classes!(props.numeric.then_some("num"))}>
            <button type="button" class="sort" onclick={on_click}>
                { props.label.clone() }
                <span class="arrow" aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}
