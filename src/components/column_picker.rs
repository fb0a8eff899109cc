//! « Colonnes supplémentaires »: the optional columns of the project table (carrier, year),
//! as checkboxes; the choice is kept in the link.

use crate::store::use_lang;
use ftap_core::i18n::Text;
use ftap_core::labels::column_title;
use ftap_core::sort::Column;
use yew::prelude::*;

/// Properties of [`ColumnPicker`].
#[derive(Properties, PartialEq)]
pub struct ColumnPickerProps {
    /// The optional columns shown.
    pub shown: Vec<Column>,
    /// Called with a column to show or hide.
    pub on_toggle: Callback<Column>,
}

/// A checkbox per optional column.
#[component]
pub fn ColumnPicker(props: &ColumnPickerProps) -> Html {
    let lang = use_lang();
    let boxes = Column::OPTIONAL.iter().map(|&column| {
        let id = format!("column-{}", column.key());
        let on_change = props.on_toggle.reform(move |_: Event| column);
        html! {
            <label for={id.clone()} class="check">
                <input type="checkbox" {id} checked={props.shown.contains(&column)} onchange={on_change} />
                { column_title(column).get(lang) }
            </label>
        }
    });
    html! {
        <fieldset class="column-picker">
            <legend>{ Text::Columns.get(lang) }</legend>
            { for boxes }
        </fieldset>
    }
}
