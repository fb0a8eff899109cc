//! A period on the date column of opened data: two date fields, either may stay empty.

use crate::store::use_lang;
use ftap_core::i18n::OwnText;
use ftap_core::model::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`OwnDates`].
#[derive(Properties, PartialEq)]
pub struct OwnDatesProps {
    /// The date column's header.
    pub header: AttrValue,
    /// Called with the first and last dates kept each time a field changes.
    pub on_dates: Callback<(Option<Date>, Option<Date>)>,
}

/// Two labelled date fields (the browser's date picker; the value is an ISO date).
#[component]
pub fn OwnDates(props: &OwnDatesProps) -> Html {
    let lang = use_lang();
    let (from, to) = (use_node_ref(), use_node_ref());
    let on_change = {
        let (from, to, on_dates) = (from.clone(), to.clone(), props.on_dates.clone());
        Callback::from(move |_: Event| {
            let read = |field: &NodeRef| {
                field
                    .cast::<HtmlInputElement>()
                    .and_then(|input| Date::parse_iso(&input.value()))
            };
            on_dates.emit((read(&from), read(&to)));
        })
    };
    html! {
        <div class="range own-dates">
            <div class="bounds">
                <div class="bound">
                    <label for="own-from">{ OwnText::OwnDateFrom.fill(lang, &[&props.header]) }</label>
                    <input id="own-from" ref={from} type="date" onchange={on_change.clone()} />
                </div>
                <div class="bound">
                    <label for="own-to">{ OwnText::OwnDateTo.fill(lang, &[&props.header]) }</label>
                    <input id="own-to" ref={to} type="date" onchange={on_change} />
                </div>
            </div>
        </div>
    }
}
