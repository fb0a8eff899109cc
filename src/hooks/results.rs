//! The view's derived data, memoised on exactly what each depends on.

use crate::store::use_catalog;
use ftap_core::catalog::Results;
use ftap_core::coverage::Coverage;
use ftap_core::shared::Shared;
use ftap_core::state::RowQuery;
use ftap_core::stats::Summary;
use std::rc::Rc;
use yew::prelude::*;

/// The rows of a row query with their figures and facet counts; computed again only when
/// the query changes (not when the page, the open project or the language does).
#[hook]
pub fn use_results(query: RowQuery) -> Rc<Results> {
    let catalog = use_catalog();
    use_memo(query, move |query| catalog.results(query))
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
