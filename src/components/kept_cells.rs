//! The cells of one row of a long kept list, drawn again only when their generation changes.

use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`KeptCells`]; two are equal when their generations are.
#[derive(Properties)]
pub struct KeptCellsProps {
    /// Changes each time the row is to be drawn again; a parked row keeps the one it was last
    /// drawn with (see `hooks::row_keys::use_row_generations`).
    pub generation: u32,
    /// Draws the cells, when the generation changes.
    pub draw: Rc<dyn Fn() -> Html>,
}

impl PartialEq for KeptCellsProps {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

/// A row's cells behind a component boundary: Yew does not look into a row whose generation
/// is unchanged (a parked row costs one comparison), and the cells it draws are its own, so
/// Yew compares them without copying them first.
#[component]
pub fn KeptCells(props: &KeptCellsProps) -> Html {
    (props.draw)()
}
