//! A value that follows its source one frame late while the reader types, for what lies below
//! the fold.

use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// `value`, taken up in the frame after the next one when `defer` is set, at once otherwise.
///
/// The page hands the charts under the table their rows through it, deferring while the
/// reader types: a keystroke draws the table and the figures in its own frame and the charts
/// in the following one. A click (a facet, a sort, a page) updates everything together, so
/// what the reader clicked and what it changed are never seen apart. A newer value cancels a
/// pending one (wasm-bindgen keeps a callback alive until it returns, so the request that is
/// running may be dropped).
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T, defer: bool) -> T {
    let shown = use_mut_ref(|| value.clone());
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
