//! "Toegankelijkheid": what is tested for accessibility and what is not, and what a hosting
//! municipality publishes itself (ACCESSIBILITY.md in full).

use super::use_texts;
use yew::prelude::*;

#[component]
pub fn Accessibility() -> Html {
    let t = use_texts();
    html! {
        <section class="accessibility" aria-labelledby="accessibility-title">
            <h2 class="utrecht-heading-2" id="accessibility-title">{ t.accessibility_title }</h2>
            { for t.accessibility.iter().map(|p| html! { <p class="utrecht-paragraph">{ *p }</p> }) }
        </section>
    }
}
