//! What each column of opened data holds: its role, how many cells are empty, and the
//! smallest and largest amount or date. It replaces the FTAP coverage for other data.

use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::labels;
use ftap_core::open::protocol::Loaded;
use ftap_core::open::summary::ColumnSummary;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ColumnSummaryTable`].
#[derive(Properties, PartialEq)]
pub struct ColumnSummaryTableProps {
    /// The file's headers.
    pub headers: Rc<Vec<String>>,
    /// The load, with one summary per column.
    pub loaded: Rc<Loaded>,
}

/// A table, one row per column.
#[component]
pub fn ColumnSummaryTable(props: &ColumnSummaryTableProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let rows = props
        .loaded
        .summary
        .iter()
        .enumerate()
        .map(|(i, s): (usize, &ColumnSummary)| {
            let (low, high) = match (s.amounts, s.dates) {
                (Some((lo, hi)), _) => (format::cents(lo, lang), format::cents(hi, lang)),
                (_, Some((lo, hi))) => (format::date(lo, lang), format::date(hi, lang)),
                _ => ("—".to_owned(), "—".to_owned()),
            };
            html! {
                <tr>
                    <th scope="row">{ props.headers.get(i).cloned().unwrap_or_default() }</th>
                    <td>{ t(labels::role_text(s.role)) }</td>
                    <td class="num">{ format::integer(s.unknown as u64, lang) }</td>
                    <td class="num">{ low }</td>
                    <td class="num">{ high }</td>
                </tr>
            }
        });
    html! {
        <section class="column-summary" aria-labelledby="column-summary-title">
            <h2 id="column-summary-title">{ t(OwnText::SummaryTitle) }</h2>
            <div class="table-wrap">
                <table>
                    <caption class="visually-hidden">{ t(OwnText::SummaryTitle) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(OwnText::MapColumn) }</th>
                            <th scope="col">{ t(OwnText::MapRole) }</th>
                            <th scope="col" class="num">{ t(OwnText::SummaryUnknown) }</th>
                            <th scope="col" class="num">{ t(OwnText::SummaryMin) }</th>
                            <th scope="col" class="num">{ t(OwnText::SummaryMax) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
