//! The control that opens a reader's own CSV file: a real button that opens the file
//! picker, with a line saying that the file stays in the browser.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`OpenFile`].
#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    /// Called with the file chosen.
    pub on_file: Callback<web_sys::File>,
}

/// « Ouvrir un fichier CSV »: a button for the hidden file input, so that the control is
/// reached and named like any button (the input's own look cannot be styled).
#[component]
pub fn OpenFile(props: &OpenFileProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let on_click = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_change = {
        let on_file = props.on_file.clone();
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
            <input ref={input} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" hidden=true
                tabindex="-1" aria-hidden="true" onchange={on_change} />
        </p>
    }
}
