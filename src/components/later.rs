//! A part of the page drawn a task after the rest, so that starting is several short tasks
//! rather than one long one. It is not in the prerendered HTML: what a reader needs first, and
//! without JavaScript, is.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Properties of [`Later`].
#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// The part of the page: below the first screen, or beside it.
    pub children: Html,
}

/// Nothing on the first render (hence in the HTML rendered at build time, and while the app
/// takes that HTML over), its children from the next task on.
#[component]
pub fn Later(props: &LaterProps) -> Html {
    let shown = use_state(|| false);
    {
        let shown = shown.clone();
        // Effects do not run when the page is rendered to HTML at build time.
        use_effect_with((), move |()| {
            let timeout = Timeout::new(0, move || shown.set(true));
            move || drop(timeout)
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
