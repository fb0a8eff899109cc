//! « Méthodologie »: what each figure means, where the data comes from, what is unknown.

use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// The methodology section, in plain words.
#[component]
pub fn Methodology() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    html! {
        <section class="methodology" id="methodologie" aria-labelledby="methodology-title">
            <h2 id="methodology-title">{ t(Text::Methodology) }</h2>
            <h3>{ t(Text::MethFigures) }</h3>
            <dl>
                <dt>{ t(Text::AmountFtap) }</dt>
                <dd>{ t(Text::MethFtap) }</dd>
                <dt>{ t(Text::AmountCost) }</dt>
                <dd>{ t(Text::MethCost) }</dd>
                <dt>{ t(Text::AmountSavings) }</dt>
                <dd>{ t(Text::MethSavings) }</dd>
                <dt>{ t(Text::MethRatiosTitle) }</dt>
                <dd>{ t(Text::MethRatios) }</dd>
                <dt>{ t(Text::MethOfficialTitle) }</dt>
                <dd>{ t(Text::MethOfficial) }</dd>
            </dl>
            <h3>{ t(Text::MethSourcesTitle) }</h3>
            <p>{ t(Text::MethSources) }</p>
            <h3>{ t(Text::MethUnknownTitle) }</h3>
            <p>{ t(Text::MethUnknown) }</p>
            <p class="updated">{ Text::Updated.fill(lang, &[t(Text::UpdatedDate)]) }</p>
        </section>
    }
}
