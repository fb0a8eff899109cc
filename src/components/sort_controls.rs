//! The sort order in words, with keyboard controls to add, reverse and remove sort keys.

use crate::components::project_table::title;
use crate::i18n::{Lang, Text};
use crate::sort::{Column, Direction};
use crate::state::ViewState;
use crate::url::column_name;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`SortControls`].
#[derive(Properties, PartialEq)]
pub struct SortControlsProps {
    /// The current view.
    pub view: Rc<ViewState>,
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
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    let picked = use_state(|| Column::Ftap);
    let keys = props.view.sort.iter().enumerate().map(|(i, key)| {
        let arrow = match key.direction {
            Direction::Asc => t(Text::Ascending),
            Direction::Desc => t(Text::Descending),
        };
        let column = key.column;
        let on_remove = props.on_remove.reform(move |_: MouseEvent| column);
        html! {
            <li key={column_name(column)}>
                { format!("{}. {} ({arrow})", i + 1, t(title(column))) }
                <button type="button" class="link-button" onclick={on_remove}
                    aria-label={Text::RemoveSortKey.fill(lang, &[t(title(column))])}>{ t(Text::RemoveWord) }</button>
            </li>
        }
    });
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(c) = Column::ALL.into_iter().find(|c| column_name(*c) == value) {
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
        html! { <option value={column_name(c)} selected={c == *picked}>{ t(title(c)) }</option> }
    });
    html! {
        <div class="sort-controls">
            if props.view.sort.is_empty() {
                <p class="sort-summary">
                    { if props.view.query.trim().is_empty() { t(Text::SortFile) } else { t(Text::SortRelevance) } }
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
