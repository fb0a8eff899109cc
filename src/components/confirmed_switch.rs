//! « Lauréats confirmés seulement »: leaves out the projects known only through programme 349
//! funding; the rows, key figures, breakdowns and exports follow, and the link keeps it.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use yew::prelude::*;

/// Properties of [`ConfirmedSwitch`].
#[derive(Properties, PartialEq)]
pub struct ConfirmedSwitchProps {
    /// Whether only confirmed laureates are shown.
    pub on: bool,
    /// Called with the new state.
    pub on_change: Callback<bool>,
}

/// A labelled checkbox with its explanation.
#[component]
pub fn ConfirmedSwitch(props: &ConfirmedSwitchProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let (on_change, on) = (props.on_change.clone(), props.on);
        Callback::from(move |_: Event| on_change.emit(!on))
    };
    html! {
        <div class="confirmed-switch">
            <label for="confirmed-only" class="check">
                <input type="checkbox" id="confirmed-only" checked={props.on} onchange={on_change}
                    aria-describedby="confirmed-only-help" />
                { Text::ConfirmedOnly.get(lang) }
            </label>
            <p id="confirmed-only-help" class="help">{ Text::ConfirmedOnlyHelp.get(lang) }</p>
        </div>
    }
}
