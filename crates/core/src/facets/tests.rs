//! Facet values, OR within a facet, AND across, Datasette-style counts and sums.

use super::*;
use crate::validate::repository_dataset as dataset;
use proptest::prelude::*;

fn select(pairs: &[(Facet, &str)]) -> Selection {
    let mut s = Selection::new();
    for &(f, v) in pairs {
        s.entry(f).or_default().insert(v.to_owned());
    }
    s
}

fn run(selection: &Selection) -> (Vec<usize>, Vec<(Facet, Vec<ValueCount>)>) {
    let data = dataset();
    let index = FacetIndex::new(&data);
    let all: Vec<usize> = (0..data.projects.len()).collect();
    index.apply(&all, selection, |d| {
        (data.projects[d].count, data.projects[d].ftap_eur)
    })
}

fn counts(facets: &[(Facet, Vec<ValueCount>)], facet: Facet) -> &[ValueCount] {
    &facets.iter().find(|(f, _)| *f == facet).unwrap().1
}

/// Projects of the real data, a row standing for several projects counting as that many.
fn projects_where(pred: impl Fn(&crate::model::Project) -> bool) -> usize {
    dataset()
        .projects
        .iter()
        .filter(|p| pred(p))
        .map(|p| p.count as usize)
        .sum()
}

#[test]
fn a_project_has_one_theme_of_the_list_and_empty_fields_have_a_label() {
    let data = dataset();
    let p = data
        .projects
        .iter()
        .find(|p| p.id == "ftap2018-2-mentor")
        .unwrap();
    assert_eq!(Facet::Theme.values(&data, p), vec!["agents"]);
    assert!(data.themes.len() <= 12);
    let anonymous = data.projects.iter().find(|p| p.carrier.is_empty()).unwrap();
    assert_eq!(Facet::Carrier.values(&data, anonymous), vec![NOT_GIVEN]);
}

#[test]
fn values_within_a_facet_combine_with_or_and_facets_with_and() {
    let justice = "Ministère de la Justice";
    let culture = "Ministère de la Culture";
    let (one, _) = run(&select(&[(Facet::Ministry, justice)]));
    let (two, _) = run(&select(&[
        (Facet::Ministry, justice),
        (Facet::Ministry, culture),
    ]));
    assert!(two.len() > one.len());
    let (and, _) = run(&select(&[
        (Facet::Ministry, justice),
        (Facet::Year, "2023"),
    ]));
    assert!(!and.is_empty() && and.len() < one.len());
}

#[test]
fn a_facets_own_selection_does_not_zero_its_other_values() {
    let (_, facets) = run(&select(&[(Facet::Ministry, "Ministère de la Justice")]));
    let ministries = counts(&facets, Facet::Ministry);
    assert!(
        ministries.len() > 5,
        "other ministries still listed with counts"
    );
    let total: usize = ministries.iter().map(|v| v.count).sum();
    assert_eq!(total, projects_where(|_| true));
    // Other facets are narrowed by the ministry.
    let years: usize = counts(&facets, Facet::Year).iter().map(|v| v.count).sum();
    assert_eq!(
        years,
        projects_where(|p| p.ministry == "Ministère de la Justice")
    );
}

#[test]
fn sums_add_known_amounts_only() {
    let data = dataset();
    let (_, facets) = run(&Selection::new());
    let justice = counts(&facets, Facet::Ministry)
        .iter()
        .find(|v| v.value == "Ministère de la Justice")
        .unwrap();
    let expected: u64 = data
        .projects
        .iter()
        .filter(|p| p.ministry == "Ministère de la Justice")
        .filter_map(|p| p.ftap_eur)
        .sum();
    assert_eq!(justice.ftap.known_eur, expected);
    assert_eq!(
        justice.ftap.unknown,
        projects_where(|p| p.ministry == "Ministère de la Justice" && p.ftap_eur.is_none())
    );
}

#[test]
fn projects_without_an_amount_are_one_facet_value_away() {
    let mut unknown = Selection::new();
    unknown
        .entry(Facet::Known(Amount::Ftap))
        .or_default()
        .insert(UNKNOWN.to_owned());
    let (kept, facets) = run(&unknown);
    let data = dataset();
    assert!(!kept.is_empty());
    assert!(kept.iter().all(|&d| data.projects[d].ftap_eur.is_none()));
    let values: Vec<&str> = counts(&facets, Facet::Known(Amount::Ftap))
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(
        values,
        vec![KNOWN, UNKNOWN],
        "known first, whatever the counts"
    );
    let missing = projects_where(|p| p.ftap_eur.is_none());
    let listed = counts(&facets, Facet::Known(Amount::Ftap))[1].count;
    assert_eq!(listed, missing);
}

#[test]
fn rounds_keep_chronological_order_and_hide_empty_values() {
    let (_, facets) = run(&Selection::new());
    let rounds: Vec<&str> = counts(&facets, Facet::Round)
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(rounds.first(), Some(&"2018-1"));
    assert!(!rounds.contains(&"2022"), "no listed project in 2022");
}

fn any_selection() -> impl Strategy<Value = Selection> {
    let data = dataset();
    let index = FacetIndex::new(&data);
    let options: Vec<(Facet, String)> = Facet::ALL
        .iter()
        .flat_map(|&f| index.values(f).iter().map(move |v| (f, v.clone())))
        .collect();
    proptest::sample::subsequence(options, 0..6).prop_map(|picks| {
        let mut s = Selection::new();
        for (f, v) in picks {
            s.entry(f).or_default().insert(v);
        }
        s
    })
}

proptest! {
    #[test]
    fn the_packed_rows_count_like_the_general_layout(selection in any_selection()) {
        let data = dataset();
        let packed = FacetIndex::new(&data);
        prop_assert!(!packed.rows.is_empty(), "every facet has one value per project");
        let general = FacetIndex { rows: Vec::new(), ..packed.clone() };
        let all: Vec<usize> = (0..data.projects.len()).collect();
        let weight = |d: usize| (data.projects[d].count, data.projects[d].ftap_eur);
        prop_assert_eq!(
            packed.apply(&all, &selection, weight),
            general.apply(&all, &selection, weight)
        );
    }

    #[test]
    fn facet_counts_sum_to_the_result_count(selection in any_selection()) {
        let data = dataset();
        let (kept, facets) = run(&selection);
        let projects: usize = kept.iter().map(|&d| data.projects[d].count as usize).sum();
        for (facet, values) in &facets {
            if selection.get(facet).is_some_and(|s| !s.is_empty()) {
                continue;
            }
            let sum: usize = values.iter().map(|v| v.count).sum();
            prop_assert_eq!(sum, projects, "{:?}", facet);
        }
    }

    #[test]
    fn kept_projects_have_a_selected_value_in_every_filtering_facet(selection in any_selection()) {
        let data = dataset();
        let (kept, _) = run(&selection);
        for &d in &kept {
            for (facet, chosen) in &selection {
                if chosen.is_empty() { continue; }
                let values = facet.values(&data, &data.projects[d]);
                prop_assert!(values.iter().any(|v| chosen.contains(v)));
            }
        }
    }
}

#[test]
fn values_of_docs_keep_several_values_or_none_and_pack_single_ones() {
    let mixed = ValuesOfDocs::new([vec![2, 5], vec![], vec![1]].into_iter());
    assert_eq!(mixed.of(0), &[2, 5]);
    assert!(mixed.of(1).is_empty());
    assert_eq!(mixed.of(2), &[1]);
    let single = ValuesOfDocs::new([vec![3], vec![0], vec![3]].into_iter());
    assert!(single.starts.is_empty(), "one value each: no offsets kept");
    assert_eq!(
        (single.of(0), single.of(1), single.of(2)),
        (&[3][..], &[0][..], &[3][..])
    );
}

proptest! {
    /// Toggling is what removing or inserting in place would give (a facet left empty
    /// dropped), and toggling twice gives the selection back.
    #[test]
    fn toggling_adds_or_takes_out_one_value(
        pairs in proptest::collection::vec((0usize..3, "[abc]"), 0..8),
        facet in 0usize..3,
        value in "[abcd]",
    ) {
        let facets = [Facet::Year, Facet::Ministry, Facet::Theme];
        let picked: Vec<(Facet, &str)> = pairs.iter().map(|(f, v)| (facets[*f], v.as_str())).collect();
        let selection = select(&picked);
        let facet = facets[facet];
        let mut expected = selection.clone();
        let chosen = expected.entry(facet).or_default();
        if !chosen.remove(&value) {
            chosen.insert(value.clone());
        }
        if chosen.is_empty() {
            expected.remove(&facet);
        }
        let once = toggled(&selection, facet, &value);
        prop_assert_eq!(&once, &expected);
        prop_assert_eq!(toggled(&once, facet, &value), selection);
    }
}

proptest! {
    /// Values with the most projects come first, equal counts in the order they came in (the
    /// alphabetical order the index keeps).
    #[test]
    fn values_are_listed_most_projects_first(counts in proptest::collection::vec(0usize..5, 0..40)) {
        let mut list: Vec<ValueCount> = counts
            .iter()
            .enumerate()
            .map(|(i, &count)| ValueCount {
                value: format!("v{i:02}"),
                count,
                ftap: Sum::default(),
                selected: false,
            })
            .collect();
        let mut expected = list.clone();
        expected.sort_by_key(|v| std::cmp::Reverse(v.count));
        most_projects_first(&mut list);
        prop_assert_eq!(list, expected);
    }
}
