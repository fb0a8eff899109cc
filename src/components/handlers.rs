//! The page's callbacks, built once for the life of the page.
//!
//! Each turns what a control reports into an action on the store. They are made together
//! from the store's dispatcher, which never changes, and memoised on it: a panel holding them
//! never renders again because of a new callback.

use crate::store::Dispatch;
use crate::web;
use ftap_core::breakdown::GroupColumn;
use ftap_core::facets::Facet;
use ftap_core::filters::{Amount, Bounds};
use ftap_core::i18n::Lang;
use ftap_core::sort::Column;
use ftap_core::state::{Action, Scheme};
use yew::prelude::*;

/// A callback that makes its value into an action and sends it.
fn send<T: 'static>(dispatch: &Dispatch, make: fn(T) -> Action) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value: T| dispatch.dispatch(make(value)))
}

/// Every callback the page hands its controls.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    /// The search text changed.
    pub on_query: Callback<String>,
    /// A project's detail is to be opened.
    pub on_open: Callback<String>,
    /// A project goes into the comparison, or out of it.
    pub on_compare: Callback<String>,
    /// The detail is closed.
    pub on_close: Callback<()>,
    /// The comparison is emptied.
    pub on_clear_compare: Callback<()>,
    /// Every facet and range filter is removed.
    pub on_clear_filters: Callback<()>,
    /// Back to relevance (or file) order.
    pub on_clear_sort: Callback<()>,
    /// A column becomes the next sort key.
    pub on_add_key: Callback<Column>,
    /// A column stops being a sort key.
    pub on_remove_key: Callback<Column>,
    /// An optional column is shown or hidden.
    pub on_column: Callback<Column>,
    /// A column header was activated; `true` adds the column as a further key.
    pub on_sort: Callback<(Column, bool)>,
    /// A facet value is selected or unselected.
    pub on_toggle: Callback<(Facet, String)>,
    /// The bounds on an amount change.
    pub on_range: Callback<(Amount, Bounds)>,
    /// Confirmed laureates only, or every project.
    pub on_confirmed: Callback<bool>,
    /// The projects whose amount is unknown are listed.
    pub on_show_unknown: Callback<Amount>,
    /// The breakdown is grouped by another facet.
    pub on_group: Callback<Facet>,
    /// The breakdown table is sorted by a column.
    pub on_sort_groups: Callback<GroupColumn>,
    /// The interface language changes.
    pub on_lang: Callback<Lang>,
    /// The colour scheme changes.
    pub on_scheme: Callback<Option<Scheme>>,
    /// Another page of the table; focus goes to the results' heading.
    pub on_page: Callback<usize>,
}

impl Handlers {
    /// The callbacks of a store.
    pub fn new(dispatch: &Dispatch) -> Handlers {
        let d = dispatch;
        let pager = dispatch.clone();
        Handlers {
            on_query: send(d, Action::SetQuery),
            on_open: send(d, Action::OpenProject),
            on_compare: send(d, Action::ToggleCompare),
            on_close: send(d, |()| Action::CloseProject),
            on_clear_compare: send(d, |()| Action::ClearCompare),
            on_clear_filters: send(d, |()| Action::ClearFilters),
            on_clear_sort: send(d, |()| Action::ClearSort),
            on_add_key: send(d, Action::AddSortKey),
            on_remove_key: send(d, Action::RemoveSortKey),
            on_column: send(d, Action::ToggleColumn),
            on_sort: send(d, |(column, add)| {
                if add {
                    Action::AddSortKey(column)
                } else {
                    Action::SortBy(column)
                }
            }),
            on_toggle: send(d, |(facet, value)| Action::ToggleFacet(facet, value)),
            on_range: send(d, |(amount, bounds)| Action::SetRange(amount, bounds)),
            on_confirmed: send(d, Action::SetConfirmedOnly),
            on_show_unknown: send(d, Action::ShowUnknown),
            on_group: send(d, Action::SetGroup),
            on_sort_groups: send(d, Action::SortGroups),
            on_lang: send(d, Action::SetLang),
            on_scheme: send(d, Action::SetScheme),
            on_page: Callback::from(move |page| {
                pager.dispatch(Action::SetPage(page));
                web::focus_by_id("results-title");
            }),
        }
    }
}
