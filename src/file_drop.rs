//! Dropping a file anywhere on the page opens it: the page shows where to drop while a file
//! is dragged over it.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Listens for a file dragged over the page and gives the one dropped to `on_file`; returns
/// whether a file is being dragged over the page.
#[hook]
pub fn use_file_drop(on_file: Callback<web_sys::File>) -> bool {
    let dragging = use_state(|| false);
    {
        let dragging = dragging.setter();
        use_effect_with(on_file, move |on_file| {
            let document = gloo::utils::document();
            let active = EventListenerOptions::enable_prevent_default();
            let over = {
                let dragging = dragging.clone();
                EventListener::new_with_options(&document, "dragover", active, move |event| {
                    if carries_files(event) {
                        // Without this, the browser would open the file in place of the page.
                        event.prevent_default();
                        dragging.set(true);
                    }
                })
            };
            let leave = {
                let dragging = dragging.clone();
                EventListener::new(&document, "dragleave", move |event| {
                    // Leaving the window, not moving between elements of the page.
                    let related = event
                        .dyn_ref::<web_sys::MouseEvent>()
                        .and_then(web_sys::MouseEvent::related_target);
                    if related.is_none() {
                        dragging.set(false);
                    }
                })
            };
            let on_file = on_file.clone();
            let dropped =
                EventListener::new_with_options(&document, "drop", active, move |event| {
                    if !carries_files(event) {
                        return;
                    }
                    event.prevent_default();
                    dragging.set(false);
                    let file = event
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(web_sys::DragEvent::data_transfer)
                        .and_then(|data| data.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        on_file.emit(file);
                    }
                });
            move || drop((over, leave, dropped))
        });
    }
    *dragging
}

/// Whether a drag event carries files (not text or a link dragged within the page).
fn carries_files(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<web_sys::DragEvent>()
        .and_then(web_sys::DragEvent::data_transfer)
        .is_some_and(|data| data.types().includes(&"Files".into(), 0))
}
