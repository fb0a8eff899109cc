//! Key figures: what the current selection holds, and what was officially announced.

use crate::components::amount::Amount;
use crate::format;
use crate::i18n::Lang;
use crate::stats::{Totals, YearAnnounced};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`KeyFigures`].
#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    /// Totals of the projects currently shown.
    pub selection: Totals,
    /// Totals of the whole dataset.
    pub all: Totals,
    /// Official figures per year.
    pub announced: Rc<Vec<YearAnnounced>>,
}

/// `n` followed by the singular or plural form of a French noun.
fn count(n: usize, one: &str, many: &str) -> String {
    let n64 = u64::try_from(n).unwrap_or(u64::MAX);
    format!(
        "{} {}",
        format::integer(n64, Lang::Fr),
        if n > 1 { many } else { one }
    )
}

/// The key figures: listed projects, sum of known FTAP amounts, unknown amounts, and beside
/// them the official totals per year, so a partial sum is never mistaken for the fund's total.
#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let (sel, all) = (props.selection, props.all);
    let years = props.announced.iter().map(|y| {
        let laureates = y
            .laureates
            .map(|n| count(n as usize, "lauréat annoncé", "lauréats annoncés"))
            .unwrap_or_else(|| "lauréats : n.c.".into());
        let partial = y.calls_without_figures > 0;
        html! {
            <li key={y.year}>
                <strong>{ y.year }</strong>{ " : " }{ laureates }{ ", " }
                if partial && y.ftap_eur.is_some() { { "au moins " } }
                <Amount eur={y.ftap_eur} compact=true />
                if partial {
                    <span class="partial">
                        { format!(" ({} sans chiffre publié)",
                            count(y.calls_without_figures, "appel", "appels")) }
                    </span>
                }
            </li>
        }
    });
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ "Chiffres clés" }</h2>
            <dl class="figures">
                <div>
                    <dt>{ "Projets listés (sélection / total)" }</dt>
                    <dd>{ format!("{} / {}", sel.projects, all.projects) }</dd>
                </div>
                <div>
                    <dt>{ "Σ montants FTAP connus (sélection / total)" }</dt>
                    <dd>
                        <Amount eur={Some(sel.ftap_known_eur)} compact=true />
                        { " / " }
                        <Amount eur={Some(all.ftap_known_eur)} compact=true />
                    </dd>
                </div>
                <div>
                    <dt>{ "Montants FTAP inconnus (sélection / total)" }</dt>
                    <dd>{ format!("{} / {}", sel.ftap_unknown, all.ftap_unknown) }</dd>
                </div>
            </dl>
            <h3>{ "Totaux officiels annoncés" }</h3>
            <p class="help">
                { "Les sommes ci-dessus ne portent que sur les projets listés ici et dont le \
                   montant est connu ; les chiffres officiels ci-dessous donnent l'ordre de \
                   grandeur réel du fonds." }
            </p>
            <ul class="announced">{ for years }</ul>
        </section>
    }
}
