//! The address bar and the view kept in step: the view writes the address, back and forward
//! restore the view from it.

use crate::store::{use_catalog, use_dispatch, use_view};
use crate::web;
use ftap_core::open::address;
use ftap_core::state::Action;
use ftap_core::url::{self, HistoryMode, Ignored};
use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Writes each new view into the address as `change` says (see `use_view_change`), and
/// restores the view on back/forward, reporting the parameters it could not use to
/// `on_ignored`.
///
/// Every write waits until the frame that shows the change is drawn (a task after the next
/// animation frame): the browser's `pushState` and `replaceState` cost one to two
/// milliseconds, which that frame does not have to wait for, and a word typed fast is written
/// once. A write still waiting when the next view comes is made first, so that no history
/// entry is lost.
#[hook]
pub fn use_address_sync(change: HistoryMode, on_ignored: Callback<Vec<Ignored>>) {
    let view = use_view();
    let (catalog, dispatch) = (use_catalog(), use_dispatch());
    // The write waiting, and the frame request and task that will make it (held only to be
    // cancelled when dropped).
    let pending = use_mut_ref(|| None::<Write>);
    let timer = use_mut_ref(|| None::<(AnimationFrame, Rc<RefCell<Option<Timeout>>>)>);
    {
        let (pending, timer) = (pending.clone(), timer.clone());
        use_effect_with(view, move |view| {
            let waiting = pending.borrow_mut().take();
            // A replacement that the next one replaces again needs no writing.
            if let Some(waiting) = waiting.filter(|w| w.push || change != HistoryMode::Replace) {
                waiting.now();
            }
            if change != HistoryMode::Keep {
                *pending.borrow_mut() = Some(Write {
                    search: url::encode(view),
                    push: change == HistoryMode::Push,
                });
                let pending = pending.clone();
                let task: Rc<RefCell<Option<Timeout>>> = Rc::default();
                let slot = task.clone();
                let frame = request_animation_frame(move |_| {
                    *slot.borrow_mut() = Some(Timeout::new(0, move || {
                        let write = pending.borrow_mut().take();
                        if let Some(write) = write {
                            write.now();
                        }
                    }));
                });
                *timer.borrow_mut() = Some((frame, task));
            }
        });
    }
    use_effect_with((), move |()| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            // A write still waiting belongs to the entry being left.
            drop(pending.borrow_mut().take());
            drop(timer.borrow_mut().take());
            // Back on a project's own page, its path names the project.
            let (restored, dropped) =
                url::decode_address(&web::location_search(), &web::location_path(), &catalog);
            on_ignored.emit(dropped);
            dispatch.dispatch(Action::Restore(Box::new(restored)));
        });
        move || drop(listener)
    });
}

/// An address to write: a new history entry when `push`, else a replacement of the current.
struct Write {
    search: String,
    push: bool,
}

impl Write {
    /// Writes the address now (nothing when it already matches: a view restored from it). On
    /// a project's own page the path holds the project too: any change leaves that page's
    /// address for the explorer's.
    fn now(&self) {
        let on_project_page = url::project_in_path(&web::location_path()).is_some();
        // The parameters of opened data (`data=`…) belong to that view: they stay.
        let current = web::location_search();
        let search = address::with_own(&self.search, &address::own_part(&current));
        if search != current || on_project_page {
            web::set_location_search(&search, self.push);
        }
    }
}
