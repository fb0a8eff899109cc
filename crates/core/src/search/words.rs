//! The index's words, all of them end to end in one string and known by their number, found by
//! a hash table of numbers while the index is built. A file with a million distinct words (a
//! number or a SIRET in every row) then costs a few bytes a word, not a `String` and its
//! allocation a word, in a wasm memory that never gives its peak back.

use rustc_hash::FxBuildHasher;
use std::cmp::Ordering;
use std::hash::BuildHasher;

/// Words end to end: word `i` is `text[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Words {
    text: String,
    ends: Vec<u32>,
}

impl Words {
    /// Number of words.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Word number `id`.
    pub(super) fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Adds a word; its number is returned.
    fn push(&mut self, word: &str) -> u32 {
        self.text.push_str(word);
        self.ends
            .push(u32::try_from(self.text.len()).expect("the words fit in 4 GiB"));
        u32::try_from(self.ends.len() - 1).expect("fewer than 4 billion words")
    }

    /// In words sorted in byte order: the number of the first word not before `word`.
    pub(super) fn first_from(&self, word: &str) -> usize {
        self.search(word).unwrap_or_else(|insert| insert)
    }

    /// In words sorted in byte order: the number of `word`, if it is one of them.
    pub(super) fn find(&self, word: &str) -> Option<u32> {
        self.search(word).ok().map(|i| i as u32)
    }

    fn search(&self, word: &str) -> Result<usize, usize> {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.get(middle as u32).cmp(word) {
                Ordering::Less => low = middle + 1,
                Ordering::Greater => high = middle,
                Ordering::Equal => return Ok(middle),
            }
        }
        Err(low)
    }
}

/// The words met while an index is built, numbered in order of first appearance.
#[derive(Debug, Default)]
pub(super) struct Interner {
    words: Words,
    /// Open addressing, linear probing: 0 is an empty slot, else a word's number + 1.
    slots: Vec<u32>,
}

impl Interner {
    /// The number of `word`, given it now if it is new.
    pub(super) fn intern(&mut self, word: &str) -> u32 {
        // At most three slots in four used, so that probes stay short.
        if (self.words.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut slot = FxBuildHasher.hash_one(word) as usize & mask;
        loop {
            match self.slots[slot] {
                0 => {
                    let id = self.words.push(word);
                    self.slots[slot] = id + 1;
                    return id;
                }
                taken if self.words.get(taken - 1) == word => return taken - 1,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Number of words met.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let mask = size - 1;
        let mut slots = vec![0u32; size];
        for id in 0..self.words.len() as u32 {
            let mut slot = FxBuildHasher.hash_one(self.words.get(id)) as usize & mask;
            while slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
        self.slots = slots;
    }

    /// The words for which `keep` holds, sorted in byte order (so that a prefix's words are
    /// a range), each number's new one ([`DROPPED`] for a word left out), and the table that
    /// finds a word's new number (to read documents again).
    pub(super) fn sorted(self, keep: impl Fn(u32) -> bool) -> (Words, Vec<u32>, Lookup) {
        let Interner { words, mut slots } = self;
        let mut order: Vec<u32> = (0..words.len() as u32).filter(|&id| keep(id)).collect();
        crate::compact_sort::sort_by(&mut order, |&a, &b| words.get(a).cmp(words.get(b)));
        let mut renumber = vec![DROPPED; words.len()];
        let mut sorted = Words {
            text: String::with_capacity(order.iter().map(|&id| words.get(id).len()).sum()),
            ends: Vec::with_capacity(order.len()),
        };
        for &old in &order {
            renumber[old as usize] = sorted.push(words.get(old));
        }
        // The table in place, each word at the slot its hash gave it, now with its new number;
        // a word left out stays as a taken slot, so that the probes that passed it still do.
        for slot in slots.iter_mut().filter(|s| **s != 0) {
            *slot = match renumber[*slot as usize - 1] {
                DROPPED => LEFT_OUT,
                new => new + 1,
            };
        }
        (sorted, renumber, Lookup { slots })
    }
}

/// A word's number in the sorted words, found by hashing: the interner's table, renumbered.
#[derive(Debug)]
pub(super) struct Lookup {
    slots: Vec<u32>,
}

/// A slot of [`Lookup`] whose word was left out of the sorted words.
const LEFT_OUT: u32 = u32::MAX;

impl Lookup {
    /// The number of `word` in `words` (the sorted words this table was made with).
    pub(super) fn find(&self, words: &Words, word: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = FxBuildHasher.hash_one(word) as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return None,
                LEFT_OUT => {}
                taken if words.get(taken - 1) == word => return Some(taken - 1),
                _ => {}
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// The new number of a word [`Interner::sorted`] left out.
pub(super) const DROPPED: u32 = u32::MAX;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_word_keeps_its_number() {
        let mut words = Interner::default();
        assert_eq!(words.intern("mentor"), 0);
        assert_eq!(words.intern("hipe"), 1);
        assert_eq!(words.intern("mentor"), 0);
        assert_eq!(words.intern(""), 2);
        assert_eq!(words.len(), 3);
    }

    #[test]
    fn sorted_words_are_found_and_ranged() {
        let mut interner = Interner::default();
        for w in ["permis", "pass", "permanent", "agent", "zone"] {
            interner.intern(w);
        }
        let (words, renumber, lookup) = interner.sorted(|id| id != 4);
        assert_eq!(words.len(), 4);
        assert_eq!(renumber, vec![3, 1, 2, 0, DROPPED]);
        assert_eq!(words.find("permanent"), Some(2));
        assert_eq!(words.find("zone"), None);
        assert_eq!(words.first_from("per"), 2);
        assert_eq!(words.first_from("a"), 0);
        assert_eq!(words.first_from("zzz"), 4);
        assert_eq!(words.get(words.first_from("pe") as u32), "permanent");
        assert_eq!(lookup.find(&words, "permanent"), Some(2));
        assert_eq!(lookup.find(&words, "zone"), None);
        assert_eq!(lookup.find(&words, "absent"), None);
    }

    proptest! {
        #[test]
        fn interning_agrees_with_a_map(list in prop::collection::vec("[a-e]{0,4}", 0..300)) {
            let mut interner = Interner::default();
            let mut map = std::collections::HashMap::new();
            for w in &list {
                let next = map.len() as u32;
                let expected = *map.entry(w.clone()).or_insert(next);
                prop_assert_eq!(interner.intern(w), expected);
            }
            let (words, renumber, lookup) = interner.sorted(|w| w % 3 != 0);
            let mut distinct: Vec<&String> = map.iter().filter(|(_, &id)| id % 3 != 0).map(|(w, _)| w).collect();
            distinct.sort();
            prop_assert_eq!(words.len(), distinct.len());
            for (i, w) in distinct.iter().enumerate() {
                prop_assert_eq!(words.get(i as u32), w.as_str());
                prop_assert_eq!(words.find(w), Some(i as u32));
                prop_assert_eq!(renumber[map[*w] as usize], i as u32);
                prop_assert_eq!(lookup.find(&words, w), Some(i as u32));
            }
            for (w, id) in &map {
                if id % 3 == 0 {
                    prop_assert_eq!(renumber[*id as usize], DROPPED);
                    prop_assert_eq!(lookup.find(&words, w), None);
                }
            }
        }
    }
}
