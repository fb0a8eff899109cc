//! The reader's own data as the page sees it: the app that explores a file is a module of its
//! own (see `crate::own_module`), imported the first time a file is picked or dropped or the
//! address names one, mounted in the element `#own-data` the page keeps for it, then told each
//! file and each change of language. The page only learns whether that data takes the FTAP
//! data's place.
//!
//! Everything here is part of every reader's first load, so it is kept to few hooks: one cell
//! holds the state, and a forced render shows its changes.

use crate::own_module::{self, OwnApp};
use crate::store::use_lang;
use crate::web;
use ftap_core::open::address;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The element the app is mounted in.
pub const HOST: &str = "own-data";

/// Where the module stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModuleStage {
    /// Not needed yet.
    #[default]
    Absent,
    /// Being fetched and started.
    Loading,
    /// Could not be fetched or started (offline before it was ever kept, say).
    Failed,
    /// Mounted.
    Ready,
}

/// What the page needs of the reader's own data.
pub struct OwnAppState {
    /// Where the module stands.
    pub module: ModuleStage,
    /// Whether the opened data takes the place of the FTAP data (while the module loads too,
    /// so that the FTAP data does not show between the choice of a file and its reading).
    pub shown: bool,
    /// Opens a file picked or dropped.
    pub on_file: Callback<web_sys::File>,
    /// Puts away the message of a module that failed to load.
    pub on_dismiss: Callback<()>,
    /// Starts fetching the module, quietly, when a file may be coming (the file picker is
    /// opening): the reader's choice then takes the time the fetch needs.
    pub on_prepare: Callback<()>,
    /// Whether a file is being dragged over the page.
    pub dragging: bool,
}

/// The module and what the page knows of it.
#[derive(Default)]
struct Slot {
    module: ModuleStage,
    /// What the app said last.
    shown: bool,
    app: Option<OwnApp>,
    /// A file picked while the module loads.
    waiting: Option<web_sys::File>,
    /// Whether the module is loading for a file (picked, dropped or named by the address),
    /// not only in case one comes: the page then shows it, and says so if it fails.
    opening: bool,
    /// Called by the app; kept as long as the page.
    on_shown: Option<Closure<dyn Fn(bool)>>,
    /// The page's language now, for a module that mounts after a change.
    lang: &'static str,
    /// Whether a file is being dragged over the page.
    dragging: bool,
    /// Kept as long as the page; installed by the first run, which also reads the address.
    drop_listeners: Option<[gloo::events::EventListener; 3]>,
}

type Shared = Rc<RefCell<Slot>>;

/// Runs the reader's own data (see the module's documentation).
#[hook]
pub fn use_own_app() -> OwnAppState {
    let lang = use_lang().code();
    let slot = use_mut_ref(Slot::default);
    let redraw = use_force_update();
    slot.borrow_mut().lang = lang;
    // Built once: the cell and the render handle never change.
    let callbacks = {
        let (slot, redraw) = (slot.clone(), redraw.clone());
        use_memo((), move |()| Callbacks::new(&slot, &redraw))
    };
    let on_file = callbacks.on_file.clone();
    {
        // The first run installs the drop listeners and reads the address (the app opens
        // the file it names by itself once mounted); the next ones follow the language.
        let (slot, redraw, on_file) = (slot.clone(), redraw.clone(), on_file.clone());
        use_effect_with(lang, move |lang| {
            let first = slot.borrow().drop_listeners.is_none();
            if first {
                let listeners = listen_for_drops(&slot, &redraw, on_file);
                slot.borrow_mut().drop_listeners = Some(listeners);
                if address::names_data(&web::location_search()) {
                    slot.borrow_mut().opening = true;
                    start(&slot, &redraw);
                }
            }
            // Cloned first: the app may call back into the cell while it renders.
            let app = slot.borrow().app.clone();
            if let Some(app) = app {
                app.set_language(lang);
            }
        });
    }
    let slot = slot.borrow();
    // A module fetched only in case a file comes is not the reader's business.
    let module = match slot.module {
        ModuleStage::Loading if !slot.opening => ModuleStage::Absent,
        module => module,
    };
    OwnAppState {
        module,
        shown: slot.shown || module == ModuleStage::Loading,
        on_file: callbacks.on_file.clone(),
        on_dismiss: callbacks.on_dismiss.clone(),
        on_prepare: callbacks.on_prepare.clone(),
        dragging: slot.dragging,
    }
}

/// The page's callbacks, built once (one memo rather than a hook each: this is part of every
/// first load).
struct Callbacks {
    on_file: Callback<web_sys::File>,
    on_dismiss: Callback<()>,
    on_prepare: Callback<()>,
}

impl Callbacks {
    fn new(slot: &Shared, redraw: &UseForceUpdateHandle) -> Self {
        let on_file = {
            let (slot, redraw) = (slot.clone(), redraw.clone());
            Callback::from(move |file: web_sys::File| {
                let app = slot.borrow().app.clone();
                match app {
                    Some(app) => app.open_file(&file),
                    None => {
                        {
                            let mut state = slot.borrow_mut();
                            state.waiting = Some(file);
                            state.opening = true;
                        }
                        start(&slot, &redraw);
                        // Shown as loading now, if the fetch had started quietly.
                        redraw.force_update();
                    }
                }
            })
        };
        let on_prepare = {
            let (slot, redraw) = (slot.clone(), redraw.clone());
            Callback::from(move |()| start(&slot, &redraw))
        };
        let (slot, redraw) = (slot.clone(), redraw.clone());
        let on_dismiss = Callback::from(move |()| {
            slot.borrow_mut().module = ModuleStage::Absent;
            redraw.force_update();
        });
        Callbacks {
            on_file,
            on_dismiss,
            on_prepare,
        }
    }
}

/// The drop listeners, drawing again only when a file starts or stops being dragged over.
fn listen_for_drops(
    slot: &Shared,
    redraw: &UseForceUpdateHandle,
    on_file: Callback<web_sys::File>,
) -> [gloo::events::EventListener; 3] {
    let (slot, redraw) = (Rc::downgrade(slot), redraw.clone());
    crate::file_drop::listen(
        move |dragging| {
            let Some(slot) = slot.upgrade() else { return };
            let changed = std::mem::replace(&mut slot.borrow_mut().dragging, dragging) != dragging;
            if changed {
                if dragging {
                    // A file may be dropped: fetch the module meanwhile.
                    start(&slot, &redraw);
                }
                redraw.force_update();
            }
        },
        move |file| on_file.emit(file),
    )
}

/// Imports and mounts the module, once: a call while it loads or after it is mounted does
/// nothing. The file waiting, if any, is opened once it is mounted.
fn start(slot: &Shared, redraw: &UseForceUpdateHandle) {
    {
        let mut state = slot.borrow_mut();
        if matches!(state.module, ModuleStage::Loading | ModuleStage::Ready) {
            return;
        }
        state.module = ModuleStage::Loading;
        let (shown_slot, redraw) = (Rc::downgrade(slot), redraw.clone());
        state.on_shown.get_or_insert_with(|| {
            Closure::new(move |shown| {
                if let Some(slot) = shown_slot.upgrade() {
                    slot.borrow_mut().shown = shown;
                    redraw.force_update();
                }
            })
        });
    }
    redraw.force_update();
    let (slot, redraw) = (slot.clone(), redraw.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match gloo::utils::document().get_element_by_id(HOST) {
            Some(host) => {
                let on_shown: js_sys::Function = {
                    let state = slot.borrow();
                    let closure = state.on_shown.as_ref().map(|c| c.as_ref().clone());
                    closure.unwrap_or_default().unchecked_into()
                };
                let lang = slot.borrow().lang;
                own_module::load(&host, lang, &on_shown).await
            }
            None => Err("no element to mount the file explorer in".into()),
        };
        match loaded {
            Ok(app) => {
                let (lang, waiting) = {
                    let mut state = slot.borrow_mut();
                    state.app = Some(app.clone());
                    state.module = ModuleStage::Ready;
                    state.opening = false;
                    (state.lang, state.waiting.take())
                };
                // Outside the cell's borrow: the app calls back into it as it renders. The
                // reader may have switched language while the module was fetched.
                app.set_language(lang);
                if let Some(file) = waiting {
                    app.open_file(&file);
                }
            }
            Err(error) => {
                gloo::console::warn!("file explorer", error);
                let mut state = slot.borrow_mut();
                // Forgotten, so that the next file tries again; told only if a file waited.
                state.waiting = None;
                state.module = if std::mem::take(&mut state.opening) {
                    ModuleStage::Failed
                } else {
                    ModuleStage::Absent
                };
            }
        }
        redraw.force_update();
    });
}
