//! What the results say when no project matches: that none does and, when the search box
//! holds text, what the search reads, where a year or a call is chosen instead, and a button
//! that empties the box. A plain function: it is part of every first load (see `open_file`).

use crate::components::search_box;
use crate::web;
use ftap_core::i18n::{Lang, Text};
use yew::prelude::*;

/// The message under an empty table; `searching` when the search box holds text, in which
/// case `on_query` is called with an empty text by the button.
pub fn no_match(lang: Lang, searching: bool, on_query: &Callback<String>) -> Html {
    let search_part = searching.then(|| {
        let on_query = on_query.clone();
        let on_click = Callback::from(move |_: MouseEvent| {
            on_query.emit(String::new());
            // The button is gone once projects show again: the focus goes back to the box.
            web::focus_by_id(search_box::INPUT_ID);
        });
        html! {
            <>
                <p class="help">{ Text::NoMatchHelp.get(lang) }</p>
                <p><button type="button" class="button quiet" onclick={on_click}>
                    { Text::ClearSearch.get(lang) }
                </button></p>
            </>
        }
    });
    html! {
        <div class="no-match">
            <p><strong>{ Text::NoMatch.get(lang) }</strong></p>
            { search_part }
        </div>
    }
}
