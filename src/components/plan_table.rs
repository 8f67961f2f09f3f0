//! Plan against actual: the realised results beside the expected figures of the scenario chosen
//! as the plan. Rows carry `data-plan-actual` (the figure's name), `data-plan` and
//! `data-actual` (unrounded; shares as fractions). Periods that differ are said, not rescaled.

use crate::model::core::number::canonical;
use crate::model::realised::{PlanRow, Realised, period_differs, plan_against_actual};
use crate::model::Projection;
use crate::model::realised::PlanColumn;
use crate::text::{Periods, Texts};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// What the plan section shows.
pub struct PlanView<'a> {
    /// The scenarios' names as shown.
    pub names: &'a [AttrValue],
    /// Their projections.
    pub projections: &'a [super::Shared<Projection>],
    /// The scenario chosen as the plan.
    pub plan: Option<usize>,
    /// The realised results.
    pub realised: &'a Realised,
    /// Called with the chosen plan; none hides the chooser (the report).
    pub on_select: Option<Callback<Option<usize>>>,
    /// Id of the heading, so the section can appear twice (page and report).
    pub id: &'static str,
    /// Whether rows carry their data attributes (the page's do, the report's not).
    pub data: bool,
}

/// One row: label, plan, actual, difference, difference in percent.
fn row(t: &Texts, data: bool, r: &PlanRow) -> Html {
    let actual = r.actual.map_or_else(|| t.realised_not_given.to_string(), |a| t.plan_value(r.metric, a));
    let difference = r.difference().map(|d| t.plan_difference(r.metric, d)).unwrap_or_default();
    let relative = r.relative().map(|d| t.relative_difference(d)).unwrap_or_default();
    html! {
        <tr data-plan-actual={data.then_some(r.metric.name())} data-plan={data.then(|| canonical(r.plan))}
            data-actual={data.then(|| r.actual.map(canonical).unwrap_or_default())}>
            <th scope="row">{ t.plan_metric_label.of(r.metric) }</th>
            <td>{ t.plan_value(r.metric, r.plan) }</td>
            <td>{ actual }</td>
            <td>{ difference }</td>
            <td>{ relative }</td>
        </tr>
    }
}

/// The chooser and, with a plan, the table. A function rather than a component: it holds no
/// state and changes with the realised results it is shown beside.
pub fn plan_table(t: &Texts, props: &PlanView) -> Html {
    let plan = props.plan.filter(|p| *p < props.projections.len());
    let chooser = props.on_select.as_ref().map(|on_select| {
        let onchange = on_select.reform(|e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            value.parse::<usize>().ok()
        });
        html! {
            <p class="plan-chooser">
                <label class="field-label" for="plan-select">{ t.plan_label }</label>
                <select id="plan-select" {onchange}>
                    <option value="" selected={plan.is_none()}>{ t.plan_none }</option>
                    { for props.names.iter().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={plan == Some(i)}>{ name.clone() }</option>
                    }) }
                </select>
            </p>
        }
    });
    let table = plan.map(|p| {
        let projection = &props.projections[p];
        let rows = plan_against_actual(projection, props.realised);
        let note = period_differs(projection, props.realised).map(|(plan, actual)| {
            let months = |m: u32| t.value_in_unit(crate::model::Field::Period, f64::from(m));
            (t.plan_period_differs)(&Periods { plan: &months(plan), actual: &months(actual) })
        });
        html! {
            <>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby={props.id}>
                    <table class="utrecht-table plan-table">
                        <caption>{ props.names[p].clone() }</caption>
                        <thead><tr>{ for PlanColumn::ALL.into_iter().map(|c| html! { <th scope="col">{ t.plan_column.of(c) }</th> }) }</tr></thead>
                        <tbody>{ for rows.iter().map(|r| row(t, props.data, r)) }</tbody>
                    </table>
                </div>
                if let Some(note) = note { <p class="plan-note" role="note">{ note }</p> }
            </>
        }
    });
    if chooser.is_none() && table.is_none() {
        return html! {};
    }
    html! {
        <section class="plan" aria-labelledby={props.id}>
            <h3 class="utrecht-heading-3" id={props.id}>{ t.plan_title }</h3>
            { chooser.unwrap_or_default() }
            { table.unwrap_or_default() }
        </section>
    }
}
