//! The keys a list of rows is drawn with, carried from one render of its component to the
//! next (see `ftap_core::row_keys`), and the rows that left kept drawn, hidden.

use ftap_core::row_keys::{RowKeys, Slot};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// One key per row of `rows` (what each row shows, in display order): a row that stays keeps
/// its key, a new one takes the key of a row that left, so Yew rewrites that row in place.
#[hook]
pub fn use_row_keys<T: PartialEq + Clone + 'static>(rows: &[T]) -> Vec<u32> {
    let keys = use_mut_ref(RowKeys::<T>::default);
    let assigned = keys.borrow_mut().assign(rows);
    assigned
}

/// The rows of a list that keeps the rows that left drawn but hidden, as they were, so that a
/// filter switched on hides rows and switched off shows them again, with no element removed
/// or built: `rows` in order with those rows parked between them, no more than
/// `drawn_at_most` in all (see `RowKeys::arrange`). Draw them with [`KeptRows::draw`].
#[hook]
pub fn use_kept_rows<T: PartialEq + Clone + 'static>(
    rows: &[T],
    drawn_at_most: usize,
) -> KeptRows<T> {
    let keys = use_mut_ref(RowKeys::<T>::default);
    let last = use_mut_ref(Vec::new);
    let slots = keys.borrow_mut().arrange(rows, drawn_at_most);
    KeptRows { slots, last }
}

/// The rows to draw this time and what each row was last drawn with.
pub struct KeptRows<T> {
    slots: Vec<Slot<T>>,
    /// Each row's content as last drawn, by key.
    last: Rc<RefCell<Vec<(u32, Html)>>>,
}

/// A row to lay out: its key, whether it is parked (to be drawn `hidden`), its content.
pub type KeptRow = (u32, bool, Html);

impl<T> KeptRows<T> {
    /// Every row in page order: those shown drawn by `draw` (given each one's position in
    /// the rows and what it shows, in order), the parked ones exactly as last drawn
    /// (unchanged, they cost nothing to compare).
    pub fn draw(&self, mut draw: impl FnMut(usize, &T) -> Html) -> Vec<KeptRow> {
        let last = self.last.take();
        let mut position = 0;
        let rows: Vec<KeptRow> = self
            .slots
            .iter()
            .map(|slot| {
                let content = if slot.parked {
                    let before = last.iter().find(|(key, _)| *key == slot.key);
                    before.map(|(_, html)| html.clone()).unwrap_or_default()
                } else {
                    position += 1;
                    draw(position - 1, &slot.item)
                };
                (slot.key, slot.parked, content)
            })
            .collect();
        *self.last.borrow_mut() = rows.iter().map(|(k, _, h)| (*k, h.clone())).collect();
        rows
    }
}
