//! A part of the page drawn a task after the rest, so that starting is several short tasks
//! rather than one long one. It is not in the prerendered HTML: what a reader needs first, and
//! without JavaScript, is.

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
        use_effect_with((), move |()| {
            // Effects do not run when the page is rendered to HTML at build time.
            #[cfg(target_arch = "wasm32")]
            wasm_bindgen_futures::spawn_local(async move {
                crate::web::next_task().await;
                shown.set(true);
            });
            #[cfg(not(target_arch = "wasm32"))]
            drop(shown);
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
