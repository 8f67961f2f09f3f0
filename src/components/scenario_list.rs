//! The scenarios: one button each to edit it, and the actions on the edited one (rename,
//! duplicate, make base, move, delete) and on the list (add).

use crate::model::core::limits::MAX_NAME_CHARS;
use crate::model::core::limits::MAX_SCENARIOS;
use web_sys::HtmlInputElement;
use super::use_texts;
use yew::prelude::*;

/// What the list shows.
#[derive(Properties, PartialEq)]
pub struct ScenarioListProps {
    /// The names as typed (may be empty), in order.
    pub names: Vec<AttrValue>,
    /// The names as the page shows them.
    pub shown: Vec<AttrValue>,
    /// The base scenario.
    pub base: usize,
    /// The scenario being edited.
    pub editing: usize,
    /// Edit this scenario.
    pub on_select: Callback<usize>,
    /// The edited scenario's new name.
    pub on_rename: Callback<String>,
    /// Copy the edited scenario.
    pub on_duplicate: Callback<()>,
    /// Compare the others with the edited scenario.
    pub on_set_base: Callback<()>,
    /// Move the edited scenario one place up (`-1`) or down (`1`).
    pub on_move: Callback<isize>,
    /// Remove the edited scenario.
    pub on_delete: Callback<()>,
    /// A new, empty scenario.
    pub on_add: Callback<()>,
}

/// The list of scenarios and the actions on them.
#[component]
pub fn ScenarioList(props: &ScenarioListProps) -> Html {
    let t = use_texts();
    let n = props.names.len();
    let e = props.editing;
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let on_rename = props.on_rename.reform(|ev: InputEvent| ev.target_unchecked_into::<HtmlInputElement>().value());
    let name = props.names.get(e).cloned().unwrap_or_default();
    let full = name.chars().count() >= MAX_NAME_CHARS;
    html! {
        <section class="scenario-list" aria-labelledby="scenarios-title">
            // With one scenario the summary line says it all; the heading stays for screen readers.
            <h2 id="scenarios-title" class={classes!("utrecht-heading-2", "scenario-list-title", (n == 1).then_some("visually-hidden"))}>{ t.scenarios_title }</h2>
            // One scenario needs no tabs: the results are titled with its name.
            if n > 1 {
            <ol class="scenario-tabs">
                { for props.shown.iter().enumerate().map(|(i, shown)| html! {
                    <li key={i}>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action scenario-tab"
                            aria-current={if i == e { "true" } else { "false" }}
                            onclick={props.on_select.reform(move |_: MouseEvent| i)}>
                            <span class="scenario-swatch" data-index={(i % MAX_SCENARIOS).to_string()} aria-hidden="true"></span>
                            { shown.clone() }
                            if i == props.base { <span class="scenario-base-badge">{ t.base_badge }</span> }
                        </button>
                    </li>
                }) }
            </ol>
            }
            // Naming and arranging scenarios is one step away: a policy maker first sees the
            // project and its figures.
            <details class="scenario-manage">
            <summary>{ t.manage_scenario }</summary>
            <div class="scenario-edit">
                <p class="scenario-list-intro">{ t.scenarios_intro }</p>
                <label class="field-label" for="scenario-name">{ t.name_label }</label>
                <input id="scenario-name" class="utrecht-textbox utrecht-textbox--html-input field-input scenario-name" type="text" maxlength={MAX_NAME_CHARS.to_string()}
                    value={name} placeholder={props.shown.get(e).cloned().unwrap_or_default()} oninput={on_rename}
                    aria-describedby="scenario-name-hint" />
                <p class="field-hint" id="scenario-name-hint" aria-live="polite">
                    { if full { (t.name_full)(MAX_NAME_CHARS) } else { (t.name_hint)(MAX_NAME_CHARS) } }
                </p>
                <div class="scenario-actions">
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_duplicate)} disabled={n >= MAX_SCENARIOS}>{ t.duplicate }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_set_base)} disabled={e == props.base}>{ t.make_base }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={props.on_move.reform(|_: MouseEvent| -1)} disabled={e == 0}>{ t.move_up }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={props.on_move.reform(|_: MouseEvent| 1)} disabled={e + 1 >= n}>{ t.move_down }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_delete)} disabled={n <= 1}>{ t.delete }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_add)} disabled={n >= MAX_SCENARIOS}>{ t.add }</button>
                </div>
                if n >= MAX_SCENARIOS { <p class="field-hint">{ (t.list_full)(MAX_SCENARIOS) }</p> }
            </div>
            </details>
        </section>
    }
}
