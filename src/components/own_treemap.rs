//! The treemap of opened data: each value of the first filter column a block whose area is
//! its share of the main amount (known amounts only; values whose amounts are all unknown are
//! named below the map, never drawn as empty blocks).

use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::open::explore::FacetCounts;
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

/// An SVG of blocks, each named by its value and sum (a title for pointers, an accessible
/// name for screen readers); the labels of blocks too small for them are left out.
#[component]
pub fn OwnTreemap(props: &OwnTreemapProps) -> Html {
    let lang = use_lang();
    let mut drawn: Vec<_> = props
        .facet
        .values
        .iter()
        .filter(|v| v.totals.sum > 0)
        .collect();
    drawn.sort_by_key(|v| std::cmp::Reverse(v.totals.sum));
    let unknown: Vec<_> = props
        .facet
        .values
        .iter()
        .filter(|v| v.totals.rows > 0 && v.totals.unknown == v.totals.rows)
        .collect();
    let values: Vec<f64> = drawn.iter().map(|v| v.totals.sum as f64).collect();
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
    let title = OwnText::OwnBreakdownChart.fill(lang, &[&props.primary, &column]);
    let blocks = drawn.iter().zip(&rects).enumerate().map(|(i, (v, r))| {
        let r = r.inset(1.0);
        let name = format!("{} : {}", v.value, format::cents(v.totals.sum, lang));
        let tone = format!("mark tone-{}", i % 8);
        html! {
            <g class={tone} role="img" aria-label={name.clone()}>
                <title>{ name }</title>
                <rect x={format::coord(r.x)} y={format::coord(r.y)} width={format::coord(r.w)}
                    height={format::coord(r.h)} rx="3" />
                if r.w > 120.0 && r.h > 40.0 {
                    <text x={format::coord(r.x + 8.0)} y={format::coord(r.y + 24.0)}>
                        { v.value.chars().take((r.w / 11.0) as usize).collect::<String>() }
                    </text>
                }
            </g>
        }
    });
    html! {
        <figure class="treemap own-treemap">
            <figcaption>{ title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="group" aria-label={title}>
                { for blocks }
            </svg>
            if !unknown.is_empty() {
                <p class="help">
                    { OwnText::OwnTreemapUnknown.get(lang) }
                    { unknown.iter().map(|v| v.value.as_str()).collect::<Vec<_>>().join(", ") }
                </p>
            }
        </figure>
    }
}
