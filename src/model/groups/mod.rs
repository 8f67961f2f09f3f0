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
//! A scenario without groups is projected as it always was ([`project_plan`] with none).

use super::field::Field;
use super::metrics::Metric;
use super::inputs::{ExitSource, Inputs, ProblemKind, RawInputs, Share};
use super::number::{input_text, rounded_input_text};
use serde::{Deserialize, Serialize};
use super::projection::{assemble, project, Counts, Month, Projection};
use super::ranges::{Bound, Range, RangeProblem, Ranges};

mod raw;

pub use raw::{CheckedGroup, RawGroup, GROUP_RANGES};

/// The scenario's inputs that each group has its own of: with groups, the scenario's are the
/// groups' totals.
pub const GROUP_FIELDS: [Field; 5] = [Field::Caseload, Field::ExitShare, Field::Exits, Field::Work, Field::Baseline];

/// The most groups a scenario's caseload is split into.
pub const MAX_GROUPS: usize = 8;

/// One group of a scenario's caseload: what differs between groups. Serialised only to reach
/// the bands' worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// The ranges of its exit (in the unit typed: `ExitShare` or `Exits`) and its deadweight
    /// (`Baseline`); none by default.
    #[serde(default)]
    pub ranges: Ranges,
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
            ranges: Ranges::default(),
        }
    }

    /// The range of its exit, with the field it is in (the unit typed), if it has one.
    pub fn exit_range(&self) -> Option<(Field, Range)> {
        [Field::ExitShare, Field::Exits].into_iter().find_map(|f| self.ranges.get(f).map(|r| (f, r)))
    }

    /// The range of its deadweight (`field` `Baseline`) or of its exit (any other: the exit's
    /// range in whichever unit it has one), with the field it is in.
    pub fn range_of(&self, field: Field) -> Option<(Field, Range)> {
        if field == Field::Baseline { self.ranges.get(field).map(|r| (field, r)) } else { self.exit_range() }
    }

    /// This group with the field of its exit or deadweight at `value`, in the unit typed (a
    /// count of exits a share of its caseload), as the scenario's own draws set it
    /// ([`Inputs::with_value`]).
    pub fn with_value(&self, field: Field, value: f64) -> Group {
        let moved = self.inputs(&Inputs::SMALLEST).with_value(field, value);
        Group { exit_share: moved.exit_share, baseline_per_year: moved.baseline_per_year, ..self.clone() }
    }

    /// The expected value of `field` (its exit in either unit, its deadweight), in the unit
    /// typed.
    pub fn value(&self, field: Field) -> f64 {
        self.inputs(&Inputs::SMALLEST).value(field).unwrap_or_default()
    }

    /// This group with its exit (`field` `ExitShare`, whichever unit it has a range in) or its
    /// deadweight (`Baseline`) at its range's low or high end; as it is without a range there.
    pub fn at(&self, field: Field, bound: Bound) -> Group {
        match self.range_of(field) {
            Some((f, r)) => self.with_value(f, if bound == Bound::Low { r.low } else { r.high }),
            None => self.clone(),
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

/// What the groups add up to: the scenario's caseload, exit, work and deadweight when its
/// caseload is split.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Totals {
    /// Σ N of the groups.
    pub caseload: u32,
    /// Σ E × N: the exits within the period.
    pub exits: f64,
    /// The share of those exits that are to work, Σ W × E × N / Σ E × N (with no exits, the
    /// caseload-weighted W; with no clients, 0).
    pub work_share: Share,
    /// The caseload-weighted deadweight, Σ B × N / Σ N (0 without clients).
    pub baseline_per_year: Share,
}

/// The totals of `groups`.
pub fn totals(groups: &[Group]) -> Totals {
    let sum = |f: &dyn Fn(&Group) -> f64| groups.iter().fold(0.0, |s, g| s + f(g));
    let caseload = sum(&|g| f64::from(g.caseload));
    let exits = sum(&|g| g.exit_share.fraction() * f64::from(g.caseload));
    let work = sum(&|g| g.work_share.fraction() * g.exit_share.fraction() * f64::from(g.caseload));
    let work_by_caseload = sum(&|g| g.work_share.fraction() * f64::from(g.caseload));
    let baseline = sum(&|g| g.baseline_per_year.fraction() * f64::from(g.caseload));
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    Totals {
        caseload: groups.iter().map(|g| g.caseload).sum(),
        exits,
        work_share: Share::from_fraction(if exits > 0.0 { work / exits } else { ratio(work_by_caseload, caseload) }),
        baseline_per_year: Share::from_fraction(ratio(baseline, caseload)),
    }
}

/// A problem with one field of one group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupProblem {
    /// The group, from 0.
    pub group: usize,
    /// The field (the exit as `ExitShare` or `Exits`, in the unit typed).
    pub field: Field,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// A problem with one end of a range of one group: marked on that end; the group's range is
/// then left out and the results keep working.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupRangeProblem {
    /// The group, from 0.
    pub group: usize,
    /// What is wrong, and where.
    pub problem: RangeProblem,
}

/// What [`check_all`] finds: the groups' values, and the problems of their fields and ranges.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckedGroups {
    /// The values the projection uses, in order.
    pub groups: Vec<Group>,
    /// The fields with a problem.
    pub problems: Vec<GroupProblem>,
    /// The ends of ranges with a problem.
    pub range_problems: Vec<GroupRangeProblem>,
}

/// Checks every group of `raw` ([`RawGroup::check`]): a field with a problem takes the value of
/// the group at the same place in `previous` (the last valid groups), else of a group of no
/// clients with `scenario`'s work and deadweight.
pub fn check_all(raw: &[RawGroup], previous: &[Group], scenario: &Inputs) -> CheckedGroups {
    let mut out = CheckedGroups::default();
    for (i, group) in raw.iter().enumerate() {
        let checked = group.check(&fallback(previous, i, scenario));
        out.problems.extend(checked.problems.iter().map(|&(field, kind)| GroupProblem { group: i, field, kind }));
        out.range_problems.extend(checked.range_problems.iter().map(|&problem| GroupRangeProblem { group: i, problem }));
        out.groups.push(checked.group);
    }
    out
}

/// The values a group's field with a problem takes: those of the group at place `i` of the
/// last valid groups, else a group of no clients with the scenario's work and deadweight.
pub fn fallback(previous: &[Group], i: usize, scenario: &Inputs) -> Group {
    previous.get(i).cloned().unwrap_or(Group {
        name: String::new(),
        caseload: 0,
        exit_share: Share::ZERO,
        work_share: scenario.work_share,
        baseline_per_year: scenario.baseline_per_year,
        ranges: Ranges::default(),
    })
}

/// Projects a scenario: with `groups` (checked, at least one) as [`project_groups`], without
/// any as [`project`] of its own inputs (and no group projections).
/// The total's `break_even_exits` is filled in ([`super::break_even`]).
pub fn project_plan(inputs: &Inputs, groups: &[Group]) -> GroupProjection {
    let mut plan = project_figures(inputs, groups);
    plan.total.break_even_exits = super::break_even::break_even(inputs, groups).map(|b| b.exits);
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
        groups.iter().map(|g| project(&g.inputs(shared).without_project_cost())).collect();
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

/// A figure of one group in the per-group table (`data-group-metric`): its caseload, or one of
/// the scenario's results of that group alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMetric {
    /// Its clients at the start.
    Caseload,
    /// A result, of the group alone.
    Result(Metric),
}

impl GroupMetric {
    /// The figures of the per-group table, in its order.
    pub const ALL: [GroupMetric; 7] = [
        GroupMetric::Caseload,
        GroupMetric::Result(Metric::Exits),
        GroupMetric::Result(Metric::ExitsBaseline),
        GroupMetric::Result(Metric::NetExits),
        GroupMetric::Result(Metric::ExitsWork),
        GroupMetric::Result(Metric::SavingsPerYear),
        GroupMetric::Result(Metric::SavingsTotal),
    ];

    /// Its name in `data-group-metric` and in the per-group CSV.
    pub fn name(self) -> &'static str {
        match self {
            GroupMetric::Caseload => "caseload",
            GroupMetric::Result(metric) => metric.name(),
        }
    }

    /// Its value in a group's projection, unrounded.
    pub fn value(self, p: &Projection) -> Option<f64> {
        match self {
            GroupMetric::Caseload => p.months.first().map(|m| m.caseload_project),
            GroupMetric::Result(metric) => metric.value(p),
        }
    }
}

/// What a scenario's texts are with groups: the groups' totals in its own fields for links and
/// files, and a "split" into one group undone.
impl RawInputs {
    /// A caseload "split" into one group is not split: that group's texts become the
    /// scenario's own caseload, exit, work and deadweight (its name goes).
    pub fn fold_single_group(&mut self) {
        if let [group] = self.groups.as_slice() {
            let group = group.clone();
            self.groups.clear();
            self.set(Field::Caseload, group.caseload);
            self.exit_source = group.exit_source;
            self.set(group.exit_source.field(), group.exit);
            self.set(Field::Work, group.work);
            self.set(Field::Baseline, group.baseline);
            self.clear_group_ranges();
            for (field, bound, text) in group.ranges.iter() {
                self.ranges.set(field, bound, text.to_string());
            }
        }
    }

    /// Clears the scenario's own ranges on the exit and the deadweight: with groups, those are
    /// the groups' own.
    pub fn clear_group_ranges(&mut self) {
        for field in GROUP_RANGES {
            for bound in Bound::ALL {
                self.ranges.set(field, bound, String::new());
            }
        }
    }

    /// Whether the caseload is split into groups.
    pub fn has_groups(&self) -> bool {
        !self.groups.is_empty()
    }

    /// With groups, the scenario's own caseload, exit (as a count), work and deadweight texts
    /// written as the groups' totals (each to at most two decimals), so that a link or file
    /// read by a page that knows no groups still shows something sensible; without groups, the
    /// texts as they are.
    pub fn with_group_totals(&self) -> RawInputs {
        let mut raw = self.clone();
        if self.has_groups() {
            raw.clear_group_ranges();
            let checked: Vec<Group> = self.groups.iter().enumerate().map(|(i, g)| g.check(&fallback(&[], i, &Inputs::SMALLEST)).group).collect();
            let totals = totals(&checked);
            raw.exit_source = ExitSource::Count;
            raw.set(Field::Caseload, input_text(f64::from(totals.caseload)));
            raw.set(Field::Exits, rounded_input_text(totals.exits, 2));
            raw.set(Field::ExitShare, String::new());
            raw.set(Field::Work, rounded_input_text(totals.work_share.percent(), 2));
            raw.set(Field::Baseline, rounded_input_text(totals.baseline_per_year.percent(), 2));
        }
        raw
    }
}
