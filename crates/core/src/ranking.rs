//! The display order of a view's rows, put in order only as far as it is read.
//!
//! The table shows one page: a search matching most of 100k projects needs its first 50 rows
//! in order, not all of them. Each row carries one integer key that orders it completely
//! (typo-only matches last, then the reader's sort keys, then relevance, then file order), so
//! ordering the first `k` rows is a selection and a small sort; an export orders the rest.

use crate::search::{self, Hit};
use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::rc::Rc;

/// Sort keys a row key can hold, 32 bits each.
pub const MAX_KEYS: usize = 2;

/// The parts of a row's place in the display order, most significant first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// The row matches the query only with typos: it comes after every other row.
    pub approximate: bool,
    /// The reader's sort keys for the row, smaller first (at most [`MAX_KEYS`]).
    pub keys: &'a [u32],
    /// Relevance to the query, larger first (0 without a query).
    pub score: u64,
    /// The document, which breaks the remaining ties in file order.
    pub doc: usize,
}

impl Place<'_> {
    /// Relevance, then file order, in 63 bits ([`search::relevance_key`]).
    fn relevance(&self) -> Option<u64> {
        search::relevance_key(self.score, self.doc)
    }

    /// The row's key, when the place fits in one.
    pub fn key(&self) -> Option<u128> {
        if self.keys.len() > MAX_KEYS {
            return None;
        }
        let mut key = u128::from(self.approximate) << 127;
        for (i, &k) in self.keys.iter().enumerate() {
            key |= u128::from(k) << (95 - 32 * i);
        }
        Some(key | u128::from(self.relevance()?))
    }

    /// The row's key in 64 bits (the typo flag over the relevance), for a place with no sort
    /// key: it orders like [`Place::key`], and wasm compares it in one instruction.
    pub fn narrow_key(&self) -> Option<u64> {
        if !self.keys.is_empty() {
            return None;
        }
        Some(u64::from(self.approximate) << 63 | self.relevance()?)
    }
}

/// The rows and their keys: 64 bits when no sort key is used (typo flag and relevance fit),
/// which wasm compares in one instruction, 128 bits otherwise; or no key at all for rows
/// already in order (shared, not copied: the page as it opens shows every project).
///
/// A key ends with the row's relevance key, which ends with its document
/// ([`search::key_doc`]): keys are plain integers, sorted without a document beside them (half
/// the bytes to move, and the same sort as [`search::best_first`]'s in the wasm).
#[derive(Debug)]
enum Entries {
    InOrder(Rc<Vec<usize>>),
    Narrow(Vec<u64>),
    Wide(Vec<u128>),
}

/// Puts `keys[done..k]` in order, given that `keys[..done]` are the smallest, in order:
/// everything past `done` is larger, so the next `k - done` smallest are selected, then
/// sorted.
fn order_up_to<K: Ord>(keys: &mut [K], done: usize, k: usize) {
    let rest = &mut keys[done..];
    let need = k - done;
    if need < rest.len() {
        rest.select_nth_unstable(need - 1);
    }
    rest[..need].sort_unstable();
}

/// A view's rows, ordered on demand.
#[derive(Debug)]
pub struct Rows {
    /// Each row's key and document; the first `ordered` are the smallest keys, in order.
    entries: RefCell<Entries>,
    ordered: Cell<usize>,
}

impl Default for Rows {
    fn default() -> Rows {
        Rows::in_order(Rc::default())
    }
}

impl Rows {
    /// The rows of `hits` in display order (typo-only matches last, then the `key_count` sort
    /// keys that `sort_key(doc, i)` gives, then relevance, then file order), ordered as far as
    /// they are read when each place fits in a key, in full otherwise (more than
    /// [`MAX_KEYS`] sort keys, or the scores of queries with dozens of words).
    pub fn from_hits(
        hits: &[Hit],
        key_count: usize,
        sort_key: impl Fn(usize, usize) -> u32,
    ) -> Rows {
        let mut buffer = [0u32; MAX_KEYS];
        let keyed = buffer.get_mut(..key_count).and_then(|keys| {
            fn place<'k>(h: &Hit, keys: &'k [u32]) -> Place<'k> {
                Place {
                    approximate: h.approximate,
                    keys,
                    score: h.score,
                    doc: h.doc as usize,
                }
            }
            if keys.is_empty() {
                let entries = hits.iter().map(|h| place(h, &[]).narrow_key());
                return entries.collect::<Option<Vec<_>>>().map(Rows::narrow);
            }
            let mut entries = Vec::with_capacity(hits.len());
            for h in hits {
                for (i, slot) in keys.iter_mut().enumerate() {
                    *slot = sort_key(h.doc as usize, i);
                }
                entries.push(place(h, keys).key()?);
            }
            Some(Rows::keyed(entries))
        });
        keyed.unwrap_or_else(|| {
            let mut places: Vec<(bool, Vec<u32>, Reverse<u64>, usize)> = hits
                .iter()
                .map(|h| {
                    let doc = h.doc as usize;
                    let keys = (0..key_count).map(|i| sort_key(doc, i)).collect();
                    (h.approximate, keys, Reverse(h.score), doc)
                })
                .collect();
            crate::compact_sort::sort(&mut places);
            Rows::in_order(Rc::new(
                places.into_iter().map(|(_, _, _, doc)| doc).collect(),
            ))
        })
    }

    /// Rows by their 128-bit keys ([`Place::key`], which name their documents), in any order.
    pub fn keyed(keys: Vec<u128>) -> Rows {
        Rows::with(Entries::Wide(keys), 0)
    }

    /// Rows by their 64-bit keys ([`Place::narrow_key`], which name their documents), in any
    /// order.
    pub fn narrow(keys: Vec<u64>) -> Rows {
        Rows::with(Entries::Narrow(keys), 0)
    }

    fn with(entries: Entries, ordered: usize) -> Rows {
        Rows {
            entries: RefCell::new(entries),
            ordered: Cell::new(ordered),
        }
    }

    /// Rows already in display order.
    pub fn in_order(docs: Rc<Vec<usize>>) -> Rows {
        let n = docs.len();
        Rows::with(Entries::InOrder(docs), n)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        match &*self.entries.borrow() {
            Entries::InOrder(docs) => docs.len(),
            Entries::Narrow(e) => e.len(),
            Entries::Wide(e) => e.len(),
        }
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first `k` rows (or all, if fewer), in display order.
    pub fn first(&self, k: usize) -> Vec<usize> {
        let k = k.min(self.len());
        let done = self.ordered.get();
        let mut entries = self.entries.borrow_mut();
        if done < k {
            match &mut *entries {
                Entries::InOrder(_) => {}
                Entries::Narrow(e) => order_up_to(e, done, k),
                Entries::Wide(e) => order_up_to(e, done, k),
            }
            self.ordered.set(k);
        }
        match &*entries {
            Entries::InOrder(docs) => docs[..k].to_vec(),
            Entries::Narrow(keys) => keys[..k].iter().map(|&key| search::key_doc(key)).collect(),
            // The document is in the low bits: the cut to 64 bits keeps them.
            Entries::Wide(keys) => keys[..k]
                .iter()
                .map(|&key| search::key_doc(key as u64))
                .collect(),
        }
    }

    /// Every row, in display order.
    pub fn all(&self) -> Vec<usize> {
        self.first(usize::MAX)
    }
}

/// Rows are equal when they show the same documents in the same order.
impl PartialEq for Rows {
    fn eq(&self, other: &Rows) -> bool {
        self.all() == other.all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn place(approximate: bool, keys: &[u32], score: u64, doc: usize) -> u128 {
        Place {
            approximate,
            keys,
            score,
            doc,
        }
        .key()
        .expect("fits")
    }

    #[test]
    fn a_key_orders_typos_then_sort_keys_then_relevance_then_file_order() {
        assert!(place(false, &[9], 0, 9) < place(true, &[0], 99, 0));
        assert!(place(false, &[1, 9], 0, 9) < place(false, &[2, 0], 99, 0));
        assert!(place(false, &[1, 1], 0, 9) < place(false, &[1, 2], 99, 0));
        assert!(
            place(false, &[], 50, 9) < place(false, &[], 49, 0),
            "higher score first"
        );
        assert!(place(false, &[], 7, 3) < place(false, &[], 7, 4));
    }

    #[test]
    fn places_beyond_a_key_say_so() {
        let too_many = Place {
            approximate: false,
            keys: &[1, 2, 3],
            score: 0,
            doc: 0,
        };
        assert_eq!(too_many.key(), None);
        let huge_score = Place {
            approximate: false,
            keys: &[],
            score: 1 << 50,
            doc: 0,
        };
        assert_eq!(huge_score.key(), None);
        let far_doc = Place {
            approximate: false,
            keys: &[],
            score: 0,
            doc: 1 << 21,
        };
        assert_eq!(far_doc.key(), None);
    }

    proptest! {
        #[test]
        fn reading_in_steps_gives_the_full_sort(
            (keys, narrow) in prop_oneof![
                proptest::collection::hash_set(any::<u128>(), 0..200).prop_map(|k| (k, false)),
                // Keys without sort keys (typo flag and relevance), kept in 64 bits.
                proptest::collection::hash_set(
                    (any::<bool>(), 0u64..1 << 63)
                        .prop_map(|(typo, relevance)| u128::from(typo) << 127 | u128::from(relevance)),
                    0..200,
                ).prop_map(|k| (k, true)),
            ],
            steps in proptest::collection::vec(0usize..220, 0..5),
        ) {
            // Each key ends with its document, as a relevance key does.
            let doc_bits = (1u128 << 20) - 1;
            let entries: Vec<u128> = keys.iter().enumerate().map(|(d, &k)| k & !doc_bits | d as u128).collect();
            let mut expected: Vec<(u128, usize)> = entries.iter().copied().zip(0..).collect();
            expected.sort_unstable();
            let expected: Vec<usize> = expected.into_iter().map(|(_, d)| d).collect();
            let rows = if narrow {
                Rows::narrow(entries.iter().map(|&k| ((k >> 127) as u64) << 63 | k as u64).collect())
            } else {
                Rows::keyed(entries)
            };
            for k in steps {
                let first = rows.first(k);
                prop_assert_eq!(&first[..], &expected[..k.min(expected.len())]);
            }
            prop_assert_eq!(rows.all(), expected);
        }

        #[test]
        fn a_narrow_key_orders_like_the_full_key(
            a in (any::<bool>(), 0u64..1 << 43, 0usize..1 << 20),
            b in (any::<bool>(), 0u64..1 << 43, 0usize..1 << 20),
        ) {
            let place = |(approximate, score, doc)| Place { approximate, keys: &[], score, doc };
            let (a, b) = (place(a), place(b));
            prop_assert_eq!(a.narrow_key().cmp(&b.narrow_key()), a.key().cmp(&b.key()));
        }
    }
}
