//! The polite live region that tells screen readers how many projects the view shows, once the
//! reader changed it.

use crate::hooks::announcement::use_announcement;
use yew::prelude::*;

/// Properties of [`LiveStatus`].
#[derive(Properties, PartialEq)]
pub struct LiveStatusProps {
    /// The status to tell, as it stands now (read out once typing pauses; empty: nothing).
    pub text: AttrValue,
}

/// A visually hidden `role="status"` region. The pause is kept here, so when it lands only
/// this region renders, not the page.
#[component]
pub fn LiveStatus(props: &LiveStatusProps) -> Html {
    let announced = use_announcement(props.text.to_string());
    html! {
        <div class="visually-hidden" role="status" aria-live="polite">{ announced }</div>
    }
}
