//! The document's language and title follow the interface language.

use crate::web;
use ftap_core::i18n::{Lang, Text};
use yew::prelude::*;

/// Sets `lang` on the root element (so screen readers pronounce the interface right; the
/// data's own elements keep `lang="fr"`) and the page title.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |lang| {
        web::set_root_attribute("lang", Some(lang.code()));
        web::set_title(Text::PageTitle.get(*lang));
    });
}
