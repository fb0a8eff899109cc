//! Coverage: what the calls announced against what the dataset lists — one sentence that
//! reconciles the totals, money per year (announced outline, listed bars split by whether the
//! call is established, click to filter), and per call as a chart and a table with each
//! call's notes and sources.

use crate::components::amount::{amount, sum};
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::source_link::source_link;
use crate::store::use_catalog;
use crate::store::use_lang;
use ftap_core::catalog::Catalog;
use ftap_core::coverage::{Coverage, RoundCoverage, YearMoney};
use ftap_core::facets::Facet;
use ftap_core::figures;
use ftap_core::format;
use ftap_core::i18n::{Lang, Text};
use ftap_core::labels::{grades_text, round_label, value_label};
use ftap_core::model::RoundKind;
use ftap_core::shared::Shared;
use ftap_core::stats::Sum;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`CoveragePanel`].
#[derive(Properties, PartialEq)]
pub struct CoveragePanelProps {
    /// Its coverage, computed once.
    pub coverage: Shared<Coverage>,
    /// Years selected in the view's facet, to show which year bars filter.
    pub years: Rc<BTreeSet<String>>,
    /// Called with a facet value to filter on (the year bars).
    pub on_toggle: Callback<(Facet, String)>,
}

fn count_cell(n: Option<u32>, lang: Lang) -> Html {
    match n {
        Some(n) => html! { { n } },
        None => html! { <span class="unknown">{ Text::NotGiven.get(lang) }</span> },
    }
}

/// The year's bar: listed amounts stacked (attributed to a call, then not), the announced
/// amount as outline.
fn year_bar(y: &YearMoney, selected: &BTreeSet<String>, catalog: &Catalog, lang: Lang) -> Bar {
    let key = y.year.map_or_else(|| "nc".to_owned(), |y| y.to_string());
    let announced = y.announced.as_ref();
    let announced_text =
        match announced.and_then(|a| a.ftap_eur.map(|eur| (eur, a.calls_without_ftap))) {
            Some((eur, 0)) => format::euros_compact(eur, lang),
            Some((eur, _)) => format!("≥\u{a0}{}", format::euros_compact(eur, lang)),
            None => Text::NotGiven.get(lang).to_owned(),
        };
    let listed = y.listed();
    let listed_text = if listed.projects() == 0 {
        Text::NoneListed.get(lang).to_owned()
    } else {
        figures::sum_text(listed, lang)
    };
    let mut value_text = Text::YearValue.fill(lang, &[&announced_text, &listed_text]);
    if y.unattributed.projects() > 0 {
        value_text.push_str(
            &Text::YearUnattributed.fill(lang, &[&figures::sum_text(y.unattributed, lang)]),
        );
    }
    Bar {
        label: value_label(&catalog.data, Facet::Year, &key, lang),
        segments: vec![y.in_calls.known_eur, y.unattributed.known_eur],
        reference: announced.and_then(|a| a.ftap_eur),
        value_text,
        no_data: listed.known == 0 && announced.and_then(|a| a.ftap_eur).is_none(),
        pressed: Some(selected.contains(&key)),
        key,
    }
}

/// A call's bar: listed amounts against the announced one; a bucket of projects whose call is
/// not established has no announced figure of its own, and says so.
fn round_bar(c: &RoundCoverage, catalog: &Catalog, lang: Lang) -> Bar {
    let round = &catalog.data.rounds[c.round];
    let value_text = match (round.kind, c.announced_ftap_eur) {
        (RoundKind::Call, Some(announced)) if c.listed.projects() == 0 => {
            Text::CoverageNone.fill(lang, &[&format::euros_compact(announced, lang)])
        }
        (RoundKind::Call, None) if c.listed.projects() == 0 => {
            Text::CoverageNothing.get(lang).to_owned()
        }
        (RoundKind::Unassigned, _) => {
            Text::CoverageBucket.fill(lang, &[&figures::sum_text(c.listed, lang)])
        }
        (RoundKind::Call, Some(announced)) => Text::CoverageBar.fill(
            lang,
            &[
                &figures::sum_text(c.listed, lang),
                &format::euros_compact(announced, lang),
                &c.ftap_share()
                    .map(|s| format::percent(s, 1, lang))
                    .unwrap_or_default(),
            ],
        ),
        (RoundKind::Call, None) => {
            Text::CoverageNoAmount.fill(lang, &[&figures::sum_text(c.listed, lang)])
        }
    };
    Bar {
        key: round.id.clone(),
        label: round_label(round, lang).to_owned(),
        segments: match round.kind {
            RoundKind::Call => vec![c.listed.known_eur, 0],
            RoundKind::Unassigned => vec![0, c.listed.known_eur],
        },
        reference: c.announced_ftap_eur,
        value_text,
        no_data: c.listed.known == 0 && c.announced_ftap_eur.is_none(),
        pressed: None,
    }
}

/// The reconciling sentence, money per year, and coverage per call.
#[component]
pub fn CoveragePanel(props: &CoveragePanelProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let data = &catalog.data;
    let rows = &props.coverage.rounds;
    let totals = props.coverage.totals;
    let summary = Text::CoverageSummary.fill(
        lang,
        &[
            &totals.calls_with_amount.to_string(),
            &format::euros_compact(totals.announced_eur, lang),
            &figures::sum_text(totals.in_announced_calls, lang),
            &totals
                .share()
                .map(|s| format::percent(s, 0, lang))
                .unwrap_or_default(),
            &figures::sum_text(totals.elsewhere, lang),
            &format::integer(totals.laureates, lang),
            &format::integer(totals.listed().projects() as u64, lang),
        ],
    );
    let year_bars: Vec<Bar> = props
        .coverage
        .years
        .iter()
        .map(|y| year_bar(y, &props.years, &catalog, lang))
        .collect();
    let round_bars: Vec<Bar> = rows.iter().map(|c| round_bar(c, &catalog, lang)).collect();
    let legend = vec![
        ("segment-0", t(Text::ListedInCall).to_owned()),
        ("segment-1", t(Text::ListedUnattributed).to_owned()),
        ("reference", t(Text::Announced).to_owned()),
    ];
    let on_year = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |year: String| on_toggle.emit((Facet::Year, year)))
    };
    let lines = rows.iter().map(|c| {
        let round = &data.rounds[c.round];
        let bucket = round.kind == RoundKind::Unassigned;
        let own = |cell: Html| if bucket { html! { "—" } } else { cell };
        let gap = c.ftap_gap_eur().map(|g| format::signed_euros_compact(g, lang));
        let share = c
            .ftap_share()
            .filter(|_| c.listed.known > 0)
            .map(|s| format!(" ({})", format::percent(s, 1, lang)));
        let label = round_label(round, lang).to_owned();
        let sources = round.sources.iter().map(|url| {
            html! { <li>{ source_link(data, lang, url, None) }</li> }
        });
        html! {
            <tr key={round.id.clone()}>
                <th scope="row">{ label.clone() }</th>
                <td class="num">{ own(count_cell(c.announced_laureates, lang)) }</td>
                <td class="num">{ c.listed.projects() }</td>
                <td lang={lang.code()}>{ grades_text(c.by_grade, lang) }</td>
                <td class="num">{ own(amount(lang, c.announced_ftap_eur, true)) }</td>
                <td class="num">{ sum(lang, c.listed) }{ share.unwrap_or_default() }</td>
                <td class="num">{ own(gap.map_or_else(|| amount(lang, None, true), |g| html! { { g } })) }</td>
                <td>
                    <details class="call-notes">
                        <summary>
                            { t(Text::ShowNotes) }
                            <span class="visually-hidden">{ Text::CallNotes.fill(lang, &[&label]) }</span>
                        </summary>
                        if !round.notes.is_empty() {
                            <p lang="fr">{ &round.notes }</p>
                        }
                        <ul class="sources">{ for sources }</ul>
                    </details>
                </td>
            </tr>
        }
    });
    let listed_total: Sum = totals.listed();
    html! {
        <section class="coverage" id="coverage" aria-labelledby="coverage-title">
            <h2 id="coverage-title">{ t(Text::Coverage) }</h2>
            <p class="coverage-summary">{ summary }</p>
            <BarChart title={t(Text::MoneyByYear)} id="years-chart" bars={year_bars}
                value_heading={t(Text::CoverageValue)} legend={legend.clone()} on_select={Some(on_year)} />
            <p class="help">{ t(Text::MoneyByYearHelp) }</p>
            <BarChart title={t(Text::CoverageChart)} id="coverage-chart" bars={round_bars}
                value_heading={t(Text::CoverageValue)} {legend} />
            <div class="table-wrap">
                <table class="coverage-table">
                    <caption>{ t(Text::CoverageCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(Text::ColCall) }</th>
                            <th scope="col" class="num">{ t(Text::ColLaureates) }</th>
                            <th scope="col" class="num">{ t(Text::ColListed) }</th>
                            <th scope="col">{ t(Text::ColByGrade) }</th>
                            <th scope="col" class="num">{ t(Text::ColFtapAnnounced) }</th>
                            <th scope="col" class="num">{ t(Text::ColFtapListed) }</th>
                            <th scope="col" class="num">{ t(Text::ColGap) }</th>
                            <th scope="col">{ t(Text::ColNotes) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for lines }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ t(Text::Total) }</th>
                            <td class="num">{ format!("≥\u{a0}{}", format::integer(totals.laureates, lang)) }</td>
                            <td class="num">{ listed_total.projects() }</td>
                            <td lang={lang.code()}>{ grades_text(totals.by_grade, lang) }</td>
                            <td class="num">{ format!("≥\u{a0}{}", format::euros_compact(totals.announced_eur, lang)) }</td>
                            <td class="num">{ sum(lang, listed_total) }</td>
                            <td></td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
