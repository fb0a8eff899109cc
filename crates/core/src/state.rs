//! The view state (what the user asked to see) and the reducer that changes it.
//!
//! Everything a user can change lives in [`ViewState`]; [`ViewState::apply`] is the only place
//! it changes, so every interaction is a plain, natively testable function.

use crate::breakdown::GroupColumn;
use crate::facets::{self, Facet, Selection, UNKNOWN};
use crate::filters::{Amount, Bounds, Ranges};
use crate::i18n::Lang;
use crate::sort::{Column, SortKey};
use std::collections::BTreeSet;
use std::rc::Rc;

/// A colour scheme chosen by the user (by default the page follows the system setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Scheme {
    /// Every scheme a reader can force.
    pub const ALL: [Scheme; 2] = [Scheme::Light, Scheme::Dark];

    /// Its name in links and in the page's `data-scheme` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// Rows per page of the project table.
pub const PAGE_SIZE: usize = 50;

/// Rows the last page may add to the one before instead of making a page of its own: no page
/// of a handful of rows (the 52 projects are one page, and the prerendered home lists them all).
pub const PAGE_SLACK: usize = PAGE_SIZE / 4;

/// Projects a comparison holds at most (columns side by side stay readable).
pub const MAX_COMPARED: usize = 4;

/// What the user is looking at. It is the whole state of the page, and it is what the URL
/// encodes (see `crate::url`), so any view can be shared as a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// Free-text search, as typed.
    pub query: String,
    /// Selected facet values.
    pub facets: Selection,
    /// Ranges on the amounts.
    pub ranges: Ranges,
    /// Sort keys, most significant first; empty means relevance (or file order).
    pub sort: Vec<SortKey>,
    /// Page of the table, from 0.
    pub page: usize,
    /// Id of the project whose detail is open.
    pub project: Option<String>,
    /// How the breakdown groups the view.
    pub group: Facet,
    /// How the breakdown table is sorted: column and descending; `None` is the default,
    /// largest known FTAP sum first.
    pub group_sort: Option<(GroupColumn, bool)>,
    /// Interface language.
    pub lang: Lang,
    /// Colour scheme forced by the user; `None` follows the system.
    pub scheme: Option<Scheme>,
    /// Ids of the projects set side by side, in the order they were added (at most
    /// [`MAX_COMPARED`]).
    pub compare: Vec<String>,
    /// Optional columns shown in the project table, in [`Column::OPTIONAL`] order.
    pub columns: Vec<Column>,
    /// Only confirmed laureates (not the projects known through programme 349 alone): the
    /// rows, key figures, breakdowns and exports all follow.
    pub confirmed_only: bool,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            query: String::new(),
            facets: Selection::new(),
            ranges: Ranges::default(),
            sort: Vec::new(),
            page: 0,
            project: None,
            group: Facet::Ministry,
            group_sort: None,
            lang: Lang::Fr,
            scheme: None,
            compare: Vec::new(),
            columns: Vec::new(),
            confirmed_only: false,
        }
    }
}

/// The part of the view that decides which rows show and in which order. The results depend
/// on it alone, so turning a page, opening a project or switching the language reuses them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowQuery {
    /// Free-text search, as typed.
    pub query: String,
    /// Selected facet values.
    pub facets: Selection,
    /// Ranges on the amounts.
    pub ranges: Ranges,
    /// Sort keys, most significant first; empty means relevance (or file order).
    pub sort: Vec<SortKey>,
    /// Only confirmed laureates.
    pub confirmed_only: bool,
}

/// Whether any facet value is selected or any range set.
fn filters_set(facets: &Selection, ranges: &Ranges) -> bool {
    facets.values().any(|v| !v.is_empty()) || ranges.any_set()
}

/// Whether the search box holds something other than spaces.
fn searching(query: &str) -> bool {
    !query.trim().is_empty()
}

impl RowQuery {
    /// Whether any facet or range filters the rows.
    pub fn has_filters(&self) -> bool {
        filters_set(&self.facets, &self.ranges)
    }

    /// Whether the search box holds something other than spaces.
    pub fn has_search(&self) -> bool {
        searching(&self.query)
    }
}

/// A user action on the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The search text changed.
    SetQuery(String),
    /// Select a facet value, or unselect it if selected.
    ToggleFacet(Facet, String),
    /// Replace the bounds on an amount.
    SetRange(Amount, Bounds),
    /// Remove every facet selection and range (the search text stays).
    ClearFilters,
    /// List the projects whose amount is unknown: drop the range on that amount (which
    /// excludes them) and filter on « amount unknown » instead.
    ShowUnknown(Amount),
    /// A column header was activated: sort by it alone, or flip it if it already leads.
    SortBy(Column),
    /// Add a column as the next sort key, or flip it if it is already a key.
    AddSortKey(Column),
    /// Remove a column from the sort keys.
    RemoveSortKey(Column),
    /// Back to relevance (or file) order.
    ClearSort,
    /// Show another page of the table.
    SetPage(usize),
    /// Open the detail of the project with this id.
    OpenProject(String),
    /// Close the project detail.
    CloseProject,
    /// Group the breakdown by another facet.
    SetGroup(Facet),
    /// Sort the breakdown by a column: descending first, then flip.
    SortGroups(GroupColumn),
    /// Switch the interface language.
    SetLang(Lang),
    /// Force a colour scheme, or follow the system with `None`.
    SetScheme(Option<Scheme>),
    /// Add a project to the comparison, or take it out; a fifth project is not added.
    ToggleCompare(String),
    /// Empty the comparison.
    ClearCompare,
    /// Show or hide an optional column of the table.
    ToggleColumn(Column),
    /// Keep only confirmed laureates, or every project.
    SetConfirmedOnly(bool),
    /// Replace the whole view (back/forward navigation restores a view from the URL).
    Restore(Box<ViewState>),
}

impl ViewState {
    /// The state after `action`. Anything that changes the rows goes back to the first page.
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        let mut rows_change = true;
        match action {
            Action::SetQuery(query) => next.query = query,
            Action::ToggleFacet(facet, value) => {
                next.facets = facets::toggled(&self.facets, facet, &value);
            }
            Action::SetRange(amount, bounds) => next.ranges.set(amount, bounds),
            Action::ClearFilters => {
                next.facets.clear();
                next.ranges = Ranges::default();
            }
            Action::ShowUnknown(amount) => {
                next.ranges.set(amount, Bounds::default());
                // Not collected: a collected set sorts its items, with the standard sort.
                let mut only_unknown = BTreeSet::new();
                only_unknown.insert(UNKNOWN.to_owned());
                next.facets.insert(Facet::Known(amount), only_unknown);
            }
            Action::SortBy(column) => {
                let direction = match self.sort.first() {
                    Some(key) if key.column == column => key.direction.flipped(),
                    _ => column.first_direction(),
                };
                next.sort = vec![SortKey { column, direction }];
            }
            Action::AddSortKey(column) => match next.sort.iter_mut().find(|k| k.column == column) {
                Some(key) => key.direction = key.direction.flipped(),
                None => next.sort.push(SortKey {
                    column,
                    direction: column.first_direction(),
                }),
            },
            Action::RemoveSortKey(column) => next.sort.retain(|k| k.column != column),
            Action::ClearSort => next.sort.clear(),
            Action::SetPage(page) => {
                next.page = page;
                rows_change = false;
            }
            Action::OpenProject(id) => {
                next.project = Some(id);
                rows_change = false;
            }
            Action::CloseProject => {
                next.project = None;
                rows_change = false;
            }
            Action::SetGroup(facet) => {
                next.group = facet;
                next.group_sort = None;
                rows_change = false;
            }
            Action::SortGroups(column) => {
                next.group_sort = match self.groups_sorted_by() {
                    (c, descending) if c == column => Some((column, !descending)),
                    _ => Some((column, column != GroupColumn::Value)),
                };
                rows_change = false;
            }
            Action::SetLang(lang) => {
                next.lang = lang;
                rows_change = false;
            }
            Action::SetScheme(scheme) => {
                next.scheme = scheme;
                rows_change = false;
            }
            Action::ToggleCompare(id) => {
                rows_change = false;
                match next.compare.iter().position(|c| *c == id) {
                    Some(i) => {
                        next.compare.remove(i);
                    }
                    None if next.compare.len() < MAX_COMPARED => next.compare.push(id),
                    None => return next,
                }
            }
            Action::SetConfirmedOnly(on) => next.confirmed_only = on,
            Action::ClearCompare => {
                next.compare.clear();
                rows_change = false;
            }
            Action::ToggleColumn(column) => {
                rows_change = false;
                if next.columns.contains(&column) {
                    next.columns.retain(|&c| c != column);
                } else if Column::OPTIONAL.contains(&column) {
                    next.columns.push(column);
                    Column::order_optional(&mut next.columns);
                }
            }
            Action::Restore(view) => return *view,
        }
        if rows_change {
            next.page = 0;
        }
        next
    }

    /// The direction and rank (1-based) of `column` among the sort keys, if it is one.
    pub fn sort_rank(&self, column: Column) -> Option<(usize, crate::sort::Direction)> {
        self.sort
            .iter()
            .position(|k| k.column == column)
            .map(|i| (i + 1, self.sort[i].direction))
    }

    /// The direction the table is sorted by `column`, if it is the leading key.
    pub fn sorted_by(&self, column: Column) -> Option<crate::sort::Direction> {
        self.sort
            .first()
            .filter(|k| k.column == column)
            .map(|k| k.direction)
    }

    /// The breakdown table's sort: the reader's choice, or largest known FTAP sum first.
    pub fn groups_sorted_by(&self) -> (GroupColumn, bool) {
        self.group_sort.unwrap_or(crate::breakdown::DEFAULT_SORT)
    }

    /// Whether any facet or range filters the rows.
    pub fn has_filters(&self) -> bool {
        filters_set(&self.facets, &self.ranges)
    }

    /// Whether the search box holds something other than spaces.
    pub fn has_search(&self) -> bool {
        searching(&self.query)
    }

    /// Whether the rows shown are a selection of the data (search, facets or ranges).
    pub fn is_filtered(&self) -> bool {
        self.has_filters() || self.has_search()
    }
}

impl ViewState {
    /// The row query of this view: what the results are computed from.
    pub fn row_query(&self) -> RowQuery {
        RowQuery {
            query: self.query.clone(),
            facets: self.facets.clone(),
            ranges: self.ranges,
            sort: self.sort.clone(),
            confirmed_only: self.confirmed_only,
        }
    }

    /// The shared state after `action`: the same `Rc` when the action changes nothing (closing
    /// a detail that is not open, choosing the current language…), so a store built on it
    /// can tell that nothing needs drawing again.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
#[path = "state/tests.rs"]
mod tests;
