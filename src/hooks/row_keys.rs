//! A list whose rows keep their keys from one render of its component to the next, and whose
//! rows that left stay drawn, hidden (see `ftap_core::row_keys`).

use ftap_core::row_keys::{Generations, RowKeys, Slot};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The rows of a list that keeps the rows that left drawn but hidden, as they were, so that a
/// filter switched on hides rows and switched off shows them again, with no element removed
/// or built: `rows` (what each row shows, in order: a project's index, the `identity` of a
/// group's value) with those rows parked between them, no more than
/// `drawn_at_most` in all (see `RowKeys::arrange`). Draw them with [`KeptRows::draw`].
#[hook]
pub fn use_kept_rows(rows: &[u64], drawn_at_most: usize) -> KeptRows {
    let keys = use_mut_ref(RowKeys::default);
    let last = use_mut_ref(Vec::new);
    let slots = keys.borrow_mut().arrange(rows, drawn_at_most);
    KeptRows { slots, last }
}

/// The rows to draw this time and what each row was last drawn with.
pub struct KeptRows {
    slots: Vec<Slot>,
    /// Each row's content as last drawn, by key.
    last: Rc<RefCell<Vec<(u32, Html)>>>,
}

/// A row to lay out: its key, whether it is parked (to be drawn `hidden`), its content.
pub type KeptRow = (u32, bool, Html);

impl KeptRows {
    /// Every row in page order: those shown drawn by `draw` (given each one's position in
    /// the rows, in order), the parked ones exactly as last drawn (unchanged, Yew finds
    /// nothing to write).
    pub fn draw(&self, mut draw: impl FnMut(usize) -> Html) -> Vec<KeptRow> {
        self.draw_each(&mut draw)
    }

    /// [`Self::draw`] compiled once, not once per list: this runs in the page's wasm.
    fn draw_each(&self, draw: &mut dyn FnMut(usize) -> Html) -> Vec<KeptRow> {
        let last = self.last.take();
        let rows: Vec<KeptRow> = self
            .slots
            .iter()
            .map(|slot| {
                let content = match slot.position {
                    Some(position) => draw(position),
                    None => {
                        let before = last.iter().find(|(key, _)| *key == slot.key);
                        before.map(|(_, html)| html.clone()).unwrap_or_default()
                    }
                };
                (slot.key, slot.parked(), content)
            })
            .collect();
        *self.last.borrow_mut() = rows.iter().map(|(k, _, h)| (*k, h.clone())).collect();
        rows
    }
}

/// A row of a list drawn through [`crate::components::kept_cells::KeptCells`]: its key, the
/// generation of its cells, and its position in the rows when shown (none: parked, drawn
/// hidden, its cells as they were).
pub struct RowGeneration {
    /// The row's key.
    pub key: u32,
    /// The same as long as the row shows the same thing; a parked row keeps the one it had.
    pub generation: u32,
    /// Position in the rows of a shown row.
    pub position: Option<usize>,
}

/// The rows of a long list that keeps the rows that left, as `use_kept_rows` does, for rows
/// drawn as [`crate::components::kept_cells::KeptCells`]: `looks[i]` is all that row `i` is
/// drawn from; a shown row keeps its generation while its look is the one it was last drawn
/// with, and a parked row keeps it too, so Yew skips such a row whole (a filter switched off
/// shows rows again, a sort moves them, and neither draws a cell).
#[hook]
pub fn use_row_generations<Look: Copy + PartialEq + 'static>(
    rows: &[u64],
    looks: &[Look],
    drawn_at_most: usize,
) -> Vec<RowGeneration> {
    let keys = use_mut_ref(RowKeys::default);
    let generations = use_mut_ref(Generations::default);
    let slots = keys.borrow_mut().arrange(rows, drawn_at_most);
    let given = generations.borrow_mut().assign(&slots, looks);
    slots
        .iter()
        .zip(given)
        .map(|(slot, generation)| RowGeneration {
            key: slot.key,
            generation,
            position: slot.position,
        })
        .collect()
}
