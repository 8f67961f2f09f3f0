//! Realised results (nacalculatie): what actually happened in a project, the shares and the
//! yearly saving the sources compute from it, and checks that find where a source's figures do
//! not add up. The two articles about the reference projects are the examples: Schiedam states 54% to
//! work where 73 of 139 is 52,5%; Haarlem closes 238 trajectories but accounts for 85 + 43 + 10.
//!
//! Counts are clients; shares are fractions here and percentages only where a source states
//! them (`Stated`). A realised result becomes the start of a projection with [`to_projection`].
//!
//! By job: here the domain and its checks; [`form`] the form's texts and the one step that reads
//! them; [`storage`] the texts in the browser's storage and in the link; [`plan`] the plan
//! against the actual; [`examples`] the sources' figures.

use crate::model::core::codec::{encode, param, MAX_VALUE_CHARS};
use crate::model::core::number::{input_text, NumberStyle};
use crate::model::core::{read_number, ExitSource, Field, ProblemKind};
use crate::model::input::RawInputs;
use crate::model::projection::Projection;
use serde::{Deserialize, Serialize};

mod examples;
mod form;
mod plan;
mod storage;

pub use examples::Example;
pub use form::{read, RealisedField, RealisedGroup, RealisedTexts};
pub use plan::{period_differs, plan_against_actual, PlanColumn, PlanMetric, PlanRow};
pub use storage::{texts_from_json, texts_from_query, texts_to_json, texts_to_query};
use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

/// A share as a source states it: the percentage and how many decimals it was given with, which
/// decides how far a computed share may be from it (half the last digit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stated {
    /// The percentage as stated.
    pub percent: f64,
    /// Its decimals: 0 for "54%", 1 for "24,4%".
    pub decimals: u8,
}

impl Stated {
    /// Whether a computed fraction rounds to the stated percentage.
    pub fn matches(self, fraction: f64) -> bool {
        let half = 0.5 * 10f64.powi(-i32::from(self.decimals));
        (fraction * 100.0 - self.percent).abs() <= half + 1e-9
    }
}

/// What happened, as a source reports it. Only caseload and exits are required.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Realised {
    /// Clients at the start.
    pub caseload: f64,
    /// Clients who left benefit for work.
    pub exits_work: f64,
    /// Clients who left benefit otherwise (benefit ended, moved, …).
    pub exits_other: f64,
    /// Clients still in a trajectory, or with a good prospect of a job, when counted.
    pub in_trajectory: Option<f64>,
    /// Trajectories closed, when the source counts them (Haarlem: 238).
    pub closed: Option<f64>,
    /// Clients who moved up one or more steps of the participation ladder.
    pub ladder_steps: Option<f64>,
    /// Months the project ran.
    pub period_months: Option<u32>,
    /// Benefit cost per client per year, in euros.
    pub cost_per_year: Option<f64>,
    /// The exit share the source states, of the caseload.
    pub stated_exit_share: Option<Stated>,
    /// The share of exits to work the source states.
    pub stated_work_share: Option<Stated>,
    /// The share of the caseload up the ladder the source states.
    pub stated_ladder_share: Option<Stated>,
}

/// The figures the sources compute from realised counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// Exits: to work plus other.
    pub exits: f64,
    /// Exits / caseload (0 without clients).
    pub exit_share: f64,
    /// Exits to work / exits (0 without exits).
    pub work_share: f64,
    /// Ladder steps / caseload, when counted.
    pub ladder_share: Option<f64>,
    /// Exits × cost per year: the "inverdieneffect op jaarbasis", when a cost is given.
    pub savings_per_year: Option<f64>,
}

/// A figure of the [`Outcome`], by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum RealisedMetric {
    /// Exits: to work plus other.
    Exits,
    /// Exits of the caseload.
    ExitShare,
    /// Exits to work of all exits.
    WorkShare,
    /// Ladder steps of the caseload.
    LadderShare,
    /// The saving per year.
    SavingsPerYear,
}

impl RealisedMetric {
    /// Every figure, in the order the page shows them.
    pub const ALL: [RealisedMetric; RealisedMetric::COUNT] = every(RealisedMetric::VARIANTS);

    /// Its `data-metric` name.
    pub fn name(self) -> &'static str {
        match self {
            RealisedMetric::Exits => "realised_exits",
            RealisedMetric::ExitShare => "realised_exit_share",
            RealisedMetric::WorkShare => "realised_work_share",
            RealisedMetric::LadderShare => "realised_ladder_share",
            RealisedMetric::SavingsPerYear => "realised_savings_per_year",
        }
    }

    /// Its value in `outcome` (shares as fractions); none when an input it needs is empty.
    pub fn value(self, outcome: &Outcome) -> Option<f64> {
        match self {
            RealisedMetric::Exits => Some(outcome.exits),
            RealisedMetric::ExitShare => Some(outcome.exit_share),
            RealisedMetric::WorkShare => Some(outcome.work_share),
            RealisedMetric::LadderShare => outcome.ladder_share,
            RealisedMetric::SavingsPerYear => outcome.savings_per_year,
        }
    }
}

/// Which share a check is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum ShareOf {
    /// Exits of the caseload.
    Exits,
    /// Exits to work of all exits.
    Work,
    /// Ladder steps of the caseload.
    Ladder,
}

impl ShareOf {
    /// Every share.
    pub const ALL: [ShareOf; ShareOf::COUNT] = every(ShareOf::VARIANTS);
}

/// A count the checks name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Count {
    /// The caseload.
    Caseload,
    /// Exits to work.
    ExitsWork,
    /// Other exits.
    ExitsOther,
    /// Clients still in a trajectory.
    InTrajectory,
    /// Closed trajectories.
    Closed,
    /// Ladder steps.
    LadderSteps,
}

impl Count {
    /// Every count.
    pub const ALL: [Count; Count::COUNT] = every(Count::VARIANTS);
}

/// Where the figures do not add up, with the numbers to show the arithmetic.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Parts add up to more than their whole.
    PartsExceedWhole {
        /// The parts and their counts.
        parts: Vec<(Count, f64)>,
        /// The whole and its count.
        whole: (Count, f64),
    },
    /// Parts add up to less than a whole they should account for, and nothing explains the rest.
    Unexplained {
        /// The parts and their counts.
        parts: Vec<(Count, f64)>,
        /// The whole and its count.
        whole: (Count, f64),
        /// whole − Σ parts.
        remainder: f64,
    },
    /// A share the source states does not follow from its own counts.
    StatedShareDiffers {
        /// Which share.
        share: ShareOf,
        /// The counts it is computed from: numerator and denominator.
        numerator: f64,
        /// The denominator.
        denominator: f64,
        /// What the source says.
        stated: Stated,
    },
}

/// part / whole as a fraction; 0 when there is no whole.
pub fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

/// The shares and saving of a realised result.
pub fn outcome(r: &Realised) -> Outcome {
    let exits = r.exits_work + r.exits_other;
    Outcome {
        exits,
        exit_share: share(exits, r.caseload),
        work_share: share(r.exits_work, exits),
        ladder_share: r.ladder_steps.map(|l| share(l, r.caseload)),
        savings_per_year: r.cost_per_year.map(|c| exits * c),
    }
}

/// Everything that does not add up, in a fixed order.
pub fn checks(r: &Realised) -> Vec<Check> {
    let mut found = Vec::new();
    let caseload = (Count::Caseload, r.caseload);
    let exits = vec![(Count::ExitsWork, r.exits_work), (Count::ExitsOther, r.exits_other)];
    let sum = |parts: &[(Count, f64)]| parts.iter().map(|(_, v)| v).sum::<f64>();
    if sum(&exits) > r.caseload {
        found.push(Check::PartsExceedWhole { parts: exits.clone(), whole: caseload });
    }
    if let Some(closed) = r.closed {
        if closed > r.caseload {
            found.push(Check::PartsExceedWhole { parts: vec![(Count::Closed, closed)], whole: caseload });
        }
        // The closed trajectories are accounted for by exits and those still in trajectory.
        let mut parts = exits.clone();
        parts.extend(r.in_trajectory.map(|t| (Count::InTrajectory, t)));
        let accounted = sum(&parts);
        let whole = (Count::Closed, closed);
        if accounted > closed {
            found.push(Check::PartsExceedWhole { parts, whole });
        } else if accounted < closed {
            found.push(Check::Unexplained { parts, whole, remainder: closed - accounted });
        }
    }
    if let Some(steps) = r.ladder_steps.filter(|s| *s > r.caseload) {
        found.push(Check::PartsExceedWhole { parts: vec![(Count::LadderSteps, steps)], whole: caseload });
    }
    let o = outcome(r);
    let stated = [
        (ShareOf::Exits, r.stated_exit_share, o.exits, r.caseload),
        (ShareOf::Work, r.stated_work_share, r.exits_work, o.exits),
        (ShareOf::Ladder, r.stated_ladder_share, r.ladder_steps.unwrap_or(0.0), r.caseload),
    ];
    for (which, stated, numerator, denominator) in stated {
        if let Some(stated) = stated {
            if !stated.matches(share(numerator, denominator)) {
                found.push(Check::StatedShareDiffers { share: which, numerator, denominator, stated });
            }
        }
    }
    found
}

/// The texts of a projection scenario for a next project like this one: the same caseload,
/// the realised exits as the expected number, the realised share to work, and the period and
/// cost when known (otherwise those of `defaults`).
pub fn to_projection(r: &Realised, defaults: &RawInputs) -> RawInputs {
    let o = outcome(r);
    let mut raw = defaults.clone();
    raw.set(Field::Caseload, input_text(r.caseload));
    raw.set(Field::Exits, input_text(o.exits));
    raw.exit_source = ExitSource::Count;
    raw.set(Field::Work, input_text(o.work_share * 100.0));
    if let Some(p) = r.period_months {
        raw.set(Field::Period, p.to_string());
        let horizon: u32 = defaults.get(Field::Horizon).parse().unwrap_or(p);
        raw.set(Field::Horizon, horizon.max(p).to_string());
    }
    if let Some(c) = r.cost_per_year {
        raw.set(Field::Cost, input_text(c));
    }
    raw
}

#[cfg(test)]
mod tests;
