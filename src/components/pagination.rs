//! Page navigation for long result lists (only rows of the current page are rendered).

use crate::store::use_lang;
use ftap_core::i18n::Text;
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

/// « Page 2 sur 40 » between first/previous/next/last buttons; nothing when one page is enough.
#[component]
pub fn Pagination(props: &PaginationProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    if props.pages <= 1 {
        return html! {};
    }
    let go = |page: usize| props.on_page.reform(move |_: MouseEvent| page);
    let (page, last) = (props.page, props.pages - 1);
    html! {
        <nav class="pagination" aria-label={t(Text::Pages)}>
            <button type="button" class="button" disabled={page == 0} onclick={go(0)}>{ t(Text::FirstPage) }</button>
            <button type="button" class="button" disabled={page == 0}
                onclick={go(page.saturating_sub(1))}>{ t(Text::PreviousPage) }</button>
            <span aria-current="page">
                { Text::PageOf.fill(lang, &[&(page + 1).to_string(), &props.pages.to_string()]) }
            </span>
            <button type="button" class="button" disabled={page >= last}
                onclick={go((page + 1).min(last))}>{ t(Text::NextPage) }</button>
            <button type="button" class="button" disabled={page >= last} onclick={go(last)}>{ t(Text::LastPage) }</button>
        </nav>
    }
}
