//! The checked values of a scenario, which the projection computes with: its [`Inputs`], the
//! [`Group`]s of a split caseload, the [`Team`] as its cost, and the [`Ranges`] of its uncertain
//! inputs. Made only by [`super::validate`] (or from texts that pass it); every value valid and
//! within its range.

use crate::model::core::{exit_share_of, Euros, Field, Share, Bound};
use serde::{Deserialize, Serialize};

/// The checked inputs of one scenario: every value valid and within its range, and the horizon
/// at least the period. Made only by [`validate`] (or from texts that pass it). Serialised only
/// to reach the bands' worker (`crate::bands`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    /// N: clients at the start.
    pub caseload: u32,
    /// P: months the project runs, 1 to 120.
    pub period_months: u32,
    /// E: share of the caseload expected to leave benefit within P.
    pub exit_share: Share,
    /// W: share of the exits that are to work.
    pub work_share: Share,
    /// C: benefit cost per client per year.
    pub cost_per_year: Euros,
    /// H: months projected, P to 600.
    pub horizon_months: u32,
    /// B: share of the caseload that leaves per year without the project (deadweight).
    pub baseline_per_year: Share,
    /// R: share of exits that return to benefit within 12 months.
    pub return_share: Share,
    /// K: project cost per year while the project runs.
    pub project_cost_per_year: Euros,
    /// D: discount rate per year.
    pub discount_per_year: Share,
    /// The project's first month as [`super::number::month_index`]: month t = 1.
    pub start_month: u32,
    /// The municipality's inhabitants, 1 to 1,500,000; none when unknown.
    pub inhabitants: Option<u32>,
    /// The team whose extra coaches are part of the project's cost; none when not given.
    pub team: Option<Team>,
    /// The placements with a wage-cost subsidy among the exits to work; none when not given.
    pub subsidy: Option<Subsidy>,
    /// The clients working part-time beside their benefit; none when not given.
    pub parttime: Option<PartTime>,
    /// X: what executing one benefit costs the municipality a year; none when not counted.
    pub execution_cost: Option<Euros>,
    /// G: the net income a client gains a year by leaving benefit for work, negative in the
    /// poverty trap; none when not counted.
    pub income_gain: Option<Euros>,
}

impl Inputs {
    /// Inputs valid by construction, every value at its smallest: the fallback while checking a
    /// preset's own texts (which the tests show to be valid, so nothing of it is ever taken).
    pub const SMALLEST: Inputs = Inputs {
        caseload: 0,
        period_months: 1,
        exit_share: Share::ZERO,
        work_share: Share::ZERO,
        cost_per_year: Euros(0.0),
        horizon_months: 1,
        baseline_per_year: Share::ZERO,
        return_share: Share::ZERO,
        project_cost_per_year: Euros(0.0),
        discount_per_year: Share::ZERO,
        start_month: 1990 * 12,
        inhabitants: None,
        team: None,
        subsidy: None,
        parttime: None,
        execution_cost: None,
        income_gain: None,
    };

    /// Whether the saving is gross: exactly when no deadweight is given (B = 0). Returns do not
    /// make a figure net; when given, they are named as deducted separately. Every text that
    /// says gross or net asks here.
    pub fn is_gross(&self) -> bool {
        self.baseline_per_year.fraction() == 0.0
    }

    /// The extra coaches of the team for the caseload, N / per coach − N / per coach without
    /// the project; none without a team.
    pub fn team_fte(&self) -> Option<f64> {
        self.team.map(|team| team.extra_coaches(self.caseload))
    }

    /// What the team costs a year: the extra coaches × the cost of a coach; none without a
    /// team.
    pub fn team_cost_per_year(&self) -> Option<f64> {
        self.team.map(|team| team.cost_per_year(self.caseload))
    }

    /// The project cost a year that every figure uses: the team's cost (when given) plus K,
    /// the other project costs.
    pub fn project_cost_a_year(&self) -> f64 {
        self.team_cost_per_year().unwrap_or(0.0) + self.project_cost_per_year.0
    }

    /// A group's part of the scenario: the same inputs without what the scenario counts once,
    /// not per group: the project cost (neither team nor other costs) and the part-timers.
    pub fn group_part(&self) -> Inputs {
        Inputs { project_cost_per_year: Euros(0.0), team: None, parttime: None, ..*self }
    }

    /// Whether a route out of benefit is given: a wage-cost subsidy or part-timers. The one
    /// test of "uses a route" (the page shows the routes' figures then, 0 otherwise).
    pub fn has_routes(&self) -> bool {
        self.subsidy.is_some() || self.parttime.is_some()
    }

    /// W × s × L: what the wage-cost subsidies cost a year for each client fewer on benefit
    /// (the subsidised share of the exits to work, at the subsidy a year); 0 without them.
    pub fn subsidy_per_reduction(&self) -> f64 {
        self.subsidy.map_or(0.0, |s| self.work_share.fraction() * s.share.fraction() * s.cost_per_year.0)
    }

    /// Q × min(t, P) / P × F: the benefit not paid in month t for the part-timers, who start
    /// evenly over the period and keep working to the horizon; 0 without them (and in month 0).
    pub fn parttime_saving_in(&self, t: u32) -> f64 {
        self.parttime.map_or(0.0, |q| {
            let p = self.period_months.max(1);
            f64::from(q.clients) * f64::from(t.min(p)) / f64::from(p) * q.saving_per_month.0
        })
    }

    /// 12 × Q × F: the benefit not paid a year to the part-timers once all of them work; none
    /// without part-timers.
    pub fn parttime_saving_a_year(&self) -> Option<f64> {
        self.parttime.map(|q| 12.0 * f64::from(q.clients) * q.saving_per_month.0)
    }

    /// Whether returns to benefit are deducted (R > 0).
    pub fn has_returns(&self) -> bool {
        self.return_share.fraction() > 0.0
    }

    /// The value of `field` in the unit the user types it in (percentages for shares); none
    /// for an input left unknown (the inhabitants).
    pub fn value(&self, field: Field) -> Option<f64> {
        Some(match field {
            Field::Caseload => f64::from(self.caseload),
            Field::Period => f64::from(self.period_months),
            Field::ExitShare => self.exit_share.percent(),
            Field::Exits => self.exit_share.fraction() * f64::from(self.caseload),
            Field::Work => self.work_share.percent(),
            Field::Cost => self.cost_per_year.0,
            Field::Horizon => f64::from(self.horizon_months),
            Field::Baseline => self.baseline_per_year.percent(),
            Field::Return => self.return_share.percent(),
            Field::ProjectCost => self.project_cost_per_year.0,
            Field::Discount => self.discount_per_year.percent(),
            Field::Start => f64::from(self.start_month),
            Field::Inhabitants => return self.inhabitants.map(f64::from),
            Field::PerCoach => return self.team.map(|t| f64::from(t.per_coach)),
            Field::PerCoachRegular => return self.team.and_then(|t| t.per_coach_regular).map(f64::from),
            Field::FteCost => return self.team.map(|t| t.fte_cost.0),
            Field::Subsidised => return self.subsidy.map(|s| s.share.percent()),
            Field::SubsidyCost => return self.subsidy.map(|s| s.cost_per_year.0),
            Field::Parttime => return self.parttime.map(|q| f64::from(q.clients)),
            Field::ParttimeSaving => return self.parttime.map(|q| q.saving_per_month.0),
            Field::ExecutionCost => return self.execution_cost.map(|x| x.0),
            Field::IncomeGain => return self.income_gain.map(|g| g.0),
        })
    }
    /// These inputs with `field` at `value`, in the unit it is typed in (percentages for
    /// shares): what the draws and the tornado move. A count of exits becomes a share of the
    /// caseload (none of none); the team's and the routes' inputs move only what is given; the exit's
    /// share moves the count with it and back.
    pub fn with_value(&self, field: Field, value: f64) -> Inputs {
        let mut inputs = *self;
        // Whole numbers are whole in every value a caller passes (a field's own range).
        let whole = value as u32;
        match field {
            Field::Caseload => inputs.caseload = whole,
            Field::Period => inputs.period_months = whole,
            Field::ExitShare => inputs.exit_share = Share::from_percent(value),
            Field::Exits => {
                if self.caseload > 0 {
                    inputs.exit_share = Share::from_fraction(value / f64::from(self.caseload))
                }
            }
            Field::Work => inputs.work_share = Share::from_percent(value),
            Field::Cost => inputs.cost_per_year = Euros(value),
            Field::Horizon => inputs.horizon_months = whole,
            Field::Baseline => inputs.baseline_per_year = Share::from_percent(value),
            Field::Return => inputs.return_share = Share::from_percent(value),
            Field::ProjectCost => inputs.project_cost_per_year = Euros(value),
            Field::Discount => inputs.discount_per_year = Share::from_percent(value),
            Field::Start => inputs.start_month = whole,
            Field::Inhabitants => inputs.inhabitants = Some(whole),
            Field::PerCoach => inputs.team = self.team.map(|t| Team { per_coach: whole, ..t }),
            Field::PerCoachRegular => inputs.team = self.team.map(|t| Team { per_coach_regular: Some(whole), ..t }),
            Field::FteCost => inputs.team = self.team.map(|t| Team { fte_cost: Euros(value), ..t }),
            Field::Subsidised => inputs.subsidy = self.subsidy.map(|s| Subsidy { share: Share::from_percent(value), ..s }),
            Field::SubsidyCost => inputs.subsidy = self.subsidy.map(|s| Subsidy { cost_per_year: Euros(value), ..s }),
            Field::Parttime => inputs.parttime = self.parttime.map(|q| PartTime { clients: whole, ..q }),
            Field::ParttimeSaving => inputs.parttime = self.parttime.map(|q| PartTime { saving_per_month: Euros(value), ..q }),
            Field::ExecutionCost => inputs.execution_cost = Some(Euros(value)),
            Field::IncomeGain => inputs.income_gain = Some(Euros(value)),
        }
        inputs
    }
}

/// A checked team: its caseload per coach, in the project and (when given) without it, and
/// the cost of a coach a year. Serialised only to reach the bands' worker.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// Clients per coach in the project, 1 to 1,000.
    pub per_coach: u32,
    /// Clients per coach without the project, more than `per_coach`; none: every coach of the
    /// project is extra.
    pub per_coach_regular: Option<u32>,
    /// The cost of one coach (FTE) a year, with employer costs and overhead.
    pub fte_cost: Euros,
}

impl Team {
    /// The coaches the project adds for a caseload of `caseload`: N / per_coach − N /
    /// per_coach_regular (the second term only when given). Not the whole team: the coaches the
    /// caseload has anyway are not the project's cost.
    pub fn extra_coaches(&self, caseload: u32) -> f64 {
        let n = f64::from(caseload);
        n / f64::from(self.per_coach) - self.per_coach_regular.map_or(0.0, |regular| n / f64::from(regular))
    }

    /// What the extra coaches cost a year.
    pub fn cost_per_year(&self, caseload: u32) -> f64 {
        self.extra_coaches(caseload) * self.fte_cost.0
    }
}

/// Work with a wage-cost subsidy (loonkostensubsidie): the municipality pays the subsidy from
/// the same BUIG budget the benefit came from. Serialised only to reach the bands' worker.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Subsidy {
    /// s: the share of the exits to work that are placements with a subsidy.
    pub share: Share,
    /// L: the subsidy a year for one placement.
    pub cost_per_year: Euros,
}

/// Part-time work beside the benefit: not an exit; the earnings, less what the client may keep,
/// are deducted from the benefit. Serialised only to reach the bands' worker.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartTime {
    /// Q: the clients of the starting caseload who work part-time by the end of the period.
    pub clients: u32,
    /// F: the benefit not paid a month for one of them.
    pub saving_per_month: Euros,
}

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

impl Inputs {
    /// These inputs with the scenario's caseload, exit, work and deadweight as `groups`'
    /// [`totals`]: what validation makes of a scenario with groups.
    pub fn with_totals_of(self, groups: &[Group]) -> Inputs {
        let totals = totals(groups);
        Inputs {
            caseload: totals.caseload,
            exit_share: exit_share_of(totals.exits, totals.caseload),
            work_share: totals.work_share,
            baseline_per_year: totals.baseline_per_year,
            ..self
        }
    }
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

/// A low and a high value of an input, in the unit it is typed in (percentages for shares).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// The low value.
    pub low: f64,
    /// The high value.
    pub high: f64,
}

/// The ranges of a scenario's inputs: none, or one per uncertain input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ranges(Vec<(Field, Range)>);

impl Ranges {
    /// The ranges from `(field, range)` pairs; a field that is not [`Field::UNCERTAIN`] is left out, and a
    /// later pair for a field replaces an earlier one.
    pub fn new(pairs: impl IntoIterator<Item = (Field, Range)>) -> Ranges {
        let pairs: Vec<(Field, Range)> = pairs.into_iter().collect();
        // In the form's order by construction (no sort: each sort instantiation costs the page
        // kilobytes).
        Ranges(Field::UNCERTAIN.iter().filter_map(|u| pairs.iter().rev().find(|(f, _)| f == u).copied()).collect())
    }

    /// The range of `field`, if it has one.
    pub fn get(&self, field: Field) -> Option<Range> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, r)| *r)
    }

    /// Every input with a range, in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, Range)> + '_ {
        self.0.iter().copied()
    }

    /// Whether no input has a range.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
