//! The app's one store: the view state behind Yew's reducer, handed down through context and
//! reached with typed hooks.
//!
//! The reducer is the core's ([`ViewState::reduce`]): an action that changes nothing gives the
//! same `Rc` back, and Yew then renders nothing. The dispatcher never changes, so callbacks
//! built on it (`components::handlers`) are built once and never make a child render again.

use ftap_core::catalog::Catalog;
use ftap_core::i18n::Lang;
use ftap_core::shared::Shared;
use ftap_core::state::{Action, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// The reducible state: the core's view, shared, and whether a reader changed it yet.
#[derive(Debug, PartialEq)]
struct Store {
    view: Rc<ViewState>,
    /// False while the view is the one the page started on (the address's): the page draws
    /// it whole, in one go; a reader's action is drawn in parts (see `use_deferred`).
    acted: bool,
}

/// What changes the store: a reader's action, or the page taking up the address's view once
/// its prerendered HTML (the home view) was taken over.
#[derive(Debug)]
enum Change {
    /// What a reader did (back and forward included).
    Act(Action),
    /// The view the address asks for, as the page starts.
    Start(Rc<ViewState>),
}

impl Reducible for Store {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let (next, acted) = match change {
            Change::Act(action) => (Rc::clone(&self.view).reduce(action), true),
            Change::Start(view) => (view, false),
        };
        if Rc::ptr_eq(&next, &self.view) {
            self
        } else {
            Rc::new(Store { view: next, acted })
        }
    }
}

/// Sends a reader's actions to the store. It never changes for the life of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispatch(UseReducerDispatcher<Store>);

impl Dispatch {
    /// Applies `action` to the view.
    pub fn dispatch(&self, action: Action) {
        self.0.dispatch(Change::Act(action));
    }
}

/// What never changes for the life of the page: the catalog and the dispatcher, one context.
#[derive(Debug, Clone, PartialEq)]
struct Fixed {
    catalog: Shared<Catalog>,
    dispatch: Dispatch,
}

/// The current view, as context (a new value only when the view changed), and whether a
/// reader changed it since the page started.
#[derive(Debug, Clone, PartialEq)]
struct ViewContext {
    view: Rc<ViewState>,
    acted: bool,
}

/// The context a store hook reads; its absence is a programming error (a component that
/// reaches the store rendered outside [`StoreProvider`]).
fn required<T>(context: Option<T>) -> T {
    context.expect("store hooks are used under a StoreProvider")
}

/// Properties of [`StoreProvider`].
#[derive(Properties, PartialEq)]
pub struct StoreProviderProps {
    /// What to explore (never changes once the page started).
    pub catalog: Shared<Catalog>,
    /// The view to start from: the address's, or the home view when the page was prerendered
    /// (hydration must start from what the HTML shows).
    pub initial: Rc<ViewState>,
    /// The view to move to once started, when it differs from `initial`: the address's, on a
    /// prerendered page.
    #[prop_or_default]
    pub then: Option<Rc<ViewState>>,
    /// The page.
    pub children: Html,
}

/// Owns the view state and provides it, its dispatcher, the catalog and the language to
/// everything below.
#[component]
pub fn StoreProvider(props: &StoreProviderProps) -> Html {
    let store = use_reducer({
        let view = props.initial.clone();
        move || Store { view, acted: false }
    });
    let fixed = Fixed {
        catalog: props.catalog.clone(),
        dispatch: Dispatch(store.dispatcher()),
    };
    {
        let (then, dispatch) = (props.then.clone(), store.dispatcher());
        use_effect_with((), move |()| {
            if let Some(view) = then {
                dispatch.dispatch(Change::Start(view));
            }
        });
    }
    let context = ViewContext {
        view: Rc::clone(&store.view),
        acted: store.acted,
    };
    html! {
        <ContextProvider<Fixed> context={fixed}>
            <ContextProvider<Lang> context={context.view.lang}>
                <ContextProvider<ViewContext> context={context}>
                    { props.children.clone() }
                </ContextProvider<ViewContext>>
            </ContextProvider<Lang>>
        </ContextProvider<Fixed>>
    }
}

/// The current view; the component renders again whenever it changes.
#[hook]
pub fn use_view() -> Rc<ViewState> {
    required(use_context::<ViewContext>()).view
}

/// Whether a reader changed the view since the page started. Until then the page shows the
/// view it started on, drawn whole: nothing in it answers a reader's action.
#[hook]
pub fn use_reader_acted() -> bool {
    required(use_context::<ViewContext>()).acted
}

/// The catalog being explored.
#[hook]
pub fn use_catalog() -> Shared<Catalog> {
    required(use_context::<Fixed>()).catalog
}

/// The interface language; the component renders again only when it changes. Outside a
/// store (a component rendered on its own) it is French.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The store's dispatcher.
#[hook]
pub fn use_dispatch() -> Dispatch {
    required(use_context::<Fixed>()).dispatch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(view: ViewState) -> Rc<Store> {
        Rc::new(Store {
            view: Rc::new(view),
            acted: false,
        })
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_store() {
        let store = store(ViewState::default());
        let same = Rc::clone(&store).reduce(Change::Act(Action::CloseProject));
        assert!(Rc::ptr_eq(&store, &same), "nothing to close: no new state");
        let next = Rc::clone(&store).reduce(Change::Act(Action::SetQuery("cloud".into())));
        assert!(!Rc::ptr_eq(&store, &next));
        assert_eq!(next.view.query, "cloud");
    }

    #[test]
    fn the_view_the_page_starts_on_is_not_a_readers_action() {
        let address = Rc::new(ViewState {
            query: "mentor".into(),
            ..ViewState::default()
        });
        let started = store(ViewState::default()).reduce(Change::Start(Rc::clone(&address)));
        assert!(Rc::ptr_eq(&started.view, &address));
        assert!(!started.acted, "the start is drawn whole");
        let typed = started.reduce(Change::Act(Action::SetQuery("mentorat".into())));
        assert!(typed.acted, "a reader's keystroke is drawn in parts");
        let back = typed.reduce(Change::Act(Action::Restore(Box::default())));
        assert!(back.acted, "back and forward are a reader's too");
    }
}
