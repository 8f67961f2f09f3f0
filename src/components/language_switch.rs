//! The language switch: one button that shows the page in the other language.

use super::use_texts;
use crate::text::Lang;
use yew::prelude::*;

/// What the language switch shows.
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The page's language.
    pub lang: Lang,
    /// Called with the chosen language.
    pub on_select: Callback<Lang>,
}

/// A button named in the other language (and marked as such for screen readers).
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let t = use_texts();
    let (other, name) = t.other_language;
    html! {
        <p class="language-switch">
            <span class="visually-hidden">{ t.language_label }{ ": " }</span>
            <button class="utrecht-button utrecht-button--secondary-action" type="button" lang={other.code()} onclick={props.on_select.reform(move |_| other)}>{ name }</button>
        </p>
    }
}
