//! A dismissible notice listing the URL parameters that could not be used.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use ftap_core::labels::reason_text;
use ftap_core::url::Ignored;
use yew::prelude::*;

/// Properties of [`UrlNotice`].
#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    /// The parameters that were dropped.
    pub ignored: Vec<Ignored>,
    /// Called when the user closes the notice.
    pub on_dismiss: Callback<()>,
}

/// Says which parts of the link were ignored; the rest of the view applies normally.
#[component]
pub fn UrlNotice(props: &UrlNoticeProps) -> Html {
    let lang = use_lang();
    if props.ignored.is_empty() {
        return html! {};
    }
    let items = props.ignored.iter().map(|i| {
        html! { <li><code>{ &i.key }</code>{ " : " }{ reason_text(i.reason).get(lang) }</li> }
    });
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            <p>{ Text::LinkPartlyIgnored.get(lang) }</p>
            <ul>{ for items }</ul>
            <button type="button" class="button" onclick={on_click}>{ Text::CloseMessage.get(lang) }</button>
        </div>
    }
}
