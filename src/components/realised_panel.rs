//! Realised results (nacalculatie): the form of what happened, the outcome as the sources
//! compute it, the consistency checks with their arithmetic, and the step to a scenario.

use super::field_input::FieldInput;
use crate::format;
use crate::model::number::canonical;
use crate::model::realised::{self, Example, Outcome, RealisedField, RealisedTexts};
use crate::state::Action;
use crate::text;
use yew::prelude::*;

/// What the realised-results section shows.
#[derive(Properties, PartialEq)]
pub struct RealisedPanelProps {
    /// The form's texts as typed.
    pub texts: RealisedTexts,
    /// Whether another scenario fits.
    pub can_add: bool,
    /// Called with what the user does.
    pub on_action: Callback<Action>,
}

/// How many of [`RealisedField::ALL`] are counts; the rest are shares the source states.
const COUNTS: usize = 8;

/// The outcome's figures, in the order of [`text::REALISED_METRICS`], with `data-metric` names;
/// shares as fractions.
fn figures(o: &Outcome) -> [(&'static str, Option<f64>, fn(f64) -> String); 5] {
    let share = |v: f64| format::percent(v, 1);
    [
        ("realised_exits", Some(o.exits), |v| format::number(v, 0)),
        ("realised_exit_share", Some(o.exit_share), share),
        ("realised_work_share", Some(o.work_share), share),
        ("realised_ladder_share", o.ladder_share, share),
        ("realised_savings_per_year", o.savings_per_year, format::money),
    ]
}

/// The realised-results form, outcome and checks.
#[component]
pub fn RealisedPanel(props: &RealisedPanelProps) -> Html {
    let (result, problems) = realised::read(&props.texts);
    let complete = !problems.iter().any(|(f, _)| f.required());
    let input = |field: RealisedField| {
        let [label, unit, hint] = text::realised_field(field);
        let problem = problems.iter().find(|(f, _)| *f == field).map(|(_, k)| AttrValue::from(text::realised_problem(field, k)));
        html! {
            <FieldInput key={field.name()} name={field.name()} {label} {unit} {hint}
                text={AttrValue::from(props.texts[field.index()].clone())} {problem}
                on_input={props.on_action.reform(move |t| Action::EditRealised(field, t))} />
        }
    };
    let example = |example: Option<Example>, label: &'static str| {
        html! {
            <button type="button" class="preset-button" onclick={props.on_action.reform(move |_| Action::RealisedExample(example))}>
                { label }
            </button>
        }
    };
    let checks = realised::checks(&result);
    let usable = complete && problems.is_empty() && props.can_add;
    html! {
        <section class="realised" aria-labelledby="realised-title">
            <h2 id="realised-title">{ text::REALISED_TITLE }</h2>
            <p>{ text::REALISED_INTRO }</p>
            <div class="preset-bar-buttons" role="group" aria-label={text::REALISED_EXAMPLES}>
                { example(Some(Example::Schiedam), text::realised_example(Example::Schiedam)) }
                { example(Some(Example::Haarlem), text::realised_example(Example::Haarlem)) }
                { example(None, text::REALISED_CLEAR) }
            </div>
            <div class="page-columns">
                <form class="scenario-form" aria-labelledby="realised-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for [&RealisedField::ALL[..COUNTS], &RealisedField::ALL[COUNTS..]].into_iter().zip(text::REALISED_GROUPS).map(|(fields, title)| html! {
                        <fieldset class="form-group">
                            <legend>{ title }</legend>
                            { for fields.iter().map(|f| input(*f)) }
                        </fieldset>
                    }) }
                </form>
                <div class="page-output">
                    <section class="results" aria-labelledby="realised-outcome-title">
                        <h3 id="realised-outcome-title">{ text::REALISED_OUTCOME }</h3>
                        if complete {
                            <dl class="metrics">
                                { for figures(&realised::outcome(&result)).into_iter().zip(text::REALISED_METRICS).map(|((name, value, show), label)| html! {
                                    <div class="metric">
                                        <dt class="metric-label">{ label }</dt>
                                        <dd class="metric-value" data-metric={name} data-value={value.map(canonical).unwrap_or_default()}>
                                            { value.map_or_else(|| text::REALISED_NOT_GIVEN.to_string(), show) }
                                        </dd>
                                    </div>
                                }) }
                            </dl>
                            <p class="headline-explain">{ text::REALISED_GROSS }</p>
                        } else {
                            <p class="results-notice" role="status">{ text::REALISED_INCOMPLETE }</p>
                        }
                    </section>
                    if complete {
                        <section class="checks" aria-labelledby="checks-title">
                            <h3 id="checks-title">{ text::CHECKS_TITLE }</h3>
                            if checks.is_empty() {
                                <p class="checks-ok" data-checks="0">{ text::CHECKS_OK }</p>
                            } else {
                                <ul class="checks-list" data-checks={checks.len().to_string()}>
                                    { for checks.iter().map(|c| html! { <li class="check">{ text::check_message(c) }</li> }) }
                                </ul>
                            }
                        </section>
                    }
                    <p>
                        <button type="button" disabled={!usable}
                            onclick={props.on_action.reform(|_| Action::UseRealised(text::REALISED_USE_NAME.to_string()))}>
                            { text::REALISED_USE }
                        </button>
                    </p>
                    <p class="field-hint">{ text::REALISED_USE_NOTE }</p>
                </div>
            </div>
        </section>
    }
}
