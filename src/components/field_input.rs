//! One input of a form: label with unit, the raw text, a hint with its source, and the
//! problem message when the text is not valid.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What one input shows.
#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    /// The input's `name`, also the base of its element ids.
    pub name: AttrValue,
    /// Read before the label but not shown ("Groep 2: "), where the label alone does not say
    /// which input of several it is.
    #[prop_or_default]
    pub label_prefix: Option<AttrValue>,
    /// The visible label.
    pub label: AttrValue,
    /// The unit, shown after the label.
    pub unit: AttrValue,
    /// A short hint: a suggested value and its source; none when empty (a group's inputs share
    /// one, `described_by`).
    #[prop_or_default]
    pub hint: AttrValue,
    /// The id of a text elsewhere that describes the input too.
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// A line of figures under the input that follow from it and others (the team's cost under
    /// the other project costs); read with the input.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The text as typed.
    pub text: AttrValue,
    /// The problem message, when the text is not valid.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    /// Called with every change of the text.
    pub on_input: Callback<String>,
    /// Whether the text is a month (`2008-09`): a phone then shows its ordinary keyboard, not
    /// the decimal pad, which has no dash on an iPhone.
    #[prop_or_default]
    pub month: bool,
    /// Whether the form needs a value here (`aria-required`); an empty required field is
    /// then not marked wrong before it is filled in.
    #[prop_or_default]
    pub required: bool,
}

/// Which field of a component is being typed in. A problem in what is being typed waits until
/// the field is left, as the design system's form guidance asks (no message flashing up in the
/// middle of a number; the results follow every keystroke all the same); a bad value from a
/// link, a file or storage, or one left behind, is marked at once. One per component, its
/// fields told apart by id: a field of its own, or the ends of the range table.
#[derive(Clone)]
pub struct Typing(UseStateHandle<Option<String>>);

#[hook]
pub fn use_typing() -> Typing {
    Typing(use_state_eq(|| None))
}

impl Typing {
    /// `problem`, unless field `id` is being typed in.
    pub fn shown<T>(&self, id: &str, problem: Option<T>) -> Option<T> {
        problem.filter(|_| self.0.as_deref() != Some(id))
    }

    /// `oninput`, after marking field `id` as being typed in.
    pub fn oninput(&self, id: &str, oninput: Callback<InputEvent>) -> Callback<InputEvent> {
        let (typing, id) = (self.0.clone(), id.to_string());
        Callback::from(move |e: InputEvent| {
            typing.set(Some(id.clone()));
            oninput.emit(e);
        })
    }

    /// Marks no field as being typed in: for a field's `onblur`.
    pub fn onblur(&self) -> Callback<FocusEvent> {
        let typing = self.0.clone();
        Callback::from(move |_: FocusEvent| typing.set(None))
    }
}

/// One labelled input with hint and problem message.
#[component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let id = format!("input-{}", props.name);
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let note_id = format!("{id}-note");
    let typing = use_typing();
    let oninput = typing.oninput(&id, props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value()));
    let onblur = typing.onblur();
    let problem = typing.shown(&id, props.problem.as_ref());
    let has_hint = !props.hint.is_empty();
    let described_by: Vec<&str> = [
        problem.map(|_| problem_id.as_str()),
        props.note.as_ref().map(|_| note_id.as_str()),
        has_hint.then_some(hint_id.as_str()),
        props.described_by.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = described_by.join(" ");
    let invalid = problem.is_some();
    html! {
        <div class={classes!("utrecht-form-field", "utrecht-form-field--text", invalid.then_some("utrecht-form-field--invalid"), "field", invalid.then_some("field--invalid"))}>
            <label class="utrecht-form-label field-label" for={id.clone()}>
                if let Some(prefix) = &props.label_prefix {
                    <span class="visually-hidden">{ prefix.clone() }</span>
                }
                { props.label.clone() }
                <span class="field-unit">{ format!(" ({})", props.unit) }</span>
            </label>
            <input
                class={classes!("utrecht-textbox", "utrecht-textbox--html-input", invalid.then_some("utrecht-textbox--invalid"), "field-input")}
                type="text"
                inputmode={(!props.month).then_some("decimal")}
                autocomplete="off"
                spellcheck="false"
                id={id}
                name={props.name.clone()}
                value={props.text.clone()}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-required={props.required.then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                {oninput}
                {onblur}
            />
            if let Some(problem) = problem {
                <p class="utrecht-form-field-error-message field-problem" id={problem_id}>{ problem.clone() }</p>
            }
            if let Some(note) = &props.note {
                <p class="utrecht-form-field-description field-note" id={note_id.clone()}>{ note.clone() }</p>
            }
            if has_hint {
                <p class="utrecht-form-field-description field-hint" id={hint_id}>{ props.hint.clone() }</p>
            }
        </div>
    }
}
