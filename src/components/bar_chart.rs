//! A horizontal bar chart laid out in HTML, so that it reflows on a phone: each label sits
//! above its bar at the page's text size and wraps instead of being cut; only the bars are
//! drawn (a stretchable SVG with no text in it). Bars can be stacked, set against an outlined
//! reference, drawn as a labelled "no data" mark, and act as filter buttons. The data is also
//! given as a table (built when its disclosure is opened).

use crate::components::chart_data::ChartData;
use crate::hooks::row_keys::use_kept_rows;
use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::{Lang, Text};
use ftap_core::row_keys::identity;
use yew::prelude::*;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar stands for, unique in the chart; the value passed to `on_select` when the
    /// bar is a filter.
    pub key: String,
    /// What the bar stands for, in full.
    pub label: String,
    /// Stacked lengths, first segment first (known amounts only).
    pub segments: Vec<u64>,
    /// A reference drawn as an outline behind the bar (e.g. the amount announced).
    pub reference: Option<u64>,
    /// The value as written beside the bar.
    pub value_text: String,
    /// No known value at all: drawn as a labelled "no data" mark, never as a zero bar.
    pub no_data: bool,
    /// Whether the bar's filter is on, for bars that filter (`None`: not a filter).
    pub pressed: Option<bool>,
}

/// A legend entry: the CSS class of the swatch and what it stands for.
pub type LegendEntry = (&'static str, String);

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
    /// What each kind of mark stands for (segments, reference), when more than one kind.
    #[prop_or_default]
    pub legend: Vec<LegendEntry>,
    /// Called with a bar's key when a filtering bar is activated.
    #[prop_or_default]
    pub on_select: Option<Callback<String>>,
}

/// Bars drawn at most, shown or hidden: room for every bar of a breakdown (twelve and
/// « Autres ») and as many left hidden.
const DRAWN_AT_MOST: usize = 26;

/// Width of the drawing, in SVG units (the SVG stretches to the line).
const SPAN: f64 = 1000.0;

/// Length of `value` on a scale where `max` fills the line, at least a hairline when not 0.
fn length(value: u64, max: u64) -> f64 {
    let l = value as f64 / max.max(1) as f64 * SPAN;
    if value > 0 {
        l.max(2.0)
    } else {
        0.0
    }
}

/// The bar itself: reference outline, then the stacked segments, or a "no data" mark.
fn drawing(bar: &Bar, max: u64) -> Html {
    if bar.no_data {
        return html! {
            <svg class="bar-track" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
                <rect class="no-data" x="1" y="2" width="60" height="16" />
            </svg>
        };
    }
    let mut x = 0.0;
    let segments = bar.segments.iter().enumerate().map(|(i, &v)| {
        let w = length(v, max);
        let rect = html! {
            <rect class={format!("segment-{i}")} x={format::coord(x)} y="3"
                width={format::coord(w)} height="14" />
        };
        x += w;
        rect
    });
    html! {
        <svg class="bar-track" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
            if let Some(reference) = bar.reference {
                <rect class="reference" x="1" y="1" width={format::coord(length(reference, max).max(2.0) - 1.0)}
                    height="18" />
            }
            { for segments }
        </svg>
    }
}

/// The bars' labels and values as a table.
fn data_table(bars: &[Bar], value_heading: &AttrValue, lang: Lang) -> Html {
    let rows = bars.iter().map(|bar| {
        html! {
            <tr>
                <th scope="row">{ &bar.label }</th>
                <td class="num">{ &bar.value_text }</td>
            </tr>
        }
    });
    html! {
        <table>
            <thead><tr><th scope="col">{ Text::ChartLabel.get(lang) }</th>
                <th scope="col">{ value_heading.clone() }</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The chart; an empty list of bars gives a sentence instead of an empty drawing.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let title_id = format!("{}-title", props.id);
    // A bar that stays keeps its element (and the focus, when it filtered); a new one takes
    // over a bar that left, so regrouping rewrites the bars in place; bars that left stay
    // hidden, to be shown again when a filter is switched off.
    let kept = use_kept_rows(
        &props
            .bars
            .iter()
            .map(|b| identity(&b.key))
            .collect::<Vec<_>>(),
        DRAWN_AT_MOST,
    );
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
        .map(|b| b.segments.iter().sum::<u64>().max(b.reference.unwrap_or(0)))
        .max()
        .unwrap_or(0);
    let marks = kept.draw(|i| {
        let bar = &props.bars[i];
        let name = format!("{}{}{}", bar.label, format::colon(lang), bar.value_text);
        let inside = html! {
            <>
                <span class="bar-label">{ &bar.label }</span>
                <span class="bar-line">
                    { drawing(bar, max) }
                    <span class="bar-value">{ &bar.value_text }</span>
                </span>
            </>
        };
        match (bar.pressed, &props.on_select) {
            (Some(pressed), Some(on_select)) => {
                let key = bar.key.clone();
                let on_click = on_select.reform(move |_: MouseEvent| key.clone());
                // Named by its content (what it says, prefixed for screen readers), so that the
                // name contains the visible text.
                html! {
                    <button type="button" class="bar-mark" aria-pressed={pressed.to_string()}
                        title={name.clone()} onclick={on_click}>
                        <span class="visually-hidden">{ t(Text::FilterOnBar) }</span>
                        { inside }
                    </button>
                }
            }
            _ => html! {
                <div class="bar-mark" role="img" aria-label={name.clone()} title={name.clone()}>
                    { inside }
                </div>
            },
        }
    });
    let marks = marks
        .into_iter()
        .map(|(key, parked, mark)| html! { <li {key} hidden={parked}>{ mark }</li> });
    let legend = props.legend.iter().map(|(class, label)| {
        html! {
            <span class="legend-entry">
                <span class={classes!("swatch", *class)} aria-hidden="true"></span>{ label }
            </span>
        }
    });
    let table = {
        let (bars, heading) = (props.bars.clone(), props.value_heading.clone());
        Callback::from(move |()| data_table(&bars, &heading, lang))
    };
    html! {
        <figure class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id}>{ props.title.clone() }</figcaption>
            if !props.legend.is_empty() {
                <p class="legend">{ for legend }</p>
            }
            <ul class="bars" aria-label={props.title.clone()}>{ for marks }</ul>
            <ChartData {table} />
        </figure>
    }
}
