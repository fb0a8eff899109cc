//! A dismissible notice listing the URL parameters that could not be used.

use crate::i18n::{Lang, Text};
use crate::url::{Ignored, Reason};
use yew::prelude::*;

/// Properties of [`UrlNotice`].
#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    /// The parameters that were dropped.
    pub ignored: Vec<Ignored>,
    /// Called when the user closes the notice.
    pub on_dismiss: Callback<()>,
}

/// Why a parameter was dropped, in words.
fn reason_text(reason: Reason) -> Text {
    match reason {
        Reason::UnknownName => Text::ReasonUnknownName,
        Reason::BadValue => Text::ReasonBadValue,
        Reason::UnknownProject => Text::ReasonUnknownProject,
        Reason::UnknownValue => Text::ReasonUnknownValue,
        Reason::TooLong => Text::ReasonTooLong,
        Reason::BadEscape => Text::ReasonBadEscape,
        Reason::Repeated => Text::ReasonRepeated,
        Reason::TooMany => Text::ReasonTooMany,
    }
}

/// Says which parts of the link were ignored; the rest of the view applies normally.
#[component]
pub fn UrlNotice(props: &UrlNoticeProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
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
