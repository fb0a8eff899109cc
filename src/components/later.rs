//! A part of the page drawn a task after the rest, so that starting is several short tasks
//! rather than one long one. It is not in the prerendered HTML: what a reader needs first, and
//! without JavaScript, is.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Later`].
#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// The part of the page: below the first screen, or beside it.
    pub children: Html,
    /// The parts drawn later before this one (0 for the first): each is drawn in a task of
    /// its own.
    #[prop_or_default]
    pub after: u32,
}

/// Nothing on the first render (hence in the HTML rendered at build time, and while the app
/// takes that HTML over), its children from a later task on.
#[component]
pub fn Later(props: &LaterProps) -> Html {
    let shown = use_state(|| false);
    {
        let (shown, after) = (shown.setter(), props.after);
        // Effects do not run when the page is rendered to HTML at build time.
        use_effect_with((), move |()| {
            let timeouts = Rc::default();
            reveal_after(after, shown, Rc::clone(&timeouts));
            move || timeouts.borrow_mut().clear()
        });
    }
    // A link to a part drawn later (`#coverage`) is followed once it is there.
    use_effect_with(*shown, |shown| {
        if *shown {
            crate::web::reveal_fragment_target();
        }
    });
    if *shown {
        props.children.clone()
    } else {
        html! {}
    }
}

/// Shows the part at the end of a chain of `tasks + 1` timeouts, each set by the one before,
/// so that the part with `after = n` comes a task after the one with `n - 1`. Parts shown by
/// timeouts of the same round would be drawn in one task: Yew queues the renders asked while
/// one of its runs is pending (it yields to the browser every 16 ms) and draws them together.
/// The timeouts are kept in `timeouts`, which cancels those still waiting when cleared.
fn reveal_after(tasks: u32, shown: UseStateSetter<bool>, timeouts: Rc<RefCell<Vec<Timeout>>>) {
    let chain = Rc::clone(&timeouts);
    let timeout = Timeout::new(0, move || match tasks.checked_sub(1) {
        None => shown.set(true),
        Some(rest) => reveal_after(rest, shown, chain),
    });
    timeouts.borrow_mut().push(timeout);
}
