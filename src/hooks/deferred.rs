//! A value that follows its source one frame late, for what lies below the fold.

use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// `value`, taken up in the frame after the next one: the component passes on what it had,
/// then renders again with the new value once the current frame has been drawn. The page
/// hands the charts under the table their rows through it, so that a keystroke draws the
/// table and the figures in its own frame and the charts in the following one. A newer value
/// cancels a pending one (wasm-bindgen keeps a callback alive until it returns, so the
/// request that is running may be dropped).
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state(|| value.clone());
    // The pending frame request, held only to be cancelled when dropped.
    let pending: Rc<RefCell<Option<AnimationFrame>>> = use_mut_ref(|| None);
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            let next = (*shown != *value).then(|| {
                let (slot, value) = (pending.clone(), value.clone());
                // The first frame draws what changed now; the second takes the new value.
                request_animation_frame(move |_| {
                    let second = request_animation_frame(move |_| shown.set(value));
                    *slot.borrow_mut() = Some(second);
                })
            });
            *pending.borrow_mut() = next;
        });
    }
    (*shown).clone()
}
