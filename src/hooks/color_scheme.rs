//! The colour scheme the reader chose, applied to the page.

use crate::web;
use ftap_core::state::Scheme;
use yew::prelude::*;

/// Sets `data-scheme` on the root element, which the style sheet reads; `None` removes it
/// and the page follows the system setting.
#[hook]
pub fn use_color_scheme(scheme: Option<Scheme>) {
    use_effect_with(scheme, |scheme| {
        web::set_root_attribute("data-scheme", scheme.map(Scheme::key));
    });
}
