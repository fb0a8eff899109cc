//! A horizontal bar chart drawn as SVG: keyboard-focusable bars named with their values,
//! a tooltip on hover and focus, and the data as a table for whoever prefers text.

use crate::format;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar stands for.
    pub label: String,
    /// Its length.
    pub value: u64,
    /// The value as written (French format).
    pub value_text: String,
    /// A reference drawn as an outline behind the bar (e.g. the amount announced).
    pub reference: Option<u64>,
}

/// Properties of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Chart title, also its accessible name.
    pub title: AttrValue,
    /// Prefix of element ids, unique in the page.
    pub id: AttrValue,
    /// Bars, top to bottom.
    pub bars: Vec<Bar>,
    /// Heading of the value column of the data table.
    pub value_heading: AttrValue,
    /// What the outline stands for, when bars have references (shown in a legend).
    #[prop_or_default]
    pub reference_label: Option<AttrValue>,
}

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 210.0;
const BAR_MAX: f64 = 300.0;
const ROW: f64 = 30.0;

/// A callback, for any event type, that sets the chart's active mark (the one whose tooltip
/// shows) to `value`.
pub fn activate<E, T: Clone + 'static>(
    active: &UseStateHandle<Option<T>>,
    value: Option<T>,
) -> Callback<E> {
    let active = active.clone();
    Callback::from(move |_| active.set(value.clone()))
}

/// Cuts a label to about `max` characters for the SVG (the full text stays in the accessible
/// name, the tooltip and the table).
pub fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The chart; an empty list of bars gives a sentence instead of an empty drawing.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    let active = use_state(|| None::<usize>);
    let title_id = format!("{}-title", props.id);
    if props.bars.is_empty() {
        return html! {
            <figure class="chart" aria-labelledby={title_id.clone()}>
                <figcaption id={title_id}>{ props.title.clone() }</figcaption>
                <p class="help">{ t(Text::NoChartData) }</p>
            </figure>
        };
    }
    let max = props
        .bars
        .iter()
        .map(|b| b.value.max(b.reference.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW * props.bars.len() as f64 + 10.0;
    let scale = |v: u64| (v as f64 / max * BAR_MAX).max(if v > 0 { 1.0 } else { 0.0 });
    let marks = props.bars.iter().enumerate().map(|(i, bar)| {
        let y = 5.0 + ROW * i as f64;
        let name = format!("{} : {}", bar.label, bar.value_text);
        html! {
            <g class="mark" tabindex="0" role="img" aria-label={name.clone()}
                onfocus={activate(&active, Some(i))} onblur={activate(&active, None)}
                onmouseenter={activate(&active, Some(i))} onmouseleave={activate(&active, None)}>
                <title>{ name }</title>
                <text x={format::coord(LABEL_W - 8.0)} y={format::coord(y + 19.0)} text-anchor="end"
                    class="chart-label">{ short(&bar.label, 30) }</text>
                if let Some(reference) = bar.reference {
                    <rect class="reference" x={format::coord(LABEL_W)} y={format::coord(y + 4.0)}
                        width={format::coord(scale(reference))} height={format::coord(ROW - 8.0)} />
                }
                <rect class="bar" x={format::coord(LABEL_W)} y={format::coord(y + 4.0)}
                    width={format::coord(scale(bar.value))} height={format::coord(ROW - 8.0)} />
                <text x={format::coord(LABEL_W + scale(bar.value.max(bar.reference.unwrap_or(0))) + 6.0)}
                    y={format::coord(y + 19.0)} class="chart-value">{ &bar.value_text }</text>
            </g>
        }
    });
    // The tooltip repeats the full label and value next to the active bar.
    let tooltip = active.and_then(|i| props.bars.get(i).map(|b| (i, b))).map(|(i, bar)| {
        let text = format!("{} : {}", bar.label, bar.value_text);
        let w = (text.chars().count() as f64 * 7.2 + 16.0).min(WIDTH - 10.0);
        let x = (LABEL_W + 10.0).min(WIDTH - w - 5.0);
        let y = 5.0 + ROW * i as f64 - 26.0;
        let y = if y < 0.0 { 5.0 + ROW * (i + 1) as f64 } else { y };
        html! {
            <g class="tooltip">
                <rect x={format::coord(x)} y={format::coord(y)} width={format::coord(w)} height="24" rx="4" />
                <text x={format::coord(x + 8.0)} y={format::coord(y + 16.0)}>{ text }</text>
            </g>
        }
    });
    let rows = props.bars.iter().map(|bar| {
        html! {
            <tr>
                <th scope="row">{ &bar.label }</th>
                <td class="num">{ &bar.value_text }</td>
            </tr>
        }
    });
    html! {
        <figure class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id}>{ props.title.clone() }</figcaption>
            if let Some(reference) = &props.reference_label {
                <p class="legend">
                    <span class="swatch bar" aria-hidden="true"></span>{ format!("{} ", t(Text::Listed)) }
                    <span class="swatch reference" aria-hidden="true"></span>{ reference.clone() }
                </p>
            }
            // The tooltip is drawn on a second SVG laid over the chart, so that showing it does
            // not touch the marks (re-rendering a focused mark would lose the focus).
            <div class="chart-frame">
                <svg viewBox={format!("0 0 {} {}", format::coord(WIDTH), format::coord(height))} role="group"
                    aria-label={props.title.clone()} class="bars">
                    { for marks }
                </svg>
                <svg viewBox={format!("0 0 {} {}", format::coord(WIDTH), format::coord(height))} class="overlay" aria-hidden="true">
                    { for tooltip }
                </svg>
            </div>
            <details class="chart-data">
                <summary>{ t(Text::ChartData) }</summary>
                <table>
                    <thead><tr><th scope="col">{ t(Text::ChartLabel) }</th>
                        <th scope="col">{ props.value_heading.clone() }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </details>
        </figure>
    }
}
