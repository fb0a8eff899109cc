//! Sorting in little code, for every list the explorer orders off its hot paths.
//!
//! Each use of the standard library's sorts compiles its own copy of a fast, large algorithm
//! for its element type and comparison: 23 copies made 90 kB of the app's 805 kB of wasm. The
//! lists sorted here are short (a facet's values, a chart's blocks) or sorted once (at load),
//! so they share one merge sort over positions, compiled once, that calls its comparison
//! through a pointer; each use adds only its comparison and the swaps that move the items.
//! The sorts that run on every keystroke over all the rows sort plain integers with the
//! standard library (`search::best_first`, `ranking`).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, equal items keeping their order (a stable sort).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    apply_order(items, order);
}

/// Sorts `items` by the key `key` gives each, equal keys keeping their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in ascending order, equal items keeping their order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Positions sorted by insertion before the merges: short lists are only this.
const RUN: usize = 12;

/// The positions `0..len` in the order `compare` puts them, equal ones in increasing order:
/// runs of [`RUN`] sorted by insertion, then merged two by two, bottom up.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    for start in (0..len).step_by(RUN) {
        let end = (start + RUN).min(len);
        for i in start + 1..end {
            let mut j = i;
            while j > start && compare(order[j - 1], order[j]) == Ordering::Greater {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut merged = vec![0; len];
    let mut width = RUN;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            // Runs already in order (a list that comes sorted, as a prefix's words do) are
            // copied after one comparison instead of merged.
            if middle == end || compare(order[middle - 1], order[middle]) != Ordering::Greater {
                merged[start..end].copy_from_slice(&order[start..end]);
            } else {
                merge(
                    &order[start..middle],
                    &order[middle..end],
                    &mut merged[start..end],
                    compare,
                );
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`; on a tie the left one comes first, which keeps the sort
/// stable.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut l, mut r) = (0, 0);
    for slot in out {
        let from_left =
            r == right.len() || (l < left.len() && compare(left[l], right[r]) != Ordering::Greater);
        if from_left {
            *slot = left[l];
            l += 1;
        } else {
            *slot = right[r];
            r += 1;
        }
    }
}

/// Moves `items[order[i]]` to position `i` for every `i`, following each cycle of the
/// permutation with swaps (no copy of the items, no `Clone` needed).
fn apply_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            // Marks the position as placed, so that the cycle is followed once.
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_short_and_empty_lists() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut words = vec!["pré", "abc", "zèbre", "abc", "mer"];
        sort(&mut words);
        assert_eq!(words, ["abc", "abc", "mer", "pré", "zèbre"]);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn a_sorted_list_costs_one_comparison_per_item_or_so() {
        let mut items: Vec<u32> = (0..1000).collect();
        let mut comparisons = 0;
        sort_by(&mut items, |a, b| {
            comparisons += 1;
            a.cmp(b)
        });
        assert!(items.iter().copied().eq(0..1000));
        // Insertion runs: one per item; merges of runs in order: one per pair of runs.
        assert!(comparisons < 1100, "{comparisons} comparisons");
    }

    #[test]
    fn moves_items_that_cannot_be_cloned() {
        struct Owned(String);
        let mut items: Vec<Owned> = ["c", "a", "b"].map(|s| Owned(s.to_owned())).into();
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        let names: Vec<&str> = items.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
    }

    proptest! {
        /// The same order as the standard library's stable sort, over lengths that cover the
        /// insertion runs, one merge and several, with many ties.
        #[test]
        fn agrees_with_the_standard_stable_sort(
            keys in proptest::collection::vec(0u8..8, 0..200),
        ) {
            let items: Vec<(u8, usize)> = keys.into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut expected = items;
            expected.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, expected);
        }

        /// Reverse comparisons too: the permutation is applied whatever its cycles.
        #[test]
        fn sorts_descending(values in proptest::collection::vec(any::<i32>(), 0..100)) {
            let mut ours = values.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            let mut expected = values;
            expected.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, expected);
        }
    }
}
