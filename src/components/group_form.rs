//! The groups of a scenario's caseload in the form: the button that splits it, and, once
//! split, one fieldset a group with its name, caseload, exit (as a share or a count),
//! share to work and deadweight, and buttons to move it and remove it.

use super::field_input::FieldInput;
use super::use_texts;
use crate::model::input::RawGroup;
use crate::model::core::limits::MAX_GROUPS;
use crate::model::input::derived_exit_text;
use crate::model::core::number::in_convention;
use crate::model::input::{Group, GroupProblem};
use crate::model::Field;
use web_sys::HtmlInputElement;
use crate::model::core::units::Bound;
use yew::prelude::*;

/// What the groups show, and what they report.
#[derive(Properties, PartialEq)]
pub struct GroupFormProps {
    /// The groups as typed; none when the caseload is not split.
    pub groups: Vec<RawGroup>,
    /// The groups' checked values, in order (only its part of the scenario's checked inputs,
    /// so a keystroke in another field does not render the groups again).
    pub values: Vec<Group>,
    /// The groups' fields with a problem.
    pub problems: Vec<GroupProblem>,
    /// What the user did to the groups.
    pub on_change: Callback<GroupChange>,
}

/// What the user can do to the groups.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupChange {
    /// A group's field typed: the group (from 0), the field, the text.
    Edit(usize, Field, String),
    /// An end of a group's range typed: the group (from 0), its exit (in the unit typed) or
    /// deadweight, the end, the text.
    EditRange(usize, Field, Bound, String),
    /// A group's name typed.
    Rename(usize, String),
    /// Add a group (the first splits the caseload).
    Add,
    /// Remove a group.
    Remove(usize),
    /// Move a group up (`-1`) or down (`1`).
    Move(usize, isize),
}



/// The groups, or the button that makes them.
#[component]
pub fn GroupForm(props: &GroupFormProps) -> Html {
    let t = use_texts();
    let w = t.groups;
    // After a move or a removal, the focus goes to the button that follows the group (or to
    // the add button), not to whichever group now stands where the pressed button was.
    let focus = use_state(|| None::<String>);
    {
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |id| {
            if let Some(id) = id {
                crate::browser::focus(id);
                focus.set(None);
            }
        });
    }
    let n = props.groups.len();
    if n == 0 {
        return html! {
            <div class="groups-split">
                <button type="button" id="groups-add" class="utrecht-button utrecht-button--secondary-action groups-button" aria-describedby="groups-split-hint"
                    onclick={props.on_change.reform(|_| GroupChange::Add)}>{ w.split }</button>
                <p class="field-hint" id="groups-split-hint">{ w.split_hint }</p>
            </div>
        };
    }
    let group = |i: usize, raw: &RawGroup| {
        let number = i + 1;
        let label = (w.group)(number);
        let prefix = AttrValue::from(format!("{label}: "));
        let checked = props.values.get(i);
        let input = |field: Field| {
            let problem = GroupProblem::of(&props.problems, i, field).map(|p| {
                AttrValue::from(t.problem_message(&crate::model::Problem { field: p.field, kind: p.kind }))
            });
            // The exit's other unit is shown as the checked group gives it.
            let text = if field == raw.exit_field() || !matches!(field, Field::ExitShare | Field::Exits) {
                raw.get(field).to_string()
            } else {
                let text = checked.map(|g| derived_exit_text(raw.exit_source, g.exit_share, g.caseload)).unwrap_or_default();
                in_convention(&text, field.style(), t.lang.decimal_point()).unwrap_or(text)
            };
            html! {
                <FieldInput key={field.link_name()} name={format!("group-{number}-{}", field.link_name())}
                    label_prefix={prefix.clone()} label={t.field_label.of(field)} unit={t.field_unit.of(field)}
                    described_by={AttrValue::from("groups-hints")}
                    text={AttrValue::from(text)} {problem}
                    on_input={props.on_change.reform(move |text| GroupChange::Edit(i, field, text))} />
            }
        };
        let name_id = format!("input-group-{number}-name");
        let on_rename = props.on_change.reform(move |e: InputEvent| GroupChange::Rename(i, e.target_unchecked_into::<HtmlInputElement>().value()));
        let moved = |step: isize, focus: UseStateHandle<Option<String>>, on_change: Callback<GroupChange>| {
            // Where the group goes, from 1 (a disabled button's stays).
            let to = (i as isize + step).clamp(0, n as isize - 1) as usize + 1;
            let id = format!("group-{to}-{}", if step < 0 { "up" } else { "down" });
            let fallback = format!("group-{to}-{}", if step < 0 { "down" } else { "up" });
            Callback::from(move |_| {
                on_change.emit(GroupChange::Move(i, step));
                // At the top or the bottom the button is disabled: focus its other one.
                let at_end = (step < 0 && to == 1) || (step > 0 && to == n);
                focus.set(Some(if at_end { fallback.clone() } else { id.clone() }));
            })
        };
        let on_remove = {
            let (on_change, focus) = (props.on_change.clone(), focus.clone());
            Callback::from(move |_| {
                on_change.emit(GroupChange::Remove(i));
                // Two groups become none: the button that splits again has the focus.
                let next = if n <= 2 { "groups-add".to_string() } else { format!("group-{}-remove", number.min(n - 1)) };
                focus.set(Some(next));
            })
        };
        html! {
            <fieldset class="utrecht-form-fieldset group" key={number} data-group-form={number.to_string()}>
                <legend>
                    { label.clone() }
                    if !raw.name.is_empty() {
                        { ": " }<bdi>{ raw.name.clone() }</bdi>
                    }
                </legend>
                <div class="field">
                    <label class="field-label" for={name_id.clone()}>
                        <span class="visually-hidden">{ prefix.clone() }</span>{ w.name_label }
                    </label>
                    <input class="utrecht-textbox utrecht-textbox--html-input field-input group-name" type="text" autocomplete="off" id={name_id} name={format!("group-{number}-name")}
                        value={raw.name.clone()} maxlength="60" placeholder={w.name_hint} oninput={on_rename} />
                </div>
                <div class="group-fields">{ for Field::PER_GROUP.into_iter().map(input) }</div>
                <div class="group-actions">
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" id={format!("group-{number}-up")} disabled={i == 0}
                        onclick={moved(-1, focus.clone(), props.on_change.clone())}>
                        <span class="visually-hidden">{ prefix.clone() }</span>{ w.up }
                    </button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" id={format!("group-{number}-down")} disabled={i + 1 == n}
                        onclick={moved(1, focus.clone(), props.on_change.clone())}>
                        <span class="visually-hidden">{ prefix.clone() }</span>{ w.down }
                    </button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" id={format!("group-{number}-remove")} onclick={on_remove}>
                        <span class="visually-hidden">{ prefix.clone() }</span>{ w.remove }
                    </button>
                </div>
            </fieldset>
        }
    };
    html! {
        <section class="groups" aria-labelledby="groups-title">
            <h3 id="groups-title" class="utrecht-heading-3 groups-title">{ w.title }</h3>
            <p class="field-hint">{ w.intro }</p>
            <p class="field-hint" id="groups-hints">{ w.hints }</p>
            { for props.groups.iter().enumerate().map(|(i, raw)| group(i, raw)) }
            if n < MAX_GROUPS {
                <button type="button" id="groups-add" class="utrecht-button utrecht-button--secondary-action groups-button" onclick={props.on_change.reform(|_| GroupChange::Add)}>{ w.add }</button>
            } else {
                <p class="field-hint" id="groups-full">{ (w.full)(MAX_GROUPS) }</p>
            }
        </section>
    }
}
