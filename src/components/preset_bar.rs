//! The worked examples: one button each, and the source and note of the one the scenario came
//! from.

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
            <div class="preset-bar-buttons">
                <h2 id="presets-title" class="utrecht-heading-2 preset-bar-title">{ t.presets_label }</h2>
                { for Preset::ALL.into_iter().map(|preset| {
                    let on_select = props.on_select.clone();
                    let current = props.origin == Some(preset) && !props.edited;
                    html! {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action preset-button"
                            aria-pressed={if current { "true" } else { "false" }}
                            onclick={Callback::from(move |_| on_select.emit(preset))}>
                            { t.preset_label.of(preset) }
                        </button>
                    }
                }) }
            </div>
            // The source on the first screen; the whole story one step away.
            if let Some(preset) = props.origin {
                <details class="preset-note" data-preset={t.preset_label.of(preset)}>
                    <summary>
                        { t.preset_source.of(preset) }
                        if props.edited { { ". " }<strong>{ t.preset_edited }</strong> }
                    </summary>
                    <p>{ t.preset_note.of(preset) }</p>
                </details>
            }
        </section>
    }
}
