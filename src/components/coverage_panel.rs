//! Coverage: for each call, laureates and FTAP money announced against what the dataset
//! lists, as a table and a bar chart, so a partial sum is never read as the fund's total.

use crate::catalog::Catalog;
use crate::components::amount::amount;
use crate::components::bar_chart::{Bar, BarChart};
use crate::coverage::{self, RoundCoverage};
use crate::format;
use crate::i18n::{Lang, Text};
use crate::shared::Shared;
use crate::stats::announced_by_year;
use yew::prelude::*;

/// Properties of [`CoveragePanel`].
#[derive(Properties, PartialEq)]
pub struct CoveragePanelProps {
    /// The catalog.
    pub catalog: Shared<Catalog>,
}

fn count(n: Option<u32>, lang: Lang) -> Html {
    match n {
        Some(n) => html! { { n } },
        None => html! { <span class="unknown">{ Text::NotGiven.get(lang) }</span> },
    }
}

/// The coverage table and chart, with a one-sentence summary on top.
#[component]
pub fn CoveragePanel(props: &CoveragePanelProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
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
        let laureates = y.laureates.map_or_else(
            || t(Text::YearLaureatesUnknown).to_owned(),
            |n| {
                let text = if y.calls_without_laureates > 0 {
                    Text::YearLaureatesAtLeast
                } else {
                    Text::YearLaureates
                };
                text.fill(lang, &[&n.to_string()])
            },
        );
        let ftap = y.ftap_eur.map_or_else(
            || t(Text::YearAmountUnknown).to_owned(),
            |eur| {
                let amount = format::euros_compact(eur, lang);
                if y.calls_without_ftap > 0 {
                    Text::YearAmountAtLeast.fill(lang, &[&amount])
                } else {
                    amount
                }
            },
        );
        html! { <li key={y.year}><strong>{ y.year }</strong>{ format!(" : {laureates}, {ftap}") }</li> }
    });
    let lines = rows.iter().map(|c| {
        let round = &data.rounds[c.round];
        html! {
            <tr key={round.id.clone()}>
                <th scope="row">{ &round.label }</th>
                <td class="num">{ count(c.announced_laureates, lang) }</td>
                <td class="num">{ c.listed }</td>
                <td class="num">{ amount(lang, c.announced_ftap_eur, true) }</td>
                <td class="num">{ amount(lang, Some(c.listed_ftap_eur), true) }
                    if c.listed_unknown > 0 {
                        <span class="note">{ format!(" {}", Text::WithoutAmount.fill(lang, &[&c.listed_unknown.to_string()])) }</span>
                    }
                </td>
                <td class="num">{ amount(lang, c.ftap_gap_eur(), true) }</td>
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
                value_text: Text::CoverageBar.fill(
                    lang,
                    &[
                        &format::euros_compact(c.listed_ftap_eur, lang),
                        &format::euros_compact(c.announced_ftap_eur.unwrap_or(0), lang),
                        &format::decimal(share, 0, lang),
                    ],
                ),
                reference: c.announced_ftap_eur,
            }
        })
        .collect();
    html! {
        <section class="coverage" id="coverage" aria-labelledby="coverage-title">
            <h2 id="coverage-title">{ t(Text::Coverage) }</h2>
            <p class="coverage-summary">
                { Text::CoverageSummary.fill(lang, &[
                    &format::euros_compact(announced, lang),
                    &format::euros_compact(listed, lang),
                    &format::decimal(percent, 0, lang),
                    &laureates.to_string(),
                    &data.projects.len().to_string(),
                ]) }
            </p>
            <ul class="years" aria-label={t(Text::OfficialByYear)}>{ for years }</ul>
            <BarChart title={t(Text::CoverageChart)} id="coverage-chart"
                {bars} value_heading={t(Text::CoverageValue)} reference_label={Some(AttrValue::from(t(Text::Announced)))} />
            <div class="table-wrap">
                <table class="coverage-table">
                    <caption>{ t(Text::CoverageCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(Text::ColCall) }</th>
                            <th scope="col" class="num">{ t(Text::ColLaureates) }</th>
                            <th scope="col" class="num">{ t(Text::ColListed) }</th>
                            <th scope="col" class="num">{ t(Text::ColFtapAnnounced) }</th>
                            <th scope="col" class="num">{ t(Text::ColFtapListed) }</th>
                            <th scope="col" class="num">{ t(Text::ColGap) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for lines }</tbody>
                </table>
            </div>
        </section>
    }
}
