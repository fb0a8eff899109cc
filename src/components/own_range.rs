//! A range on an amount column of opened data: two fields in euros, read as typed.

use crate::store::use_lang;
use ftap_core::i18n::OwnText;
use ftap_core::open::value::{parse_amount_in, Cents, Marks};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`OwnRange`].
#[derive(Properties, PartialEq)]
pub struct OwnRangeProps {
    /// The amount column.
    pub column: usize,
    /// Its header.
    pub header: AttrValue,
    /// Called with the column and its bounds, in cents, each time a field is left or
    /// submitted.
    pub on_range: Callback<(usize, Option<Cents>, Option<Cents>)>,
}

/// Two labelled fields; one that cannot be read says so and is not applied.
#[component]
pub fn OwnRange(props: &OwnRangeProps) -> Html {
    let lang = use_lang();
    let (min, max) = (use_node_ref(), use_node_ref());
    let bad = use_state(|| false);
    let apply = {
        let (min, max, bad, on_range) = (
            min.clone(),
            max.clone(),
            bad.setter(),
            props.on_range.clone(),
        );
        let column = props.column;
        Callback::from(move |()| {
            let read = |field: &NodeRef| {
                let text = field
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default();
                let text = text.trim().to_owned();
                if text.is_empty() {
                    Ok(None)
                } else {
                    // As the reader writes numbers in the page's language.
                    parse_amount_in(&text, Marks::typed_in(lang))
                        .map(Some)
                        .ok_or(())
                }
            };
            let (low, high) = (read(&min), read(&max));
            bad.set(low.is_err() || high.is_err());
            on_range.emit((column, low.unwrap_or(None), high.unwrap_or(None)));
        })
    };
    let on_change = apply.reform(|_: Event| ());
    let (min_id, max_id) = (
        format!("own-min-{}", props.column),
        format!("own-max-{}", props.column),
    );
    let on_submit = apply.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="range own-range" onsubmit={on_submit}>
            <div class="bounds">
                <div class="bound">
                    <label for={min_id.clone()}>{ OwnText::OwnRangeMin.fill(lang, &[&props.header]) }</label>
                    <input id={min_id} ref={min} type="text" inputmode="decimal" autocomplete="off"
                        onchange={on_change.clone()} aria-invalid={(*bad).to_string()} />
                </div>
                <div class="bound">
                    <label for={max_id.clone()}>{ OwnText::OwnRangeMax.fill(lang, &[&props.header]) }</label>
                    <input id={max_id} ref={max} type="text" inputmode="decimal" autocomplete="off"
                        onchange={on_change} aria-invalid={(*bad).to_string()} />
                </div>
            </div>
            if *bad {
                <p class="error" role="alert">{ OwnText::RangeBad.get(lang) }</p>
            }
        </form>
    }
}
