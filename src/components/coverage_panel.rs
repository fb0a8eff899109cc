//! Coverage: for each call, laureates and FTAP money announced against what the dataset
//! lists, as a table and a bar chart, so a partial sum is never read as the fund's total.

use crate::catalog::Catalog;
use crate::components::amount::amount;
use crate::components::bar_chart::{Bar, BarChart};
use crate::coverage::{self, RoundCoverage};
use crate::format;
use crate::i18n::Lang;
use crate::shared::Shared;
use crate::stats::announced_by_year;
use yew::prelude::*;

/// Properties of [`CoveragePanel`].
#[derive(Properties, PartialEq)]
pub struct CoveragePanelProps {
    /// The catalog.
    pub catalog: Shared<Catalog>,
}

fn count(n: Option<u32>) -> Html {
    match n {
        Some(n) => html! { { n } },
        None => html! { <span class="unknown">{ "n.c." }</span> },
    }
}

/// The coverage table and chart, with a one-sentence summary on top.
#[component]
pub fn CoveragePanel(props: &CoveragePanelProps) -> Html {
    let data = &props.catalog.data;
    let rows: Vec<RoundCoverage> = coverage::by_round(data);
    let with_amount: Vec<&RoundCoverage> = rows
        .iter()
        .filter(|c| c.announced_ftap_eur.is_some())
        .collect();
    let announced: u64 = with_amount
        .iter()
        .filter_map(|c| c.announced_ftap_eur)
        .sum();
    let listed: u64 = with_amount.iter().map(|c| c.listed_ftap_eur).sum();
    let laureates: u32 = rows.iter().filter_map(|c| c.announced_laureates).sum();
    let percent = if announced > 0 {
        listed as f64 * 100.0 / announced as f64
    } else {
        0.0
    };
    let years = announced_by_year(data).into_iter().map(|y| {
        let at_least = |missing: usize| if missing > 0 { "au moins " } else { "" };
        let laureates = y.laureates.map_or_else(
            || "lauréats non publiés".to_owned(),
            |n| format!("{}{n} lauréats annoncés", at_least(y.calls_without_laureates)),
        );
        let ftap = y.ftap_eur.map_or_else(
            || "montant non publié".to_owned(),
            |eur| format!("{}{}", at_least(y.calls_without_ftap), format::euros_compact(eur, Lang::Fr)),
        );
        html! { <li key={y.year}><strong>{ y.year }</strong>{ format!(" : {laureates}, {ftap}") }</li> }
    });
    let lines = rows.iter().map(|c| {
        let round = &data.rounds[c.round];
        html! {
            <tr key={round.id.clone()}>
                <th scope="row">{ &round.label }</th>
                <td class="num">{ count(c.announced_laureates) }</td>
                <td class="num">{ c.listed }</td>
                <td class="num">{ amount(c.announced_ftap_eur, true) }</td>
                <td class="num">{ amount(Some(c.listed_ftap_eur), true) }
                    if c.listed_unknown > 0 {
                        <span class="note">{ format!(" ({} sans montant)", c.listed_unknown) }</span>
                    }
                </td>
                <td class="num">{ amount(c.ftap_gap_eur(), true) }</td>
            </tr>
        }
    });
    let bars: Vec<Bar> = with_amount
        .iter()
        .map(|c| {
            let share = c.ftap_share().unwrap_or(0.0) * 100.0;
            Bar {
                label: data.rounds[c.round].label.clone(),
                value: c.listed_ftap_eur,
                value_text: format!(
                    "{} listés sur {} annoncés ({:.0} %)",
                    format::euros_compact(c.listed_ftap_eur, Lang::Fr),
                    format::euros_compact(c.announced_ftap_eur.unwrap_or(0), Lang::Fr),
                    share
                ),
                reference: c.announced_ftap_eur,
            }
        })
        .collect();
    html! {
        <section class="coverage" id="coverage" aria-labelledby="coverage-title">
            <h2 id="coverage-title">{ "Ce que les données couvrent" }</h2>
            <p class="coverage-summary">
                { format!(
                    "Les appels dont le montant a été publié annoncent {} ; les projets listés ici \
                     n'en détaillent que {} ({:.0} %). Les appels ont désigné au moins {} lauréats ; \
                     {} projets sont listés.",
                    format::euros_compact(announced, Lang::Fr),
                    format::euros_compact(listed, Lang::Fr),
                    percent,
                    laureates,
                    data.projects.len()
                ) }
            </p>
            <ul class="years" aria-label="Chiffres officiels par année">{ for years }</ul>
            <BarChart title="Montants FTAP listés et annoncés, par appel" id="coverage-chart"
                {bars} value_heading="Listés / annoncés" reference_label={Some(AttrValue::from("annoncé"))} />
            <div class="table-wrap">
                <table class="coverage-table">
                    <caption>{ "Couverture par appel : chiffres officiels et projets listés. « n.c. » : non publié." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Appel" }</th>
                            <th scope="col" class="num">{ "Lauréats annoncés" }</th>
                            <th scope="col" class="num">{ "Projets listés" }</th>
                            <th scope="col" class="num">{ "FTAP annoncé" }</th>
                            <th scope="col" class="num">{ "Σ FTAP listé (connus)" }</th>
                            <th scope="col" class="num">{ "Écart" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for lines }</tbody>
                </table>
            </div>
        </section>
    }
}
