//! Printing while a project is open prints its sheet alone.

use crate::web;
use yew::prelude::*;

/// Marks the root element while a project is open; the print style sheet reads the mark.
#[hook]
pub fn use_print_sheet(open: bool) {
    use_effect_with(open, |open| {
        web::set_root_attribute("data-sheet", open.then_some("open"))
    });
}
