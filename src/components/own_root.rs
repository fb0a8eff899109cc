//! The root of the second app, the one that explores a reader's own file: the page's wasm
//! fetches it only when a file is opened (see `src/bin/open-app.rs`), so none of this is part
//! of the first load.

use crate::components::own_data_view::OwnDataView;
use crate::hooks::own_data::use_own_data;
use ftap_core::lang::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How the page hands files to this app: a file sent before the app has rendered waits here
/// until the app connects to it.
#[derive(Clone, Default)]
pub struct FilePort(Rc<RefCell<PortState>>);

#[derive(Default)]
struct PortState {
    open: Option<Callback<web_sys::File>>,
    waiting: Option<web_sys::File>,
}

impl FilePort {
    /// Opens `file` in the app, now or as soon as it is connected (a newer file replaces one
    /// still waiting).
    pub fn send(&self, file: web_sys::File) {
        let open = self.0.borrow().open.clone();
        match open {
            Some(open) => open.emit(file),
            None => self.0.borrow_mut().waiting = Some(file),
        }
    }

    /// Connects the app's way of opening a file, and opens the one waiting, if any.
    fn connect(&self, open: Callback<web_sys::File>) {
        let waiting = {
            let mut state = self.0.borrow_mut();
            state.open = Some(open.clone());
            state.waiting.take()
        };
        if let Some(file) = waiting {
            open.emit(file);
        }
    }
}

impl PartialEq for FilePort {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`OwnRoot`].
#[derive(Properties, PartialEq)]
pub struct OwnRootProps {
    /// The page's interface language (the page sends its changes).
    pub lang: Lang,
    /// Told whether the opened data takes the place of the FTAP data, whenever that changes.
    pub on_shown: Callback<bool>,
    /// Where the page sends the files picked or dropped.
    pub port: FilePort,
}

/// The reader's own data, at its current stage, in the page's language.
#[component]
pub fn OwnRoot(props: &OwnRootProps) -> Html {
    let own = use_own_data();
    use_effect_with(
        (props.port.clone(), own.on_file.clone()),
        |(port, on_file)| port.connect(on_file.clone()),
    );
    let shown = own.session.stage.replaces_ftap();
    use_effect_with((shown, props.on_shown.clone()), |(shown, on_shown)| {
        on_shown.emit(*shown)
    });
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <OwnDataView data={own} />
        </ContextProvider<Lang>>
    }
}
