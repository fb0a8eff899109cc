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

/// The reducible state: the core's view, shared.
#[derive(Debug, PartialEq)]
pub struct Store(Rc<ViewState>);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = Rc::clone(&self.0).reduce(action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// Sends actions to the store. It never changes for the life of the page.
pub type Dispatch = UseReducerDispatcher<Store>;

/// What never changes for the life of the page: the catalog and the dispatcher, one context.
#[derive(Debug, Clone, PartialEq)]
struct Fixed {
    catalog: Shared<Catalog>,
    dispatch: Dispatch,
}

/// The current view, as context (a new value only when the view changed).
#[derive(Debug, Clone, PartialEq)]
struct ViewContext(Rc<ViewState>);

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
        let initial = props.initial.clone();
        move || Store(initial)
    });
    let fixed = Fixed {
        catalog: props.catalog.clone(),
        dispatch: store.dispatcher(),
    };
    {
        let (then, dispatch) = (props.then.clone(), store.dispatcher());
        use_effect_with((), move |()| {
            if let Some(view) = then {
                dispatch.dispatch(Action::Restore(Box::new((*view).clone())));
            }
        });
    }
    let view = Rc::clone(&store.0);
    html! {
        <ContextProvider<Fixed> context={fixed}>
            <ContextProvider<Lang> context={view.lang}>
                <ContextProvider<ViewContext> context={ViewContext(view)}>
                    { props.children.clone() }
                </ContextProvider<ViewContext>>
            </ContextProvider<Lang>>
        </ContextProvider<Fixed>>
    }
}

/// The current view; the component renders again whenever it changes.
#[hook]
pub fn use_view() -> Rc<ViewState> {
    required(use_context::<ViewContext>()).0
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

    #[test]
    fn an_action_that_changes_nothing_keeps_the_store() {
        let store = Rc::new(Store(Rc::new(ViewState::default())));
        let same = Rc::clone(&store).reduce(Action::CloseProject);
        assert!(Rc::ptr_eq(&store, &same), "nothing to close: no new state");
        let next = Rc::clone(&store).reduce(Action::SetQuery("cloud".into()));
        assert!(!Rc::ptr_eq(&store, &next));
        assert_eq!(next.0.query, "cloud");
    }
}
