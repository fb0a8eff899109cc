//! Page navigation for long result lists (only rows of the current page are rendered).

use yew::prelude::*;

/// Properties of [`Pagination`].
#[derive(Properties, PartialEq)]
pub struct PaginationProps {
    /// Current page, from 0 (already clamped to the last page).
    pub page: usize,
    /// Number of pages (at least 1).
    pub pages: usize,
    /// Called with the page to show.
    pub on_page: Callback<usize>,
}

/// « Page 2 sur 40 » between previous/next buttons; nothing when everything fits one page.
#[component]
pub fn Pagination(props: &PaginationProps) -> Html {
    if props.pages <= 1 {
        return html! {};
    }
    let go = |page: usize| props.on_page.reform(move |_: MouseEvent| page);
    let (page, last) = (props.page, props.pages - 1);
    html! {
        <nav class="pagination" aria-label="Pages de résultats">
            <button type="button" class="button" disabled={page == 0} onclick={go(0)}>{ "« Première" }</button>
            <button type="button" class="button" disabled={page == 0}
                onclick={go(page.saturating_sub(1))}>{ "‹ Précédente" }</button>
            <span aria-current="page">{ format!("Page {} sur {}", page + 1, props.pages) }</span>
            <button type="button" class="button" disabled={page >= last}
                onclick={go((page + 1).min(last))}>{ "Suivante ›" }</button>
            <button type="button" class="button" disabled={page >= last} onclick={go(last)}>{ "Dernière »" }</button>
        </nav>
    }
}
