//! A value that follows its source one frame late, for what lies beside or below the part
//! of the page a reader acts on.

use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// `value`, taken up in the frame after the next one when `defer` is set, at once otherwise.
///
/// The page hands the filters' counts and the charts their rows through it: a keystroke or a
/// click draws the table, the figures and the control's own state (pressed, chosen) in its
/// own frame, and the counts and charts in the following one. A newer value cancels a
/// pending one (wasm-bindgen keeps a callback alive until it returns, so the request that is
/// running may be dropped). The page defers once a reader acted on it (the view it starts on,
/// an address's, is drawn whole: a shared link's charts never show the home view's rows
/// first), the explorer of an opened file only while the reader types.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T, defer: bool) -> T {
    use_deferred_from(value.clone(), value, defer)
}

/// `value` as [`use_deferred`] gives it, but `start` until the first value is taken up when
/// the component mounts with `defer` set: a part that comes with something the reader opened
/// (the lower part of a project's sheet) is then drawn a frame after the rest.
#[hook]
pub fn use_deferred_from<T: Clone + PartialEq + 'static>(start: T, value: T, defer: bool) -> T {
    let shown = use_mut_ref(|| if defer { start } else { value.clone() });
    let redraw = use_force_update();
    // The pending frame request, held only to be cancelled when dropped.
    let pending: Rc<RefCell<Option<AnimationFrame>>> = use_mut_ref(|| None);
    if !defer {
        pending.borrow_mut().take();
        *shown.borrow_mut() = value.clone();
    }
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            if *shown.borrow() != *value {
                let (slot, value) = (pending.clone(), value.clone());
                // The first frame draws what changed now; the second takes the new value.
                let first = request_animation_frame(move |_| {
                    let second = request_animation_frame(move |_| {
                        *shown.borrow_mut() = value;
                        redraw.force_update();
                    });
                    *slot.borrow_mut() = Some(second);
                });
                *pending.borrow_mut() = Some(first);
            }
        });
    }
    let current = shown.borrow().clone();
    current
}
