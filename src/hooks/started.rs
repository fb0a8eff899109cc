//! Whether the page has finished its start: false in the task that mounts it (and takes up the
//! address's view), true from the next task on.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// False while the page starts, true once a task has passed since it was mounted. It never
/// asks for a render: a render reads where the page stands.
#[hook]
pub fn use_started() -> bool {
    let started = use_mut_ref(|| false);
    {
        let started = started.clone();
        use_effect_with((), move |()| {
            let timeout = Timeout::new(0, move || *started.borrow_mut() = true);
            move || drop(timeout)
        });
    }
    let now = *started.borrow();
    now
}
