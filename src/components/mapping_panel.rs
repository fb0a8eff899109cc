//! The mapping panel: each column of an opened file with a few of its values and the role
//! proposed for it, which the reader can change before loading.

use crate::store::use_lang;
use ftap_core::i18n::OwnText;
use ftap_core::labels;
use ftap_core::open::protocol::Previewed;
use ftap_core::open::reading::reading;
use ftap_core::open::schema::{Role, Schema, SchemaProblem};
use ftap_core::open::value::Marks;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`MappingPanel`].
#[derive(Properties, PartialEq)]
pub struct MappingPanelProps {
    /// The file's name.
    pub name: AttrValue,
    /// The start of the file.
    pub previewed: Rc<Previewed>,
    /// The mapping being edited.
    pub schema: Rc<Schema>,
    /// Why it cannot be loaded yet, if so.
    pub problem: Option<SchemaProblem>,
    /// Called with a column and its new role.
    pub on_role: Callback<(usize, Role)>,
    /// Called with the column chosen as the main amount.
    pub on_primary: Callback<usize>,
    /// Called with what a lone comma means in the amounts, when the reader says.
    pub on_marks: Callback<Marks>,
    /// Called to load the file with this mapping.
    pub on_confirm: Callback<()>,
    /// Called to give up (back to the FTAP data).
    pub on_cancel: Callback<()>,
}

/// A table of the columns (header, examples, a role list, the main amount as a radio
/// button) and the buttons to load or cancel.
#[component]
pub fn MappingPanel(props: &MappingPanelProps) -> Html {
    let lang = use_lang();
    let t = |k: OwnText| k.get(lang);
    let p = &props.previewed;
    let marks = props.schema.marks_or(p.marks);
    let format = OwnText::FileFormat.fill(
        lang,
        &[
            t(labels::encoding_text(p.encoding)),
            t(labels::delimiter_text(p.delimiter)),
        ],
    );
    let rows = p.headers.iter().enumerate().map(|(column, header)| {
        let role = props.schema.roles.get(column).copied().unwrap_or(Role::Other);
        let examples: Vec<&str> = p
            .sample
            .iter()
            .filter_map(|row| row.get(column).map(String::as_str))
            .filter(|v| !v.trim().is_empty())
            .take(3)
            .collect();
        let on_change = props.on_role.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            (column, Role::from_key(&value).unwrap_or(Role::Other))
        });
        let on_primary = props.on_primary.reform(move |_: Event| column);
        let select_id = format!("role-{column}");
        html! {
            <tr>
                <th scope="row"><label for={select_id.clone()}>{ header }</label></th>
                <td class="examples">
                    <ul>{ for examples.iter().map(|e| html! {
                        <li>
                            { *e }
                            if let Some(read) = reading(e, role, marks, lang) {
                                <span class="read-as">{ OwnText::ReadAs.fill(lang, &[&read]) }</span>
                            }
                        </li>
                    }) }</ul>
                </td>
                <td>
                    <select id={select_id} onchange={on_change}>
                        { for Role::ALL.iter().map(|&r| html! {
                            <option value={r.key()} selected={r == role}>{ t(labels::role_text(r)) }</option>
                        }) }
                    </select>
                </td>
                <td>
                    if role == Role::Amount {
                        <input type="radio" name="primary-amount" checked={props.schema.primary == Some(column)}
                            aria-label={OwnText::MapPrimaryOf.fill(lang, &[header])} onchange={on_primary} />
                    }
                </td>
            </tr>
        }
    });
    // A file that says nothing either way (`12,500` alone) is read with the decimal comma:
    // the reader, who knows the file, can say otherwise and see every example read again.
    let commas = p.marks_matter(&props.schema).then(|| {
        let on_change = props.on_marks.reform(move |_: Event| marks.other());
        html! {
            <div class="commas-choice">
                <label for="commas-thousands" class="check">
                    <input type="checkbox" id="commas-thousands" checked={marks == Marks::ThousandsComma}
                        onchange={on_change} aria-describedby="commas-help" />
                    { t(OwnText::CommasAsThousands) }
                </label>
                <p id="commas-help" class="help">{ t(OwnText::CommasHelp) }</p>
            </div>
        }
    });
    let on_confirm = props.on_confirm.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="mapping" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{ OwnText::MappingTitle.fill(lang, &[&props.name]) }</h2>
            <p>{ t(OwnText::MappingIntro) }</p>
            <p class="help">
                { t(labels::kind_text(props.schema.kind)) }{ " " }{ format }
                if marks == Marks::ThousandsComma {
                    { " " }{ t(OwnText::ThousandsComma) }
                }
            </p>
            { for commas }
            <div class="table-wrap">
                <table>
                    <caption class="visually-hidden">{ OwnText::MappingTitle.fill(lang, &[&props.name]) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(OwnText::MapColumn) }</th>
                            <th scope="col">{ t(OwnText::MapExamples) }</th>
                            <th scope="col">{ t(OwnText::MapRole) }</th>
                            <th scope="col">{ t(OwnText::MapPrimary) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if let Some(problem) = props.problem {
                <p class="error" role="alert">{ t(labels::schema_problem_text(problem)) }</p>
            }
            <p class="actions">
                <button type="button" class="button" disabled={props.problem.is_some()} onclick={on_confirm}>
                    { t(OwnText::LoadFile) }
                </button>
                <button type="button" class="button quiet" onclick={on_cancel}>{ t(OwnText::Cancel) }</button>
            </p>
        </section>
    }
}
