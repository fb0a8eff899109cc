//! Reducer rules.

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
fn secondary_keys_are_added_flipped_and_removed() {
    let s = ViewState::default()
        .apply(Action::SortBy(Column::Ministry))
        .apply(Action::AddSortKey(Column::Ftap));
    assert_eq!(s.sort_rank(Column::Ministry), Some((1, Direction::Asc)));
    assert_eq!(s.sort_rank(Column::Ftap), Some((2, Direction::Desc)));
    let s = s.apply(Action::AddSortKey(Column::Ftap));
    assert_eq!(s.sort_rank(Column::Ftap), Some((2, Direction::Asc)));
    let s = s.apply(Action::RemoveSortKey(Column::Ministry));
    assert_eq!(s.sort_rank(Column::Ftap), Some((1, Direction::Asc)));
    assert!(s.apply(Action::ClearSort).sort.is_empty());
}

#[test]
fn facet_values_toggle_and_empty_facets_disappear() {
    let s = ViewState::default().apply(Action::ToggleFacet(Facet::Year, "2018".into()));
    assert!(s.facets[&Facet::Year].contains("2018"));
    assert!(s.has_filters());
    let s = s.apply(Action::ToggleFacet(Facet::Year, "2018".into()));
    assert!(s.facets.is_empty());
    assert!(!s.has_filters());
}

#[test]
fn ranges_set_and_clear_with_the_facets() {
    let b = Bounds {
        min: Some(5),
        max: None,
    };
    let s = ViewState::default()
        .apply(Action::SetRange(Amount::Ftap, b))
        .apply(Action::ToggleFacet(Facet::Year, "2018".into()))
        .apply(Action::SetQuery("x".into()));
    assert_eq!(s.ranges.get(Amount::Ftap), b);
    let cleared = s.apply(Action::ClearFilters);
    assert!(!cleared.has_filters());
    assert_eq!(cleared.query, "x", "the search text stays");
}

#[test]
fn changing_the_rows_goes_back_to_page_one() {
    let s = ViewState::default().apply(Action::SetPage(3));
    assert_eq!(s.page, 3);
    assert_eq!(s.apply(Action::OpenProject("p".into())).page, 3);
    assert_eq!(s.apply(Action::SetQuery("a".into())).page, 0);
    assert_eq!(s.apply(Action::SortBy(Column::Name)).page, 0);
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
        page: 2,
        ..ViewState::default()
    };
    let s = ViewState::default()
        .apply(Action::SortBy(Column::Ftap))
        .apply(Action::Restore(Box::new(target.clone())));
    assert_eq!(s, target);
}

#[test]
fn language_and_scheme_are_kept() {
    let s = ViewState::default()
        .apply(Action::SetLang(Lang::En))
        .apply(Action::SetScheme(Some(Scheme::Dark)));
    assert_eq!((s.lang, s.scheme), (Lang::En, Some(Scheme::Dark)));
}

#[test]
fn grouping_and_its_sort_do_not_change_the_page() {
    use crate::breakdown::GroupColumn;
    let s = ViewState::default().apply(Action::SetPage(2));
    let s = s.apply(Action::SetGroup(Facet::Round));
    assert_eq!((s.group, s.page), (Facet::Round, 2));
    assert_eq!(
        s.groups_sorted_by(),
        (GroupColumn::Ftap, true),
        "amounts largest first by default"
    );
    let s = s.apply(Action::SortGroups(GroupColumn::Ftap));
    assert_eq!(
        s.group_sort,
        Some((GroupColumn::Ftap, false)),
        "the sorted column flips"
    );
    let s = s.apply(Action::SortGroups(GroupColumn::Count));
    assert_eq!(s.group_sort, Some((GroupColumn::Count, true)));
    let s = s.apply(Action::SetGroup(Facet::Year));
    assert_eq!(s.group_sort, None, "a new grouping starts largest first");
}

#[test]
fn showing_unknown_amounts_replaces_the_range_that_excluded_them() {
    use crate::facets::{KNOWN, UNKNOWN};
    let view = ViewState::default()
        .apply(Action::SetRange(
            Amount::Ftap,
            Bounds {
                min: Some(5_000_000),
                max: None,
            },
        ))
        .apply(Action::ToggleFacet(
            Facet::Known(Amount::Ftap),
            KNOWN.into(),
        ))
        .apply(Action::ShowUnknown(Amount::Ftap));
    assert!(!view.ranges.get(Amount::Ftap).is_set());
    let chosen: Vec<&str> = view.facets[&Facet::Known(Amount::Ftap)]
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(chosen, vec![UNKNOWN]);
    assert!(view.is_filtered());
}

#[test]
fn reduce_shares_the_state_when_an_action_changes_nothing() {
    let view = Rc::new(ViewState::default());
    let same = Rc::clone(&view).reduce(Action::CloseProject);
    assert!(Rc::ptr_eq(&view, &same));
    let same = Rc::clone(&view).reduce(Action::SetLang(Lang::Fr));
    assert!(Rc::ptr_eq(&view, &same), "the language already chosen");
    let next = Rc::clone(&view).reduce(Action::SetLang(Lang::En));
    assert!(!Rc::ptr_eq(&view, &next));
    assert_eq!(*next, view.apply(Action::SetLang(Lang::En)));
}

#[test]
fn the_row_query_leaves_out_presentation() {
    let view = ViewState::default().apply(Action::SetQuery("cloud".into()));
    let presented = view
        .apply(Action::SetPage(2))
        .apply(Action::OpenProject("x".into()))
        .apply(Action::SetLang(Lang::En))
        .apply(Action::SetGroup(Facet::Theme));
    assert_eq!(presented.row_query(), view.row_query());
    assert_ne!(
        view.apply(Action::SortBy(Column::Ftap)).row_query(),
        view.row_query()
    );
}

#[test]
fn a_search_is_text_other_than_spaces_for_the_view_and_its_row_query() {
    for (typed, searching) in [
        ("", false),
        ("   ", false),
        ("fourriere", true),
        (" ofii ", true),
    ] {
        let view = ViewState::default().apply(Action::SetQuery(typed.to_owned()));
        assert_eq!(view.has_search(), searching, "{typed:?}");
        assert_eq!(view.row_query().has_search(), searching, "{typed:?}");
        assert_eq!(view.is_filtered(), searching, "{typed:?}");
    }
}
