//! The root component: owns the catalog and the view state, keeps the URL in step with the
//! view (and the view with back/forward), and wires actions to the views.

use crate::catalog::Catalog;
use crate::components::breakdown_panel::BreakdownPanel;
use crate::components::column_picker::ColumnPicker;
use crate::components::compare_panel::ComparePanel;
use crate::components::confirmed_switch::ConfirmedSwitch;
use crate::components::coverage_panel::CoveragePanel;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::key_figures::KeyFigures;
use crate::components::methodology::Methodology;
use crate::components::page_header::PageHeader;
use crate::components::pagination::Pagination;
use crate::components::project_detail::{self, ProjectDetail};
use crate::components::project_table::{self, ProjectTable};
use crate::components::range_filters::RangeFilters;
use crate::components::search_box::SearchBox;
use crate::components::share_bar::ShareBar;
use crate::components::sort_controls::SortControls;
use crate::components::treemap_chart::TreemapChart;
use crate::components::url_notice::UrlNotice;
use crate::coverage::Coverage;
use crate::facets::Facet;
use crate::figures;
use crate::filters::{Amount, Bounds};
use crate::i18n::{Lang, Text};
use crate::shared::Shared;
use crate::sort::Column;
use crate::state::{Action, Scheme, ViewState, PAGE_SIZE};
use crate::stats::Summary;
use crate::url::{self, HistoryMode};
use crate::web;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Mounts the app on a catalog in `#app`, replacing the loading message of the HTML shell.
pub fn mount(catalog: Catalog) {
    let props = AppProps {
        catalog: Shared::new(catalog),
    };
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            // textContent, not innerHTML: Trusted Types are enforced.
            root.set_text_content(None);
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// A callback that turns the value it receives into an action on the view.
fn dispatch<T: 'static>(view: &UseReducerHandle<ViewState>, make: fn(T) -> Action) -> Callback<T> {
    let view = view.clone();
    Callback::from(move |value: T| view.dispatch(make(value)))
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What to explore: the embedded dataset, or synthetic data for benchmarks.
    pub catalog: Shared<Catalog>,
}

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let catalog = props.catalog.clone();
    // The address is read once at start; afterwards the view drives it.
    let initial = use_memo((), {
        let catalog = catalog.clone();
        move |()| url::decode(&web::location_search(), &catalog)
    });
    let view = use_reducer({
        let initial = initial.clone();
        move || initial.0.clone()
    });
    let ignored = use_state({
        let initial = initial.clone();
        move || initial.1.clone()
    });
    let results = use_memo((*view).clone(), {
        let catalog = catalog.clone();
        move |view| catalog.results(view)
    });
    // "All data": every project, or the confirmed laureates when the view keeps only them.
    let all = use_memo(view.confirmed_only, {
        let catalog = catalog.clone();
        move |&confirmed_only| {
            let base = catalog.base(&ViewState {
                confirmed_only,
                ..ViewState::default()
            });
            Summary::of(&catalog.data, &base)
        }
    });
    // The coverage does not depend on the view: computed once, shared by identity.
    let coverage = use_memo((), {
        let catalog = catalog.clone();
        move |()| Shared::new(Coverage::of(&catalog.data))
    });
    let selection = results.summary;

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
        let (view, ignored, catalog) = (view.clone(), ignored.clone(), catalog.clone());
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let (restored, dropped) = url::decode(&web::location_search(), &catalog);
                ignored.set(dropped);
                view.dispatch(Action::Restore(Box::new(restored)));
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
    // The page's language follows the interface language (the data keeps lang="fr").
    use_effect_with(view.lang, |lang| {
        web::set_root_attribute("lang", Some(lang.code()));
        web::set_title(Text::PageTitle.get(*lang));
    });
    // Printing while a project is open prints its sheet alone (see the print style sheet).
    use_effect_with(view.project.is_some(), |open| {
        web::set_root_attribute("data-sheet", open.then_some("open"))
    });
    // Keyboard shortcuts: "/" goes to the search box (unless typing in a field); Escape closes
    // the project detail from anywhere.
    {
        let view = view.clone();
        use_effect_with((), move |()| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let in_field = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|e| {
                            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    match event.key().as_str() {
                        "/" if !in_field && !event.ctrl_key() && !event.meta_key() => {
                            event.prevent_default();
                            web::focus_by_id("search-input");
                        }
                        "Escape" => view.dispatch(Action::CloseProject),
                        _ => {}
                    }
                },
            );
            move || drop(listener)
        });
    }
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

    // Every control reports through one kind of callback: its value, made into an action.
    let send = |make: fn(String) -> Action| dispatch(&view, make);
    let on_column = |make: fn(Column) -> Action| dispatch(&view, make);
    let action = |action: Action| {
        let view = view.clone();
        Callback::from(move |()| view.dispatch(action.clone()))
    };
    let on_sort = dispatch(&view, |(c, add): (Column, bool)| {
        if add {
            Action::AddSortKey(c)
        } else {
            Action::SortBy(c)
        }
    });
    let on_toggle = dispatch(&view, |(f, v): (Facet, String)| Action::ToggleFacet(f, v));
    let on_range = dispatch(&view, |(a, b): (Amount, Bounds)| Action::SetRange(a, b));
    let on_confirmed = dispatch(&view, Action::SetConfirmedOnly);
    let on_show_unknown = dispatch(&view, Action::ShowUnknown);
    let on_group = dispatch(&view, Action::SetGroup);
    let on_sort_groups = dispatch(&view, Action::SortGroups);
    let on_lang = dispatch(&view, Action::SetLang);
    let on_scheme = dispatch(&view, Action::SetScheme);
    let on_page = {
        let view = view.clone();
        Callback::from(move |p: usize| {
            view.dispatch(Action::SetPage(p));
            web::focus_by_id("results-title");
        })
    };
    let on_dismiss = {
        let ignored = ignored.clone();
        Callback::from(move |()| ignored.set(Vec::new()))
    };
    let detail_index = view
        .project
        .as_ref()
        .and_then(|id| catalog.data.projects.iter().position(|p| &p.id == id));
    let pages = results.rows.len().div_ceil(PAGE_SIZE).max(1);
    let page = view.page.min(pages - 1);
    let page_rows: Vec<usize> = results
        .rows
        .iter()
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .copied()
        .collect();
    let view_rc: Rc<ViewState> = Rc::new((*view).clone());
    let rows_rc = results.rows.clone();
    let lang = view.lang;
    let t = |k: Text| k.get(lang);
    let status = figures::status(&selection, &all, lang);
    // Where the typo-only matches begin on this page, if they do.
    let first_approximate = results.rows.len() - results.approximate;
    let approximate_start = (results.approximate > 0)
        .then(|| first_approximate.checked_sub(page * PAGE_SIZE))
        .flatten()
        .filter(|&i| i < page_rows.len());
    let permalink = AttrValue::from(web::url_with_search(&url::encode(&ViewState {
        project: view.project.clone(),
        lang: view.lang,
        ..ViewState::default()
    })));
    let years = view.facets.get(&Facet::Year).cloned().unwrap_or_default();
    // Screen readers hear the result count once typing pauses, not at every keystroke.
    let announced = use_state(String::new);
    {
        let announced = announced.clone();
        use_effect_with(status.clone(), move |status| {
            let status = status.clone();
            let timeout = Timeout::new(700, move || announced.set(status));
            move || drop(timeout)
        });
    }
    html! {
        <ContextProvider<Lang> context={lang}>
            <a class="skip-link" href="#results-title">{ t(Text::SkipToResults) }</a>
            <PageHeader scheme={view.scheme} on_lang={on_lang} on_scheme={on_scheme} />
            <nav class="sections" aria-label={t(Text::PageSections)}>
                <ul>
                    <li><a href="#results-title">{ t(Text::SectionProjects) }</a></li>
                    <li><a href="#breakdown">{ t(Text::SectionBreakdown) }</a></li>
                    <li><a href="#coverage">{ t(Text::SectionCoverage) }</a></li>
                    <li><a href="#methodologie">{ t(Text::SectionMethodology) }</a></li>
                </ul>
            </nav>
            <div class="visually-hidden" role="status" aria-live="polite">{ (*announced).clone() }</div>
            <main id="main">
                <UrlNotice ignored={(*ignored).clone()} {on_dismiss} />
                <SearchBox query={view.query.clone()} on_input={send(Action::SetQuery)} />
                <KeyFigures {selection} all={*all} totals={coverage.totals} filtered={view.is_filtered()}
                    confirmed_only={view.confirmed_only} />
                if let Some(index) = detail_index {
                    <ProjectDetail catalog={catalog.clone()} {index}
                        on_close={action(Action::CloseProject)} on_open={send(Action::OpenProject)}
                        compared={view.compare.clone()} on_compare={send(Action::ToggleCompare)}
                        permalink={permalink} />
                }
                if !view.compare.is_empty() {
                    <ComparePanel catalog={catalog.clone()} ids={view.compare.clone()}
                        on_remove={send(Action::ToggleCompare)} on_clear={action(Action::ClearCompare)} />
                }
                <div class="layout">
                    <aside class="filters" aria-labelledby="filters-title">
                        <h2 id="filters-title">{ t(Text::Filters) }</h2>
                        <ConfirmedSwitch on={view.confirmed_only} on_change={on_confirmed} />
                        <RangeFilters ranges={view.ranges} unknown_excluded={results.unknown_excluded}
                            on_range={on_range.clone()} {on_show_unknown} />
                        <FacetPanel catalog={catalog.clone()} facets={results.facets.clone()}
                            on_toggle={on_toggle.clone()} />
                    </aside>
                    // The query and row count the results were computed for: what the keystroke
                    // benchmark checks the table and status against.
                    <section id="results" class="results" aria-labelledby="results-title"
                        data-query={view.query.clone()} data-rows={results.rows.len().to_string()}
                        data-projects={selection.projects.to_string()}>
                        <h2 id="results-title" tabindex="-1">{ t(Text::Results) }</h2>
                        <p class="count">{ status }</p>
                        if results.approximate > 0 && results.approximate == results.rows.len() {
                            <p class="help approximate-only">{ t(Text::OnlyApproximate) }</p>
                        }
                        <FilterChips catalog={catalog.clone()} view={view_rc.clone()} on_toggle={on_toggle.clone()}
                            {on_range} on_clear={action(Action::ClearFilters)} />
                        <SortControls view={view_rc.clone()} on_add={on_column(Action::AddSortKey)}
                            on_remove={on_column(Action::RemoveSortKey)}
                            on_clear={action(Action::ClearSort)} />
                        <ColumnPicker shown={view.columns.clone()} on_toggle={on_column(Action::ToggleColumn)} />
                        <ShareBar catalog={catalog.clone()} rows={rows_rc.clone()} view={view_rc.clone()} />
                        <ProjectTable catalog={catalog.clone()} rows={page_rows}
                            matched_words={results.matched_words.clone()}
                            view={view_rc.clone()} {on_sort} on_open={send(Action::OpenProject)}
                            on_compare={send(Action::ToggleCompare)} {approximate_start}
                            approximate={results.approximate} />
                        <Pagination {page} {pages} {on_page} />
                    </section>
                </div>
                <BreakdownPanel catalog={catalog.clone()} rows={rows_rc.clone()} view={view_rc}
                    {on_group} on_sort={on_sort_groups} on_toggle={on_toggle.clone()} />
                <TreemapChart catalog={catalog.clone()} rows={rows_rc} group={view.group}
                    on_open={send(Action::OpenProject)} />
                <CoveragePanel catalog={catalog.clone()} coverage={(*coverage).clone()} {years}
                    on_toggle={on_toggle.clone()} />
                <Methodology catalog={catalog.clone()} />
            </main>
            <footer class="page-footer">
                <p>{ t(Text::Footer) }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}
