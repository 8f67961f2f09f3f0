//! The form: every input of the scenario, in three groups.

use super::field_input::FieldInput;
use crate::model::{Checked, Field, RawInputs};
use crate::text;
use yew::prelude::*;

/// What the form shows.
#[derive(Properties, PartialEq)]
pub struct ScenarioFormProps {
    /// The texts as typed.
    pub raw: RawInputs,
    /// Their problems.
    pub checked: Checked,
    /// Called with every change of a text.
    pub on_edit: Callback<(Field, String)>,
}

const GROUPS: [(&str, &[Field]); 3] = [
    (text::GROUP_PROJECT, &[Field::Caseload, Field::Period, Field::ExitShare, Field::Exits, Field::Work]),
    (text::GROUP_MONEY, &[Field::Cost, Field::ProjectCost, Field::Discount]),
    (text::GROUP_COMPARISON, &[Field::Baseline, Field::Return, Field::Horizon]),
];

/// The scenario's inputs.
#[component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    let input = |field: Field| {
        let problem = props.checked.problem(field).map(|p| AttrValue::from(text::problem_message(p)));
        html! {
            <FieldInput
                key={field.link_name()}
                name={field.link_name()}
                label={text::field_label(field)}
                unit={text::field_unit(field)}
                hint={text::field_hint(field)}
                text={AttrValue::from(props.raw.get(field).to_string())}
                {problem}
                on_input={props.on_edit.reform(move |text| (field, text))}
            />
        }
    };
    html! {
        <form class="scenario-form" aria-labelledby="form-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="form-title">{ text::FORM_TITLE }</h2>
            { for GROUPS.iter().map(|(title, fields)| html! {
                <fieldset class="form-group">
                    <legend>{ *title }</legend>
                    { for fields.iter().map(|f| input(*f)) }
                </fieldset>
            }) }
        </form>
    }
}
