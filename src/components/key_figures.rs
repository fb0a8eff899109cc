//! Key figures of the current view beside those of the whole dataset.

use crate::format;
use crate::i18n::Lang;
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

fn sum_text(sum: Sum) -> String {
    format::euros_compact(sum.known_eur, Lang::Fr)
}

fn ratio_text(ratio: Ratio, unit: &str) -> String {
    ratio.value().map_or_else(
        || "n.c.".to_owned(),
        |v| format!("{}{unit}", format!("{v:.2}").replace('.', ",")),
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
    let (sel, all) = (props.selection, props.all);
    let unknown = |s: Sum, a: Sum| format!("inconnus : {} / {}", s.unknown, a.unknown);
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ "Chiffres clés" }</h2>
            <p class="help">{ "Chaque chiffre se lit « sélection / total » : la vue filtrée, puis \
                l'ensemble des projets listés. Les sommes n'additionnent que les montants connus." }</p>
            <dl class="figures">
                { figure("Projets", sel.projects.to_string(), all.projects.to_string(),
                    "listés dans les données".to_owned()) }
                { figure("Σ montants FTAP", sum_text(sel.ftap), sum_text(all.ftap),
                    unknown(sel.ftap, all.ftap)) }
                { figure("Σ coûts totaux", sum_text(sel.cost), sum_text(all.cost),
                    unknown(sel.cost, all.cost)) }
                { figure("Σ économies annoncées", sum_text(sel.savings), sum_text(all.savings),
                    unknown(sel.savings, all.savings)) }
                { figure("Effet de levier (coût total / FTAP)", ratio_text(sel.leverage, ""),
                    ratio_text(all.leverage, ""),
                    format!("sur {} / {} projets où les deux sont connus",
                        sel.leverage.pairs, all.leverage.pairs)) }
                { figure("Économies par euro FTAP", ratio_text(sel.savings_per_euro, " €"),
                    ratio_text(all.savings_per_euro, " €"),
                    format!("sur {} / {} projets où les deux sont connus",
                        sel.savings_per_euro.pairs, all.savings_per_euro.pairs)) }
            </dl>
        </section>
    }
}
