//! Realised results (nacalculatie): the form of what happened, the outcome as the sources
//! compute it, the consistency checks with their arithmetic, and the step to a scenario.

use super::field_input::FieldInput;
use super::results::figure;
use crate::text::Texts;
use crate::model::realised::{self, Example, Outcome, RealisedField, RealisedTexts};
use crate::model::scenarios::MAX_SCENARIOS;
use crate::state::Action;
use super::use_texts;
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

/// The outcome's figures, in the order of [`Texts::realised_metrics`]: `data-metric` name,
/// value (shares as fractions) and how it is shown, "not entered" when there is none.
fn figures(t: &dyn Texts, o: &Outcome) -> [(&'static str, Option<f64>, String); 5] {
    let share = |v: f64| t.percent(v, 1);
    let optional = |value: Option<f64>, text: &dyn Fn(f64) -> String| {
        value.map_or_else(|| t.realised_not_given().to_string(), text)
    };
    [
        ("realised_exits", Some(o.exits), t.number(o.exits, 0)),
        ("realised_exit_share", Some(o.exit_share), share(o.exit_share)),
        ("realised_work_share", Some(o.work_share), share(o.work_share)),
        ("realised_ladder_share", o.ladder_share, optional(o.ladder_share, &share)),
        ("realised_savings_per_year", o.savings_per_year, optional(o.savings_per_year, &|v| t.money(v))),
    ]
}

/// The realised-results form, outcome and checks.
#[component]
pub fn RealisedPanel(props: &RealisedPanelProps) -> Html {
    let t = use_texts();
    let (result, problems) = realised::read(&props.texts);
    let complete = !problems.iter().any(|(f, _)| f.required());
    let input = |field: RealisedField| {
        let [label, unit, hint] = t.realised_field(field);
        let problem = problems.iter().find(|(f, _)| *f == field).map(|(_, k)| AttrValue::from(t.realised_problem(field, k)));
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
    // The rule of `State::can_use_realised`: every field valid, and room for a scenario.
    let usable = problems.is_empty() && props.can_add;
    html! {
        <section class="realised" aria-labelledby="realised-title">
            <h2 id="realised-title">{ t.realised_title() }</h2>
            <p>{ t.realised_intro() }</p>
            <div class="preset-bar-buttons" role="group" aria-label={t.realised_examples()}>
                { example(Some(Example::Schiedam), t.realised_example(Example::Schiedam)) }
                { example(Some(Example::Haarlem), t.realised_example(Example::Haarlem)) }
                { example(None, t.realised_clear()) }
            </div>
            <div class="page-columns">
                <form class="scenario-form" aria-labelledby="realised-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for [&RealisedField::ALL[..COUNTS], &RealisedField::ALL[COUNTS..]].into_iter().zip(t.realised_groups()).map(|(fields, title)| html! {
                        <fieldset class="form-group">
                            <legend>{ title }</legend>
                            { for fields.iter().map(|f| input(*f)) }
                        </fieldset>
                    }) }
                </form>
                <div class="page-output">
                    <section class="results" aria-labelledby="realised-outcome-title">
                        <h3 id="realised-outcome-title">{ t.realised_outcome() }</h3>
                        if complete {
                            <dl class="metrics">
                                { for figures(t, &realised::outcome(&result)).into_iter().zip(t.realised_metrics())
                                    .map(|((name, value, shown), label)| figure(label, name, value, shown)) }
                            </dl>
                            <p class="headline-explain">{ t.realised_gross() }</p>
                        } else {
                            <p class="results-notice" role="status">{ t.realised_incomplete() }</p>
                        }
                    </section>
                    if complete {
                        <section class="checks" aria-labelledby="checks-title">
                            <h3 id="checks-title">{ t.checks_title() }</h3>
                            if checks.is_empty() {
                                <p class="checks-ok" data-checks="0">{ t.checks_ok() }</p>
                            } else {
                                <ul class="checks-list" data-checks={checks.len().to_string()}>
                                    { for checks.iter().map(|c| html! { <li class="check">{ t.check_message(c) }</li> }) }
                                </ul>
                            }
                        </section>
                    }
                    <p class="realised-actions">
                        <button type="button" disabled={!usable}
                            onclick={props.on_action.reform(|_| Action::UseRealised(t.realised_use_name().to_string()))}>
                            { t.realised_use() }
                        </button>
                    </p>
                    if !props.can_add {
                        <p class="results-notice">{ t.list_full(MAX_SCENARIOS) }</p>
                    }
                    <p class="field-hint">{ t.realised_use_note() }</p>
                </div>
            </div>
        </section>
    }
}
