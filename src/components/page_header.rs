//! The page banner: what FTAP is in one sentence, and the language and theme switches.

use crate::store::use_lang;
use ftap_core::i18n::{Lang, Text};
use ftap_core::state::Scheme;
use yew::prelude::*;

/// Properties of [`PageHeader`].
#[derive(Properties, PartialEq)]
pub struct PageHeaderProps {
    /// The colour scheme forced by the user, if any.
    pub scheme: Option<Scheme>,
    /// Called with the language chosen.
    pub on_lang: Callback<Lang>,
    /// Called with the colour scheme chosen (`None`: follow the system).
    pub on_scheme: Callback<Option<Scheme>>,
}

/// The site header with the title, a one-sentence presentation of the fund, and the display
/// settings as toggle buttons.
#[component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let lang_button = |choice: Lang, label: &'static str| {
        let on_click = props.on_lang.reform(move |_: MouseEvent| choice);
        html! {
            <button type="button" class="toggle" lang={choice.code()}
                aria-pressed={(lang == choice).to_string()} onclick={on_click}>{ label }</button>
        }
    };
    let scheme_button = |choice: Option<Scheme>, label: Text| {
        let on_click = props.on_scheme.reform(move |_: MouseEvent| choice);
        html! {
            <button type="button" class="toggle" aria-pressed={(props.scheme == choice).to_string()}
                onclick={on_click}>{ t(label) }</button>
        }
    };
    html! {
        <header class="page-header">
            <div class="settings" role="group" aria-label={t(Text::Settings)}>
                <div role="group" aria-label={t(Text::Language)}>
                    { lang_button(Lang::Fr, "Français") }
                    { lang_button(Lang::En, "English") }
                </div>
                <div role="group" aria-label={t(Text::Appearance)}>
                    <span class="settings-label" aria-hidden="true">{ t(Text::Appearance) }</span>
                    { scheme_button(None, Text::ThemeSystem) }
                    { scheme_button(Some(Scheme::Light), Text::ThemeLight) }
                    { scheme_button(Some(Scheme::Dark), Text::ThemeDark) }
                </div>
            </div>
            <h1>{ t(Text::AppTitle) }</h1>
            <p class="lede">{ t(Text::Lede) }</p>
            if lang != Lang::Fr {
                <p class="help">{ t(Text::DataInFrench) }</p>
            }
        </header>
    }
}
