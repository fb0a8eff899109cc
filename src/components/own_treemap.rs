//! The treemap of opened data: each value of the first filter column a block whose area is
//! its share of the main amount (known amounts only). A value the map cannot draw (no known
//! amount, or a sum of zero or less) and the values the filter list leaves out are named
//! below it: no value leaves the chart unsaid.

use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::{OwnText, Text};
use ftap_core::open::explore::{FacetCounts, ValueCount};
use ftap_core::open::figures::{self, Style};
use ftap_core::treemap::{squarify, Rect};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`OwnTreemap`].
#[derive(Properties, PartialEq)]
pub struct OwnTreemapProps {
    /// The file's headers.
    pub headers: Rc<Vec<String>>,
    /// The main amount's header.
    pub primary: AttrValue,
    /// The facet drawn (its values with counts and sums).
    pub facet: FacetCounts,
}

/// Drawing size, in SVG units (the SVG scales to the page's width).
const W: f64 = 1000.0;
const H: f64 = 420.0;
/// Colours of the blocks, cycled (the stylesheet's `tone-0` to `tone-7`): a block and its
/// legend entry share one.
const TONES: usize = 8;

/// An SVG of blocks, each named by its value and sum (a title for pointers, an accessible
/// name for screen readers), and a legend that names them in text; the labels of blocks too
/// small for them are left out of the drawing.
#[component]
pub fn OwnTreemap(props: &OwnTreemapProps) -> Html {
    let lang = use_lang();
    let groups = figures::map_groups(&props.facet);
    let values: Vec<f64> = groups.drawn.iter().map(|v| v.totals.sum as f64).collect();
    let rects = squarify(
        &values,
        Rect {
            x: 0.0,
            y: 0.0,
            w: W,
            h: H,
        },
    );
    let column = props
        .headers
        .get(props.facet.column)
        .cloned()
        .unwrap_or_default();
    // Not the bars' title: two figures on one page need two names.
    let title = OwnText::OwnTreemapChart.fill(lang, &[&column, &props.primary]);
    let blocks = groups
        .drawn
        .iter()
        .zip(&rects)
        .enumerate()
        .map(|(i, (v, r))| {
            let r = r.inset(1.0);
            let label = figures::value_label(&v.value, lang);
            let name = format!(
                "{label}{}{}",
                format::colon(lang),
                figures::sum_text(&v.totals, Style::Exact, lang)
            );
            let tone = format!("mark tone-{}", i % TONES);
            html! {
                <g class={tone} role="img" aria-label={name.clone()}>
                    <title>{ name }</title>
                    <rect x={format::coord(r.x)} y={format::coord(r.y)} width={format::coord(r.w)}
                        height={format::coord(r.h)} rx="3" />
                    if r.w > 120.0 && r.h > 40.0 {
                        <text x={format::coord(r.x + 8.0)} y={format::coord(r.y + 24.0)}>
                            { label.chars().take((r.w / 11.0) as usize).collect::<String>() }
                        </text>
                    }
                </g>
            }
        });
    let legend = groups.drawn.iter().enumerate().map(|(i, v)| {
        html! {
            <li key={v.value.clone()}>
                <span class={classes!("swatch", format!("tone-{}", i % TONES))} aria-hidden="true"></span>
                { format!("{}{}{}", figures::value_label(&v.value, lang), format::colon(lang),
                    figures::sum_text(&v.totals, Style::Compact, lang)) }
            </li>
        }
    });
    let named = |intro: OwnText, values: &[&ValueCount]| {
        (!values.is_empty()).then(|| {
            let names: Vec<String> = values
                .iter()
                .map(|v| figures::value_label(&v.value, lang))
                .collect();
            html! { <p class="help">{ intro.get(lang) }{ names.join(", ") }</p> }
        })
    };
    html! {
        <figure class="treemap own-treemap">
            <figcaption>{ title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="group" aria-label={title}>
                { for blocks }
            </svg>
            if !groups.drawn.is_empty() {
                <ol class="treemap-legend" aria-label={Text::Legend.get(lang)}>{ for legend }</ol>
            }
            { named(OwnText::OwnTreemapUnknown, &groups.no_known_amount) }
            { named(OwnText::OwnTreemapNoArea, &groups.no_area) }
            if props.facet.more > 0 {
                <p class="help">{ OwnText::MoreValues.fill(lang, &[&format::integer(props.facet.more as u64, lang)]) }</p>
            }
        </figure>
    }
}
