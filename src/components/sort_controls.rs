//! The sort order in words, with keyboard controls to add, reverse and remove sort keys.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use ftap_core::labels::column_title;
use ftap_core::sort::{Column, Direction};
use ftap_core::state::RowQuery;
use ftap_core::url::keyed;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`SortControls`].
#[derive(Properties, PartialEq)]
pub struct SortControlsProps {
    /// What the rows are computed from (search, filters, sort).
    pub query: Rc<RowQuery>,
    /// Called to add a column as the next key (or reverse it if it is one).
    pub on_add: Callback<Column>,
    /// Called to remove a column from the keys.
    pub on_remove: Callback<Column>,
    /// Called to go back to relevance order.
    pub on_clear: Callback<()>,
}

/// « Tri : Montant FTAP ↓, puis Projet ↑ », a remove button per key, and a column picker
/// to add a key — the keyboard way to what shift-click on a header does.
#[component]
pub fn SortControls(props: &SortControlsProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let picked = use_state(|| Column::Ftap);
    let keys = props.query.sort.iter().enumerate().map(|(i, key)| {
        let arrow = match key.direction {
            Direction::Asc => t(Text::Ascending),
            Direction::Desc => t(Text::Descending),
        };
        let column = key.column;
        let on_remove = props.on_remove.reform(move |_: MouseEvent| column);
        html! {
            <li key={column.key()}>
                { format!("{}. {} ({arrow})", i + 1, t(column_title(column))) }
                <button type="button" class="link-button" onclick={on_remove}
                    aria-label={Text::RemoveSortKey.fill(lang, &[t(column_title(column))])}>{ t(Text::RemoveWord) }</button>
            </li>
        }
    });
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(c) = keyed(&Column::ALL, Column::key, &value) {
                picked.set(c);
            }
        })
    };
    let on_add = {
        let (on_add, picked) = (props.on_add.clone(), picked.clone());
        Callback::from(move |_: MouseEvent| on_add.emit(*picked))
    };
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let options = Column::ALL.iter().map(|&c| {
        html! { <option value={c.key()} selected={c == *picked}>{ t(column_title(c)) }</option> }
    });
    html! {
        <div class="sort-controls">
            <p class="help sort-help">{ t(Text::SortHeadersHelp) }</p>
            if props.query.sort.is_empty() {
                <p class="sort-summary">
                    { if props.query.has_search() { t(Text::SortRelevance) } else { t(Text::SortFile) } }
                </p>
            } else {
                <p class="sort-summary" id="sort-summary">{ t(Text::SortBy) }</p>
                <ol class="sort-keys" aria-labelledby="sort-summary">{ for keys }</ol>
                <button type="button" class="link-button" onclick={on_clear}>{ t(Text::ResetSort) }</button>
            }
            <div class="sort-add">
                <label for="sort-column">{ t(Text::SortAlsoBy) }</label>
                <select id="sort-column" onchange={on_pick}>{ for options }</select>
                <button type="button" class="button" onclick={on_add}>{ t(Text::AddSortKey) }</button>
            </div>
        </div>
    }
}
