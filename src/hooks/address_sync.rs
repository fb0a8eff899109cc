//! The address bar and the view kept in step: the view writes the address, back and forward
//! restore the view from it.

use crate::store::{use_catalog, use_dispatch, use_view};
use crate::web;
use ftap_core::state::Action;
use ftap_core::url::{self, HistoryMode, Ignored};
use gloo::events::EventListener;
use yew::prelude::*;

/// Writes each new view into the address (typing replaces the entry, other changes push a
/// new one), and restores the view on back/forward, reporting the parameters it could not
/// use to `on_ignored`.
#[hook]
pub fn use_address_sync(on_ignored: Callback<Vec<Ignored>>) {
    let view = use_view();
    let (catalog, dispatch) = (use_catalog(), use_dispatch());
    let previous = use_mut_ref(|| view.clone());
    use_effect_with(view, move |view| {
        let mode = url::history_mode(&previous.borrow(), view);
        *previous.borrow_mut() = view.clone();
        let search = url::encode(view);
        // A view restored from the address already matches it: nothing to write.
        if mode != HistoryMode::Keep && search != web::location_search() {
            web::set_location_search(&search, mode == HistoryMode::Push);
        }
    });
    use_effect_with((), move |()| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let (restored, dropped) = url::decode(&web::location_search(), &catalog);
            on_ignored.emit(dropped);
            dispatch.dispatch(Action::Restore(Box::new(restored)));
        });
        move || drop(listener)
    });
}
