//! What each group of the edited scenario contributes: a row a group (`data-group`, its
//! place from 1) with a cell per figure (`data-group-metric`, `data-value` unrounded), and the
//! totals row, which carries no `data-group`.

use super::{use_texts, Shared};
use crate::model::input::Group;
use crate::model::results::GroupMetric;
use crate::model::Field;
use crate::model::results::MetricKind;
use crate::model::core::number::canonical;
use crate::model::Projection;
use crate::text::Texts;
use yew::prelude::*;

/// What the per-group table shows.
#[derive(Properties, PartialEq)]
pub struct GroupTableProps {
    /// The groups' names as shown (their own, or "Groep 2").
    pub names: Vec<AttrValue>,
    /// The shown scenario's groups projected.
    pub groups: Shared<Vec<Projection>>,
    /// Its totals.
    pub total: Shared<Projection>,
    /// Its heading's id.
    pub id: &'static str,
    /// Whether rows and cells carry their data attributes (the page's table does, the report's
    /// not).
    pub data: bool,
    /// The groups' inputs, to show beside their figures (the report: the form is not there);
    /// none on the page.
    #[prop_or_default]
    pub inputs: Option<Vec<Group>>,
    /// With `inputs`, the scenario's own, the groups' totals, for the totals row.
    #[prop_or_default]
    pub total_inputs: Option<Group>,
}

/// The inputs the report shows of each group, beside its caseload: a group's own inputs (of
/// the exit, the share; its range in the unit typed).
fn inputs() -> impl Iterator<Item = Field> {
    Field::PER_GROUP.into_iter().filter(|f| !matches!(f, Field::Caseload | Field::Exits))
}

/// A group's input as the report shows it: `40%`; with a range, the range in the unit typed
/// after it: `40% [30%–50%]`, `44,6% [100–140 cliënten]`.
fn input_value(t: &Texts, group: &Group, field: Field) -> String {
    // Each is a percentage (the exit as its share).
    let share = group.value(field) / 100.0;
    let range = field.is_uncertain().then(|| group.range_of(field)).flatten();
    let value = t.percent(share, 1);
    match range {
        Some((unit, r)) => format!("{value} [{}–{}]", t.value_in_unit(unit, r.low), t.value_in_unit(unit, r.high)),
        None => value,
    }
}

/// A figure as the table writes it: money in euros, everything else a count of clients.
fn figure(t: &Texts, metric: GroupMetric, value: f64) -> String {
    match metric {
        GroupMetric::Result(m) if m.kind() == MetricKind::Money => t.money(value),
        _ => t.number(value, 0),
    }
}

/// One row: its heading, the cells of the group's inputs (none on the page), and a cell per
/// figure.
fn row(t: &Texts, group: Option<usize>, heading: Html, inputs: Vec<String>, p: &Projection) -> Html {
    html! {
        <tr data-group={group.map(|g| (g + 1).to_string())}>
            <th scope="row">{ heading }</th>
            { for inputs.into_iter().map(|text| html! { <td>{ text }</td> }) }
            { for GroupMetric::ALL.into_iter().map(|m| {
                let value = m.value(p).unwrap_or_default();
                html! {
                    <td data-group-metric={group.map(|_| m.name())} data-value={group.map(|_| canonical(value))}>
                        { figure(t, m, value) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// The table of the shown scenario's groups; nothing when its caseload is not split.
#[component]
pub fn GroupTable(props: &GroupTableProps) -> Html {
    let t = use_texts();
    let w = t.groups;
    let groups = &*props.groups;
    if groups.is_empty() {
        return html! {};
    }
    let id = props.id;
    html! {
        <section class="group-results" aria-labelledby={id}>
            <h2 class="utrecht-heading-2" {id}>{ w.table_title }</h2>
            <p class="years-intro">{ w.table_intro }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                <table class="utrecht-table group-table">
                    <thead>
                        <tr>
                            <th scope="col">{ w.name_column }</th>
                            if props.inputs.is_some() {
                                { for inputs().map(|f| html! { <th scope="col">{ t.field_label.of(f) }</th> }) }
                            }
                            { for GroupMetric::ALL.into_iter().map(|m| html! { <th scope="col">{ label(t, m) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for groups.iter().zip(&props.names).enumerate().map(|(i, (p, name))| {
                            let inputs = props.inputs.iter().flat_map(|g| g.get(i)).flat_map(|g| inputs().map(|f| input_value(t, g, f))).collect();
                            row(t, props.data.then_some(i), html! { <bdi>{ name.clone() }</bdi> }, inputs, p)
                        }) }
                    </tbody>
                    <tfoot>
                        { row(t, None, html! { { w.total } }, props.total_inputs.iter().flat_map(|g| inputs().map(|f| input_value(t, g, f))).collect(),
                            &props.total) }
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// A column's heading.
fn label(t: &Texts, metric: GroupMetric) -> &'static str {
    match metric {
        GroupMetric::Caseload => t.groups.caseload_column,
        GroupMetric::Result(m) => t.metric_label.of(m),
    }
}
