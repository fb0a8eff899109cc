//! Text with the words a search matched wrapped in `<mark>`, built as nodes (never as HTML).
//!
//! A plain function rather than a component, for the same reason as `amount`.

use std::ops::Range;
use yew::prelude::*;

/// Renders `text`, marking the byte `ranges` (in order, not overlapping); a range that does
/// not fall on character boundaries is ignored rather than trusted.
pub fn highlighted(text: &str, ranges: &[Range<usize>]) -> Html {
    if ranges.is_empty() {
        return html! { { text.to_owned() } };
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for r in ranges {
        let (Some(before), Some(marked)) = (text.get(at..r.start), text.get(r.clone())) else {
            continue;
        };
        parts.push(html! { { before.to_owned() } });
        parts.push(html! { <mark>{ marked.to_owned() }</mark> });
        at = r.end;
    }
    parts.push(html! { { text.get(at..).unwrap_or_default().to_owned() } });
    html! { <>{ for parts }</> }
}
