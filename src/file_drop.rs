//! Dropping a file anywhere on the page opens it: the listeners on the document, which
//! `hooks::own_app` installs once and keeps, telling it whether a file is dragged over the
//! page (it then shows where to drop) and which file was dropped.

use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Starts listening: `on_dragging` is told whenever a file starts or stops being dragged over
/// the page (and on every move, for it to ignore), `on_file` is given the file dropped. The
/// listeners stop when the returned value is dropped.
pub fn listen(
    on_dragging: impl Fn(bool) + 'static,
    on_file: impl Fn(web_sys::File) + 'static,
) -> [EventListener; 3] {
    let document = gloo::utils::document();
    let active = EventListenerOptions::enable_prevent_default();
    let on_dragging = Rc::new(on_dragging);
    let over = {
        let on_dragging = on_dragging.clone();
        EventListener::new_with_options(&document, "dragover", active, move |event| {
            if carries_files(event) {
                // Without this, the browser would open the file in place of the page.
                event.prevent_default();
                on_dragging(true);
            }
        })
    };
    let leave = {
        let on_dragging = on_dragging.clone();
        EventListener::new(&document, "dragleave", move |event| {
            // Leaving the window, not moving between elements of the page.
            let related = drag_event(event).related_target();
            if related.is_none() {
                on_dragging(false);
            }
        })
    };
    let dropped = EventListener::new_with_options(&document, "drop", active, move |event| {
        if !carries_files(event) {
            return;
        }
        event.prevent_default();
        on_dragging(false);
        let file = drag_event(event)
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            on_file(file);
        }
    });
    [over, leave, dropped]
}

/// Whether a drag event carries files (not text or a link dragged within the page).
fn carries_files(event: &web_sys::Event) -> bool {
    drag_event(event)
        .data_transfer()
        .is_some_and(|data| data.types().includes(&"Files".into(), 0))
}

/// The event as the drag event it is: these listeners only hear `dragover`, `dragleave` and
/// `drop` (no check, which would cost the first load an import).
fn drag_event(event: &web_sys::Event) -> &web_sys::DragEvent {
    event.unchecked_ref()
}
