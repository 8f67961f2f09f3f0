//! The form: every input of the scenario, in three groups, and the ranges of the uncertain
//! ones behind one control.

use super::field_input::FieldInput;
use super::group_form::{GroupChange, GroupForm};
use super::uncertainty::RangeTable;
use crate::model::core::number::NumberStyle;
use crate::model::core::units::Bound;
use crate::model::{Checked, Field, FormGroup, RawInputs};
use super::use_texts;
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
    /// Called with every change of a range's end.
    pub on_edit_range: Callback<(Field, Bound, String)>,
    /// Called with every change of the groups.
    pub on_group: Callback<GroupChange>,
}


/// The scenario's inputs.
#[component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    let t = use_texts();
    let grouped = props.raw.has_groups();
    let has_team = props.checked.inputs.team.is_some();
    // The team's cost in one line, under the other project costs it adds to.
    let team_sum = |field: Field| (field == Field::ProjectCost).then(|| t.team_sum(&props.checked.inputs)).flatten().map(AttrValue::from);
    // One callback a field, made once: a field whose text and problem did not change is not
    // rendered again at a keystroke in another.
    let on_input = use_memo(props.on_edit.clone(), |on_edit| {
        Field::IN_FORM_ORDER.map(|field| (field, on_edit.reform(move |text| (field, text))))
    });
    let input = |field: Field| {
        let problem = props.checked.problem(field).map(|p| AttrValue::from(t.problem_message(p)));
        let on_input = on_input.iter().find(|(f, _)| *f == field).map(|(_, on)| on.clone()).unwrap_or_default();
        html! {
            <FieldInput
                key={field.link_name()}
                name={field.link_name()}
                label={t.input_label(field, has_team)}
                unit={t.field_unit.of(field)}
                hint={t.field_hint.of(field)}
                text={AttrValue::from(props.raw.get(field).to_string())}
                {problem}
                {on_input}
                note={team_sum(field)}
                month={field.style() == NumberStyle::Month}
            />
        }
    };
    html! {
        <form class="scenario-form" aria-labelledby="form-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 class="utrecht-heading-2" id="form-title">{ t.form_title }</h2>
            { for FormGroup::ALL.into_iter().map(|group| html! {
                <fieldset class="utrecht-form-fieldset form-group">
                    <legend>{ t.form_group.of(group) }</legend>
                    // With groups, the groups hold the caseload, exit, work and deadweight.
                    { for Field::IN_FORM_ORDER.into_iter().filter(|f| f.group() == group && !(grouped && Field::PER_GROUP.contains(f))).map(input) }
                    if group == FormGroup::Project {
                        <GroupForm groups={props.raw.groups.clone()} values={props.checked.groups.clone()}
                            problems={props.checked.group_problems.clone()} on_change={props.on_group.clone()} />
                    }
                </fieldset>
            }) }
            <RangeTable raw={props.raw.clone()} checked={props.checked.clone()} on_edit={props.on_edit_range.clone()}
                on_group={props.on_group.reform(|(i, field, bound, text)| GroupChange::EditRange(i, field, bound, text))} />
        </form>
    }
}
