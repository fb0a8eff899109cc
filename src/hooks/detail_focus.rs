//! Focus follows the project detail: to its heading when it opens, back to the link that
//! opened it when it closes.

use crate::components::project_detail;
use crate::components::project_table;
use crate::web;
use yew::prelude::*;

/// Moves focus as the open project (its id) changes.
#[hook]
pub fn use_detail_focus(project: Option<String>) {
    let opened_from = use_mut_ref(|| None::<String>);
    use_effect_with(project, move |project| match project {
        Some(id) => {
            *opened_from.borrow_mut() = Some(id.clone());
            web::focus_by_id(project_detail::HEADING_ID);
        }
        None => {
            if let Some(id) = opened_from.borrow_mut().take() {
                web::focus_first(&project_table::link_selector(&id));
            }
        }
    });
}
