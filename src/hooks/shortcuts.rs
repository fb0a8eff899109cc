//! Keyboard shortcuts: "/" goes to the search box, Escape closes the project detail.

use crate::components::search_box;
use crate::store::use_dispatch;
use crate::web;
use ftap_core::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Listens to the document's key presses for the page's life. "/" is left alone while the
/// reader types in a field; Escape with no project open changes nothing, so nothing renders.
#[hook]
pub fn use_shortcuts() {
    let dispatch = use_dispatch();
    use_effect_with((), move |()| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let in_field = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|e| {
                        matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                match event.key().as_str() {
                    "/" if !in_field && !event.ctrl_key() && !event.meta_key() => {
                        event.prevent_default();
                        // The FTAP search, or the opened data's when it takes the page.
                        web::focus_by_id(search_box::INPUT_ID);
                        web::focus_by_id("own-search");
                    }
                    "Escape" => dispatch.dispatch(Action::CloseProject),
                    _ => {}
                }
            },
        );
        move || drop(listener)
    });
}
