//! The facet filters: every facet's values as toggle buttons with counts and sums.

use crate::components::facet_group::FacetGroup;
use crate::store::use_lang;
use ftap_core::facets::{Facet, Selection, ValueCount};
use ftap_core::i18n::Text;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FacetPanel`].
#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    /// Counts of each facet in the current results (they may follow the view a frame late).
    pub facets: Rc<Vec<(Facet, Vec<ValueCount>)>>,
    /// The values that filter the view now: what the buttons show as pressed.
    pub selection: Selection,
    /// Called with a facet value to select or unselect.
    pub on_toggle: Callback<(Facet, String)>,
}

/// Every facet as a group of toggle buttons (see [`FacetGroup`]); a group whose values did
/// not change is not drawn again.
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let lang = use_lang();
    let groups = props.facets.iter().map(|(facet, values)| {
        html! {
            <FacetGroup key={facet.key()} facet={*facet} values={values.clone()}
                selected={props.selection.get(facet).cloned().unwrap_or_default()}
                on_toggle={props.on_toggle.clone()} />
        }
    });
    html! {
        <div class="facets">
            <p class="help">{ Text::FacetsHelp.get(lang) }</p>
            { for groups }
        </div>
    }
}
