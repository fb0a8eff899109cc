//! Range filters on the amounts: minimum and maximum in M€, and preset FTAP brackets.

use crate::filters::{format_millions, parse_millions, Amount, Bounds, Ranges, FTAP_PRESETS};
use crate::format;
use crate::i18n::{count, Lang, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`RangeFilters`].
#[derive(Properties, PartialEq)]
pub struct RangeFiltersProps {
    /// The current ranges.
    pub ranges: Ranges,
    /// For each amount, projects excluded only because the amount is unknown.
    pub unknown_excluded: [usize; 3],
    /// Called with new bounds for an amount.
    pub on_range: Callback<(Amount, Bounds)>,
}

/// Title of an amount.
pub fn amount_title(amount: Amount) -> Text {
    match amount {
        Amount::Ftap => Text::AmountFtap,
        Amount::TotalCost => Text::AmountCost,
        Amount::Savings => Text::AmountSavings,
    }
}

/// A range in words: `≥ 5 M€`, `< 1 M€`, `de 1 M€ à moins de 5 M€`.
pub fn bounds_text(bounds: Bounds, lang: Lang) -> String {
    let eur = |n| format::euros_compact(n, lang);
    match (bounds.min, bounds.max) {
        (Some(min), Some(max)) => Text::RangeFrom.fill(lang, &[&eur(min), &eur(max)]),
        (Some(min), None) => Text::RangeMin.fill(lang, &[&eur(min)]),
        (None, Some(max)) => Text::RangeMax.fill(lang, &[&eur(max)]),
        (None, None) => String::new(),
    }
}

/// Properties of one bound input.
#[derive(Properties, PartialEq)]
struct BoundInputProps {
    id: AttrValue,
    label: AttrValue,
    value: Option<u64>,
    on_value: Callback<Option<u64>>,
}

/// A text input in M€ that applies its value on change (Enter or leaving the field) and
/// says so when it cannot read it.
#[component]
fn BoundInput(props: &BoundInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let error = use_state(|| false);
    let shown = props.value.map(format_millions).unwrap_or_default();
    let on_change = {
        let (on_value, error) = (props.on_value.clone(), error.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_millions(&text) {
                Ok(value) => {
                    error.set(false);
                    on_value.emit(value);
                }
                Err(_) => error.set(true),
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <div class="bound">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={shown} onchange={on_change}
                aria-invalid={error.to_string()}
                aria-describedby={error.then(|| error_id.clone())} />
            if *error {
                <p id={error_id} class="field-error">{ Text::NotANumber.get(lang) }</p>
            }
        </div>
    }
}

/// For each amount, « au moins » and « moins de » inputs in M€; for the FTAP amount, preset
/// brackets too. Says how many projects a range excludes for lack of the amount.
#[component]
pub fn RangeFilters(props: &RangeFiltersProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = |k: Text| k.get(lang);
    let groups = Amount::ALL.into_iter().enumerate().map(|(i, amount)| {
        let bounds = props.ranges.get(amount);
        let set = |change: fn(Bounds, Option<u64>) -> Bounds| {
            let on_range = props.on_range.clone();
            Callback::from(move |value| on_range.emit((amount, change(bounds, value))))
        };
        let presets = (amount == Amount::Ftap).then(|| {
            let buttons = FTAP_PRESETS.iter().map(|&(label, preset)| {
                let pressed = bounds == preset;
                let on_range = props.on_range.clone();
                let on_click = Callback::from(move |_: MouseEvent| {
                    on_range.emit((amount, if pressed { Bounds::default() } else { preset }))
                });
                html! {
                    <button type="button" class="preset" aria-pressed={pressed.to_string()}
                        onclick={on_click}>{ label }</button>
                }
            });
            html! { <div class="presets" role="group" aria-label={t(Text::Brackets)}>{ for buttons }</div> }
        });
        let excluded = props.unknown_excluded[i];
        html! {
            <fieldset class="range" key={amount.key()}>
                <legend>{ Text::RangeLegend.fill(lang, &[t(amount_title(amount))]) }</legend>
                { for presets }
                <div class="bounds">
                    <BoundInput id={format!("{}-min", amount.key())} label={t(Text::AtLeast)}
                        value={bounds.min} on_value={set(|b, v| Bounds { min: v, ..b })} />
                    <BoundInput id={format!("{}-max", amount.key())} label={t(Text::LessThan)}
                        value={bounds.max} on_value={set(|b, v| Bounds { max: v, ..b })} />
                </div>
                if excluded > 0 {
                    <p class="help">
                        { count(lang, excluded, Text::ExcludedOne, Text::ExcludedMany) }
                    </p>
                }
            </fieldset>
        }
    });
    html! { <div class="ranges">{ for groups }</div> }
}
