//! The detail of one project: every field, each figure with the source that gives it, all its
//! sources as citations, its caveats, the projects like it.

use crate::components::amount::amount;
use crate::components::compare_toggle::compare_toggle;
use crate::components::similar_projects::similar_projects;
use crate::components::source_link::source_link;
use crate::hooks::deferred::use_deferred_from;
use crate::store::use_catalog;
use crate::store::use_lang;
use crate::store::use_reader_acted;
use crate::web;
use ftap_core::facets::Facet;
use ftap_core::format;
use ftap_core::i18n::{Lang, Text};
use ftap_core::labels;
use ftap_core::model::Figure;
use ftap_core::state::ViewState;
use ftap_core::url;
use yew::prelude::*;

/// Properties of [`ProjectDetail`].
#[derive(Properties, PartialEq)]
pub struct ProjectDetailProps {
    /// Index of the project shown.
    pub index: usize,
    /// Called to close the panel.
    pub on_close: Callback<()>,
    /// Called with the id of a similar project to open.
    pub on_open: Callback<String>,
    /// Ids of the projects in the comparison.
    pub compared: Vec<String>,
    /// Called with a project id to add it to the comparison or take it out.
    pub on_compare: Callback<String>,
}

/// Similar projects listed at most.
const SIMILAR: usize = 5;

/// Id of the detail heading, focused when the panel opens.
pub const HEADING_ID: &str = "detail-title";

/// A panel with all the fields of a project; Escape or the close button closes it.
#[component]
pub fn ProjectDetail(props: &ProjectDetailProps) -> Html {
    let catalog = use_catalog();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let data = &catalog.data;
    let p = &data.projects[props.index];
    let round = data.round_of(p);
    // The full address printed with the sheet needs the page's location. A sheet the page
    // opens on is written without it, then given it once in the page, so that a prerendered
    // sheet and its hydration agree; one the reader opens has it at once (a second render of
    // the whole sheet in the click's frame is what that would cost).
    let acted = use_reader_acted();
    let written = use_state(|| None::<String>);
    {
        let (written, id) = (written.clone(), p.id.clone());
        use_effect_with((id, lang, acted), move |(id, lang, acted)| {
            if !*acted {
                written.set(Some(permalink_of(id, *lang)));
            }
        });
    }
    let permalink = if acted {
        Some(permalink_of(&p.id, lang))
    } else {
        (*written).clone()
    };
    let on_click = props.on_close.reform(|_: MouseEvent| ());
    let on_keydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let or_unknown = |text: &str| -> Html {
        if text.is_empty() {
            html! { <span class="unknown">{ t(Text::NotFilled) }</span> }
        } else {
            html! { { text.to_owned() } }
        }
    };
    // A sheet the reader opens answers the click with its name, summary and fields (each figure
    // with its source); its lower part (caveats, sources, similar projects) comes a frame later,
    // below them. A sheet the page opens on (a project's own page, a shared link) is drawn
    // whole, as rendered at build time.
    let lower_for = use_deferred_from(None, Some(props.index), acted);
    // Scoring every other project is not free at scale: only when another project is listed.
    let neighbours = use_memo((catalog.clone(), lower_for), |(catalog, shown)| {
        shown
            .map(|index| catalog.similar(index, SIMILAR))
            .unwrap_or_default()
    });
    let sources = p.sources.iter().map(|url| {
        // On paper a link cannot be followed: the sheet prints the address under the citation.
        html! { <li>{ source_link(data, lang, url, None) }<span class="print-only">{ url }</span></li> }
    });
    // Each known figure with the document that gives it, named for what it supports.
    let figure_source = |figure: Figure| -> Html {
        let Some(url) = p.figure_source(figure) else {
            return Html::default();
        };
        let context = Text::FigureSourceOf.fill(lang, &[t(labels::figure_text(figure))]);
        html! {
            <span class="figure-source">
                { " " }{ t(Text::FigureSource) }
                { source_link(data, lang, url, Some(context)) }
            </span>
        }
    };
    html! {
        <section class="detail" aria-labelledby={HEADING_ID} onkeydown={on_keydown}>
            <div class="detail-head">
                <h2 id={HEADING_ID} tabindex="-1" lang="fr">{ &p.name }</h2>
                <div class="detail-actions">
                    { compare_toggle(lang, &p.id, &p.name, &props.compared, &props.on_compare) }
                    <button type="button" class="button" onclick={on_click}>
                        { t(Text::CloseDetail) }
                    </button>
                </div>
            </div>
            <p lang="fr">{ &p.summary }</p>
            <dl class="fields">
                <dt>{ t(Text::ColMinistry) }</dt><dd>{ &p.ministry }</dd>
                <dt>{ t(Text::Carrier) }</dt><dd>{ or_unknown(&p.carrier) }</dd>
                <dt>{ t(Text::ColCall) }</dt><dd>{ labels::round_label(round, lang) }</dd>
                <dt>{ t(Text::Announcement) }</dt>
                <dd>
                    { p.announced.map_or_else(|| or_unknown(""), |d| html! { { format::date(d, lang) } }) }
                    { figure_source(Figure::Announced) }
                </dd>
                <dt>{ t(Text::FacetTheme) }</dt>
                <dd>{ labels::value_label(data, Facet::Theme, &data.themes[p.theme].id, lang) }</dd>
                <dt>{ t(Text::FacetGrade) }</dt><dd>{ t(labels::grade_text(p.grade)) }</dd>
                <dt>{ t(Text::Tags) }</dt><dd lang="fr">{ or_unknown(&p.tags) }</dd>
                if p.count > 1 {
                    <dt>{ t(Text::RowProjects) }</dt><dd>{ p.count }</dd>
                }
                <dt>{ t(Text::AmountFtap) }</dt>
                <dd>{ amount(lang, p.ftap_eur, false) }{ figure_source(Figure::Ftap) }</dd>
                <dt>{ t(Text::AmountCost) }</dt>
                <dd>{ amount(lang, p.total_cost_eur, false) }{ figure_source(Figure::TotalCost) }</dd>
                <dt>{ t(Text::AmountSavings) }</dt>
                <dd>{ amount(lang, p.savings_eur, false) }{ figure_source(Figure::Savings) }</dd>
                <dt>{ t(Text::Identifier) }</dt><dd><code>{ &p.id }</code></dd>
            </dl>
            if lower_for == Some(props.index) {
                if !p.notes.is_empty() {
                    <h3>{ t(Text::Caveats) }</h3>
                    <p class="notes" lang="fr">{ &p.notes }</p>
                }
                <h3>{ t(Text::Sources) }</h3>
                <ul class="sources">{ for sources }</ul>
                { similar_projects(lang, data, &neighbours, &props.compared, &props.on_open, &props.on_compare) }
            }
            <p class="print-only">
                if let Some(permalink) = &permalink {
                    { Text::Permalink.fill(lang, &[permalink]) }<br />
                }
                { labels::updated_text(data, lang) }
            </p>
        </section>
    }
}

/// The full address of project `id`'s page in `lang`, as printed under its sheet.
fn permalink_of(id: &str, lang: Lang) -> String {
    web::absolute(&url::permalink(&ViewState {
        project: Some(id.to_owned()),
        lang,
        ..ViewState::default()
    }))
}
