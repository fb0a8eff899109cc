//! Key figures of the current view beside those of the whole dataset.

use crate::format;
use crate::i18n::{Lang, Text};
use crate::stats::{Ratio, Sum, Summary};
use yew::prelude::*;

/// Properties of [`KeyFigures`].
#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    /// Figures of the projects currently shown.
    pub selection: Summary,
    /// Figures of the whole dataset.
    pub all: Summary,
}

fn sum_text(lang: Lang, sum: Sum) -> String {
    format::euros_compact(sum.known_eur, lang)
}

fn ratio_text(lang: Lang, ratio: Ratio, unit: &str) -> String {
    ratio.value().map_or_else(
        || Text::NotGiven.get(lang).to_owned(),
        |v| format!("{}{unit}", format::decimal(v, 2, lang)),
    )
}

/// One figure: a label, the selection's value and the total's, and a note.
fn figure(label: &str, selection: String, total: String, note: String) -> Html {
    html! {
        <div class="figure">
            <dt>{ label }</dt>
            <dd>
                <span class="value">{ selection }</span>
                <span class="of-total">{ format!(" / {total}") }</span>
                <span class="note">{ format!(" {note}") }</span>
            </dd>
        </div>
    }
}

/// Projects, Σ FTAP, Σ total cost, Σ savings, leverage and savings per FTAP euro, each as
/// « sélection / total », with how many amounts each sum leaves out for being unknown.
#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    let (sel, all) = (props.selection, props.all);
    let unknown = |s: Sum, a: Sum| {
        Text::FigUnknown.fill(lang, &[&s.unknown.to_string(), &a.unknown.to_string()])
    };
    let pairs = |s: Ratio, a: Ratio| {
        Text::FigPairs.fill(lang, &[&s.pairs.to_string(), &a.pairs.to_string()])
    };
    let euro = "\u{a0}€";
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ t(Text::KeyFigures) }</h2>
            <p class="help">{ t(Text::KeyFiguresHelp) }</p>
            <dl class="figures">
                { figure(t(Text::FigProjects), sel.projects.to_string(), all.projects.to_string(),
                    t(Text::FigProjectsNote).to_owned()) }
                { figure(t(Text::FigFtap), sum_text(lang, sel.ftap), sum_text(lang, all.ftap),
                    unknown(sel.ftap, all.ftap)) }
                { figure(t(Text::FigCost), sum_text(lang, sel.cost), sum_text(lang, all.cost),
                    unknown(sel.cost, all.cost)) }
                { figure(t(Text::FigSavings), sum_text(lang, sel.savings), sum_text(lang, all.savings),
                    unknown(sel.savings, all.savings)) }
                { figure(t(Text::FigLeverage), ratio_text(lang, sel.leverage, ""),
                    ratio_text(lang, all.leverage, ""), pairs(sel.leverage, all.leverage)) }
                { figure(t(Text::FigSavingsPerEuro), ratio_text(lang, sel.savings_per_euro, euro),
                    ratio_text(lang, all.savings_per_euro, euro),
                    pairs(sel.savings_per_euro, all.savings_per_euro)) }
            </dl>
        </section>
    }
}
