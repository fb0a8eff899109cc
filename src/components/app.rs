//! The page's layout: it reads the view from the store, takes the derived data from the
//! core through hooks, and hands each panel exactly what it shows.

use crate::components::breakdown_panel::BreakdownPanel;
use crate::components::column_picker::ColumnPicker;
use crate::components::compare_panel::ComparePanel;
use crate::components::confirmed_switch::ConfirmedSwitch;
use crate::components::coverage_panel::CoveragePanel;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::handlers::Handlers;
use crate::components::key_figures::KeyFigures;
use crate::components::later::Later;
use crate::components::live_status::LiveStatus;
use crate::components::methodology::Methodology;
use crate::components::no_match::no_match;
use crate::components::open_file::open_file;
use crate::components::own_status::own_status;
use crate::components::page_header::PageHeader;
use crate::components::pagination::Pagination;
use crate::components::project_detail::ProjectDetail;
use crate::components::project_table::ProjectTable;
use crate::components::range_filters::RangeFilters;
use crate::components::search_box::SearchBox;
use crate::components::share_bar::ShareBar;
use crate::components::sort_controls::SortControls;
use crate::components::treemap_chart::TreemapChart;
use crate::components::url_notice::UrlNotice;
use crate::hooks::address_sync::use_address_sync;
use crate::hooks::color_scheme::use_color_scheme;
use crate::hooks::deferred::use_deferred;
use crate::hooks::detail_focus::use_detail_focus;
use crate::hooks::document_language::use_document_language;
use crate::hooks::own_app::{self, use_own_app};
use crate::hooks::print_sheet::use_print_sheet;
use crate::hooks::results::{use_base_summary, use_coverage, use_results};
use crate::hooks::shortcuts::use_shortcuts;
use crate::hooks::view_change::use_view_change;
use crate::store::{
    use_catalog, use_dispatch, use_reader_acted, use_view, StoreProvider, StoreProviderProps,
};
use crate::web;
use ftap_core::catalog::Catalog;
use ftap_core::facets::Facet;
use ftap_core::figures;
use ftap_core::i18n::Text;
use ftap_core::page::TablePage;
use ftap_core::shared::Shared;
use ftap_core::state::ViewState;
use ftap_core::url::{self, Ignored};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Mounts the app on a catalog in `#app`. A page prerendered at build time (the home view, or
/// a project's own page with its detail open) is hydrated: the app takes over the HTML as it
/// is, from the view it shows, then moves to the address's view. Otherwise the loading
/// message is replaced by the view of the address.
pub fn mount(catalog: Catalog) {
    // The app's controls show only on a page marked as running scripts (the stylesheet hides
    // them from a reader without JavaScript). A release build marks it before the first paint
    // (scripts/web/boot.js); a development build (`trunk serve`) has no such script.
    web::set_root_attribute("data-js", Some(""));
    let path = web::location_path();
    let (wanted, ignored) = url::decode_address(&web::location_search(), &path, &catalog);
    // What the page's HTML shows: the default view, with its project on a project's page.
    let shown = ViewState {
        project: url::page_project(&path, &catalog),
        ..ViewState::default()
    };
    let root = gloo::utils::document().get_element_by_id("app");
    let prerendered = root
        .as_ref()
        .and_then(|r| r.query_selector(".page-header").ok().flatten())
        .is_some();
    let wanted = Rc::new(wanted);
    let (initial, then) = if prerendered && *wanted != shown {
        (Rc::new(shown), Some(wanted))
    } else {
        (wanted, None)
    };
    let props = StoreProviderProps {
        catalog: Shared::new(catalog),
        initial,
        then,
        children: html! { <App {ignored} hydrating={prerendered} /> },
    };
    match root {
        Some(root) if prerendered => {
            yew::Renderer::<StoreProvider>::with_root_and_props(root, props).hydrate();
        }
        Some(root) => {
            // textContent, not innerHTML: Trusted Types are enforced.
            root.set_text_content(None);
            yew::Renderer::<StoreProvider>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<StoreProvider>::with_props(props).render();
        }
    }
}

/// A view rendered to HTML at build time: the home view, or a project's page (its detail
/// open), as the page shows it before any reader's action.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender(view: ViewState) -> String {
    // Built inside: the renderer's task wants what it is sent to be `Send`.
    let props = move || StoreProviderProps {
        catalog: Shared::new(Catalog::new(crate::data::dataset())),
        initial: Rc::new(view),
        then: None,
        children: html! { <App ignored={Vec::new()} /> },
    };
    yew::ServerRenderer::<StoreProvider>::with_props(props)
        .render()
        .await
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Address parameters the starting view could not use, for the notice.
    pub ignored: Vec<Ignored>,
    /// Whether the page takes over prerendered HTML: its first render must then be the one
    /// the HTML shows, and the notice about `ignored` comes just after.
    #[prop_or_default]
    pub hydrating: bool,
}

/// The whole page, under a [`StoreProvider`].
#[component]
pub fn App(props: &AppProps) -> Html {
    let view = use_view();
    let catalog = use_catalog();
    let lang = view.lang;
    let t = |k: Text| k.get(lang);

    let query = view.row_query();
    let results = use_results(query.clone());
    let all = use_base_summary(view.confirmed_only);
    let coverage = use_coverage();
    let page = use_memo((results.clone(), view.page), |(results, page)| {
        TablePage::of(results, *page)
    });
    let detail = use_memo(view.project.clone(), {
        let catalog = catalog.clone();
        move |id| id.as_deref().and_then(|id| catalog.position(id))
    });

    // What the reader acted on answers in the event's frame: the table, the figures and the
    // state of every control (a pressed filter, the grouping chosen). The filters' counts and
    // the charts take the results a frame later (see use_deferred), and the treemap its
    // grouping too: they lie beside or below the table, and drawing them was half of a click
    // on a filter. At 100 000 rows, counting the facets of what a first letter matches is
    // about a third of its time (see Catalog::facet_counts).
    let change = use_view_change();
    let acted = use_reader_acted();
    let (later, later_group) = use_deferred((Shared::from(results.clone()), view.group), acted);
    let chart_rows = later.members.clone();
    let facet_counts = catalog.facet_counts(&later);
    let ignored = use_state(|| {
        if props.hydrating {
            Vec::new()
        } else {
            props.ignored.clone()
        }
    });
    {
        let (ignored, later) = (ignored.setter(), props.ignored.clone());
        let hydrating = props.hydrating;
        use_effect_with((), move |()| {
            if hydrating && !later.is_empty() {
                ignored.set(later);
            }
            // The app answers from now on: what the load benchmark and tests wait for.
            web::set_root_attribute("data-app", Some("ready"));
        });
    }
    let on_ignored = use_callback(ignored.setter(), |dropped, set| set.set(dropped));
    use_address_sync(change, on_ignored);
    use_shortcuts();
    use_color_scheme(view.scheme);
    use_document_language(lang);
    use_print_sheet(view.project.is_some());
    use_detail_focus(view.project.clone());

    // Callbacks built once: a panel whose data did not change does not render again.
    let dispatch = use_dispatch();
    let handlers = use_memo(dispatch, Handlers::new);
    let Handlers {
        on_query,
        on_open,
        on_compare,
        on_close,
        on_clear_compare,
        on_clear_filters,
        on_clear_sort,
        on_add_key,
        on_remove_key,
        on_column,
        on_sort,
        on_toggle,
        on_range,
        on_confirmed,
        on_show_unknown,
        on_group,
        on_sort_groups,
        on_lang,
        on_scheme,
        on_page,
    } = (*handlers).clone();
    let on_dismiss = use_callback(ignored.setter(), |(), set| set.set(Vec::new()));
    // A reader's own file, opened by the button, a drop or a `?data=` address: while it is
    // read, mapped or explored, it takes the place of the FTAP data.
    let own = use_own_app();
    let own_shown = own.shown;

    let selection = results.summary;
    let status = figures::status(&selection, &all, lang);
    let query = Rc::new(query);
    // The table's links add their project to the view: without the open one, opening a
    // project leaves the table as it was.
    let table_view = Rc::new(ViewState {
        project: None,
        ..(*view).clone()
    });
    let selected = |facet: Facet| Rc::new(view.facets.get(&facet).cloned().unwrap_or_default());
    let group_selected: Rc<BTreeSet<String>> = selected(view.group);
    html! {
        <>
            <a class="skip-link" href="#results-title">{ t(Text::SkipToResults) }</a>
            <PageHeader scheme={view.scheme} {on_lang} {on_scheme} />
            // The filters, the breakdown and the coverage table are drawn by the app (see Later).
            <nav class="sections" aria-label={t(Text::PageSections)} hidden={own_shown}>
                <ul>
                    <li><a href="#results-title">{ t(Text::SectionProjects) }</a></li>
                    <li class="app-only"><a href="#filters-title">{ t(Text::Filters) }</a></li>
                    <li class="app-only"><a href="#breakdown">{ t(Text::SectionBreakdown) }</a></li>
                    <li class="app-only"><a href="#coverage">{ t(Text::SectionCoverage) }</a></li>
                    <li><a href="#methodologie">{ t(Text::SectionMethodology) }</a></li>
                </ul>
            </nav>
            // The live region speaks for what the reader does. The view the page opens on, the
            // home view or a shared link's, is already in the page (its count under « Projets »):
            // telling it too would only talk over the start of a screen reader's reading.
            <LiveStatus text={if acted { status.clone() } else { String::new() }} />
            <main id="main">
                <UrlNotice ignored={(*ignored).clone()} {on_dismiss} />
                { own_status(own.module, lang, &own.on_dismiss) }
                // The reader's own data, drawn by its own app (never by this one).
                <div id={own_app::HOST}></div>
                if own.dragging {
                    <div class="drop-overlay" aria-hidden="true"><p>{ t(Text::DropHere) }</p></div>
                }
                if !own_shown {
                <SearchBox query={view.query.clone()} on_input={on_query.clone()} />
                <KeyFigures {selection} all={*all} totals={coverage.totals} filtered={view.is_filtered()}
                    confirmed_only={view.confirmed_only} />
                if let Some(index) = *detail {
                    <ProjectDetail {index} {on_close} on_open={on_open.clone()}
                        compared={view.compare.clone()} on_compare={on_compare.clone()} />
                }
                if !view.compare.is_empty() {
                    <ComparePanel ids={view.compare.clone()} on_remove={on_compare.clone()}
                        on_clear={on_clear_compare} />
                }
                <div class="layout">
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
                        <FilterChips query={query.clone()} on_toggle={on_toggle.clone()}
                            on_range={on_range.clone()} on_clear={on_clear_filters} />
                        <ProjectTable rows={page.rows.clone()} matched_words={results.matched_words.clone()}
                            view={table_view} {on_sort} on_open={on_open.clone()} {on_compare}
                            approximate_start={page.approximate_start} approximate={results.approximate} />
                        if results.rows.is_empty() {
                            { no_match(lang, view.has_search(), &on_query) }
                        }
                        <Pagination page={page.page} pages={page.pages} {on_page} />
                        // Sort keys in words, extra columns, sharing and exports: what one does with
                        // the table, once it is in view (its headers sort and show the order).
                        <SortControls {query} on_add={on_add_key} on_remove={on_remove_key}
                            on_clear={on_clear_sort} />
                        <ColumnPicker shown={view.columns.clone()} on_toggle={on_column} />
                        <ShareBar rows={results.rows.clone()} view={view.clone()} />
                        // Another dataset to explore the same way: after what one does with this one.
                        { open_file(lang, &own.on_file, &own.on_prepare) }
                    </section>
                    // After the results in the page's order, as on screen (beside them, or below on
                    // a phone): the table comes first, and « Filtres » in the sections leads here.
                    // The filters, charts and coverage table are drawn after the rest, each in a
                    // task of its own and in the page's order (see Later): the start is several
                    // short tasks, and the page's HTML holds what a reader needs first, and
                    // without JavaScript.
                    <Later>
                        <aside class="filters" aria-labelledby="filters-title">
                            <h2 id="filters-title">{ t(Text::Filters) }</h2>
                            <ConfirmedSwitch on={view.confirmed_only} on_change={on_confirmed} />
                            <RangeFilters ranges={view.ranges} unknown_excluded={results.unknown_excluded}
                                {on_range} {on_show_unknown} />
                            <FacetPanel facets={facet_counts} selection={view.facets.clone()}
                                on_toggle={on_toggle.clone()} />
                        </aside>
                    </Later>
                </div>
                <Later after={1}>
                    <BreakdownPanel rows={chart_rows.clone()} group={view.group} group_sort={view.group_sort}
                        selected={group_selected} {on_group} on_sort={on_sort_groups}
                        on_toggle={on_toggle.clone()} />
                </Later>
                <Later after={2}><TreemapChart rows={chart_rows} group={later_group} {on_open} /></Later>
                <Later after={3}><CoveragePanel {coverage} years={selected(Facet::Year)} {on_toggle} /></Later>
                <Methodology />
                }
            </main>
            <footer class="page-footer">
                <p>{ t(Text::Footer) }</p>
            </footer>
        </>
    }
}
