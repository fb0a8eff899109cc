//! The live region's text: the result count, once typing pauses.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long the text must stay the same before screen readers hear it.
const PAUSE_MS: u32 = 700;

/// `text` once it has not changed for a pause: a screen reader hears the count of results
/// when typing stops, not at every keystroke. Only the component holding the live region
/// renders when it lands.
#[hook]
pub fn use_announcement(text: String) -> String {
    let announced = use_state(String::new);
    {
        let announced = announced.clone();
        use_effect_with(text, move |text| {
            // Nothing new to tell (the silence the page starts in, or a text that came back to
            // the one told): no timer, and no render when it would have fired.
            let timeout = (*announced != *text).then(|| {
                let text = text.clone();
                Timeout::new(PAUSE_MS, move || announced.set(text))
            });
            move || drop(timeout)
        });
    }
    (*announced).clone()
}
