//! A caseload split into groups (issue 20): clients on benefit for months and for years leave
//! at rates several times apart, and so does the deadweight. Each group has its own caseload,
//! exit, share to work and deadweight; the period, the benefit cost, the horizon, the returns,
//! the project cost, the discount rate, the start and the inhabitants stay the scenario's.
//!
//! Each group is its own pair of tracks (with and without the project) under the scenario's
//! shared inputs, exactly as a one-group scenario is; counts and money add up over the groups,
//! and the project cost is the scenario's, counted once. A scenario of one group is today's
//! scenario, bit for bit.
//!
//! The page does not show groups yet: this is the model, tested natively.

use super::inputs::{Euros, Inputs, Share};
use super::projection::{assemble, project, Counts, Month, Projection};

mod raw;

pub use raw::{CheckedGroup, RawGroup};

/// One group of a scenario's caseload: what differs between groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Its name (at most 60 characters, as a scenario's).
    pub name: String,
    /// N of the group: its clients at the start.
    pub caseload: u32,
    /// E of the group: its share expected to leave within the period.
    pub exit_share: Share,
    /// W of the group: the share of its exits that are to work.
    pub work_share: Share,
    /// B of the group: its share that leaves per year without the project.
    pub baseline_per_year: Share,
}

impl Group {
    /// The group of a one-group scenario: the scenario's own caseload, exit, work and
    /// deadweight.
    pub fn of(inputs: &Inputs) -> Group {
        Group {
            name: String::new(),
            caseload: inputs.caseload,
            exit_share: inputs.exit_share,
            work_share: inputs.work_share,
            baseline_per_year: inputs.baseline_per_year,
        }
    }

    /// The scenario's shared inputs with this group's own.
    pub fn inputs(&self, shared: &Inputs) -> Inputs {
        Inputs {
            caseload: self.caseload,
            exit_share: self.exit_share,
            work_share: self.work_share,
            baseline_per_year: self.baseline_per_year,
            ..*shared
        }
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
        groups.iter().map(|g| project(&Inputs { project_cost_per_year: Euros(0.0), ..g.inputs(shared) })).collect();
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
            m.caseload_project += other.caseload_project;
            m.caseload_baseline += other.caseload_baseline;
            m.exits_project += other.exits_project;
            m.exits_baseline += other.exits_baseline;
            m.returns_project += other.returns_project;
            m.saving += other.saving;
            m.saving_discounted += other.saving_discounted;
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
    };
    assemble(shared, months, counts)
}
