//! A caseload split into groups, projected: clients on benefit for months and for years leave at
//! rates several times apart, and so does the deadweight. Each group is its own pair of tracks
//! (with and without the project) under the scenario's shared inputs, exactly as a one-group
//! scenario is; counts and money add up over the groups, and the project cost is the
//! scenario's, counted once. A scenario of one group is today's scenario, bit for bit; a
//! scenario without groups is projected as it always was ([`project_plan`] with none).

use super::break_even::break_even;
use super::month::Month;
use super::scenario::{assemble, project, Counts, Projection};
use crate::model::input::{Group, Inputs};

/// Projects a scenario: with `groups` (checked, at least one) as [`project_groups`], without
/// any as [`project`] of its own inputs (and no group projections).
/// The total's `break_even_exits` is filled in ([`super::break_even`]).
pub fn project_plan(inputs: &Inputs, groups: &[Group]) -> GroupProjection {
    let mut plan = project_figures(inputs, groups);
    plan.total.break_even_exits = break_even(inputs, groups).map(|b| b.exits);
    plan
}

/// [`project_plan`] without the break-even exits, which take a search of their own: for what
/// needs only the other figures (the tornado's bars).
pub fn project_figures(inputs: &Inputs, groups: &[Group]) -> GroupProjection {
    if groups.is_empty() {
        GroupProjection { total: project(inputs), groups: Vec::new() }
    } else {
        project_groups(inputs, groups)
    }
}

/// A scenario of groups projected: the totals, and each group's own projection (without the
/// project cost, which belongs to the scenario).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupProjection {
    /// The scenario's figures: sums over the groups, with the project cost counted once.
    pub total: Projection,
    /// Each group's projection, in order, without project cost.
    pub groups: Vec<Projection>,
}

/// Projects a scenario whose caseload is split into `groups` (at least one), under `shared`'s
/// period, cost, horizon, returns, project cost, discount rate, start and inhabitants. With one
/// group it is [`project`] of that group's inputs, bit for bit.
pub fn project_groups(shared: &Inputs, groups: &[Group]) -> GroupProjection {
    let parts: Vec<Projection> =
        groups.iter().map(|g| project(&g.inputs(shared).group_part())).collect();
    let caseload = groups.iter().map(|g| f64::from(g.caseload)).fold(0.0, |n, c| n + c);
    let total = combine(shared, caseload, &parts);
    GroupProjection { total, groups: parts }
}

/// The sum of `parts` (projections without project cost, of the same horizon) with `shared`'s
/// project cost added once ([`assemble`], as [`project`] does).
fn combine(shared: &Inputs, caseload: f64, parts: &[Projection]) -> Projection {
    let Some((first, rest)) = parts.split_first() else {
        return project(&Inputs { caseload: 0, ..*shared });
    };
    let mut months: Vec<Month> = first.months.clone();
    for part in rest {
        for (m, other) in months.iter_mut().zip(&part.months) {
            // Every figure: the parts' costs are zero (their project cost is the scenario's,
            // added once by `assemble`, which writes the costs anew).
            m.add(other);
        }
    }
    let sum = |f: fn(&Projection) -> f64| rest.iter().fold(f(first), |s, part| s + f(part));
    let counts = Counts {
        caseload,
        exits: sum(|q| q.exits),
        exits_baseline: sum(|q| q.exits_baseline),
        exits_work: sum(|q| q.exits_work),
        caseload_end: sum(|q| q.caseload_end),
        savings_per_year: sum(|q| q.savings_per_year),
        benefit_savings_per_year: sum(|q| q.benefit_savings_per_year),
        subsidy_cost_per_year: sum(|q| q.subsidy_cost_per_year),
    };
    assemble(shared, months, counts)
}

