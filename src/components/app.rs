//! The root component: owns the catalog and the view state, and wires actions to the views.

use crate::catalog::Catalog;
use crate::components::key_figures::KeyFigures;
use crate::components::page_header::PageHeader;
use crate::components::project_table::ProjectTable;
use crate::components::search_box::SearchBox;
use crate::model::Dataset;
use crate::sort::Column;
use crate::state::{Action, ViewState};
use crate::stats::{announced_by_year, Totals};
use std::rc::Rc;
use yew::prelude::*;

/// Mounts the app in `#app`, replacing the loading message of the HTML shell.
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let catalog = use_memo((), |()| Catalog::new(crate::data::dataset()));
    let data: Rc<Dataset> = use_memo((), {
        let catalog = catalog.clone();
        move |()| catalog.data.clone()
    });
    let view = use_reducer(ViewState::default);
    let rows = use_memo((*view).clone(), {
        let catalog = catalog.clone();
        move |view| catalog.rows(view)
    });
    let all = use_memo((), {
        let data = data.clone();
        move |()| {
            let every: Vec<usize> = (0..data.projects.len()).collect();
            Totals::of(&data, &every)
        }
    });
    let announced = use_memo((), {
        let data = data.clone();
        move |()| announced_by_year(&data)
    });
    let selection = Totals::of(&data, &rows);

    let on_input = {
        let view = view.clone();
        Callback::from(move |q: String| view.dispatch(Action::SetQuery(q)))
    };
    let on_sort = {
        let view = view.clone();
        Callback::from(move |c: Column| view.dispatch(Action::SortBy(c)))
    };
    let view_rc: Rc<ViewState> = Rc::new((*view).clone());
    html! {
        <>
            <a class="skip-link" href="#results">{ "Aller aux résultats" }</a>
            <PageHeader />
            <main id="main">
                <SearchBox query={view.query.clone()} {on_input} />
                <KeyFigures {selection} all={*all} announced={announced.clone()} />
                <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                    <h2 id="results-title">{ "Projets" }</h2>
                    <p class="count" role="status" aria-live="polite">
                        { format!("{} projet{} sur {}", rows.len(),
                            if rows.len() > 1 { "s" } else { "" }, data.projects.len()) }
                    </p>
                    <ProjectTable data={data.clone()} rows={rows.clone()} view={view_rc} {on_sort} />
                </section>
            </main>
            <footer class="page-footer">
                <p>
                    { "Données ouvertes et sourcées : chaque ligne renvoie à ses sources. \
                       Site indépendant, sans lien avec l'administration." }
                </p>
            </footer>
        </>
    }
}
