//! Sorting rules and invariants (permutation, stability, unknowns last).

use super::*;
use crate::fixtures::project_with;
use crate::model::{Dataset, RoundKind};
use proptest::prelude::*;

fn dataset_of(amounts: &[Option<u64>], names: &[&str]) -> Dataset {
    let mut data = crate::fixtures::empty_dataset(RoundKind::Call);
    for (i, (&amount, name)) in amounts.iter().zip(names).enumerate() {
        data.projects.push(project_with(i, name, amount));
    }
    data
}

/// The rows of a view sorted by `keys`, through the whole pipeline (one key per row while
/// two sort keys fit in it, a full sort beyond).
fn sorted(data: &Dataset, keys: &[SortKey]) -> Vec<usize> {
    crate::catalog::Catalog::new(data.clone()).rows(&crate::state::ViewState {
        sort: keys.to_vec(),
        ..Default::default()
    })
}

const FTAP_DESC: SortKey = SortKey {
    column: Column::Ftap,
    direction: Direction::Desc,
};

#[test]
fn amounts_sort_both_ways_with_unknowns_last() {
    let data = dataset_of(&[Some(5), None, Some(20), Some(1)], &["a", "b", "c", "d"]);
    assert_eq!(sorted(&data, &[FTAP_DESC]), vec![2, 0, 3, 1]);
    let asc = SortKey {
        direction: Direction::Asc,
        ..FTAP_DESC
    };
    assert_eq!(sorted(&data, &[asc]), vec![3, 0, 2, 1]);
}

#[test]
fn names_sort_without_regard_to_accents_or_case() {
    let data = dataset_of(&[None, None, None], &["Zèbre", "école", "Abri"]);
    let key = SortKey {
        column: Column::Name,
        direction: Direction::Asc,
    };
    assert_eq!(sorted(&data, &[key]), vec![2, 1, 0]);
}

#[test]
fn second_key_breaks_ties_of_the_first() {
    let data = dataset_of(&[Some(1), Some(1), Some(2)], &["b", "a", "c"]);
    let by_name = SortKey {
        column: Column::Name,
        direction: Direction::Asc,
    };
    assert_eq!(sorted(&data, &[FTAP_DESC, by_name]), vec![2, 1, 0]);
}

#[test]
fn no_key_keeps_file_order() {
    let data = dataset_of(&[Some(3), Some(1)], &["b", "a"]);
    assert_eq!(sorted(&data, &[]), vec![0, 1]);
}

fn any_key() -> impl Strategy<Value = SortKey> {
    (0..Column::ALL.len(), any::<bool>()).prop_map(|(c, asc)| SortKey {
        column: Column::ALL[c],
        direction: if asc { Direction::Asc } else { Direction::Desc },
    })
}

proptest! {
    #[test]
    fn sorting_is_a_stable_permutation_with_unknowns_last(
        amounts in proptest::collection::vec(proptest::option::of(0u64..50), 0..40),
        key in any_key(),
    ) {
        let names: Vec<String> = amounts.iter().map(|a| format!("{}", a.unwrap_or(7) % 3)).collect();
        let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let data = dataset_of(&amounts, &name_refs);
        let rows = sorted(&data, &[key]);
        let mut check = rows.clone();
        check.sort_unstable();
        prop_assert_eq!(check, (0..amounts.len()).collect::<Vec<_>>());
        let sorter = Sorter::new(&data);
        for pair in rows.windows(2) {
            let (a, b) = (sorter.key(pair[0], key), sorter.key(pair[1], key));
            prop_assert!(a <= b);
            if a == b {
                prop_assert!(pair[0] < pair[1], "ties keep file order");
            }
        }
        if key.column == Column::Ftap {
            let first_unknown = rows.iter().position(|&i| amounts[i].is_none()).unwrap_or(rows.len());
            prop_assert!(rows[first_unknown..].iter().all(|&i| amounts[i].is_none()));
        }
    }

    #[test]
    fn any_keys_sort_like_a_stable_sort_on_their_tuple(
        amounts in proptest::collection::vec(proptest::option::of(0u64..6), 0..40),
        keys in proptest::collection::vec(any_key(), 1..4),
    ) {
        let names: Vec<String> = amounts.iter().map(|a| format!("{}", a.unwrap_or(7) % 3)).collect();
        let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let data = dataset_of(&amounts, &name_refs);
        let sorter = Sorter::new(&data);
        let mut expected: Vec<usize> = (0..amounts.len()).collect();
        expected.sort_by_key(|&d| keys.iter().map(|&k| sorter.key(d, k)).collect::<Vec<_>>());
        prop_assert_eq!(sorted(&data, &keys), expected);
    }
}
