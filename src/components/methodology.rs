//! « Méthodologie »: the fund in brief (purpose, selection criteria, savings rule,
//! thresholds, calls and their calendar, each with its source), what each figure means, where
//! the data comes from, what is unknown.

use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::Text;
use ftap_core::labels::{self, round_label};
use ftap_core::model::RoundKind;
use yew::prelude::*;

/// Facts about the fund, each with the document that states it.
const IN_BRIEF: [(Text, Text, &str); 6] = [
    (
        Text::BriefPurposeTitle,
        Text::BriefPurpose,
        "https://www.modernisation.gouv.fr/actualites/700-millions-deuros-pour-transformer-laction-publique",
    ),
    (
        Text::BriefCriteriaTitle,
        Text::BriefCriteria,
        "https://www.modernisation.gouv.fr/actualites/investir-pour-transformer",
    ),
    (
        Text::BriefRuleTitle,
        Text::BriefRule,
        "https://www.budget.gouv.fr/files/uploads/extract/2019/PLR/BG/PGM/349/FR_2019_PLR_BG_PGM_349_STRAT.html",
    ),
    (
        Text::BriefThresholdsTitle,
        Text::BriefThresholds,
        "https://www.lemondeinformatique.fr/actualites/lire-l-etat-repartit-140-meteuro-sur-16-projets-pour-sa-transformation-numerique-79510.html",
    ),
    (
        Text::BriefSecondTitle,
        Text::BriefSecond,
        "https://banquedesterritoires.fr/fonds-pour-la-transformation-de-laction-publique-2-330-millions-deuros-pour-2023-2025",
    ),
    (
        Text::BriefWindowsTitle,
        Text::BriefWindows,
        "https://github.com/numerique-gouv/numerique.gouv.fr/blob/HEAD/_services/guichet-financement-exploitation-valorisation-des-donnees.markdown",
    ),
];

/// The methodology section, in plain words.
#[component]
pub fn Methodology() -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let facts = IN_BRIEF.iter().map(|&(title, text, source)| {
        html! {
            <>
                <dt>{ t(title) }</dt>
                <dd>{ t(text) }{ " " }<a href={source} rel="noopener noreferrer">{ t(Text::SourceLink) }</a></dd>
            </>
        }
    });
    let calls = catalog
        .data
        .rounds
        .iter()
        .filter(|r| r.kind == RoundKind::Call)
        .map(|r| {
            let when = r
                .announced
                .map_or_else(|| t(Text::DateUnknown).to_owned(), |d| format::date(d, lang));
            html! {
                <li key={r.id.clone()}>
                    { format!("{}{}{when} ", round_label(r, lang), format::colon(lang)) }
                    if let Some(source) = r.sources.first() {
                        <a href={source.clone()} rel="noopener noreferrer">{ t(Text::SourceLink) }</a>
                    }
                </li>
            }
        });
    html! {
        <section class="methodology" id="methodologie" aria-labelledby="methodology-title">
            <h2 id="methodology-title">{ t(Text::Methodology) }</h2>
            <h3 id="in-brief">{ t(Text::InBrief) }</h3>
            <dl aria-labelledby="in-brief">{ for facts }</dl>
            <h4>{ t(Text::Calendar) }</h4>
            <ul class="calendar">{ for calls }</ul>
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
            <h3>{ t(Text::MethGradesTitle) }</h3>
            <p>{ t(Text::MethGrades) }</p>
            <h3>{ t(Text::MethSourcesTitle) }</h3>
            <p>{ t(Text::MethSources) }</p>
            <h3>{ t(Text::MethUnknownTitle) }</h3>
            <p>{ t(Text::MethUnknown) }</p>
            <p class="updated">{ labels::updated_text(&catalog.data, lang) }</p>
        </section>
    }
}
