//! Key figures: one headline setting what is known against what was announced, the cards
//! that rest on enough known values (each saying which projects it covers), and footnotes
//! for the figures on too few.

use crate::store::use_lang;
use ftap_core::coverage::Totals;
use ftap_core::figures;
use ftap_core::i18n::Text;
use ftap_core::stats::Summary;
use yew::prelude::*;

/// Properties of [`KeyFigures`].
#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    /// Figures of the projects currently shown.
    pub selection: Summary,
    /// Figures of every listed project.
    pub all: Summary,
    /// What the calls announced, and where the listed money sits.
    pub totals: Totals,
    /// Whether the view is filtered (search, facets or ranges).
    pub filtered: bool,
    /// Whether only confirmed laureates are counted.
    pub confirmed_only: bool,
}

/// The headline, the cards and the footnotes of [`figures::board`].
#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let board = figures::board(
        &props.selection,
        &props.all,
        &props.totals,
        props.filtered,
        lang,
    );
    // Keyed by what they are: a figure that moves to the footnotes (or back) takes its card
    // out without rewriting every card after it.
    let cards = board.cards.iter().map(|card| {
        html! {
            <div class="figure" key={card.label as usize}>
                <dt>{ t(card.label) }</dt>
                <dd>
                    <span class="value">{ &card.value }</span>
                    { " " }
                    <span class="base">{ &card.base }</span>
                    if let Some(whole) = &card.whole {
                        { " " }
                        <span class="whole">{ Text::WholeData.fill(lang, &[whole]) }</span>
                    }
                </dd>
            </div>
        }
    });
    let footnotes = board.footnotes.iter().map(|f| html! { <li>{ f }</li> });
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ t(Text::KeyFigures) }</h2>
            if let Some(selection) = &board.selection {
                <p class="selection-line">{ selection }</p>
            }
            <p class="headline">{ &board.headline }</p>
            if props.confirmed_only {
                <p class="confirmed-note">{ t(Text::ConfirmedOnlyNote) }</p>
            }
            <dl class="figures">{ for cards }</dl>
            <div class="figure-notes">
                <p class="help">{ t(Text::KeyFiguresHelp) }</p>
                // Figures on too few known amounts are no key figures: one click away, with
                // their base.
                if !board.footnotes.is_empty() {
                    <details class="footnotes">
                        <summary>{ format!("{} ({})", t(Text::FootnotesTitle), board.footnotes.len()) }</summary>
                        <ul>{ for footnotes }</ul>
                    </details>
                }
            </div>
        </section>
    }
}
