//! The thin layer over browser APIs: address bar and history, file downloads, clipboard.
//!
//! Kept apart from the components so they stay about rendering; every function here degrades
//! to a harmless no-op or an `Err` instead of throwing when an API is missing.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

// What Rust cannot say, or says at a cost: one snippet for both, fetched with the glue.
#[wasm_bindgen(inline_js = "
export function import_module(url) { return import(url); }
export function complete_links(root, selector, rest) {
  for (const a of root.querySelectorAll(selector)) {
    const href = a.getAttribute('href') ?? '';
    const link = href.split('?')[0] + rest;
    if (href !== link) a.setAttribute('href', link);
  }
}")]
extern "C" {
    /// A dynamic `import()`: Rust has no syntax for it. The address must be absolute, as a
    /// relative one would be read from this snippet's own folder.
    #[wasm_bindgen(catch)]
    pub fn import_module(url: &str) -> Result<js_sys::Promise, JsValue>;

    /// Gives every link `root` holds under `selector` the query string `rest` (`?…` or empty)
    /// after its path, writing only those that differ. One call for a whole table: done link
    /// by link from Rust, it crossed into JavaScript five times a link.
    pub fn complete_links(root: &web_sys::Element, selector: &str, rest: &str);
}

/// The element matching `selector` that an event happened in, if any: one listener on a
/// container serves all its controls (table rows, treemap marks), instead of one each.
pub fn closest_target(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok()?
}

/// The query string of the current address (`?q=…`), or an empty string.
pub fn location_search() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The path of the current address (`/…/projets/<id>/` on a project's own page).
pub fn location_path() -> String {
    gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default()
}

/// `link` (relative to the explorer's folder, as [`ftap_core::url::permalink`] gives it) as a
/// full address. It is resolved against the document's base: the explorer's folder on a
/// project's own page (its `<base>`), the page's address elsewhere.
pub fn absolute(link: &str) -> String {
    let base = gloo::utils::document().base_uri().ok().flatten();
    base.and_then(|base| web_sys::Url::new_with_base(link, &base).ok())
        .map_or_else(|| link.to_owned(), |url| url.href())
}

/// Writes `search` in the address bar: a new history entry if `push`, else in place.
pub fn set_location_search(search: &str, push: bool) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    // An empty search would keep the old query string: use the page's folder instead. Both
    // resolve against the document's base, which a project's own page sets to the explorer's
    // folder: the address then leaves the project's page for the explorer's.
    let target = if search.is_empty() {
        "./".to_owned()
    } else {
        search.to_owned()
    };
    let result = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
    if let Err(e) = result {
        gloo::console::warn!("history update failed", e);
    }
}

/// Offers `content` as a file download named `name`, generated locally (nothing is sent).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    web_sys::Url::revoke_object_url(&url)
}

/// Copies `text` to the clipboard: the Clipboard API where the page may use it, otherwise the
/// older `execCommand("copy")` on a temporary text area.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = gloo::utils::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if has_clipboard {
        let promise = navigator.clipboard().write_text(text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return Ok(());
        }
    }
    copy_with_exec_command(text)
}

fn copy_with_exec_command(text: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let area: web_sys::HtmlTextAreaElement = document.create_element("textarea")?.dyn_into()?;
    area.set_value(text);
    area.set_attribute("readonly", "")?;
    area.set_class_name("offscreen");
    let body = gloo::utils::body();
    body.append_child(&area)?;
    area.select();
    let html: web_sys::HtmlDocument = document.dyn_into()?;
    let copied = html.exec_command("copy");
    body.remove_child(&area)?;
    match copied {
        Ok(true) => Ok(()),
        Ok(false) => Err(JsValue::from_str("copy refused")),
        Err(e) => Err(e),
    }
}

/// Today's date on the reader's clock.
pub fn today() -> ftap_core::model::Date {
    let now = js_sys::Date::new_0();
    ftap_core::model::Date {
        year: now.get_full_year() as u16,
        month: (now.get_month() + 1) as u8,
        day: now.get_date() as u8,
    }
}

/// Sets the document's title (what tabs, bookmarks and history show).
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Sets (or removes, with `None`) an attribute of the root `<html>` element.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    focus(gloo::utils::document().get_element_by_id(id));
}

/// Moves focus to the first element `selector` matches, if any.
pub fn focus_first(selector: &str) {
    focus(
        gloo::utils::document()
            .query_selector(selector)
            .ok()
            .flatten(),
    );
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Scrolls to the element the address's fragment names (`#coverage`), if it is in the page now
/// and the reader has not scrolled yet: the browser looked for it when the page loaded, before
/// the app drew it.
pub fn reveal_fragment_target() {
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let untouched = window.scroll_y().is_ok_and(|y| y == 0.0);
    if let Some(target) = gloo::utils::document()
        .get_element_by_id(id)
        .filter(|_| untouched)
    {
        target.scroll_into_view();
    }
}
