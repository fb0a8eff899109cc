//! The part of the page that explores a reader's own file, as a wasm of its own: the page
//! fetches it (`open-app.js`, built by Trunk, see index.html) only when a file is opened or an
//! address names one, so its components, strings and the worker's protocol are never part of
//! the first load. The page calls [`mount`], then the methods of [`OwnApp`].

use explorateur_ftap::components::own_root::{FilePort, OwnRoot, OwnRootProps};
use ftap_core::lang::Lang;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Nothing runs when the module is initialised: the page calls [`mount`].
fn main() {}

/// The mounted app, as the page holds it.
#[wasm_bindgen]
pub struct OwnApp {
    app: yew::AppHandle<OwnRoot>,
    lang: Lang,
    on_shown: Callback<bool>,
    port: FilePort,
}

/// Mounts the app in `host` (an element the page keeps empty for it), in the language whose
/// code is `lang`; `on_shown` is called with whether the opened data takes the place of the
/// FTAP data. The app opens the file a `?data=` address names by itself.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, lang: &str, on_shown: js_sys::Function) -> OwnApp {
    std::panic::set_hook(Box::new(|info| {
        explorateur_ftap::error_panel::show(explorateur_ftap::hooks::own_app::HOST, info)
    }));
    add_style();
    burn_first_tree_id();
    let on_shown = Callback::from(move |shown: bool| {
        let _ = on_shown.call1(&JsValue::NULL, &JsValue::from_bool(shown));
    });
    let port = FilePort::default();
    let lang = language(lang);
    let props = OwnRootProps {
        lang,
        on_shown: on_shown.clone(),
        port: port.clone(),
    };
    OwnApp {
        app: yew::Renderer::<OwnRoot>::with_root_and_props(host, props).render(),
        lang,
        on_shown,
        port,
    }
}

#[wasm_bindgen]
impl OwnApp {
    /// Opens a file the reader picked or dropped on the page.
    pub fn open_file(&self, file: web_sys::File) {
        self.port.send(file);
    }

    /// Follows the page's language (code `fr` or `en`).
    pub fn set_language(&mut self, lang: &str) {
        let lang = language(lang);
        if lang != self.lang {
            self.lang = lang;
            self.app.update(OwnRootProps {
                lang,
                on_shown: self.on_shown.clone(),
                port: self.port.clone(),
            });
        }
    }
}

/// The language whose code is `code` (read as the address reads it), French for any other.
fn language(code: &str) -> Lang {
    ftap_core::url::keyed(&Lang::ALL, Lang::code, code).unwrap_or_default()
}

/// Adds this app's stylesheet (copied by Trunk beside the page) to the page. It uses the
/// page's colours and sizes; the app works without it, only less tidy.
fn add_style() {
    let document = gloo::utils::document();
    let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "own-data.css");
    let _ = head.append_child(&link);
}

/// Each copy of Yew numbers its trees from 1, and the page's app, whose tree encloses this
/// one, is number 1 of its own copy. Yew decides which tree handles an event by the number
/// marked on the closest tree root: were both 1, the page's app would take this app's events
/// for its own and run its own handlers for them. A first, empty tree on an element outside
/// the document takes number 1 here, so this app is number 2.
fn burn_first_tree_id() {
    if let Ok(unused) = gloo::utils::document().create_element("div") {
        yew::Renderer::<Nothing>::with_root(unused).render();
    }
}

/// The empty app of [`burn_first_tree_id`].
#[component]
fn Nothing() -> Html {
    html! {}
}
