//! The search form: a labelled search field that reports every keystroke.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The search field's id: what its label, the « / » shortcut and the button under an empty
/// result point at.
pub const INPUT_ID: &str = "search-input";

/// Properties of [`SearchBox`].
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// Current query.
    pub query: AttrValue,
    /// Called with the new text on each input.
    pub on_input: Callback<String>,
}

/// A `role="search"` form whose field filters the projects as the user types.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            on_input.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let lang = use_lang();
    // The form never submits: results already follow the text.
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form role="search" class="search" onsubmit={on_submit}>
            <label for={INPUT_ID}>{ Text::SearchLabel.get(lang) }</label>
            <input id={INPUT_ID} type="search" autocomplete="off" spellcheck="false"
                aria-describedby="search-help"
                value={props.query.clone()} oninput={on_input} />
            <p id="search-help" class="help">
                { Text::SearchHelp.get(lang) }
            </p>
        </form>
    }
}
