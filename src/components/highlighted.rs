//! Text with the words a search matched wrapped in `<mark>`, built as nodes (never as HTML).

use std::ops::Range;
use yew::prelude::*;

/// Properties of [`Highlighted`].
#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    /// The text as written.
    pub text: AttrValue,
    /// Byte ranges of `text` to mark, in order, not overlapping.
    pub ranges: Vec<Range<usize>>,
}

/// Renders `text`, marking `ranges`; ranges that do not fall on character boundaries are
/// ignored rather than trusted.
#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    let mut parts = Vec::new();
    let mut at = 0;
    for r in &props.ranges {
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
