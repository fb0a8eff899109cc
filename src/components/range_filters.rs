//! Range filters on the amounts: minimum and maximum in M€, and preset FTAP brackets. A
//! range leaves out the projects whose amount is unknown; a button lists them instead.

use crate::store::use_lang;
use ftap_core::filters::{format_millions, parse_millions, Amount, Bounds, Ranges, FTAP_PRESETS};
use ftap_core::i18n::{count, Text};
use ftap_core::labels::{amount_title, bounds_text, bracket_text};
use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long typing must pause before a bound applies.
const DEBOUNCE_MS: u32 = 400;

/// Properties of [`RangeFilters`].
#[derive(Properties, PartialEq)]
pub struct RangeFiltersProps {
    /// The current ranges.
    pub ranges: Ranges,
    /// For each amount, projects excluded only because the amount is unknown.
    pub unknown_excluded: [usize; 3],
    /// Called with new bounds for an amount.
    pub on_range: Callback<(Amount, Bounds)>,
    /// Called to list the projects whose amount is unknown instead of the range.
    pub on_show_unknown: Callback<Amount>,
}

/// Properties of one bound input.
#[derive(Properties, PartialEq)]
struct BoundInputProps {
    id: AttrValue,
    label: AttrValue,
    value: Option<u64>,
    /// The range in force on this amount, in words (empty when none).
    in_force: AttrValue,
    on_value: Callback<Option<u64>>,
}

/// A text input in M€ that applies its value once typing pauses (at once on Enter or when
/// leaving the field) and, when it cannot read it, says which filter is still in force.
#[component]
fn BoundInput(props: &BoundInputProps) -> Html {
    let lang = use_lang();
    // The text as typed: re-rendering it from the applied value would eat a trailing comma.
    let text = use_state(|| props.value.map(format_millions).unwrap_or_default());
    let error = use_state(|| false);
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        // A change from outside (a chip removed, a preset, back/forward) replaces the text.
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(props.value, move |value| {
            if parse_millions(&text) != Ok(*value) {
                text.set(value.map(format_millions).unwrap_or_default());
                error.set(false);
            }
        });
    }
    let apply = {
        let (on_value, error, applied) = (props.on_value.clone(), error.clone(), props.value);
        move |typed: &str| match parse_millions(typed) {
            Ok(value) => {
                error.set(false);
                if value != applied {
                    on_value.emit(value);
                }
            }
            Err(_) => error.set(true),
        }
    };
    let on_input = {
        let (text, pending, apply) = (text.clone(), pending.clone(), apply.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            text.set(typed.clone());
            let apply = apply.clone();
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || apply(&typed)));
        })
    };
    let on_change = {
        let pending = pending.clone();
        Callback::from(move |e: Event| {
            pending.borrow_mut().take();
            apply(&e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let error_id = format!("{}-error", props.id);
    let message = if props.in_force.is_empty() {
        Text::NoneInForce.get(lang).to_owned()
    } else {
        Text::InForce.fill(lang, &[&props.in_force])
    };
    html! {
        <div class="bound">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={(*text).clone()} oninput={on_input} onchange={on_change}
                aria-invalid={error.to_string()}
                aria-describedby={error.then(|| error_id.clone())} />
            if *error {
                <p id={error_id} class="field-error" role="alert">
                    { Text::NotANumber.get(lang) }{ " " }{ message }
                </p>
            }
        </div>
    }
}

/// For each amount, « au moins » and « moins de » inputs in M€; for the FTAP amount, preset
/// brackets too. Says how many projects a range excludes for lack of the amount, with a
/// button that lists them.
#[component]
pub fn RangeFilters(props: &RangeFiltersProps) -> Html {
    let lang = use_lang();
    let t = |k: Text| k.get(lang);
    let groups = Amount::ALL.into_iter().enumerate().map(|(i, amount)| {
        let bounds = props.ranges.get(amount);
        let set = |change: fn(Bounds, Option<u64>) -> Bounds| {
            let on_range = props.on_range.clone();
            Callback::from(move |value| on_range.emit((amount, change(bounds, value))))
        };
        let presets = (amount == Amount::Ftap).then(|| {
            let buttons = FTAP_PRESETS.iter().map(|&preset| {
                let pressed = bounds == preset;
                let on_range = props.on_range.clone();
                let on_click = Callback::from(move |_: MouseEvent| {
                    on_range.emit((amount, if pressed { Bounds::default() } else { preset }))
                });
                html! {
                    <button type="button" class="preset" aria-pressed={pressed.to_string()}
                        onclick={on_click}>{ bracket_text(preset, lang) }</button>
                }
            });
            html! { <div class="presets" role="group" aria-label={t(Text::Brackets)}>{ for buttons }</div> }
        });
        let excluded = props.unknown_excluded[i];
        let in_force = AttrValue::from(bounds_text(bounds, lang));
        let on_show = props.on_show_unknown.reform(move |_: MouseEvent| amount);
        html! {
            <fieldset class="range" key={amount.key()}>
                <legend>{ Text::RangeLegend.fill(lang, &[t(amount_title(amount))]) }</legend>
                { for presets }
                <div class="bounds">
                    <BoundInput id={format!("{}-min", amount.key())} label={t(Text::AtLeast)}
                        value={bounds.min} in_force={in_force.clone()}
                        on_value={set(|b, v| Bounds { min: v, ..b })} />
                    <BoundInput id={format!("{}-max", amount.key())} label={t(Text::LessThan)}
                        value={bounds.max} {in_force}
                        on_value={set(|b, v| Bounds { max: v, ..b })} />
                </div>
                if excluded > 0 {
                    <p class="help">
                        { count(lang, excluded, Text::ExcludedOne, Text::ExcludedMany) }{ " " }
                        <button type="button" class="link-button" onclick={on_show}>
                            { count(lang, excluded, Text::ShowUnknownOne, Text::ShowUnknownMany) }
                        </button>
                    </p>
                }
            </fieldset>
        }
    });
    html! { <div class="ranges">{ for groups }</div> }
}
