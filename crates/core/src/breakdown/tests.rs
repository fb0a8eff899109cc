//! Breakdown invariants: group sums add up to the view, shares to 100 %, unknowns never 0.

use super::*;
use crate::fixtures::{empty_dataset, project_with};
use crate::model::RoundKind;
use crate::stats::{Figures, Summary};
use crate::validate::repository_dataset as dataset;
use proptest::prelude::*;

#[test]
fn median_is_the_middle_amount_or_the_mean_of_the_two_middle_ones() {
    assert_eq!(median(&mut []), None);
    assert_eq!(median(&mut [5]), Some(5));
    assert_eq!(median(&mut [9, 1, 5]), Some(5));
    // Two FTAP 2 laureates of the Justice ministry: 8.6 and 9.4 M€, median 9 M€.
    assert_eq!(median(&mut [9_400_000, 8_600_000]), Some(9_000_000));
    // Half a euro rounds up.
    assert_eq!(median(&mut [4, 1, 3, 2]), Some(3));
    assert_eq!(median(&mut [u64::MAX, u64::MAX - 1]), Some(u64::MAX));
}

#[test]
fn unknown_amounts_are_counted_not_added() {
    let mut data = empty_dataset(RoundKind::Call);
    for (i, a) in [Some(10), None, None].into_iter().enumerate() {
        data.projects.push(project_with(i, "x", a));
    }
    let facets = FacetIndex::new(&data);
    let groups = group(&Figures::table(&data), &facets, &[0, 1, 2], Facet::Ministry);
    assert_eq!(groups.len(), 1);
    let g = &groups[0];
    assert_eq!((g.count, g.ftap.known_eur, g.ftap.unknown), (3, 10, 2));
    assert_eq!(
        g.median_ftap_eur,
        Some(10),
        "median of the known amounts only"
    );
    assert_eq!(g.share, Some(1.0));
}

#[test]
fn a_view_without_known_amounts_has_no_shares() {
    let mut data = empty_dataset(RoundKind::Call);
    data.projects.push(project_with(0, "x", None));
    let facets = FacetIndex::new(&data);
    let groups = group(&Figures::table(&data), &facets, &[0], Facet::Ministry);
    assert_eq!(groups[0].share, None);
    assert_eq!(groups[0].median_ftap_eur, None);
}

#[test]
fn groups_sort_by_column_with_unknown_medians_last() {
    let data = dataset();
    let facets = FacetIndex::new(&data);
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let mut groups = group(&Figures::table(&data), &facets, &rows, Facet::Ministry);
    sort_groups(&mut groups, GroupColumn::Ftap, true);
    assert!(groups
        .windows(2)
        .all(|w| w[0].ftap.known_eur >= w[1].ftap.known_eur));
    sort_groups(&mut groups, GroupColumn::Median, false);
    let first_none = groups
        .iter()
        .position(|g| g.median_ftap_eur.is_none())
        .unwrap_or(groups.len());
    assert!(groups[first_none..]
        .iter()
        .all(|g| g.median_ftap_eur.is_none()));
}

fn any_rows() -> impl Strategy<Value = Vec<usize>> {
    let n = dataset().projects.len();
    proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..=n)
}

fn any_facet() -> impl Strategy<Value = Facet> {
    proptest::sample::select(Facet::GROUPINGS.to_vec())
}

#[test]
fn groups_come_largest_first_and_all_unknown_last() {
    let data = dataset();
    let facets = FacetIndex::new(&data);
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let groups = group(&Figures::table(&data), &facets, &rows, Facet::Carrier);
    let first_unknown = groups
        .iter()
        .position(|g| g.ftap.known_total().is_none())
        .expect("some carriers have no known amount");
    assert!(groups[..first_unknown]
        .windows(2)
        .all(|w| w[0].ftap.known_eur >= w[1].ftap.known_eur));
    assert!(groups[first_unknown..]
        .iter()
        .all(|g| g.ftap.known_total().is_none()));
    // The empty carrier, the largest known sum, is a group like the others.
    assert_eq!(groups[0].value, crate::facets::NOT_GIVEN);
}

#[test]
fn a_chart_sums_the_groups_it_does_not_draw() {
    let data = dataset();
    let facets = FacetIndex::new(&data);
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let groups = group(&Figures::table(&data), &facets, &rows, Facet::Carrier);
    let (top, others) = split_top(&groups, 5);
    let others = others.expect("more than six carriers");
    assert_eq!(top.len(), 5);
    assert_eq!(others.groups, groups.len() - 5);
    let drawn: u64 = top.iter().map(|g| g.ftap.known_eur).sum();
    assert_eq!(
        drawn + others.ftap.known_eur,
        Summary::of(&data, &rows).ftap.known_eur
    );
    // One group left over is drawn, not called « Autres (1 groupe) ».
    let (top, others) = split_top(&groups[..6], 5);
    assert_eq!((top.len(), others), (6, None));
}

#[test]
fn the_value_column_restores_the_facets_order() {
    let data = dataset();
    let facets = FacetIndex::new(&data);
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let mut groups = group(&Figures::table(&data), &facets, &rows, Facet::Year);
    sort_groups(&mut groups, GroupColumn::Value, false);
    assert!(groups.windows(2).all(|w| w[0].order < w[1].order));
    sort_groups(&mut groups, GroupColumn::Value, true);
    assert!(groups.windows(2).all(|w| w[0].order > w[1].order));
}

#[test]
fn a_breakdown_charts_by_amount_and_tables_in_the_readers_order() {
    let data = dataset();
    let facets = FacetIndex::new(&data);
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let by_count = Some((GroupColumn::Count, false));
    let b = Breakdown::of(
        &Figures::table(&data),
        &facets,
        &rows,
        Facet::Carrier,
        by_count,
    );
    assert_eq!(
        b.by_amount,
        group(&Figures::table(&data), &facets, &rows, Facet::Carrier)
    );
    assert!(b.table.windows(2).all(|w| w[0].count <= w[1].count));
    assert_eq!(b.table.len(), b.by_amount.len());
    assert_eq!(b.top().len(), MAX_BARS, "more carriers than bars");
    assert_eq!(
        b.others.map(|o| o.groups),
        Some(b.by_amount.len() - MAX_BARS)
    );
    let unsorted = Breakdown::of(&Figures::table(&data), &facets, &rows, Facet::Carrier, None);
    assert_eq!(unsorted.table, unsorted.by_amount);
}

proptest! {
    #[test]
    fn median_is_that_of_the_sorted_amounts(mut amounts in proptest::collection::vec(any::<u64>(), 0..40)) {
        let mut sorted = amounts.clone();
        sorted.sort_unstable();
        let n = sorted.len();
        // In 128 bits, where the sum of two amounts cannot overflow.
        let expected = match n {
            0 => None,
            _ if n % 2 == 1 => Some(sorted[n / 2]),
            _ => Some((u128::from(sorted[n / 2 - 1]) + u128::from(sorted[n / 2])).div_ceil(2) as u64),
        };
        prop_assert_eq!(median(&mut amounts), expected);
    }

    #[test]
    fn groups_add_up_to_the_view(rows in any_rows(), facet in any_facet()) {
        let data = dataset();
        let facets = FacetIndex::new(&data);
        let groups = group(&Figures::table(&data), &facets, &rows, facet);
        let totals = Summary::of(&data, &rows);
        prop_assert_eq!(groups.iter().map(|g| g.count).sum::<usize>(), totals.projects);
        prop_assert_eq!(groups.iter().map(|g| g.ftap.known_eur).sum::<u64>(), totals.ftap.known_eur);
        prop_assert_eq!(groups.iter().map(|g| g.ftap.unknown).sum::<usize>(), totals.ftap.unknown);
        let (top, others) = split_top(&groups, 15);
        let drawn = top.iter().map(|g| g.ftap).fold(others.map_or(Sum::default(), |o| o.ftap), Sum::merge);
        prop_assert_eq!(drawn, totals.ftap, "a chart draws every group, some summed");
        if totals.ftap.known_eur > 0 {
            let shares: f64 = groups.iter().filter_map(|g| g.share).sum();
            prop_assert!((shares - 1.0).abs() < 1e-9, "shares sum to 100 %: {}", shares);
        }
    }
}
