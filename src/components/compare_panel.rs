//! « Comparaison »: two to four projects side by side, one card each with the same fields in
//! the same order (columns on a wide screen, stacked on a phone), fields that differ marked in
//! words, each removable, the set exportable as CSV.

use crate::components::amount::amount;
use crate::components::source_link::source_link;
use crate::store::use_catalog;
use crate::store::use_lang;
use crate::web;
use ftap_core::export::{self, Format};
use ftap_core::facets::Facet;
use ftap_core::format;
use ftap_core::i18n::Text;
use ftap_core::labels::{round_label, value_label};
use yew::prelude::*;

/// Properties of [`ComparePanel`].
#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// Ids of the projects compared, in order.
    pub ids: Vec<String>,
    /// Called with an id to take it out of the comparison.
    pub on_remove: Callback<String>,
    /// Called to empty the comparison.
    pub on_clear: Callback<()>,
}

/// One field of a card: its label, and its content for each project (the text compared to
/// find differences, and what is shown).
struct Field {
    label: Text,
    values: Vec<(String, Html)>,
}

/// The comparison, or a hint when only one project is chosen.
#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let data = &catalog.data;
    let docs: Vec<usize> = props
        .ids
        .iter()
        .filter_map(|id| data.projects.iter().position(|p| &p.id == id))
        .collect();
    if docs.is_empty() {
        return html! {};
    }
    let projects: Vec<_> = docs.iter().map(|&d| &data.projects[d]).collect();
    let text_field = |label: Text, value: &dyn Fn(&ftap_core::model::Project) -> String| Field {
        label,
        values: projects
            .iter()
            .map(|p| {
                let v = value(p);
                let shown = if v.is_empty() {
                    html! { <span class="unknown">{ t(Text::NotFilled) }</span> }
                } else {
                    html! { { v.clone() } }
                };
                (v, shown)
            })
            .collect(),
    };
    let amount_field = |label: Text, value: fn(&ftap_core::model::Project) -> Option<u64>| Field {
        label,
        values: projects
            .iter()
            .map(|p| {
                let key = value(p).map(|v| v.to_string()).unwrap_or_default();
                (key, amount(lang, value(p), false))
            })
            .collect(),
    };
    let fields = [
        text_field(Text::ColMinistry, &|p| p.ministry.clone()),
        text_field(Text::Carrier, &|p| p.carrier.clone()),
        text_field(Text::FacetTheme, &|p| {
            value_label(data, Facet::Theme, &data.themes[p.theme].id, lang)
        }),
        text_field(Text::ColCall, &|p| {
            round_label(data.round_of(p), lang).to_owned()
        }),
        text_field(Text::FacetYear, &|p| {
            data.round_of(p)
                .year
                .map(|y| y.to_string())
                .unwrap_or_default()
        }),
        text_field(Text::Announcement, &|p| {
            p.announced
                .map(|d| format::date(d, lang))
                .unwrap_or_default()
        }),
        amount_field(Text::AmountFtap, |p| p.ftap_eur),
        amount_field(Text::AmountCost, |p| p.total_cost_eur),
        amount_field(Text::AmountSavings, |p| p.savings_eur),
        text_field(Text::Tags, &|p| p.tags.clone()),
    ];
    let differs: Vec<bool> = fields
        .iter()
        .map(|f| f.values.windows(2).any(|w| w[0].0 != w[1].0))
        .collect();
    let cards = projects.iter().enumerate().map(|(column, p)| {
        let rows = fields.iter().zip(&differs).map(|(field, &differ)| {
            html! {
                <div class={classes!("compare-field", differ.then_some("differs"))}>
                    <dt>
                        { t(field.label) }
                        if differ && projects.len() > 1 {
                            { " " }<span class="badge">{ t(Text::Differs) }</span>
                        }
                    </dt>
                    <dd lang="fr">{ field.values[column].1.clone() }</dd>
                </div>
            }
        });
        let sources = p.sources.iter().map(|url| {
            html! { <li>{ source_link(data, lang, url, None) }</li> }
        });
        let on_remove = {
            let (on_remove, id) = (props.on_remove.clone(), p.id.clone());
            Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
        };
        let heading = format!("compare-{}", p.id);
        html! {
            <article class="compare-card" aria-labelledby={heading.clone()} key={p.id.clone()}>
                <h3 id={heading} lang="fr">{ &p.name }</h3>
                <button type="button" class="link-button" onclick={on_remove}
                    aria-label={Text::RemoveFromComparison.fill(lang, &[&p.name])}>
                    { t(Text::Remove) }
                </button>
                <dl>{ for rows }</dl>
                <p class="compare-sources-title">{ t(Text::Sources) }</p>
                <ul class="sources">{ for sources }</ul>
            </article>
        }
    });
    let on_export = {
        let (catalog, docs, ids) = (catalog.clone(), docs.clone(), props.ids.clone());
        Callback::from(move |_: MouseEvent| {
            let content = Format::CsvSemicolon.render(&catalog.data, &docs, lang);
            let name = export::comparison_file_name(&ids, web::today());
            let _ = web::download(&name, Format::CsvSemicolon.mime(), &content);
        })
    };
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="compare" id="comparaison" aria-labelledby="compare-title">
            <h2 id="compare-title">{ t(Text::Comparison) }</h2>
            if projects.len() < 2 {
                <p class="help">{ t(Text::CompareHint) }</p>
            } else {
                <p class="help">{ t(Text::CompareHelp) }</p>
            }
            <div class="compare-actions">
                <button type="button" class="button" onclick={on_export}>{ t(Text::ExportComparison) }</button>
                <button type="button" class="link-button" onclick={on_clear}>{ t(Text::ClearComparison) }</button>
            </div>
            <div class={classes!("compare-cards", format!("of-{}", projects.len()))}>{ for cards }</div>
        </section>
    }
}
