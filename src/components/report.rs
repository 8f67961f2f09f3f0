//! The printed report (A4): title and date, the headline figures, the chart, every input with
//! its source or "eigen aanname", the formulas, the caveats and the share link as text. Shown
//! only in print; the print stylesheet hides the rest of the page.

use super::chart::Chart;
use super::comparison::Comparison;
use super::method::Method;
use super::budget_table::BudgetTable;
use super::party_table::PartyTable;
use super::group_table::GroupTable;
use super::year_table::YearTable;
use crate::model::core::Bundle;
use crate::model::input::Group;
use super::proposal::ReportKind;
use super::plan_table::{plan_table, PlanView};
use crate::model::realised;
use crate::model::realised::{Realised, RealisedMetric};
use crate::bands::Uncertainty;
use crate::model::input::Ranges;
use crate::model::{Field, Inputs, Metric, Preset, Projection};
use super::{GroupProjections, Projections, Shared};
use super::use_texts;
use crate::text::Texts;
use yew::prelude::*;

/// One scenario's inputs and where they came from.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportScenario {
    /// The name as shown.
    pub name: AttrValue,
    /// The inputs the results use.
    pub inputs: Inputs,
    /// The ranges around them.
    pub ranges: Ranges,
    /// The preset it started from.
    pub origin: Option<Preset>,
    /// The groups of its caseload, checked; none when it is not split.
    pub groups: Vec<Group>,
}

/// What the report shows.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    /// The edited scenario, or the comparison.
    pub kind: ReportKind,
    /// Today, written out.
    pub date: AttrValue,
    /// The share link.
    pub link: AttrValue,
    /// Every scenario, in order.
    pub scenarios: Shared<Vec<ReportScenario>>,
    /// Their projections.
    pub projections: Projections,
    /// Their groups' projections (none for a scenario that is not split).
    pub group_projections: GroupProjections,
    /// The base scenario.
    pub base: usize,
    /// The edited scenario.
    pub editing: usize,
    /// The paragraph about the edited scenario.
    pub summary: AttrValue,
    /// Every scenario's uncertainty, in order.
    pub uncertainties: Shared<Vec<Uncertainty>>,
    /// The realised results (the realised report).
    #[prop_or_default]
    pub realised: Realised,
    /// The scenario chosen as the plan.
    #[prop_or_default]
    pub plan: Option<usize>,
    /// The paragraph about the realised results.
    #[prop_or_default]
    pub realised_summary: AttrValue,
}

/// The fields a report lists, in form order: the exit once, as the count with its share; with
/// groups (`grouped`), not the groups' own inputs, which the group table gives group by group;
/// the inputs of a bundle (the team, a route) only when a scenario shown has it (`bundles`);
/// the pockets' inputs (execution cost, income gain) only when a scenario shown gives them
/// (`pockets`).
fn report_fields(grouped: bool, bundles: Vec<Bundle>, pockets: Vec<Field>) -> impl Iterator<Item = Field> {
    Field::IN_FORM_ORDER.into_iter().filter(move |f| {
        *f != Field::ExitShare
            && !(grouped && f.is_per_group())
            && f.bundle().is_none_or(|b| bundles.contains(&b))
            && (!POCKET_FIELDS.contains(f) || pockets.contains(f))
    })
}

/// The inputs of who pays and who gains: listed in a report only when given.
const POCKET_FIELDS: [Field; 2] = [Field::ExecutionCost, Field::IncomeGain];

/// The bundles `inputs` has: the team, a subsidy, part-timers.
fn bundles_of(inputs: &Inputs) -> impl Iterator<Item = Bundle> {
    [
        inputs.team.map(|_| Bundle::Team),
        inputs.subsidy.map(|_| Bundle::Subsidy),
        inputs.parttime.map(|_| Bundle::PartTime),
    ]
    .into_iter()
    .flatten()
}

/// Whether a report shows `metric` of `p` among its figures: the exits it takes only with
/// project cost; neither their share nor the team's figures (the paragraph under the figures
/// gives them, the team's as its sum, the routes' as what the saving is made of), nor the
/// pockets' (the table by pocket gives them): one page holds what says something.
fn reported(metric: Metric, p: &Projection) -> bool {
    match metric {
        Metric::BreakEvenExits => p.has_cost(),
        Metric::BreakEvenExitShare | Metric::TeamFte | Metric::TeamCostPerYear => false,
        _ => !metric.is_route() && !metric.is_pocket(),
    }
}

/// The value of an input with its source under it.
fn input_cell(t: &Texts, s: &ReportScenario, field: Field) -> Html {
    let Some(value) = s.inputs.value(field) else {
        return html! { <td><span class="report-value">{ t.budget.unknown }</span></td> };
    };
    let shown = if field == Field::Exits {
        format!("{} ({})", t.value_in_unit(Field::Exits, value), t.percent(s.inputs.exit_share.fraction(), 1))
    } else {
        t.value_in_unit(field, value)
    };
    // A range follows its value: `15.000 (14.000–16.000)`; the exit's in the unit typed.
    let range = s.ranges.get(field).or_else(|| (field == Field::Exits).then(|| s.ranges.get(Field::ExitShare)).flatten());
    let shown = match range {
        Some(r) => {
            let unit = if field == Field::Exits && s.ranges.get(Field::Exits).is_none() { Field::ExitShare } else { field };
            format!("{shown} [{}–{}]", t.value_in_unit(unit, r.low), t.value_in_unit(unit, r.high))
        }
        None => shown,
    };
    let source = t.input_source(field, value, s.origin).unwrap_or(t.own_assumption);
    html! { <td><span class="report-value">{ shown }</span><span class="report-source">{ source }</span></td> }
}

/// The share link as text, to type in from paper.
fn link_section(t: &Texts, link: &AttrValue) -> Html {
    html! {
        <section class="report-link-section">
            <h2>{ t.report_link }</h2>
            <p>{ t.report_link_text }</p>
            <p class="report-link">{ link.clone() }</p>
        </section>
    }
}

/// The report of the realised results: title and date, the figures, the checks with their
/// arithmetic, the plan against the actual when a plan is chosen, the paragraph, caveats and
/// sources, the link.
fn realised_report(t: &Texts, props: &ReportProps, names: &[AttrValue]) -> Html {
    let outcome = realised::outcome(&props.realised);
    let checks = realised::checks(&props.realised);
    html! {
        <article class="report" data-report="realised">
            <header class="report-header">
                <h1>{ t.realised_report_title }</h1>
                <p class="report-date">{ format!("{}: {}", t.report_date, props.date) }</p>
            </header>
            <section class="report-headline">
                <dl class="report-metrics">
                    { for RealisedMetric::ALL.into_iter().map(|m| html! {
                        <div>
                            <dt>{ t.realised_metric.of(m) }</dt>
                            <dd>{ t.realised_value(m, m.value(&outcome)) }</dd>
                        </div>
                    }) }
                </dl>
                <p class="report-summary">{ props.realised_summary.clone() }</p>
            </section>
            <section class="report-checks">
                <h2>{ t.checks_title }</h2>
                if checks.is_empty() {
                    <p>{ t.checks_ok }</p>
                } else {
                    <ul>{ for checks.iter().map(|c| html! { <li>{ t.check_message(c) }</li> }) }</ul>
                }
            </section>
            if props.plan.is_some() {
                { plan_table(t, &PlanView { names, projections: &props.projections, plan: props.plan, realised: &props.realised,
                    on_select: None, id: "report-plan-title", data: false }) }
            }
            <Method id="report-method-title" formulas={false} />
            { link_section(t, &props.link) }
        </article>
    }
}

/// The report.
#[component]
pub fn Report(props: &ReportProps) -> Html {
    let t = use_texts();
    let names: Vec<AttrValue> = props.scenarios.iter().map(|s| s.name.clone()).collect();
    let edited = &props.scenarios[props.editing];
    let p = &props.projections[props.editing];
    let (shown, subtitle): (Vec<usize>, AttrValue) = match props.kind {
        ReportKind::Scenario => (vec![props.editing], edited.name.clone()),
        ReportKind::Comparison => ((0..names.len()).collect(), AttrValue::Static(t.report_comparison)),
        ReportKind::Realised => return realised_report(t, props, &names),
    };
    let bundles: Vec<Bundle> = shown.iter().flat_map(|i| bundles_of(&props.scenarios[*i].inputs)).collect();
    let team = bundles.contains(&Bundle::Team);
    let pockets: Vec<Field> = POCKET_FIELDS.into_iter().filter(|f| shown.iter().any(|i| props.scenarios[*i].inputs.value(*f).is_some())).collect();
    html! {
        <article class="report" data-report={if props.kind == ReportKind::Scenario { "scenario" } else { "comparison" }}>
            <header class="report-header">
                <h1>{ t.report_title }</h1>
                <p class="report-subtitle">{ subtitle }</p>
                <p class="report-date">{ format!("{}: {}", t.report_date, props.date) }</p>
            </header>
            if props.kind == ReportKind::Scenario {
                <section class="report-headline">
                    <p class="report-headline-label">{ t.metric_label.of(Metric::SavingsPerYear) }</p>
                    <p class="report-headline-value">{ t.money(p.savings_per_year) }</p>
                    if let Some(analysis) = props.uncertainties[props.editing].analysis() {
                        <p class="report-headline-band">{ t.band_headline(&analysis.bands.savings_per_year) }</p>
                    }
                    <dl class="report-metrics">
                        { for Metric::ALL[1..].iter().filter(|m| reported(**m, p)).map(|m| html! {
                            <div>
                                <dt>{ t.metric_label.of(*m) }</dt>
                                <dd>{ t.metric_value(*m, m.value(p), p.has_cost(), p.horizon()) }</dd>
                            </div>
                        }) }
                    </dl>
                    <p class="report-summary">{ props.summary.clone() }</p>
                </section>
                if p.has_pockets() {
                    <PartyTable projection={props.projections[props.editing].clone()} id="report-parties-title" data={false} />
                }
                <YearTable projection={props.projections[props.editing].clone()} id="report-years-title" data={false} />
                // With the table by pocket the one page has no room for the budget's years too: the
                // table by pocket says what the budget rule takes back, the paragraph what it
                // keeps, and the page has the years.
                if p.inhabitants.is_some() && !p.has_pockets() {
                    <BudgetTable projection={props.projections[props.editing].clone()} id="report-budget-title" data={false} />
                }
                <GroupTable names={edited.groups.iter().enumerate().map(|(i, g)| AttrValue::from(t.group_name(&g.name, i))).collect::<Vec<_>>()}
                    groups={props.group_projections[props.editing].clone()} total={props.projections[props.editing].clone()}
                    id="report-groups-title" data={false} inputs={Some(edited.groups.clone())}
                    total_inputs={Some(Group::of(&edited.inputs))} />
            } else {
                <Comparison names={names.clone()} projections={props.projections.clone()} base={props.base} id="report-comparison-title" data={false}
                    uncertainties={props.uncertainties.clone()} />
            }
            <Chart names={names.clone()} projections={props.projections.clone()} base={props.base} editing={props.editing} id="report-chart"
                uncertainty={props.uncertainties[props.editing].clone()} />
            <section class="report-inputs">
                <h2>{ t.report_inputs }</h2>
                <table>
                    <thead><tr>
                        <th scope="col">{ t.report_input_columns[0] }</th>
                        { for shown.iter().map(|i| html! { <th scope="col">{ names[*i].clone() }</th> }) }
                    </tr></thead>
                    <tbody>
                        // The comparison lists every scenario's own totals; one scenario's
                        // report with groups gives them in its group table.
                        { for report_fields(props.kind == ReportKind::Scenario && !edited.groups.is_empty(), bundles.clone(), pockets.clone()).map(|f| html! {
                            <tr>
                                // The exit row shows count and share: it takes the share's label;
                                // K, with a team, is the other costs.
                                <th scope="row">{ if f == Field::Exits { t.field_label.of(Field::ExitShare) } else { t.input_label(f, team) } }</th>
                                { for shown.iter().map(|i| input_cell(t, &props.scenarios[*i], f)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </section>
            <Method id="report-method-title" sources={false} uncertainty={false} />
            { link_section(t, &props.link) }
        </article>
    }
}
