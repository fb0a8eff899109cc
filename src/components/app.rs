//! The root component: owns the catalog and the view state, keeps the URL in step with the
//! view (and the view with back/forward), and wires actions to the views.

use crate::catalog::Catalog;
use crate::components::key_figures::KeyFigures;
use crate::components::page_header::PageHeader;
use crate::components::project_detail::{self, ProjectDetail};
use crate::components::project_table::{self, ProjectTable};
use crate::components::search_box::SearchBox;
use crate::components::share_bar::ShareBar;
use crate::components::url_notice::UrlNotice;
use crate::model::Dataset;
use crate::sort::Column;
use crate::state::{Action, Scheme, ViewState};
use crate::stats::{announced_by_year, Totals};
use crate::url::{self, HistoryMode};
use crate::web;
use gloo::events::EventListener;
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
    // The address is read once at start; afterwards the view drives it.
    let initial = use_memo((), {
        let data = data.clone();
        move |()| url::decode(&web::location_search(), &data)
    });
    let view = use_reducer({
        let initial = initial.clone();
        move || initial.0.clone()
    });
    let ignored = use_state({
        let initial = initial.clone();
        move || initial.1.clone()
    });
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

    // View -> address bar: typing replaces the entry, other changes push a new one. A view
    // restored from the address (back/forward) already matches it and writes nothing.
    let previous = use_mut_ref(|| (*view).clone());
    use_effect_with((*view).clone(), move |view| {
        let mode = url::history_mode(&previous.borrow(), view);
        *previous.borrow_mut() = view.clone();
        let search = url::encode(view);
        if mode != HistoryMode::Keep && search != web::location_search() {
            web::set_location_search(&search, mode == HistoryMode::Push);
        }
    });
    // Back/forward -> view.
    {
        let (view, ignored, data) = (view.clone(), ignored.clone(), data.clone());
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let (restored, dropped) = url::decode(&web::location_search(), &data);
                ignored.set(dropped);
                view.dispatch(Action::Restore(restored));
            });
            move || drop(listener)
        });
    }
    // The colour scheme chosen in the view overrides the system's.
    use_effect_with(view.scheme, |scheme| {
        let value = scheme.map(|s| match s {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        });
        web::set_root_attribute("data-scheme", value);
    });
    // Focus follows the detail panel: to its heading when it opens, back to the link that
    // opened it when it closes.
    let opened_from = use_mut_ref(|| None::<String>);
    use_effect_with(view.project.clone(), move |project| match project {
        Some(id) => {
            *opened_from.borrow_mut() = Some(id.clone());
            web::focus_by_id(project_detail::HEADING_ID);
        }
        None => {
            if let Some(id) = opened_from.borrow_mut().take() {
                web::focus_by_id(&project_table::link_id(&id));
            }
        }
    });

    let dispatch = |make: fn(String) -> Action| {
        let view = view.clone();
        Callback::from(move |s: String| view.dispatch(make(s)))
    };
    let on_sort = {
        let view = view.clone();
        Callback::from(move |c: Column| view.dispatch(Action::SortBy(c)))
    };
    let on_close = {
        let view = view.clone();
        Callback::from(move |()| view.dispatch(Action::CloseProject))
    };
    let on_dismiss = {
        let ignored = ignored.clone();
        Callback::from(move |()| ignored.set(Vec::new()))
    };
    let detail_index = view
        .project
        .as_ref()
        .and_then(|id| data.projects.iter().position(|p| &p.id == id));
    let view_rc: Rc<ViewState> = Rc::new((*view).clone());
    html! {
        <>
            <a class="skip-link" href="#results">{ "Aller aux résultats" }</a>
            <PageHeader />
            <main id="main">
                <UrlNotice ignored={(*ignored).clone()} {on_dismiss} />
                <SearchBox query={view.query.clone()} on_input={dispatch(Action::SetQuery)} />
                <KeyFigures {selection} all={*all} announced={announced.clone()} />
                if let Some(index) = detail_index {
                    <ProjectDetail data={data.clone()} {index} {on_close} />
                }
                <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                    <h2 id="results-title">{ "Projets" }</h2>
                    <p class="count" role="status" aria-live="polite">
                        { format!("{} projet{} sur {}", rows.len(),
                            if rows.len() > 1 { "s" } else { "" }, data.projects.len()) }
                    </p>
                    <ShareBar data={data.clone()} rows={rows.clone()} view={view_rc.clone()} />
                    <ProjectTable data={data.clone()} rows={rows.clone()} view={view_rc}
                        {on_sort} on_open={dispatch(Action::OpenProject)} />
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
