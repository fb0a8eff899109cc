//! The rows an opened file could not give: counted, the first ones listed with their line,
//! column and problem, and the whole list offered as a CSV download.

use crate::store::use_lang;
use crate::web;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::open::protocol::Loaded;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`LoadReport`].
#[derive(Properties, PartialEq)]
pub struct LoadReportProps {
    /// The file's name (for the report's file name).
    pub name: AttrValue,
    /// The file's headers (to name columns).
    pub headers: Rc<Vec<String>>,
    /// The load: what it reported, and whether the file was too large to load whole.
    pub loaded: Rc<Loaded>,
}

/// The counts, the table of problems and the download button.
#[component]
pub fn LoadReport(props: &LoadReportProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let report = &props.loaded.report;
    let on_download = {
        let (loaded, headers, name) = (
            props.loaded.clone(),
            props.headers.clone(),
            props.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let file = format!("{}-rapport.csv", name.trim_end_matches(".csv"));
            if let Err(e) = web::download(
                &file,
                "text/csv;charset=utf-8",
                &loaded.report.csv(&headers, lang),
            ) {
                gloo::console::warn!("report download failed", e);
            }
        })
    };
    let rows = report.problems.iter().map(|p| {
        let column = p
            .column
            .and_then(|c| props.headers.get(c).cloned())
            .unwrap_or_else(|| "—".to_owned());
        html! {
            <tr>
                <td class="num">{ p.line }</td>
                <td>{ column }</td>
                <td>{ p.kind.describe(lang) }</td>
                <td>{ p.value.clone() }</td>
            </tr>
        }
    });
    let count = |n: u64| format::integer(n, lang);
    html! {
        <section class="load-report" aria-labelledby="report-title">
            <h2 id="report-title">{ t(OwnText::ReportTitle) }</h2>
            if props.loaded.truncated {
                <p class="error">{ t(OwnText::ReportTruncated) }</p>
            }
            if report.replaced > 0 {
                <p class="help">{ OwnText::ReportReplaced.fill(lang, &[&count(report.replaced)]) }</p>
            }
            if report.rejected == 0 {
                <p>{ t(OwnText::ReportNone) }</p>
            } else {
                <p>{ OwnText::ReportCounts.fill(lang, &[&count(report.rejected), &count(report.problems.len() as u64)]) }</p>
                <div class="table-wrap">
                    <table>
                        <caption class="visually-hidden">{ t(OwnText::ReportTitle) }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="num">{ t(OwnText::FileLine) }</th>
                                <th scope="col">{ t(OwnText::MapColumn) }</th>
                                <th scope="col">{ t(OwnText::ReportProblem) }</th>
                                <th scope="col">{ t(OwnText::ReportValue) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p><button type="button" class="button quiet" onclick={on_download}>{ t(OwnText::ReportDownload) }</button></p>
            }
        </section>
    }
}
