//! What the page says while the app that explores a reader's file is fetched, or when it
//! could not be: the app itself (drawn in its own element) says everything after. A plain
//! function rather than a component: it is part of every first load, and each component type
//! brings its own copy of Yew's lifecycle into the wasm.

use crate::hooks::own_app::ModuleStage;
use ftap_core::i18n::{Lang, Text};
use yew::prelude::*;

/// A status line while the module loads, an alert with a close button if it failed; nothing
/// otherwise.
pub fn own_status(module: ModuleStage, lang: Lang, on_dismiss: &Callback<()>) -> Html {
    match module {
        ModuleStage::Loading => html! {
            <p class="own-pending" role="status">{ Text::OpeningReader.get(lang) }</p>
        },
        ModuleStage::Failed => {
            let on_click = on_dismiss.reform(|_: MouseEvent| ());
            html! {
                <div class="error-panel own-failure" role="alert">
                    <p>{ Text::ReaderFailed.get(lang) }</p>
                    <button type="button" class="button quiet" onclick={on_click}>
                        { Text::Close.get(lang) }</button>
                </div>
            }
        }
        ModuleStage::Absent | ModuleStage::Ready => html! {},
    }
}
