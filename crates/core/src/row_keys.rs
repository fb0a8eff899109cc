//! Which drawn row shows which item (a project, a group, a facet value) from one render of a
//! list to the next.
//!
//! A row that stays on the page keeps its key, so the page moves it rather than drawing it
//! again; a project new to the page takes the key of a row that left, so the page rewrites
//! that row's cells in place instead of removing one row and building another. When a
//! keystroke replaces the whole page (clearing the box, a first letter), that is a few
//! changed texts and attributes per row instead of some sixty calls into the DOM.

use std::hash::BuildHasher;

/// A row as drawn: what it shows, the key it is drawn with, and where it stands in the rows
/// to show (none: parked, drawn hidden, ready to come back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// What the row shows: a project's index, or the [`identity`] of a group's value.
    pub item: u64,
    /// The row's key, distinct among the rows drawn.
    pub key: u32,
    /// Its position in the rows to show; `None` for a row kept in the page hidden, where it
    /// was.
    pub position: Option<usize>,
}

impl Slot {
    /// Not among the rows to show.
    pub fn parked(&self) -> bool {
        self.position.is_none()
    }
}

/// What a row showing `name` (a group's value, a bar's key) is known by from one render to
/// the next. Two names may, rarely, share one: the rows are then told apart as an item listed
/// twice is, and each shown row is drawn from its own data, so nothing wrong is shown.
pub fn identity(name: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(name)
}

/// Keys of the rows drawn, carried from one render of a list to the next; rows are known by
/// what they show (a project's index, the [`identity`] of a group's value).
///
/// A list may also keep the rows that left drawn but hidden ([`RowKeys::arrange`]): a filter
/// that narrows the table then hides rows instead of removing them, and one that widens it
/// again shows them instead of building them, each in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowKeys {
    /// The rows last drawn, in the order of the page (parked ones where they were).
    drawn: Vec<Slot>,
    /// The last key given.
    fresh: u32,
}

impl RowKeys {
    /// The rows to draw, in page order: `rows` (items in display order) in their order, and
    /// between them the rows no longer shown, parked where they were drawn so that nothing
    /// moves, as long as no more than `drawn_at_most` rows are drawn in all.
    ///
    /// Keys are distinct: an item drawn last time, shown or parked, keeps its key; another
    /// one takes the key of a row left over (in the order they were drawn), or a key never
    /// given. Remembers them for the next call.
    ///
    /// Pages are small (a few dozen rows): lookups are linear, in plain loops (this runs in
    /// the page's wasm, where every iterator chain is code to download).
    pub fn arrange(&mut self, rows: &[u64], drawn_at_most: usize) -> Vec<Slot> {
        let old = std::mem::take(&mut self.drawn);
        // The row (position in `rows`) that takes over each slot drawn last time.
        let mut taken_by: Vec<Option<usize>> = vec![None; old.len()];
        let mut keys: Vec<Option<u32>> = vec![None; rows.len()];
        for (r, item) in rows.iter().enumerate() {
            // An item listed twice is drawn twice: its second row takes another slot.
            if let Some(s) = (0..old.len()).find(|&s| taken_by[s].is_none() && old[s].item == *item)
            {
                taken_by[s] = Some(r);
                keys[r] = Some(old[s].key);
            }
        }
        let mut free = 0;
        for (r, key) in keys.iter_mut().enumerate() {
            if key.is_some() {
                continue;
            }
            while free < old.len() && taken_by[free].is_some() {
                free += 1;
            }
            *key = Some(if free < old.len() {
                taken_by[free] = Some(r);
                old[free].key
            } else {
                self.fresh += 1;
                self.fresh
            });
        }
        // Each slot left over stays after the row that took the slot drawn before it (index
        // 0: before every row), in the order drawn, while there is room.
        let mut room = drawn_at_most.saturating_sub(rows.len());
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); rows.len() + 1];
        let mut anchor = 0;
        for (s, taker) in taken_by.iter().enumerate() {
            match *taker {
                Some(r) => anchor = r + 1,
                None if room > 0 => {
                    after[anchor].push(s);
                    room -= 1;
                }
                None => {}
            }
        }
        let parked = |s: &usize| Slot {
            position: None,
            ..old[*s].clone()
        };
        let mut drawn: Vec<Slot> = after[0].iter().map(parked).collect();
        for (r, &item) in rows.iter().enumerate() {
            drawn.push(Slot {
                item,
                key: keys[r].unwrap_or_default(),
                position: Some(r),
            });
            drawn.extend(after[r + 1].iter().map(parked));
        }
        self.drawn.clone_from(&drawn);
        drawn
    }
}

/// When each drawn row of a list is to be drawn again: rows carry a generation that changes
/// only when what the row is drawn from (its *look*: its item and whatever else its content
/// depends on, as a few plain values) changes, so that a page can skip a row whose
/// generation it already drew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generations<Look> {
    /// The last generation given.
    last: u32,
    /// Each row last drawn: its key, its generation, its look (none for a row never shown).
    drawn: Vec<(u32, u32, Option<Look>)>,
}

impl<Look> Default for Generations<Look> {
    fn default() -> Self {
        Generations {
            last: 0,
            drawn: Vec::new(),
        }
    }
}

impl<Look: Copy + PartialEq> Generations<Look> {
    /// The generation of each of `slots` (as [`RowKeys::arrange`] gave them), where
    /// `looks[i]` is what the row at position `i` is drawn from: a shown row keeps the
    /// generation its key was last drawn with when its look is the same, a parked row keeps
    /// its own, any other row gets a generation never given. Remembers them for the next call.
    pub fn assign(&mut self, slots: &[Slot], looks: &[Look]) -> Vec<u32> {
        let mut kept = Vec::with_capacity(slots.len());
        for slot in slots {
            let look = slot.position.and_then(|p| looks.get(p).copied());
            let earlier = self.drawn.iter().find(|(key, ..)| *key == slot.key);
            let kept_row = match earlier {
                Some(&(_, generation, before)) if slot.parked() => (slot.key, generation, before),
                Some(&(_, generation, before)) if look.is_some() && before == look => {
                    (slot.key, generation, look)
                }
                _ => {
                    self.last += 1;
                    (slot.key, self.last, look)
                }
            };
            kept.push(kept_row);
        }
        let generations = kept.iter().map(|&(_, generation, _)| generation).collect();
        self.drawn = kept;
        generations
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The keys of `rows` with nothing parked.
    fn assign(keys: &mut RowKeys, rows: &[u64]) -> Vec<u32> {
        keys.arrange(rows, 0).iter().map(|slot| slot.key).collect()
    }

    #[test]
    fn names_have_stable_identities() {
        assert_eq!(
            identity("Ministère de la Justice"),
            identity("Ministère de la Justice")
        );
        assert_ne!(
            identity("Ministère de la Justice"),
            identity("Ministère de l'Intérieur")
        );
    }

    #[test]
    fn rows_that_stay_keep_their_keys_and_new_ones_take_those_that_left() {
        let mut keys = RowKeys::default();
        assert_eq!(assign(&mut keys, &[10, 11, 12]), [1, 2, 3]);
        // 11 stays (moved first); 12 and 10 left, 20 and 21 take their keys in drawing order.
        assert_eq!(assign(&mut keys, &[11, 20, 21]), [2, 1, 3]);
        // More rows than left: fresh keys.
        assert_eq!(assign(&mut keys, &[20, 30, 31, 32]), [1, 2, 3, 4]);
        assert_eq!(assign(&mut keys, &[]), Vec::<u32>::new());
        assert_eq!(
            assign(&mut keys, &[5, 5]),
            [5, 6],
            "a document listed twice, after keys 1 to 4"
        );
    }

    /// Shown rows as `item:key`, parked ones in brackets.
    fn layout(slots: &[Slot]) -> String {
        let each = slots.iter().map(|s| match s.parked() {
            true => format!("[{}:{}]", s.item, s.key),
            false => format!("{}:{}", s.item, s.key),
        });
        each.collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_narrowing_filter_parks_rows_where_they_were_and_widening_shows_them_again() {
        let mut keys = RowKeys::default();
        assert_eq!(
            layout(&keys.arrange(&[1, 2, 3, 4, 5], 8)),
            "1:1 2:2 3:3 4:4 5:5"
        );
        assert_eq!(
            layout(&keys.arrange(&[2, 4], 8)),
            "[1:1] 2:2 [3:3] 4:4 [5:5]"
        );
        assert_eq!(
            layout(&keys.arrange(&[1, 2, 3, 4, 5], 8)),
            "1:1 2:2 3:3 4:4 5:5"
        );
        // A new item takes the first slot left over; the others stay parked.
        assert_eq!(
            layout(&keys.arrange(&[9, 4], 8)),
            "9:1 [2:2] [3:3] 4:4 [5:5]"
        );
        // Room for one parked row only: the first left over.
        assert_eq!(layout(&keys.arrange(&[4], 2)), "[9:1] 4:4");
        // Without room, nothing is parked.
        assert_eq!(layout(&keys.arrange(&[7, 8], 0)), "7:1 8:4");
    }

    fn distinct(keys: &[u32]) -> bool {
        let mut sorted = keys.to_vec();
        sorted.sort_unstable();
        sorted.windows(2).all(|w| w[0] != w[1])
    }

    /// Pages of distinct documents among 40, in any order.
    fn pages() -> impl Strategy<Value = Vec<Vec<u64>>> {
        let page = prop::sample::subsequence((0..40).collect::<Vec<u64>>(), 0..30).prop_shuffle();
        prop::collection::vec(page, 1..8)
    }

    proptest! {
        #[test]
        fn keys_are_distinct_stay_with_their_rows_and_are_reused_first(pages in pages()) {
            let mut keys = RowKeys::default();
            let mut before: Vec<(u64, u32)> = Vec::new();
            for rows in pages {
                let given = assign(&mut keys, &rows);
                prop_assert_eq!(given.len(), rows.len());
                prop_assert!(distinct(&given));
                let old_key = |doc: u64| before.iter().find(|&&(d, _)| d == doc).map(|&(_, k)| k);
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

    #[test]
    fn a_row_is_drawn_again_only_when_what_it_shows_changes() {
        let mut keys = RowKeys::default();
        let mut generations = Generations::default();
        let mut step = |rows: &[u64], looks: &[&'static str]| {
            let slots = keys.arrange(rows, 4);
            let given = generations.assign(&slots, looks);
            slots.iter().map(|s| s.item).zip(given).collect::<Vec<_>>()
        };
        let first = step(&[1, 2, 3], &["a", "b", "c"]);
        assert_eq!(first, [(1, 1), (2, 2), (3, 3)]);
        // 2 hidden by a filter: parked, it keeps its generation, as do the others.
        assert_eq!(step(&[1, 3], &["a", "c"]), [(1, 1), (2, 2), (3, 3)]);
        // Shown again unchanged, and 3 now drawn otherwise (a word highlighted).
        assert_eq!(
            step(&[1, 2, 3], &["a", "b", "c*"]),
            [(1, 1), (2, 2), (3, 4)]
        );
        // Sorted the other way: rows move, none is drawn again.
        assert_eq!(
            step(&[3, 2, 1], &["c*", "b", "a"]),
            [(3, 4), (2, 2), (1, 1)]
        );
    }

    proptest! {
        #[test]
        fn generations_change_exactly_when_a_shown_rows_look_changes(
            steps in prop::collection::vec((
                prop::sample::subsequence((0..12).collect::<Vec<u64>>(), 0..12).prop_shuffle(),
                prop::collection::vec(0u8..3, 12),
            ), 1..10)
        ) {
            let mut keys = RowKeys::default();
            let mut generations = Generations::default();
            // Each key's generation and look as last drawn, and every generation given so far.
            type Drawn = (u32, u32, Option<(u64, u8)>);
            let mut before: Vec<Drawn> = Vec::new();
            let mut given: Vec<u32> = Vec::new();
            for (rows, styles) in steps {
                let slots = keys.arrange(&rows, 8);
                let looks: Vec<(u64, u8)> = rows.iter().map(|&r| (r, styles[r as usize])).collect();
                let now = generations.assign(&slots, &looks);
                prop_assert_eq!(now.len(), slots.len());
                let mut drawn = Vec::new();
                for (slot, &generation) in slots.iter().zip(&now) {
                    let look = slot.position.map(|p| looks[p]);
                    let old = before.iter().find(|(key, ..)| *key == slot.key);
                    let same = match old {
                        Some(&(_, _, old_look)) => slot.parked() || (old_look.is_some() && old_look == look),
                        None => false,
                    };
                    if same {
                        prop_assert_eq!(Some(generation), old.map(|o| o.1), "kept");
                    } else {
                        prop_assert!(!given.contains(&generation), "a generation never given");
                        given.push(generation);
                    }
                    drawn.push((slot.key, generation, if slot.parked() { old.and_then(|o| o.2) } else { look }));
                }
                before = drawn;
            }
        }
    }

    /// Successive filters of one order of 30 items.
    fn filters() -> impl Strategy<Value = Vec<Vec<u64>>> {
        let rows = prop::sample::subsequence((0..30).collect::<Vec<u64>>(), 0..30);
        prop::collection::vec(rows, 1..8)
    }

    proptest! {
        #[test]
        fn arranged_rows_show_the_rows_in_order_and_park_within_the_limit(
            pages in prop::collection::vec((
                prop::sample::subsequence((0..40).collect::<Vec<u64>>(), 0..30).prop_shuffle(),
                0..50usize,
            ), 1..8)
        ) {
            let mut keys = RowKeys::default();
            let mut before: Vec<Slot> = Vec::new();
            for (rows, most) in pages {
                let slots = keys.arrange(&rows, most);
                let shown: Vec<u64> = slots.iter().filter(|s| !s.parked()).map(|s| s.item).collect();
                let positions: Vec<usize> = slots.iter().filter_map(|s| s.position).collect();
                prop_assert_eq!(positions, (0..rows.len()).collect::<Vec<_>>());
                prop_assert_eq!(&shown, &rows);
                let all: Vec<u32> = slots.iter().map(|s| s.key).collect();
                prop_assert!(distinct(&all));
                prop_assert!(slots.len() <= most.max(rows.len()));
                for slot in &slots {
                    // An item drawn last time, shown or parked, keeps its key when shown, and a
                    // parked row is one drawn last time, unchanged.
                    let old = before.iter().find(|b| b.item == slot.item);
                    if slot.parked() {
                        prop_assert!(old.is_some_and(|o| o.key == slot.key));
                    } else if let Some(old) = old {
                        prop_assert_eq!(slot.key, old.key, "item {} was drawn", slot.item);
                    }
                }
                before = slots;
            }
        }

        #[test]
        fn filters_that_keep_the_order_move_no_row(steps in filters()) {
            // The page drawn whole, then filtered again and again, with room for every row.
            let mut keys = RowKeys::default();
            let whole: Vec<u64> = (0..30).collect();
            let mut before = keys.arrange(&whole, 30);
            for rows in steps {
                let now = keys.arrange(&rows, 30);
                // Every row stays where it was, with its item: only `parked` changes.
                let at = |slots: &[Slot]| slots.iter().map(|s| (s.item, s.key)).collect::<Vec<_>>();
                prop_assert_eq!(at(&before), at(&now));
                before = now;
            }
        }
    }
}
