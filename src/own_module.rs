//! The page's side of the app that explores a reader's own file (`src/bin/open-app.rs`): its
//! module is imported when first needed, then mounted in an element of the page.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The module Trunk writes beside the page (see index.html).
const MODULE: &str = "open-app.js";

#[wasm_bindgen]
extern "C" {
    /// The module's exports.
    type Module;
    /// Fetches and starts the module's wasm (wasm-bindgen's default export).
    #[wasm_bindgen(method, js_name = default)]
    fn init(this: &Module) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn mount(
        this: &Module,
        host: &web_sys::Element,
        lang: &str,
        on_shown: &js_sys::Function,
    ) -> OwnApp;

    /// The mounted app.
    #[derive(Clone)]
    pub type OwnApp;
    /// Opens a file the reader picked or dropped.
    #[wasm_bindgen(method)]
    pub fn open_file(this: &OwnApp, file: &web_sys::File);
    /// Follows the page's language (its code).
    #[wasm_bindgen(method)]
    pub fn set_language(this: &OwnApp, lang: &str);
}

/// Imports the module, starts it and mounts the app in `host` in the language `lang` (a
/// code); `on_shown` is called with whether the opened data takes the place of the FTAP data.
pub async fn load(
    host: &web_sys::Element,
    lang: &str,
    on_shown: &js_sys::Function,
) -> Result<OwnApp, JsValue> {
    let module: Module = JsFuture::from(crate::web::import_module(&crate::web::absolute(MODULE))?)
        .await?
        .unchecked_into();
    JsFuture::from(module.init()).await?;
    Ok(module.mount(host, lang, on_shown))
}
