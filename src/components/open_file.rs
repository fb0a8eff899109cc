//! The control that opens a reader's own CSV file: a real button that opens the file
//! picker, with a line saying that the file stays in the browser. A plain function rather
//! than a component: it is part of every first load, and each component type brings its own
//! copy of Yew's lifecycle into the wasm.

use ftap_core::i18n::{Lang, Text};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The hidden file input the button opens.
const INPUT: &str = "open-file-input";

/// « Ouvrir un fichier CSV »: a button for the hidden file input, so that the control is
/// reached and named like any button (the input's own look cannot be styled); `on_file` is
/// called with the file chosen, `on_prepare` as the picker opens.
pub fn open_file(lang: Lang, on_file: &Callback<web_sys::File>, on_prepare: &Callback<()>) -> Html {
    let on_click = {
        let on_prepare = on_prepare.clone();
        Callback::from(move |_: MouseEvent| {
            on_prepare.emit(());
            if let Some(input) = gloo::utils::document().get_element_by_id(INPUT) {
                input.unchecked_into::<HtmlInputElement>().click();
            }
        })
    };
    let on_change = {
        let on_file = on_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            // Choosing the same file again must open it again.
            input.set_value("");
        })
    };
    html! {
        <p class="open-file app-only">
            <button type="button" class="button quiet" aria-describedby="open-file-help" onclick={on_click}>
                { Text::OpenFile.get(lang) }
            </button>
            <span id="open-file-help" class="help">{ Text::OpenFileHelp.get(lang) }</span>
            <input id={INPUT} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" hidden=true
                tabindex="-1" aria-hidden="true" onchange={on_change} />
        </p>
    }
}
