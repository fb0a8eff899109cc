//! How far the load of a file is: a progress bar with rows, megabytes and time left, and a
//! button to stop it.

use crate::store::use_lang;
use ftap_core::format;
use ftap_core::i18n::OwnText;
use ftap_core::lang::Lang;
use ftap_core::open::protocol::Progress;
use yew::prelude::*;

/// Properties of [`LoadProgress`].
#[derive(Properties, PartialEq)]
pub struct LoadProgressProps {
    /// The file's name.
    pub name: AttrValue,
    /// How far the load is.
    pub progress: Progress,
    /// Called to stop the load.
    pub on_cancel: Callback<()>,
}

/// Megabytes with one decimal: `12,3 Mo` / `12.3 MB`.
fn megabytes(bytes: u64, lang: Lang) -> String {
    let text = format::decimal(bytes as f64 / 1_000_000.0, 1, lang);
    match lang {
        Lang::Fr => format!("{text}\u{a0}Mo"),
        Lang::En => format!("{text} MB"),
    }
}

/// A labelled `<progress>` (indeterminate until the size is known) and its figures, read out
/// politely as they change.
#[component]
pub fn LoadProgress(props: &LoadProgressProps) -> Html {
    let lang = use_lang();
    let p = props.progress;
    let rows = format::integer(p.rows, lang);
    let read = megabytes(p.bytes, lang);
    let figures = match p.total {
        Some(total) => OwnText::LoadedSoFar.fill(lang, &[&rows, &read, &megabytes(total, lang)]),
        None => OwnText::LoadedSoFarNoSize.fill(lang, &[&rows, &read]),
    };
    let left = p
        .remaining_ms()
        .map(|ms| OwnText::TimeLeft.fill(lang, &[&format::integer(ms.div_ceil(1000), lang)]));
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="load-progress" aria-labelledby="load-title">
            <h2 id="load-title">{ OwnText::Loading.fill(lang, &[&props.name]) }</h2>
            <progress aria-labelledby="load-title" aria-describedby="load-figures" max="1000"
                value={p.per_mille().map(|v| v.to_string())}></progress>
            <p id="load-figures" role="status">
                { figures }
                if let Some(left) = left { { " — " }{ left } }
            </p>
            <button type="button" class="button quiet" onclick={on_cancel}>{ OwnText::StopLoading.get(lang) }</button>
        </section>
    }
}
