//! The most recently computed values, kept for when they are asked for again.
//!
//! Clearing the search box or deleting a letter returns to a row query computed a moment
//! ago; at 100k projects recomputing it costs a frame or more, looking it up nothing. Values
//! are kept within a budget of weight (for results, their rows), so that a few broad views
//! and many narrow ones fit in the same memory.

use std::collections::VecDeque;

/// Values by key, the most recently used first, within a total weight.
#[derive(Debug, Clone)]
pub struct Recent<K, V> {
    entries: VecDeque<(K, V, usize)>,
    budget: usize,
    weight: fn(&V) -> usize,
}

impl<K: PartialEq, V: Clone> Recent<K, V> {
    /// An empty cache whose values weigh at most `budget` together, each weighing
    /// `weight(value)` (counted as at least 1). The last value used is always kept.
    pub fn new(budget: usize, weight: fn(&V) -> usize) -> Recent<K, V> {
        Recent {
            entries: VecDeque::new(),
            budget,
            weight,
        }
    }

    /// The value for `key`, computed by `make` unless it is among the recent ones.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce(&K) -> V) -> V {
        let found = self.entries.iter().position(|(k, _, _)| *k == key);
        let (value, weight) = match found.and_then(|i| self.entries.remove(i)) {
            Some((_, value, weight)) => (value, weight),
            None => {
                let value = make(&key);
                let weight = (self.weight)(&value).max(1);
                (value, weight)
            }
        };
        self.entries.push_front((key, value.clone(), weight));
        let mut total = 0;
        let keep = self
            .entries
            .iter()
            .take_while(|(_, _, w)| {
                total += w;
                total <= self.budget
            })
            .count();
        self.entries.truncate(keep.max(1));
        value
    }

    /// Number of values kept.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no value is kept.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn length(s: &&'static str) -> usize {
        s.len()
    }

    #[test]
    fn a_recent_key_is_not_computed_again_and_the_least_recent_goes_first() {
        let mut recent: Recent<u8, &'static str> = Recent::new(6, length);
        let mut computed = Vec::new();
        let mut get = |recent: &mut Recent<u8, &'static str>, key: u8, value: &'static str| {
            recent.get_or_insert_with(key, |&k| {
                computed.push(k);
                value
            })
        };
        get(&mut recent, 1, "aa");
        get(&mut recent, 2, "bb");
        assert_eq!(get(&mut recent, 1, "--"), "aa", "kept, now the most recent");
        get(&mut recent, 3, "ccc");
        assert_eq!(recent.len(), 2, "2 + 3 fit in 6, with bb they would not");
        assert_eq!(get(&mut recent, 2, "bb"), "bb");
        assert_eq!(computed, [1, 2, 3, 2]);
    }

    #[test]
    fn a_value_heavier_than_the_budget_is_still_kept_alone() {
        let mut recent: Recent<u8, &'static str> = Recent::new(2, length);
        recent.get_or_insert_with(1, |_| "x");
        recent.get_or_insert_with(2, |_| "heavy");
        assert_eq!(recent.len(), 1);
        assert_eq!(recent.get_or_insert_with(2, |_| "again"), "heavy");
        assert!(!recent.is_empty());
    }
}
