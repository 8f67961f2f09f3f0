//! The worked examples: one button each, and the note on the one the scenario came from.

use crate::model::Preset;
use super::use_texts;
use yew::prelude::*;

/// What the preset bar shows.
#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    /// The preset the scenario on screen started from, if any.
    pub origin: Option<Preset>,
    /// Whether the scenario has been changed since.
    pub edited: bool,
    /// Called with the chosen preset.
    pub on_select: Callback<Preset>,
}

/// Preset buttons and the source note of the current one.
#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let t = use_texts();
    html! {
        <section class="preset-bar" aria-labelledby="presets-title">
            <h2 id="presets-title" class="preset-bar-title">{ t.presets_label() }</h2>
            <div class="preset-bar-buttons">
                { for Preset::ALL.into_iter().map(|preset| {
                    let on_select = props.on_select.clone();
                    let current = props.origin == Some(preset) && !props.edited;
                    html! {
                        <button type="button" class="preset-button"
                            aria-pressed={if current { "true" } else { "false" }}
                            onclick={Callback::from(move |_| on_select.emit(preset))}>
                            { t.preset_label(preset) }
                        </button>
                    }
                }) }
            </div>
            if let Some(preset) = props.origin {
                <p class="preset-note" data-preset={t.preset_label(preset)}>
                    { t.preset_note(preset) }
                    if props.edited { { " " }<strong>{ t.preset_edited() }</strong> }
                </p>
            }
        </section>
    }
}
