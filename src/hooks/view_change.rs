//! How the view changed since the page was last drawn, for the hooks that act on it.

use crate::store::use_view;
use ftap_core::url::{self, HistoryMode};
use yew::prelude::*;

/// How the view changed since the previous render: `Replace` when only the search text did
/// (the reader is typing), `Push` for any other change, `Keep` when it did not change. The
/// address bar and the charts under the table both follow it.
#[hook]
pub fn use_view_change() -> HistoryMode {
    let view = use_view();
    let previous = use_mut_ref(|| view.clone());
    let before = previous.replace(view.clone());
    url::history_mode(&before, &view)
}
