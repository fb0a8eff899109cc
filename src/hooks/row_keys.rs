//! The keys a list of rows is drawn with, carried from one render of its component to the
//! next (see `ftap_core::row_keys`).

use ftap_core::row_keys::RowKeys;
use yew::prelude::*;

/// One key per row of `rows` (their identities, in display order): a row that stays keeps its
/// key, a new one takes the key of a row that left, so Yew rewrites that row in place.
#[hook]
pub fn use_row_keys(rows: &[usize]) -> Vec<u32> {
    let keys = use_mut_ref(RowKeys::default);
    let assigned = keys.borrow_mut().assign(rows);
    assigned
}
