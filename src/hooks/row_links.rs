//! The project table's links kept carrying the current view, written into the drawn rows
//! after each render instead of drawing the rows again.

use crate::web;
use ftap_core::url::ProjectLinks;
use yew::prelude::*;

/// After each render of the table whose body is `body`, points every shown row's link
/// (`a[data-open]`, drawn with its project's page alone) at that page with the rest of the
/// view (`links`), so that a link opened in a new tab or copied reopens the view as seen.
///
/// Why not draw it with the row: the rest of the view changes with every filter, sort, page
/// or grouping, and a link drawn with its row made every one of them draw every shown row
/// again. Yew keeps the drawn value and never writes this attribute again unless the row
/// comes to show another project, which this effect then corrects in the same task.
#[hook]
pub fn use_current_links(body: &NodeRef, links: ProjectLinks) {
    let body = body.clone();
    use_effect(move || {
        if let Some(body) = body.cast::<web_sys::Element>() {
            web::complete_links(&body, "tr:not([hidden]) a[data-open]", links.rest());
        }
    });
}
