//! Build step: renders the explorer's pages to HTML natively (Yew's server renderer) for the
//! post-build hook, which writes them into `dist/` where the wasm then hydrates them: the home
//! view, and one page per project with its detail open.
//!
//! Output: a JSON array of pages, `{ "id", "title", "description", "html" }`; the home page's
//! id, title and description are empty (it keeps those of `index.html`).

use explorateur_ftap::components::app::prerender;
use ftap_core::format;
use ftap_core::i18n::Lang;
use ftap_core::model::Project;
use ftap_core::state::ViewState;

fn main() {
    let data = explorateur_ftap::data::dataset();
    let home = futures::executor::block_on(prerender(ViewState::default()));
    let mut pages = vec![page("", "", "", home)];
    for p in &data.projects {
        let view = ViewState {
            project: Some(p.id.clone()),
            ..ViewState::default()
        };
        let html = futures::executor::block_on(prerender(view));
        let title = format!("{} – Explorateur FTAP", p.name);
        pages.push(page(&p.id, &title, &description(p), html));
    }
    println!("{}", serde_json::Value::Array(pages));
}

/// What a pasted link to a project previews: its ministry, its FTAP amount (or that it is not
/// published), and its summary.
fn description(p: &Project) -> String {
    let amount = p.ftap_eur.map_or_else(
        || "montant FTAP non communiqué".to_owned(),
        |eur| format!("FTAP : {}", format::euros_compact(eur, Lang::Fr)),
    );
    format!("{} · {amount} · {}", p.ministry, p.summary)
}

fn page(id: &str, title: &str, description: &str, html: String) -> serde_json::Value {
    serde_json::json!({ "id": id, "title": title, "description": description, "html": html })
}
