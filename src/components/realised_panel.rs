//! Realised results (nacalculatie): the form of what happened, the outcome as the sources
//! compute it, the consistency checks with their arithmetic, and the step to a scenario.

use super::field_input::FieldInput;
use super::results::figure;
use crate::text::{FieldText, Texts};
use crate::model::realised;
use crate::model::realised::{Example, Outcome, RealisedField, RealisedGroup, RealisedMetric, RealisedTexts};
use crate::model::core::limits::MAX_SCENARIOS;
use crate::model::ProblemKind;
use crate::state::RealisedReading;
use super::use_texts;
use yew::prelude::*;

/// What the realised-results section shows.
#[derive(Properties, PartialEq)]
pub struct RealisedPanelProps {
    /// The form's texts as typed.
    pub texts: RealisedTexts,
    /// The texts as read (the state reads them once).
    pub reading: RealisedReading,
    /// Whether another scenario fits.
    pub can_add: bool,
    /// Whether the realised results can become a scenario (`State::can_use_reading`).
    pub can_use: bool,
    /// Called with a field's new text.
    pub on_edit: Callback<(RealisedField, String)>,
    /// Called with the example to fill the form with, or none to empty it.
    pub on_example: Callback<Option<Example>>,
    /// Called with the name of the scenario to make from the realised results.
    pub on_use: Callback<String>,
    /// Shown beside the outcome, under the checks: the plan against the actual.
    #[prop_or_default]
    pub children: Html,
}

/// The outcome's figures, each with its label, `data-metric` name and value.
fn figures(t: &Texts, o: &Outcome) -> Html {
    RealisedMetric::ALL
        .into_iter()
        .map(|m| {
            let value = m.value(o);
            figure(t.realised_metric.of(m), m.name(), value, t.realised_value(m, value))
        })
        .collect()
}

/// The realised-results form, outcome and checks.
#[component]
pub fn RealisedPanel(props: &RealisedPanelProps) -> Html {
    let t = use_texts();
    let RealisedReading { result, problems } = &props.reading;
    let complete = !problems.iter().any(|(f, _)| f.required());
    let input = |field: RealisedField| {
        let FieldText { label, unit, hint } = t.realised_field.of(field);
        // A required field still empty is not marked wrong (the form starts so, and "Leegmaken"
        // makes it so): it says it is required, and the outcome names what is missing.
        let problem = problems
            .iter()
            .find(|(f, k)| *f == field && *k != ProblemKind::Empty)
            .map(|(_, k)| AttrValue::from(t.realised_problem(field, k)));
        html! {
            <FieldInput key={field.name()} name={field.name()} {label} {unit} {hint}
                text={AttrValue::from(props.texts.get(field).to_string())} {problem} required={field.required()}
                on_input={props.on_edit.reform(move |t| (field, t))} />
        }
    };
    let example = |example: Option<Example>, label: &'static str| {
        html! {
            <button type="button" class="utrecht-button utrecht-button--secondary-action preset-button" onclick={props.on_example.reform(move |_| example)}>
                { label }
            </button>
        }
    };
    let checks = realised::checks(result);
    html! {
        <section class="realised" aria-labelledby="realised-title">
            <h2 class="utrecht-heading-2" id="realised-title">{ t.realised_title }</h2>
            <p>{ t.realised_intro }</p>
            <div class="preset-bar-buttons" role="group" aria-label={t.realised_examples}>
                { example(Some(Example::Schiedam), t.realised_example.of(Example::Schiedam)) }
                { example(Some(Example::Haarlem), t.realised_example.of(Example::Haarlem)) }
                { example(None, t.realised_clear) }
            </div>
            <div class="page-columns">
                <form class="scenario-form" aria-labelledby="realised-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for RealisedGroup::ALL.into_iter().map(|group| html! {
                        <fieldset class="utrecht-form-fieldset form-group">
                            <legend>{ t.realised_group.of(group) }</legend>
                            { for RealisedField::ALL.into_iter().filter(|f| f.group() == group).map(input) }
                        </fieldset>
                    }) }
                </form>
                <div class="page-output">
                    <section class="results" aria-labelledby="realised-outcome-title">
                        <h3 class="utrecht-heading-3" id="realised-outcome-title">{ t.realised_outcome }</h3>
                        if complete {
                            <dl class="metrics">
                                { figures(t, &realised::outcome(result)) }
                            </dl>
                            <p class="headline-explain">{ t.realised_gross }</p>
                        } else {
                            <p class="results-notice" role="status">{ t.realised_incomplete }</p>
                        }
                    </section>
                    if complete {
                        <section class="checks" aria-labelledby="checks-title">
                            <h3 class="utrecht-heading-3" id="checks-title">{ t.checks_title }</h3>
                            if checks.is_empty() {
                                <p class="checks-ok" data-checks="0">{ t.checks_ok }</p>
                            } else {
                                <ul class="checks-list" data-checks={checks.len().to_string()}>
                                    { for checks.iter().map(|c| html! { <li class="check">{ t.check_message(c) }</li> }) }
                                </ul>
                            }
                        </section>
                    }
                    { props.children.clone() }
                    <p class="realised-actions">
                        <button class="utrecht-button utrecht-button--secondary-action" type="button" disabled={!props.can_use}
                            onclick={props.on_use.reform(|_| t.realised_use_name.to_string())}>
                            { t.realised_use }
                        </button>
                    </p>
                    if !props.can_add {
                        <p class="results-notice">{ (t.list_full)(MAX_SCENARIOS) }</p>
                    }
                    <p class="field-hint">{ t.realised_use_note }</p>
                </div>
            </div>
        </section>
    }
}
