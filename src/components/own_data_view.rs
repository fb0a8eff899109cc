//! The page of a reader's own data, stage by stage: reading the start of the file, the
//! mapping panel, the load's progress, a failure, then the data explored (search, filters,
//! totals, table, export, column summary, rejected rows).

use crate::components::column_summary::ColumnSummaryTable;
use crate::components::load_progress::LoadProgress;
use crate::components::load_report::LoadReport;
use crate::components::mapping_panel::MappingPanel;
use crate::components::own_breakdown::OwnBreakdown;
use crate::components::own_dates::OwnDates;
use crate::components::own_facets::OwnFacets;
use crate::components::own_range::OwnRange;
use crate::components::own_table::OwnTable;
use crate::components::own_treemap::OwnTreemap;
use crate::hooks::deferred::use_deferred;
use crate::hooks::own_data::OwnData;
use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::{OwnText, Text};
use ftap_core::labels;
use ftap_core::model::Date;
use ftap_core::open::figures::{self, Style};
use ftap_core::open::schema::Role;
use ftap_core::open::session::{Action, Session, Stage};
use ftap_core::open::value::Cents;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`OwnDataView`].
#[derive(Properties, PartialEq)]
pub struct OwnDataViewProps {
    /// The session and its callbacks.
    pub data: OwnData,
}

/// What the reader's own data shows at its current stage (nothing when idle).
#[component]
pub fn OwnDataView(props: &OwnDataViewProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let session = &props.data.session;
    let on_action = props.data.on_action.clone();
    let name: AttrValue = session
        .source
        .as_ref()
        .map(|s| AttrValue::from(s.name().to_owned()))
        .unwrap_or_default();
    let on_close = on_action.reform(|()| Action::Close);
    let close_button = |label: &'static str| {
        let on_click = on_close.reform(|_: MouseEvent| ());
        html! { <button type="button" class="button quiet" onclick={on_click}>{ label }</button> }
    };
    match &session.stage {
        Stage::Idle => html! {},
        Stage::Reading => html! {
            <section class="own-data" aria-labelledby="reading-title">
                <h2 id="reading-title" role="status">{ OwnText::Reading.fill(lang, &[&name]) }</h2>
                { close_button(t(OwnText::Cancel)) }
            </section>
        },
        Stage::Failed(failure) => html! {
            <div class="error-panel own-failure" role="alert">
                <p>{ labels::failure_text(failure, lang) }{ " " }{ Text::FtapStays.get(lang) }</p>
                { close_button(Text::Close.get(lang)) }
            </div>
        },
        Stage::Mapping => match (&session.previewed, &session.schema) {
            (Some(previewed), Some(schema)) => html! {
                <MappingPanel name={name.clone()} previewed={previewed.clone()}
                    schema={Rc::new(schema.clone())} problem={session.mapping_problem()}
                    on_role={on_action.reform(|(c, r)| Action::SetRole(c, r))}
                    on_primary={on_action.reform(Action::SetPrimary)}
                    on_marks={on_action.reform(Action::SetMarks)}
                    on_confirm={on_action.reform(|()| Action::Confirm)} on_cancel={on_close} />
            },
            _ => html! {},
        },
        Stage::Loading(progress) => html! {
            <LoadProgress name={name.clone()} progress={*progress} on_cancel={on_close} />
        },
        Stage::Ready => html! { <Explored data={props.data.clone()} {name} /> },
    }
}

/// What the parts of the explored data send, made once from the session's dispatch: the
/// parts then see equal properties on a render that did not change them (a keystroke redraws
/// the search box, not the table), and skip it.
struct PartCallbacks {
    on_sort: Callback<usize>,
    on_page: Callback<usize>,
    on_range: Callback<(usize, Option<Cents>, Option<Cents>)>,
    on_dates: Callback<(Option<Date>, Option<Date>)>,
    on_toggle: Callback<(usize, String)>,
}

/// Properties of [`Explored`].
#[derive(Properties, PartialEq)]
struct ExploredProps {
    data: OwnData,
    name: AttrValue,
}

/// The loaded data: what it is, how to search and filter it, its totals and rows.
#[component]
fn Explored(props: &ExploredProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let session: &Session = &props.data.session;
    let on_action = props.data.on_action.clone();
    let parts = use_memo(on_action.clone(), |on_action| PartCallbacks {
        on_sort: on_action.reform(Action::SortBy),
        on_page: on_action.reform(Action::Page),
        on_range: on_action.reform(|(c, min, max)| Action::Range(c, min, max)),
        on_dates: on_action.reform(|(from, to)| Action::Dates(from, to)),
        on_toggle: on_action.reform(|(c, v)| Action::ToggleFacet(c, v)),
    });
    // While the reader types, the charts under the table take each answer a frame late (as
    // on the FTAP page): a keystroke draws the table and the figures in its own frame.
    let chart_answer = use_deferred(session.answer.clone(), session.typing());
    let (Some(previewed), Some(schema), Some(loaded)) =
        (&session.previewed, &session.schema, &session.loaded)
    else {
        return html! {};
    };
    let headers = Rc::new(previewed.headers.clone());
    let schema = Rc::new(schema.clone());
    // Until the first answer, no figure: an empty answer would read as « 0 rows ».
    let Some(answer) = session.answer.clone() else {
        return html! {
            <section class="own-data" aria-labelledby="own-title">
                <h2 id="own-title">{ props.name.clone() }</h2>
                <p role="status">{ t(OwnText::Computing) }</p>
            </section>
        };
    };
    let on_search = on_action.reform(|e: InputEvent| {
        Action::Search(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let on_back = on_action.reform(|_: MouseEvent| Action::Close);
    let on_export = props.data.on_export.reform(|_: MouseEvent| ());
    let count = |n: u64| format::integer(n, lang);
    let totals = answer.totals;
    let primary = schema.primary.and_then(|c| headers.get(c).cloned());
    html! {
        // What the benchmarks read: the query the rows shown answer, and the worker's memory.
        <section class="own-data" aria-labelledby="own-title" data-query={session.answered.text.clone()}
            data-rows={totals.rows.to_string()} data-memory={loaded.memory_bytes.to_string()}>
            <header class="own-header">
                <p class="eyebrow">{ t(OwnText::OwnData) }</p>
                <h2 id="own-title">{ props.name.clone() }</h2>
                <p>{ t(OwnText::OwnLede) }</p>
                <p class="help">
                    { OwnText::RowsLoaded.fill(lang, &[&count(loaded.report.accepted), &count(loaded.elapsed_ms)]) }
                    if loaded.report.rejected > 0 {
                        { Text::ListSeparator.get(lang) }<a href="#report-title">{ OwnText::RowsRejected.fill(lang, &[&count(loaded.report.rejected)]) }</a>
                    }
                </p>
                <p><button type="button" class="button quiet" onclick={on_back}>{ t(OwnText::BackToFtap) }</button></p>
            </header>
            <form role="search" class="search" onsubmit={on_submit}>
                <label for="own-search">{ t(OwnText::SearchFile) }</label>
                <input id="own-search" type="search" autocomplete="off" spellcheck="false"
                    aria-describedby="own-search-help" value={session.query.text.clone()} oninput={on_search} />
                <p id="own-search-help" class="help">{ t(OwnText::SearchFileHelp) }</p>
            </form>
            <div class="key-figures own-figures" role="status">
                <p>{ OwnText::RowsMatched.fill(lang, &[&count(totals.rows as u64), &count(loaded.report.accepted)]) }</p>
                if let Some(primary) = primary.clone() {
                    <p>{ OwnText::SumOf.fill(lang, &[&primary, &figures::sum_value(&totals, Style::Exact, lang)]) }</p>
                    if totals.unknown > 0 {
                        <p class="help">{ OwnText::SumUnknown.fill(lang, &[&count(totals.unknown as u64)]) }</p>
                    }
                } else {
                    <p class="help">{ t(OwnText::NoAmount) }</p>
                }
                { for [(answer.left_out.amount, OwnText::LeftOutNoAmount), (answer.left_out.date, OwnText::LeftOutNoDate)]
                    .into_iter()
                    .filter(|(rows, _)| *rows > 0)
                    .map(|(rows, text)| html! { <p class="help">{ text.fill(lang, &[&count(rows as u64)]) }</p> }) }
            </div>
            <div class="layout">
                <section class="results" aria-labelledby="own-results-title">
                    <h2 id="own-results-title" class="visually-hidden">{ t(OwnText::FileRows) }</h2>
                    <OwnTable headers={headers.clone()} schema={schema.clone()} answer={answer.clone()}
                        sort={Rc::new(session.query.sort.clone())}
                        on_sort={parts.on_sort.clone()} on_page={parts.on_page.clone()} />
                    <p class="share">
                        <button type="button" class="button quiet" onclick={on_export}>{ t(OwnText::ExportView) }</button>
                        { " " }
                        <span class="help">
                            { t(if session.shareable() { OwnText::Shareable } else { OwnText::NotShareable }) }
                        </span>
                    </p>
                </section>
                <aside class="filters" aria-labelledby="own-filters-title">
                    <h2 id="own-filters-title">{ Text::Filters.get(lang) }</h2>
                    { for schema.columns(Role::Amount).map(|column| html! {
                        <OwnRange {column} header={headers.get(column).cloned().unwrap_or_default()}
                            on_range={parts.on_range.clone()} />
                    }) }
                    if let Some(column) = schema.columns(Role::Date).next() {
                        <OwnDates header={headers.get(column).cloned().unwrap_or_default()}
                            on_dates={parts.on_dates.clone()} />
                    }
                    <OwnFacets headers={headers.clone()} has_amount={schema.primary.is_some()}
                        answer={answer.clone()}
                        on_toggle={parts.on_toggle.clone()} />
                </aside>
            </div>
            if let (Some(primary), Some(answer)) = (primary, chart_answer) {
                <OwnBreakdown headers={headers.clone()} primary={primary.clone()} answer={answer.clone()}
                    on_toggle={parts.on_toggle.clone()} />
                if let Some(facet) = answer.facets.first() {
                    <OwnTreemap headers={headers.clone()} {primary} facet={facet.clone()} />
                }
            }
            <ColumnSummaryTable headers={headers.clone()} loaded={loaded.clone()} />
            <LoadReport name={props.name.clone()} {headers} loaded={loaded.clone()} />
        </section>
    }
}
