//! One input of the form: label with unit, the raw text, a hint with its source, and the
//! problem message when the text is not valid.

use crate::model::Field;
use crate::text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What one input shows.
#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    /// Which input.
    pub field: Field,
    /// The text as typed.
    pub text: AttrValue,
    /// The problem message, when the text is not valid.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// Called with every change of the text.
    pub on_edit: Callback<(Field, String)>,
}

/// One labelled input with hint and problem message.
#[component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let field = props.field;
    let id = format!("input-{}", field.link_name());
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_edit.emit((field, input.value()));
        })
    };
    let described_by = match props.problem {
        Some(_) => format!("{problem_id} {hint_id}"),
        None => hint_id.clone(),
    };
    let invalid = props.problem.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("field--invalid"))}>
            <label class="field-label" for={id.clone()}>
                { text::field_label(field) }
                <span class="field-unit">{ format!(" ({})", text::field_unit(field)) }</span>
            </label>
            <input
                class="field-input"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                id={id}
                name={field.link_name()}
                value={props.text.clone()}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-describedby={described_by}
                {oninput}
            />
            if let Some(problem) = &props.problem {
                <p class="field-problem" id={problem_id}>{ problem.clone() }</p>
            }
            <p class="field-hint" id={hint_id}>{ text::field_hint(field) }</p>
        </div>
    }
}
