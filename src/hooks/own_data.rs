//! The reader's own data: the session with the worker that opens a file (created when a file
//! is first opened, so its wasm is never part of the first load), each request sent once,
//! the start from a `?data=` address, and that address kept in step with the view.

use crate::open_worker::OpenWorker;
use crate::web;
use ftap_core::open::address::{self, Address};
use ftap_core::open::protocol::{Reply, Request};
use ftap_core::open::session::{Action, Session, Source, Stage};
use gloo::worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The worker's loader, written by Trunk beside the page (see index.html).
const WORKER: &str = "open-worker_loader.js";

/// The session as Yew's reducible state.
#[derive(Debug, PartialEq, Default)]
pub struct OwnState(pub Rc<Session>);

impl Reducible for OwnState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(OwnState(Rc::new(self.0.apply(action))))
    }
}

/// What the page needs of the reader's own data.
#[derive(Clone, PartialEq)]
pub struct OwnData {
    /// The session.
    pub session: Rc<Session>,
    /// Sends an action to the session.
    pub on_action: Callback<Action>,
    /// Opens a file picked or dropped.
    pub on_file: Callback<web_sys::File>,
    /// Downloads the rows of the current query as CSV.
    pub on_export: Callback<()>,
}

/// Runs the reader's own data session (see the module's documentation).
#[hook]
pub fn use_own_data() -> OwnData {
    let state = use_reducer(OwnState::default);
    let session = state.0.clone();
    let bridge = use_mut_ref(|| None::<WorkerBridge<OpenWorker>>);
    let last_sent = use_mut_ref(|| 0u64);
    // The blob address of the file picked last, revoked when another opens.
    let blob = use_mut_ref(|| None::<String>);
    // The name the export asked for last is saved under (named when asked, not on every
    // render).
    let export_name = use_mut_ref(String::new);

    {
        let (bridge, dispatcher) = (bridge.clone(), state.dispatcher());
        let export_name = export_name.clone();
        use_effect_with(session.sent, move |_| {
            let fresh: Vec<(u64, Request)> = session
                .outbox
                .iter()
                .filter(|(n, _)| *n > *last_sent.borrow())
                .cloned()
                .collect();
            for (number, request) in fresh {
                let mut slot = bridge.borrow_mut();
                let worker =
                    slot.get_or_insert_with(|| spawn(dispatcher.clone(), export_name.clone()));
                worker.send(request);
                *last_sent.borrow_mut() = number;
            }
        });
    }
    use_start_from_address(state.dispatcher());
    use_keep_address(&state.0);

    let on_action = use_callback(state.dispatcher(), |action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let on_file = use_callback(
        state.dispatcher(),
        move |file: web_sys::File, dispatcher| {
            let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) else {
                return;
            };
            if let Some(old) = blob.borrow_mut().replace(url.clone()) {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
            dispatcher.dispatch(Action::Open {
                source: Source::Picked(file.name()),
                url,
                schema: None,
                query: Default::default(),
            });
        },
    );
    let on_export = {
        let (bridge, query) = (bridge.clone(), state.0.query.clone());
        let source = state.0.source.clone();
        use_callback((query, source), move |(), (query, source)| {
            if let (Some(worker), Some(source)) = (bridge.borrow().as_ref(), source) {
                let name = format!("{}-lignes.csv", source.name().trim_end_matches(".csv"));
                *export_name.borrow_mut() = name;
                worker.send(Request::Export(query.clone()));
            }
        })
    };
    OwnData {
        session: state.0.clone(),
        on_action,
        on_file,
        on_export,
    }
}

/// Starts the worker; its replies go to the session, an export to a download.
fn spawn(
    dispatcher: UseReducerDispatcher<OwnState>,
    export_name: Rc<RefCell<String>>,
) -> WorkerBridge<OpenWorker> {
    OpenWorker::spawner()
        .callback(move |reply| match reply {
            Reply::Csv(text) => {
                if let Err(e) =
                    web::download(&export_name.borrow(), "text/csv;charset=utf-8", &text)
                {
                    gloo::console::warn!("export failed", e);
                }
            }
            reply => dispatcher.dispatch(Action::Reply(reply)),
        })
        .spawn_with_loader(WORKER)
}

/// Opens the file a `?data=` address names, once, when the page starts.
#[hook]
fn use_start_from_address(dispatcher: UseReducerDispatcher<OwnState>) {
    use_effect_with((), move |()| {
        match address::decode(&web::location_search()) {
            Some(Ok(Address {
                data,
                schema,
                query,
            })) => dispatcher.dispatch(Action::Open {
                url: web::absolute(&data),
                source: Source::Address(data),
                schema,
                query,
            }),
            Some(Err(problem)) => dispatcher.dispatch(Action::Refuse(problem)),
            None => {}
        }
    });
}

/// Writes the view of a served file into the address (in place: typing is not history), and
/// takes it out when the reader goes back to the FTAP data.
#[hook]
fn use_keep_address(session: &Rc<Session>) {
    let was_open = use_mut_ref(|| false);
    let own = match (&session.source, &session.stage) {
        (Some(Source::Address(data)), Stage::Ready) => Some(address::encode(&Address {
            data: data.clone(),
            schema: session.schema.clone(),
            query: session.query.clone(),
        })),
        _ => None,
    };
    let idle = session.stage == Stage::Idle;
    use_effect_with((own, idle), move |(own, idle)| {
        let current = web::location_search();
        match own {
            Some(own) => {
                *was_open.borrow_mut() = true;
                let search = address::with_own(&current, own);
                if search != current {
                    web::set_location_search(&search, false);
                }
            }
            None if *idle && *was_open.borrow() => {
                *was_open.borrow_mut() = false;
                web::set_location_search(&address::with_own(&current, ""), false);
            }
            None => {}
        }
    });
}
