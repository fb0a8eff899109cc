//! Key figures: what the current selection holds, and what was officially announced.

use crate::components::amount::amount;
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
        let at_least = |partial: usize| if partial > 0 { "au moins " } else { "" };
        let detail = match (y.laureates, y.ftap_eur) {
            (None, None) => "aucun chiffre officiel publié".to_owned(),
            (laureates, ftap) => {
                let laureates = laureates.map_or_else(
                    || "nombre de lauréats non publié".to_owned(),
                    |n| {
                        let n = usize::try_from(n).unwrap_or(usize::MAX);
                        let text = count(n, "lauréat annoncé", "lauréats annoncés");
                        format!("{}{text}", at_least(y.calls_without_laureates))
                    },
                );
                let ftap = ftap.map_or_else(
                    || "montant non publié".to_owned(),
                    |eur| {
                        let text = format::euros_compact(eur, Lang::Fr);
                        format!("{}{text}", at_least(y.calls_without_ftap))
                    },
                );
                let missing = y.calls_without_laureates.max(y.calls_without_ftap);
                let note = if missing > 0 {
                    format!(
                        " ({} sans chiffre publié)",
                        count(missing, "appel", "appels")
                    )
                } else {
                    String::new()
                };
                format!("{laureates}, {ftap}{note}")
            }
        };
        html! {
            <li key={y.year}><strong>{ y.year }</strong>{ " : " }{ detail }</li>
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
                        { amount(Some(sel.ftap_known_eur), true) }
                        { " / " }
                        { amount(Some(all.ftap_known_eur), true) }
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
