//! The address bar and the view kept in step: the view writes the address, back and forward
//! restore the view from it.

use crate::store::{use_catalog, use_dispatch, use_view};
use crate::web;
use ftap_core::state::Action;
use ftap_core::url::{self, HistoryMode, Ignored};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Writes each new view into the address as `change` says (see `use_view_change`), and
/// restores the view on back/forward, reporting the parameters it could not use to
/// `on_ignored`.
///
/// A change that adds a history entry (a sort, a filter, an opened project) is written at
/// once. Typing replaces the entry, one task later: the browser's `replaceState` costs up to
/// a few milliseconds, which the keystroke's frame does not have to wait for, and a word
/// typed fast is written once.
#[hook]
pub fn use_address_sync(change: HistoryMode, on_ignored: Callback<Vec<Ignored>>) {
    let view = use_view();
    let (catalog, dispatch) = (use_catalog(), use_dispatch());
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let pending = pending.clone();
        use_effect_with(view, move |view| {
            let search = url::encode(view);
            let write = move || {
                // A view restored from the address already matches it: nothing to write.
                if search != web::location_search() {
                    web::set_location_search(&search, change == HistoryMode::Push);
                }
            };
            *pending.borrow_mut() = match change {
                HistoryMode::Keep => None,
                HistoryMode::Push => {
                    write();
                    None
                }
                HistoryMode::Replace => Some(Timeout::new(0, write)),
            };
        });
    }
    use_effect_with((), move |()| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            // A write still pending belongs to the entry being left.
            drop(pending.borrow_mut().take());
            let (restored, dropped) = url::decode(&web::location_search(), &catalog);
            on_ignored.emit(dropped);
            dispatch.dispatch(Action::Restore(Box::new(restored)));
        });
        move || drop(listener)
    });
}
