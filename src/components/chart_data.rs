//! A chart's data as a table, behind a disclosure: the table is built only while it is open.
//!
//! A treemap of 200 marks has a 200-row table; building it on every keystroke for a closed
//! disclosure cost as much as the visible table of projects.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use web_sys::Element;
use yew::prelude::*;

/// Properties of [`ChartData`].
#[derive(Properties, PartialEq)]
pub struct ChartDataProps {
    /// Draws the table (called only while the disclosure is open).
    pub table: Callback<(), Html>,
}

/// « Données du graphique (tableau) », a `<details>` whose table appears when opened.
#[component]
pub fn ChartData(props: &ChartDataProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<Element>().has_attribute("open"))
        })
    };
    html! {
        <details class="chart-data" ontoggle={on_toggle}>
            <summary>{ Text::ChartData.get(lang) }</summary>
            if *open {
                { props.table.emit(()) }
            }
        </details>
    }
}
