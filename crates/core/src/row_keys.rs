//! Which drawn table row shows which project from one render to the next.
//!
//! A row that stays on the page keeps its key, so the page moves it rather than drawing it
//! again; a project new to the page takes the key of a row that left, so the page rewrites
//! that row's cells in place instead of removing one row and building another. When a
//! keystroke replaces the whole page (clearing the box, a first letter), that is a few
//! changed texts and attributes per row instead of some sixty calls into the DOM.

/// Keys of the rows drawn, carried from one render of a table to the next.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RowKeys {
    /// The rows last drawn (documents), in order.
    docs: Vec<usize>,
    /// The key each of them was drawn with.
    keys: Vec<u32>,
    /// The last key given.
    fresh: u32,
}

impl RowKeys {
    /// One key per row of `rows` (documents in display order), all distinct: a document drawn
    /// last time keeps its key, another one takes the key of a row no longer drawn (in the
    /// order they were drawn), or a key never given. Remembers them for the next call.
    ///
    /// Pages are small (a few dozen rows): lookups are linear, in plain loops (this runs in
    /// the page's wasm, where every iterator chain is code to download).
    pub fn assign(&mut self, rows: &[usize]) -> Vec<u32> {
        let mut left = Vec::new();
        for i in (0..self.docs.len()).rev() {
            if !rows.contains(&self.docs[i]) {
                left.push(self.keys[i]);
            }
        }
        let mut keys: Vec<u32> = Vec::with_capacity(rows.len());
        for &doc in rows {
            let mut key = None;
            if let Some(i) = self.docs.iter().position(|&d| d == doc) {
                // A document listed twice is drawn twice: its second row needs its own key.
                if !keys.contains(&self.keys[i]) {
                    key = Some(self.keys[i]);
                }
            }
            let key = match key.or_else(|| left.pop()) {
                Some(key) => key,
                None => {
                    self.fresh += 1;
                    self.fresh
                }
            };
            keys.push(key);
        }
        self.docs = rows.to_vec();
        self.keys.clone_from(&keys);
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rows_that_stay_keep_their_keys_and_new_ones_take_those_that_left() {
        let mut keys = RowKeys::default();
        assert_eq!(keys.assign(&[10, 11, 12]), [1, 2, 3]);
        // 11 stays (moved first); 12 and 10 left, 20 and 21 take their keys in drawing order.
        assert_eq!(keys.assign(&[11, 20, 21]), [2, 1, 3]);
        // More rows than left: fresh keys.
        assert_eq!(keys.assign(&[20, 30, 31, 32]), [1, 2, 3, 4]);
        assert_eq!(keys.assign(&[]), Vec::<u32>::new());
        assert_eq!(
            keys.assign(&[5, 5]),
            [5, 6],
            "a document listed twice, after keys 1 to 4"
        );
    }

    fn distinct(keys: &[u32]) -> bool {
        let mut sorted = keys.to_vec();
        sorted.sort_unstable();
        sorted.windows(2).all(|w| w[0] != w[1])
    }

    /// Pages of distinct documents among 40, in any order.
    fn pages() -> impl Strategy<Value = Vec<Vec<usize>>> {
        let page = prop::sample::subsequence((0..40).collect::<Vec<usize>>(), 0..30).prop_shuffle();
        prop::collection::vec(page, 1..8)
    }

    proptest! {
        #[test]
        fn keys_are_distinct_stay_with_their_rows_and_are_reused_first(pages in pages()) {
            let mut keys = RowKeys::default();
            let mut before: Vec<(usize, u32)> = Vec::new();
            for rows in pages {
                let given = keys.assign(&rows);
                prop_assert_eq!(given.len(), rows.len());
                prop_assert!(distinct(&given));
                let old_key = |doc: usize| before.iter().find(|&&(d, _)| d == doc).map(|&(_, k)| k);
                for (&doc, &key) in rows.iter().zip(&given) {
                    if let Some(old) = old_key(doc) {
                        prop_assert_eq!(key, old, "document {} stayed", doc);
                    }
                }
                let stayed = rows.iter().filter(|&&d| old_key(d).is_some()).count();
                let left = before.len() - stayed;
                let new = rows.len() - stayed;
                let reused = given.iter().filter(|k| before.iter().any(|(_, b)| b == *k)).count();
                prop_assert_eq!(reused, stayed + left.min(new), "keys of rows that left come first");
                before = rows.iter().copied().zip(given).collect();
            }
        }
    }
}
