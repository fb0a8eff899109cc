//! Sharing and export: copy the link of the current view, download it as CSV or JSON.

use crate::catalog::Catalog;
use crate::export::{self, Format};
use crate::shared::Shared;
use crate::state::ViewState;
use crate::{url, web};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The catalog.
    pub catalog: Shared<Catalog>,
    /// The projects of the current view, in display order.
    pub rows: Rc<Vec<usize>>,
    /// The current view (for the link and the file names).
    pub view: Rc<ViewState>,
}

/// Buttons to copy the view's link and to export its rows; a status line reports the result.
#[component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let status = use_state(String::new);
    let on_copy = {
        let (view, status) = (props.view.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let link = web::url_with_search(&url::encode(&view));
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match web::copy_text(&link).await {
                    Ok(()) => "Lien copié dans le presse-papiers.".into(),
                    Err(_) => format!("Copie impossible ; voici le lien : {link}"),
                });
            });
        })
    };
    let export = |format: Format| {
        let (catalog, rows, view, status) = (
            props.catalog.clone(),
            props.rows.clone(),
            props.view.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let name = export::file_name(&view, format.extension());
            let content = format.render(&catalog.data, &rows);
            status.set(match web::download(&name, format.mime(), &content) {
                Ok(()) => format!("Fichier {name} généré ({} projets).", rows.len()),
                Err(_) => "Le navigateur a refusé le téléchargement.".into(),
            });
        })
    };
    html! {
        <div class="share" role="group" aria-label="Partager et exporter la vue">
            <button type="button" class="button" onclick={on_copy}>{ "Copier le lien" }</button>
            <button type="button" class="button" onclick={export(Format::CsvSemicolon)}>
                { "Exporter en CSV (Excel, ;)" }
            </button>
            <button type="button" class="button" onclick={export(Format::CsvComma)}>
                { "Exporter en CSV (,)" }
            </button>
            <button type="button" class="button" onclick={export(Format::Json)}>
                { "Exporter en JSON" }
            </button>
            <p class="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
