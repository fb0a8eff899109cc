//! Treemap of the known FTAP amounts of the view, by the breakdown's grouping then project,
//! drawn as SVG from the squarified layout of `ftap_core::treemap`, with a legend in HTML. Each
//! project is a focusable mark named with its amount; Enter or a click opens it. Names drawn
//! inside the marks are hidden on narrow screens, where they would be too small to read: the
//! legend, the marks' names and the data table carry them.

use crate::components::chart_data::ChartData;
use crate::hooks::row_keys::use_kept_rows;
use crate::store::use_catalog;
use crate::store::use_lang;
use crate::web;
use ftap_core::catalog::Catalog;
use ftap_core::facets::Facet;
use ftap_core::format;
use ftap_core::i18n::{count, Lang, Text};
use ftap_core::labels::{facet_noun, facet_title, value_label};
use ftap_core::row_keys::identity;
use ftap_core::treemap::{blocks, squarify, Block, Rect, Treemap, MAX_MARKS};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`TreemapChart`].
#[derive(Properties, PartialEq)]
pub struct TreemapChartProps {
    /// Projects of the current view, in any order (the view's `members`).
    pub rows: Rc<Vec<usize>>,
    /// How projects are grouped (the breakdown's « Regrouper par »).
    pub group: Facet,
    /// Called with a project id to open its detail.
    pub on_open: Callback<String>,
}

const W: f64 = 640.0;
const H: f64 = 400.0;
const HEADER: f64 = 16.0;
/// Colours of the groups, cycled: each group's swatch in the legend matches its blocks.
const TONES: usize = 8;
/// Cuts a label to about `max` characters (the full text stays in the accessible name, the
/// tooltip, the legend and the table).
fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `text` cut to what fits in `width` (about 7 units a character), or nothing if too narrow.
fn fit(text: &str, width: f64) -> Option<String> {
    let max = (width / 7.0) as usize;
    (max >= 4).then(|| short(text, max))
}

/// `label` then `value`, the label cut first so that the value (what distinguishes the
/// groups) stays whole; nothing if even the value does not fit.
fn fit_keeping(label: &str, value: &str, width: f64) -> Option<String> {
    let max = (width / 7.0) as usize;
    let value_len = value.chars().count();
    if label.chars().count() + value_len <= max {
        return Some(format!("{label}{value}"));
    }
    let room = max.checked_sub(value_len)?;
    (room >= 4).then(|| format!("{}{value}", short(label, room)))
}

/// The project mark an event happened in (its position in the drawing order), if any: the
/// marks share one set of listeners on the chart rather than six each.
fn mark_of(event: &Event) -> Option<usize> {
    web::closest_target(event, "[data-mark]")?
        .get_attribute("data-mark")?
        .parse()
        .ok()
}

/// The treemap's data: one row per project drawn, then one per group's summed « others ».
fn data_table(catalog: &Catalog, treemap: &Treemap, facet: Facet, lang: Lang) -> Html {
    let t = |k: Text| k.get(lang);
    let label_of = |b: &Block| value_label(&catalog.data, facet, &b.value, lang);
    let project_rows = treemap
        .blocks
        .iter()
        .flat_map(|b| b.projects.iter().map(move |&(doc, eur)| (b, doc, eur)))
        .map(|(b, doc, eur)| {
            html! {
                <tr>
                    <td>{ label_of(b) }</td>
                    <th scope="row">{ &catalog.data.projects[doc].name }</th>
                    <td class="num">{ format::euros_compact(eur, lang) }</td>
                </tr>
            }
        });
    let other_rows = treemap.blocks.iter().filter(|b| b.others.0 > 0).map(|b| {
        html! {
            <tr>
                <td>{ label_of(b) }</td>
                <th scope="row">{ Text::TreemapOthers.fill(lang, &[&b.others.0.to_string()]) }</th>
                <td class="num">{ format::euros_compact(b.others.1, lang) }</td>
            </tr>
        }
    });
    html! {
        <table>
            <thead><tr><th scope="col">{ t(facet_title(facet)) }</th><th scope="col">{ t(Text::ColProject) }</th>
                <th scope="col">{ t(Text::ColFtap) }</th></tr></thead>
            <tbody>{ for project_rows }{ for other_rows }</tbody>
        </table>
    }
}

/// The treemap, its tooltip, and its data as a table.
#[component]
pub fn TreemapChart(props: &TreemapChartProps) -> Html {
    let catalog = use_catalog();
    let rows = props.rows.clone();
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let active = use_state(|| None::<(usize, Rect)>);
    let data = &catalog.data;
    let facet = props.group;
    // The layout's input, recomputed only when the rows or the grouping change.
    let grouped = use_memo((catalog.clone(), rows, facet), |(catalog, rows, facet)| {
        blocks(catalog, rows, *facet)
    });
    let (blocks, capped) = (&grouped.blocks, grouped.capped);
    // A group that stays keeps its drawing and legend entry; regrouping rewrites those of the
    // groups that left for the new ones, and a filter hides them until it is switched off,
    // instead of removing them and building them again (at most every value of the facet).
    let values: Vec<u64> = blocks.iter().map(|b| identity(&b.value)).collect();
    let most = catalog.facets.values(facet).len();
    let (kept_marks, kept_legend) = (use_kept_rows(&values, most), use_kept_rows(&values, most));
    let label_of = |b: &Block| value_label(data, facet, &b.value, lang);
    let colon = format::colon(lang);
    let frame = Rect {
        x: 0.0,
        y: 0.0,
        w: W,
        h: H,
    };
    let outer = squarify(
        &blocks.iter().map(|b| b.total as f64).collect::<Vec<_>>(),
        frame,
    );
    // Every project mark drawn, in order: the shared listeners find a mark's project here.
    let mut placed: Vec<(usize, Rect)> = Vec::new();
    // Cut labels are decoration, drawn in their own layer: inside a mark they would be part of
    // its visible text and differ from its accessible name (the full name and amount).
    let mut labels = Vec::new();
    let marks = kept_marks.draw(|bi| {
        let (block, area) = (&blocks[bi], &outer[bi]);
        let inner_frame = if area.h > HEADER * 2.5 {
            Rect {
                y: area.y + HEADER,
                h: area.h - HEADER,
                ..*area
            }
            .inset(1.5)
        } else {
            area.inset(1.5)
        };
        let mut values: Vec<f64> = block.projects.iter().map(|(_, e)| *e as f64).collect();
        if block.others.0 > 0 {
            values.push(block.others.1 as f64);
        }
        let inner = squarify(&values, inner_frame);
        let group_label = label_of(block);
        let others = (block.others.0 > 0).then(|| {
            let r = inner[inner.len() - 1];
            let name = format!(
                "{} ({}){colon}{}",
                Text::TreemapOthers.fill(lang, &[&block.others.0.to_string()]),
                group_label,
                format::euros_compact(block.others.1, lang)
            );
            html! {
                <g class="mark others" tabindex="0" role="img" aria-label={name.clone()}>
                    <title>{ name }</title>
                    <rect x={format::coord(r.x)} y={format::coord(r.y)} width={format::coord(r.w.max(0.0))}
                        height={format::coord(r.h.max(0.0))} />
                </g>
            }
        });
        let group_name = format!(
            "{}{colon}{}",
            group_label,
            format::euros_compact(block.total, lang)
        );
        let total_text = format!("{colon}{}", format::euros_compact(block.total, lang));
        if let Some(header) = (area.h > HEADER * 2.5)
            .then(|| fit_keeping(&group_label, &total_text, area.w - 6.0))
            .flatten()
        {
            labels.push(html! {
                <text class="group-label" x={format::coord(area.x + 4.0)}
                    y={format::coord(area.y + 12.0)}>{ header }</text>
            });
        }
        let projects = block.projects.iter().zip(inner.clone()).map(|(&(doc, eur), r)| {
            let p = &data.projects[doc];
            let name = format!("{} ({}){colon}{}", p.name, group_label, format::euros_compact(eur, lang));
            placed.push((doc, r));
            if let Some(label) = (r.h > 16.0).then(|| fit(&p.name, r.w - 6.0)).flatten() {
                labels.push(html! {
                    <text x={format::coord(r.x + 4.0)} y={format::coord(r.y + 13.0)}>{ label }</text>
                });
            }
            html! {
                <g class="mark project" tabindex="0" role="button" aria-label={name.clone()}
                    data-mark={(placed.len() - 1).to_string()}>
                    <title>{ name }</title>
                    <rect x={format::coord(r.x)} y={format::coord(r.y)} width={format::coord(r.w.max(0.0))}
                        height={format::coord(r.h.max(0.0))} />
                </g>
            }
        }).collect::<Vec<_>>();
        html! {
            <g class={classes!("group", format!("tone-{}", bi % TONES))}
                role="group" aria-label={group_name.clone()}>
                <rect class="group-box" x={format::coord(area.x)} y={format::coord(area.y)}
                    width={format::coord(area.w)} height={format::coord(area.h)} />
                // Each list one child: Yew matches unkeyed children from the end, so a list
                // whose length changes would shift the frame box (see `marks` below).
                { projects.into_iter().collect::<Html>() }
                { others.unwrap_or_default() }
            </g>
        }
    });
    let marks = marks.into_iter().map(|(key, parked, group)| {
        html! { <g {key} display={parked.then_some("none")}>{ group }</g> }
    });
    let placed = Rc::new(placed);
    let activate = {
        let (active, placed) = (active.clone(), placed.clone());
        move |event: &Event, on: bool| active.set(mark_of(event).filter(|_| on).map(|i| placed[i]))
    };
    let (on_focus, on_hover, on_blur, on_out) = {
        let a = (
            activate.clone(),
            activate.clone(),
            activate.clone(),
            activate,
        );
        (
            Callback::from(move |e: FocusEvent| (a.0)(&e, true)),
            Callback::from(move |e: MouseEvent| (a.1)(&e, true)),
            Callback::from(move |e: FocusEvent| (a.2)(&e, false)),
            Callback::from(move |e: MouseEvent| (a.3)(&e, false)),
        )
    };
    let open = {
        let (on_open, placed, catalog) = (props.on_open.clone(), placed.clone(), catalog.clone());
        move |event: &Event| {
            if let Some(i) = mark_of(event) {
                on_open.emit(catalog.data.projects[placed[i].0].id.clone());
            }
        }
    };
    let on_click = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| open(&e))
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            open(&e);
        }
    });
    let tooltip = active.as_ref().map(|(doc, r)| {
        let p = &data.projects[*doc];
        let text = format!(
            "{}{colon}{}",
            p.name,
            p.ftap_eur.map(|e| format::euros_compact(e, lang)).unwrap_or_default()
        );
        let w = (text.chars().count() as f64 * 7.2 + 16.0).min(W - 10.0);
        let x = r.x.min(W - w - 5.0).max(5.0);
        let y = if r.y + r.h + 28.0 < H { r.y + r.h + 2.0 } else { (r.y - 26.0).max(0.0) };
        html! {
            <g class="tooltip">
                <rect x={format::coord(x)} y={format::coord(y)} width={format::coord(w)} height="24" rx="4" />
                <text x={format::coord(x + 8.0)} y={format::coord(y + 16.0)}>{ text }</text>
            </g>
        }
    });
    let unknown = grouped.unknown;
    let table = {
        let (grouped, catalog) = (grouped.clone(), catalog.clone());
        Callback::from(move |()| data_table(&catalog, &grouped, facet, lang))
    };
    let title = Text::Treemap.fill(lang, &[t(facet_noun(facet))]);
    let legend = kept_legend.draw(|bi| {
        let b = &blocks[bi];
        html! {
            <>
                <span class={classes!("swatch", format!("tone-{}", bi % TONES))} aria-hidden="true"></span>
                { format!("{}{colon}{}", label_of(b), format::euros_compact(b.total, lang)) }
            </>
        }
    });
    let legend = legend
        .into_iter()
        .map(|(key, parked, entry)| html! { <li {key} hidden={parked}>{ entry }</li> });
    html! {
        <figure class="chart treemap" aria-labelledby="treemap-title">
            <figcaption id="treemap-title">{ title.clone() }</figcaption>
            if blocks.is_empty() {
                <p class="help">{ t(Text::NoKnownAmount) }</p>
            } else {
                <div class="chart-frame">
                    <svg viewBox={format!("0 0 {} {}", format::coord(W), format::coord(H))} role="group"
                        aria-label={title} onclick={on_click} onkeydown={on_key}
                        onfocusin={on_focus} onmouseover={on_hover}
                        onfocusout={on_blur} onmouseout={on_out}>
                        // The keyed groups as one child beside the labels: a list mixing keyed
                        // and unkeyed children is matched as unkeyed, by position.
                        { marks.collect::<Html>() }
                        <g class="labels" aria-hidden="true" lang="fr">{ for labels }</g>
                    </svg>
                    <svg viewBox={format!("0 0 {} {}", format::coord(W), format::coord(H))} class="overlay" aria-hidden="true">
                        { for tooltip }
                    </svg>
                </div>
            }
            if !blocks.is_empty() {
                <ol class="treemap-legend" aria-label={t(Text::Legend)}>{ for legend }</ol>
            }
            if capped {
                <p class="help">{ Text::TreemapCapped.fill(lang, &[&MAX_MARKS.to_string()]) }</p>
            }
            if unknown > 0 {
                <p class="help">{ count(lang, unknown, Text::TreemapUnknownOne, Text::TreemapUnknownMany) }</p>
            }
            <ChartData {table} />
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_group_label_keeps_its_amount() {
        let label = "Ministère de la Justice";
        assert_eq!(
            fit_keeping(label, " : 85,9 M€", 500.0).as_deref(),
            Some("Ministère de la Justice : 85,9 M€")
        );
        let cut = fit_keeping(label, " : 85,9 M€", 140.0).unwrap();
        assert!(cut.ends_with(" : 85,9 M€") && cut.contains('…'), "{cut}");
        assert_eq!(fit_keeping(label, " : 85,9 M€", 60.0), None);
    }
}
