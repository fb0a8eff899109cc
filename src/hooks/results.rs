//! The view's derived data, memoised on exactly what each depends on.

use crate::store::use_catalog;
use ftap_core::catalog::Results;
use ftap_core::coverage::Coverage;
use ftap_core::recent::Recent;
use ftap_core::shared::Shared;
use ftap_core::state::RowQuery;
use ftap_core::stats::Summary;
use std::rc::Rc;
use yew::prelude::*;

/// Rows of recent results kept, as a multiple of the number of projects: a few views of
/// every project (the page with an empty search box among them) or many narrow ones.
const RECENT_VIEWS: usize = 4;

/// The rows of a row query with their figures and facet counts, kept among the recent ones:
/// computed when the query is new (not when the page, the open project or the language
/// changes, nor for a query seen a moment ago).
#[hook]
pub fn use_results(query: RowQuery) -> Rc<Results> {
    let catalog = use_catalog();
    let recent = use_mut_ref(|| {
        let budget = RECENT_VIEWS * (catalog.figures.len() + 1);
        Recent::new(budget, |results: &Rc<Results>| results.rows.len())
    });
    let results = recent
        .borrow_mut()
        .get_or_insert_with(query, |q| Rc::new(catalog.results(q)));
    results
}

/// Key figures of all the data the view covers: every project, or the confirmed laureates
/// when the view keeps only them.
#[hook]
pub fn use_base_summary(confirmed_only: bool) -> Rc<Summary> {
    let catalog = use_catalog();
    use_memo(confirmed_only, move |&confirmed_only| {
        Summary::of(&catalog.data, &catalog.base(confirmed_only))
    })
}

/// What the data covers of each round and year; it does not depend on the view, so it is
/// computed once and shared by identity.
#[hook]
pub fn use_coverage() -> Shared<Coverage> {
    let catalog = use_catalog();
    let coverage = use_memo((), move |()| Shared::new(Coverage::of(&catalog.data)));
    (*coverage).clone()
}
