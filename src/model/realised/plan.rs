//! The plan against the actual: the figures a projection and a realised result both have.

use super::*;
use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

/// A figure that a plan and a realised result both have, by name: the rows of the plan
/// against the actual.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum PlanMetric {
    /// Exits within the period.
    Exits,
    /// Exits of the caseload.
    ExitShare,
    /// Exits to work.
    ExitsWork,
    /// Exits to work of all exits.
    WorkShare,
    /// The saving per year.
    SavingsPerYear,
}

impl PlanMetric {
    /// Every row, in order.
    pub const ALL: [PlanMetric; PlanMetric::COUNT] = every(PlanMetric::VARIANTS);

    /// Its `data-plan-actual` name.
    pub fn name(self) -> &'static str {
        match self {
            PlanMetric::Exits => "exits",
            PlanMetric::ExitShare => "exit_share",
            PlanMetric::ExitsWork => "exits_work",
            PlanMetric::WorkShare => "work_share",
            PlanMetric::SavingsPerYear => "savings_per_year",
        }
    }

    /// The plan's value: what the projection expected.
    pub fn planned(self, plan: &Projection) -> f64 {
        match self {
            PlanMetric::Exits => plan.exits,
            PlanMetric::ExitShare => plan.exit_share,
            PlanMetric::ExitsWork => plan.exits_work,
            PlanMetric::WorkShare => share(plan.exits_work, plan.exits),
            PlanMetric::SavingsPerYear => plan.savings_per_year,
        }
    }

    /// The realised value; none when an input it needs is empty (the saving without a cost).
    pub fn actual(self, outcome: &Outcome, realised: &Realised) -> Option<f64> {
        match self {
            PlanMetric::Exits => Some(outcome.exits),
            PlanMetric::ExitShare => Some(outcome.exit_share),
            PlanMetric::ExitsWork => Some(realised.exits_work),
            PlanMetric::WorkShare => Some(outcome.work_share),
            PlanMetric::SavingsPerYear => outcome.savings_per_year,
        }
    }
}

/// One row of the plan against the actual.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanRow {
    /// Which figure.
    pub metric: PlanMetric,
    /// What the plan expected.
    pub plan: f64,
    /// What happened, when known.
    pub actual: Option<f64>,
}

impl PlanRow {
    /// actual − plan.
    pub fn difference(&self) -> Option<f64> {
        self.actual.map(|a| a - self.plan)
    }
    /// (actual − plan) / |plan|; none when the plan is zero.
    pub fn relative(&self) -> Option<f64> {
        self.difference().filter(|_| self.plan != 0.0).map(|d| d / self.plan.abs())
    }
}

/// The plan's expected figures beside the realised ones. The periods are not rescaled: when
/// they differ the page says so ([`period_differs`]).
pub fn plan_against_actual(plan: &Projection, realised: &Realised) -> Vec<PlanRow> {
    let o = outcome(realised);
    PlanMetric::ALL
        .into_iter()
        .map(|metric| PlanRow { metric, plan: metric.planned(plan), actual: metric.actual(&o, realised) })
        .collect()
}

/// The plan's period and the realised one when they differ (the realised one given).
pub fn period_differs(plan: &Projection, realised: &Realised) -> Option<(u32, u32)> {
    realised.period_months.filter(|p| *p != plan.period_months).map(|p| (plan.period_months, p))
}

/// A column of the plan against the actual.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum PlanColumn {
    /// The figure's name.
    Figure,
    /// What the plan expected.
    Plan,
    /// What happened.
    Actual,
    /// actual − plan.
    Difference,
    /// That difference in percent of the plan.
    Relative,
}

impl PlanColumn {
    /// The columns, in order.
    pub const ALL: [PlanColumn; PlanColumn::COUNT] = every(PlanColumn::VARIANTS);
}
