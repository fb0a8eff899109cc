//! The view state (what the user asked to see) and the reducer that changes it.
//!
//! Everything a user can change lives in [`ViewState`]; [`ViewState::apply`] is the only place
//! it changes, so every interaction is a plain, natively testable function.

use crate::i18n::Lang;
use crate::sort::{Column, SortKey};
use std::rc::Rc;

/// A colour scheme chosen by the user (by default the page follows the system setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// What the user is looking at. It is the whole state of the page, and it is what the URL
/// encodes (see `crate::url`), so any view can be shared as a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Free-text search, as typed.
    pub query: String,
    /// Sort keys, most significant first; empty means file order.
    pub sort: Vec<SortKey>,
    /// Id of the project whose detail is open.
    pub project: Option<String>,
    /// Interface language.
    pub lang: Lang,
    /// Colour scheme forced by the user; `None` follows the system.
    pub scheme: Option<Scheme>,
}

/// A user action on the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The search text changed.
    SetQuery(String),
    /// A column header was activated: sort by it, or flip it if it already leads.
    SortBy(Column),
    /// Open the detail of the project with this id.
    OpenProject(String),
    /// Close the project detail.
    CloseProject,
    /// Replace the whole view (back/forward navigation restores a view from the URL).
    Restore(ViewState),
}

impl ViewState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::SetQuery(query) => next.query = query,
            Action::SortBy(column) => {
                let direction = match self.sort.first() {
                    Some(key) if key.column == column => key.direction.flipped(),
                    _ => column.first_direction(),
                };
                next.sort = vec![SortKey { column, direction }];
            }
            Action::OpenProject(id) => next.project = Some(id),
            Action::CloseProject => next.project = None,
            Action::Restore(view) => next = view,
        }
        next
    }

    /// The direction the table is sorted by `column`, if it is the leading key.
    pub fn sorted_by(&self, column: Column) -> Option<crate::sort::Direction> {
        self.sort
            .first()
            .filter(|k| k.column == column)
            .map(|k| k.direction)
    }
}

impl yew::Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sort::Direction;

    #[test]
    fn amount_header_sorts_descending_then_ascending() {
        let s = ViewState::default().apply(Action::SortBy(Column::Ftap));
        assert_eq!(s.sorted_by(Column::Ftap), Some(Direction::Desc));
        let s = s.apply(Action::SortBy(Column::Ftap));
        assert_eq!(s.sorted_by(Column::Ftap), Some(Direction::Asc));
        let s = s.apply(Action::SortBy(Column::Ftap));
        assert_eq!(s.sorted_by(Column::Ftap), Some(Direction::Desc));
    }

    #[test]
    fn another_header_replaces_the_sort() {
        let s = ViewState::default()
            .apply(Action::SortBy(Column::Ftap))
            .apply(Action::SortBy(Column::Name));
        assert_eq!(s.sort.len(), 1);
        assert_eq!(s.sorted_by(Column::Name), Some(Direction::Asc));
        assert_eq!(s.sorted_by(Column::Ftap), None);
    }

    #[test]
    fn project_opens_and_closes() {
        let s = ViewState::default().apply(Action::OpenProject("p1".into()));
        assert_eq!(s.project.as_deref(), Some("p1"));
        assert_eq!(s.apply(Action::CloseProject).project, None);
    }

    #[test]
    fn restore_replaces_everything() {
        let target = ViewState {
            query: "x".into(),
            ..ViewState::default()
        };
        let s = ViewState::default()
            .apply(Action::SortBy(Column::Ftap))
            .apply(Action::Restore(target.clone()));
        assert_eq!(s, target);
    }

    #[test]
    fn query_is_kept_as_typed() {
        let s = ViewState::default().apply(Action::SetQuery("Fourrière ".into()));
        assert_eq!(s.query, "Fourrière ");
    }
}
