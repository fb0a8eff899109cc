//! Sharing and export: copy the link of the current view, download it as CSV or JSON.

use crate::store::use_catalog;
use crate::store::use_lang;
use crate::web;
use ftap_core::export::{self, Format};
use ftap_core::i18n::Text;
use ftap_core::ranking::Rows;
use ftap_core::shared::Shared;
use ftap_core::state::ViewState;
use ftap_core::url;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The projects of the current view (put in full order when a file is made).
    pub rows: Shared<Rows>,
    /// The current view (for the link and the file names).
    pub view: Rc<ViewState>,
}

/// Buttons to copy the view's link and to export its rows; a status line reports the result.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let status = use_state(String::new);
    let on_copy = {
        let (view, status) = (props.view.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let link = web::absolute(&url::permalink(&view));
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match web::copy_text(&link).await {
                    Ok(()) => Text::LinkCopied.get(lang).into(),
                    Err(_) => Text::CopyFailed.fill(lang, &[&link]),
                });
            });
        })
    };
    let export = |format: Format| {
        let (catalog, rows, view, status) = (
            catalog.clone(),
            props.rows.clone(),
            props.view.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let name = export::file_name(&view, format, web::today());
            let rows = rows.all();
            let content = format.render(&catalog.data, &rows, lang);
            status.set(match web::download(&name, format.mime(), &content) {
                Ok(()) => Text::FileMade.fill(lang, &[&name, &rows.len().to_string()]),
                Err(_) => Text::DownloadRefused.get(lang).into(),
            });
        })
    };
    html! {
        <div class="share" role="group" aria-label={t(Text::ShareGroup)}>
            <button type="button" class="button" onclick={on_copy}>{ t(Text::CopyLink) }</button>
            <button type="button" class="button" onclick={export(Format::CsvSemicolon)}>
                { t(Text::ExportExcel) }
            </button>
            <button type="button" class="button" onclick={export(Format::CsvComma)}>
                { t(Text::ExportCsv) }
            </button>
            <button type="button" class="button" onclick={export(Format::Json)}>
                { t(Text::ExportJson) }
            </button>
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
