//! Realised results (nacalculatie): what actually happened in a project, the shares and the
//! yearly saving the sources compute from it, and checks that find where a source's figures do
//! not add up. The two articles in `shared/reference/` are the examples: Schiedam states 54% to
//! work where 73 of 139 is 52,5%; Haarlem closes 238 trajectories but accounts for 85 + 43 + 10.
//!
//! Counts are clients; shares are fractions here and percentages only where a source states
//! them (`Stated`). A realised result becomes the start of a projection with [`to_projection`].

use super::field::Field;
use super::link::{encode, param, MAX_VALUE_CHARS};
use super::projection::Projection;
use serde::{Deserialize, Serialize};
use super::inputs::{read_number, ExitSource, ProblemKind, RawInputs};
use super::number::{input_text, NumberStyle};

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    pub const ALL: [RealisedMetric; 5] = [
        RealisedMetric::Exits,
        RealisedMetric::ExitShare,
        RealisedMetric::WorkShare,
        RealisedMetric::LadderShare,
        RealisedMetric::SavingsPerYear,
    ];

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOf {
    /// Exits of the caseload.
    Exits,
    /// Exits to work of all exits.
    Work,
    /// Ladder steps of the caseload.
    Ladder,
}

/// A count the checks name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// The inputs of the realised-results form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RealisedField {
    /// Clients at the start (required).
    Caseload,
    /// Exits to work (required).
    ExitsWork,
    /// Other exits (required).
    ExitsOther,
    /// Still in a trajectory, or with a good prospect of a job.
    InTrajectory,
    /// Closed trajectories.
    Closed,
    /// Clients up the participation ladder.
    LadderSteps,
    /// Months the project ran.
    Period,
    /// Benefit cost per client per year.
    Cost,
    /// The exit share the source states.
    StatedExitShare,
    /// The share to work the source states.
    StatedWorkShare,
    /// The share up the ladder the source states.
    StatedLadderShare,
}

/// The texts of the realised-results form as typed, one named text per [`RealisedField`]. The
/// browser keeps them as a JSON object under the fields' names ([`RealisedField::name`], which
/// a test holds to the names here); a key that is not a field, or a missing one, is refused (a
/// field added later gets `#[serde(default)]`, so that what was stored before still opens).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RealisedTexts {
    /// Clients at the start.
    #[serde(rename = "realised_caseload")]
    pub caseload: String,
    /// Exits to work.
    #[serde(rename = "realised_work")]
    pub exits_work: String,
    /// Other exits.
    #[serde(rename = "realised_other")]
    pub exits_other: String,
    /// Still in a trajectory.
    #[serde(rename = "realised_in_trajectory")]
    pub in_trajectory: String,
    /// Closed trajectories.
    #[serde(rename = "realised_closed")]
    pub closed: String,
    /// Steps up the ladder.
    #[serde(rename = "realised_ladder")]
    pub ladder_steps: String,
    /// Months the project ran.
    #[serde(rename = "realised_period")]
    pub period: String,
    /// Benefit cost per client per year.
    #[serde(rename = "realised_cost")]
    pub cost: String,
    /// The exit share the source states.
    #[serde(rename = "stated_exit_share")]
    pub stated_exit_share: String,
    /// The share to work the source states.
    #[serde(rename = "stated_work_share")]
    pub stated_work_share: String,
    /// The share up the ladder the source states.
    #[serde(rename = "stated_ladder_share")]
    pub stated_ladder_share: String,
}

impl RealisedTexts {
    /// The text of `field`.
    pub fn get(&self, field: RealisedField) -> &str {
        match field {
            RealisedField::Caseload => &self.caseload,
            RealisedField::ExitsWork => &self.exits_work,
            RealisedField::ExitsOther => &self.exits_other,
            RealisedField::InTrajectory => &self.in_trajectory,
            RealisedField::Closed => &self.closed,
            RealisedField::LadderSteps => &self.ladder_steps,
            RealisedField::Period => &self.period,
            RealisedField::Cost => &self.cost,
            RealisedField::StatedExitShare => &self.stated_exit_share,
            RealisedField::StatedWorkShare => &self.stated_work_share,
            RealisedField::StatedLadderShare => &self.stated_ladder_share,
        }
    }

    /// Replaces the text of `field`.
    pub fn set(&mut self, field: RealisedField, text: String) {
        let slot = match field {
            RealisedField::Caseload => &mut self.caseload,
            RealisedField::ExitsWork => &mut self.exits_work,
            RealisedField::ExitsOther => &mut self.exits_other,
            RealisedField::InTrajectory => &mut self.in_trajectory,
            RealisedField::Closed => &mut self.closed,
            RealisedField::LadderSteps => &mut self.ladder_steps,
            RealisedField::Period => &mut self.period,
            RealisedField::Cost => &mut self.cost,
            RealisedField::StatedExitShare => &mut self.stated_exit_share,
            RealisedField::StatedWorkShare => &mut self.stated_work_share,
            RealisedField::StatedLadderShare => &mut self.stated_ladder_share,
        };
        *slot = text;
    }

    /// Texts from `(field, text)` pairs; fields not named stay empty.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (RealisedField, &'a str)>) -> RealisedTexts {
        let mut texts = RealisedTexts::default();
        for (field, text) in pairs {
            texts.set(field, text.to_string());
        }
        texts
    }
}

/// The two groups of the realised-results form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RealisedGroup {
    /// What happened: the counts, the period and the cost.
    Counts,
    /// The shares the source states, to check them.
    Stated,
}

impl RealisedGroup {
    /// The groups, in form order.
    pub const ALL: [RealisedGroup; 2] = [RealisedGroup::Counts, RealisedGroup::Stated];
}

impl RealisedField {
    /// Every field, in form order.
    pub const ALL: [RealisedField; 11] = [
        RealisedField::Caseload,
        RealisedField::ExitsWork,
        RealisedField::ExitsOther,
        RealisedField::InTrajectory,
        RealisedField::Closed,
        RealisedField::LadderSteps,
        RealisedField::Period,
        RealisedField::Cost,
        RealisedField::StatedExitShare,
        RealisedField::StatedWorkShare,
        RealisedField::StatedLadderShare,
    ];

    /// The group of the form it is in.
    pub fn group(self) -> RealisedGroup {
        match self {
            RealisedField::Caseload
            | RealisedField::ExitsWork
            | RealisedField::ExitsOther
            | RealisedField::InTrajectory
            | RealisedField::Closed
            | RealisedField::LadderSteps
            | RealisedField::Period
            | RealisedField::Cost => RealisedGroup::Counts,
            RealisedField::StatedExitShare | RealisedField::StatedWorkShare | RealisedField::StatedLadderShare => {
                RealisedGroup::Stated
            }
        }
    }

    /// Whether the form needs it; the others may stay empty.
    pub fn required(self) -> bool {
        matches!(self, RealisedField::Caseload | RealisedField::ExitsWork | RealisedField::ExitsOther)
    }

    fn style_and_range(self) -> (NumberStyle, f64, f64) {
        match self {
            RealisedField::Period => (NumberStyle::Whole, 1.0, 120.0),
            RealisedField::Cost => (NumberStyle::Amount, 0.0, 1_000_000.0),
            RealisedField::StatedExitShare | RealisedField::StatedWorkShare | RealisedField::StatedLadderShare => {
                (NumberStyle::Percent, 0.0, 100.0)
            }
            RealisedField::Caseload
            | RealisedField::ExitsWork
            | RealisedField::ExitsOther
            | RealisedField::InTrajectory
            | RealisedField::Closed
            | RealisedField::LadderSteps => (NumberStyle::Whole, 0.0, 1_000_000.0),
        }
    }

    /// The smallest and largest value allowed.
    pub fn range(self) -> (f64, f64) {
        let (_, min, max) = self.style_and_range();
        (min, max)
    }

    /// Whether it is typed in whole numbers.
    pub fn whole(self) -> bool {
        self.style_and_range().0 == NumberStyle::Whole
    }

    /// The name of its input (`name` attribute, element ids), its parameter in a link and its
    /// key in a stored or saved document.
    pub fn name(self) -> &'static str {
        match self {
            RealisedField::Caseload => "realised_caseload",
            RealisedField::ExitsWork => "realised_work",
            RealisedField::ExitsOther => "realised_other",
            RealisedField::InTrajectory => "realised_in_trajectory",
            RealisedField::Closed => "realised_closed",
            RealisedField::LadderSteps => "realised_ladder",
            RealisedField::Period => "realised_period",
            RealisedField::Cost => "realised_cost",
            RealisedField::StatedExitShare => "stated_exit_share",
            RealisedField::StatedWorkShare => "stated_work_share",
            RealisedField::StatedLadderShare => "stated_ladder_share",
        }
    }
}

/// The form's texts as stored in the browser: a JSON object keyed by field name.
pub fn texts_to_json(texts: &RealisedTexts) -> String {
    // Strings only: serialising cannot fail.
    serde_json::to_string_pretty(texts).unwrap_or_default()
}

/// The form's texts from what [`texts_to_json`] wrote; none when the text is anything else.
/// What earlier versions stored, a JSON array of the eleven texts in form order, still opens:
/// serde reads a struct from an array by position, and the fields of [`RealisedTexts`] are in
/// that order (a test holds it; a field added later goes last, with `#[serde(default)]`).
pub fn texts_from_json(text: &str) -> Option<RealisedTexts> {
    serde_json::from_str(text).ok()
}

/// The texts as a link carries them: one `NAME=value` per field that is not empty, each exactly as
/// typed (percent-encoded), so that a stated share keeps its decimals and a bad value opens
/// marked, as typed. Empty when every field is.
pub fn texts_to_query(texts: &RealisedTexts) -> String {
    let pairs: Vec<String> = RealisedField::ALL
        .into_iter()
        .filter(|f| !texts.get(*f).is_empty())
        .map(|f| format!("{}={}", f.name(), encode(texts.get(f))))
        .collect();
    pairs.join("&")
}

/// The texts a query string carries (fields it lacks are empty), or none when it names none;
/// values longer than [`MAX_VALUE_CHARS`] are cut. Of repeated parameters the first counts.
pub fn texts_from_query(query: &str) -> Option<RealisedTexts> {
    let mut found = false;
    let mut texts = RealisedTexts::default();
    for field in RealisedField::ALL {
        if let Some(value) = param(query, field.name()) {
            found = true;
            texts.set(field, value.chars().take(MAX_VALUE_CHARS).collect());
        }
    }
    found.then_some(texts)
}

/// A figure that a plan and a realised result both have, by name: the rows of the plan
/// against the actual.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    pub const ALL: [PlanMetric; 5] =
        [PlanMetric::Exits, PlanMetric::ExitShare, PlanMetric::ExitsWork, PlanMetric::WorkShare, PlanMetric::SavingsPerYear];

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

/// A source's example of realised results, to fill the form with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// schiedam-kompas-2010.txt.
    Schiedam,
    /// haarlem-samen-2002.txt.
    Haarlem,
}

impl Example {
    /// The form's texts for the example, as the source gives them.
    pub fn texts(self) -> RealisedTexts {
        use RealisedField::*;
        match self {
            Example::Schiedam => RealisedTexts::from_pairs([
                (Caseload, "569"),
                (ExitsWork, "73"),
                (ExitsOther, "66"),
                (LadderSteps, "236"),
                (Period, "18"),
                (Cost, "15000"),
                (StatedExitShare, "24"),
                (StatedWorkShare, "54"),
                (StatedLadderShare, "42"),
            ]),
            Example::Haarlem => RealisedTexts::from_pairs([
                (Caseload, "280"),
                (ExitsWork, "85"),
                (ExitsOther, "43"),
                (InTrajectory, "10"),
                (Closed, "238"),
            ]),
        }
    }
}

/// Reads the form: the realised result (empty optional fields are none) and the problems of
/// fields that are required and empty, not numbers, or out of range. A field with a problem
/// counts as empty (a required one as zero).
pub fn read(texts: &RealisedTexts) -> (Realised, Vec<(RealisedField, ProblemKind)>) {
    let mut problems = Vec::new();
    let mut value = |field: RealisedField| -> Option<f64> {
        let text = texts.get(field);
        let (style, min, max) = field.style_and_range();
        match read_number(text, style, min, max) {
            Ok(v) => Some(v),
            Err(ProblemKind::Empty) if !field.required() => None,
            Err(kind) => {
                problems.push((field, kind));
                None
            }
        }
    };
    let values: Vec<(RealisedField, Option<f64>)> = RealisedField::ALL.into_iter().map(|f| (f, value(f))).collect();
    let get = |field: RealisedField| values.iter().find(|(f, _)| *f == field).and_then(|(_, v)| *v);
    let stated = |field: RealisedField| {
        get(field).map(|percent| {
            // "54" is stated to the unit, "24,4" to a tenth: that sets how close it must be.
            let t = texts.get(field).trim().trim_end_matches('%').trim();
            let decimals = t.rfind([',', '.']).map_or(0, |i| t[i + 1..].chars().filter(char::is_ascii_digit).count());
            Stated { percent, decimals: decimals.min(6) as u8 }
        })
    };
    let realised = Realised {
        caseload: get(RealisedField::Caseload).unwrap_or(0.0),
        exits_work: get(RealisedField::ExitsWork).unwrap_or(0.0),
        exits_other: get(RealisedField::ExitsOther).unwrap_or(0.0),
        in_trajectory: get(RealisedField::InTrajectory),
        closed: get(RealisedField::Closed),
        ladder_steps: get(RealisedField::LadderSteps),
        period_months: get(RealisedField::Period).map(|p| p as u32),
        cost_per_year: get(RealisedField::Cost),
        stated_exit_share: stated(RealisedField::StatedExitShare),
        stated_work_share: stated(RealisedField::StatedWorkShare),
        stated_ladder_share: stated(RealisedField::StatedLadderShare),
    };
    (realised, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_texts_round_trip_and_anything_else_is_refused() {
        let mut texts = Example::Haarlem.texts();
        texts.set(RealisedField::InTrajectory, "tien \"of\" zo\n".to_string());
        assert_eq!(texts_from_json(&texts_to_json(&texts)), Some(texts));
        assert_eq!(texts_from_json("[\"1\", \"2\"]"), None);
        assert_eq!(texts_from_json(r#"{"realised_caseload": "1", "clients": "2"}"#), None, "an unknown key");
        assert_eq!(texts_from_json(r#"{"realised_caseload": 1}"#), None, "a number, not a text");
        assert_eq!(texts_from_json("{}"), None);
        assert_eq!(texts_from_json("[1,2,3,4,5,6,7,8,9,10,11]"), None);
        assert_eq!(texts_from_json("niet json"), None);
    }

    #[test]
    fn every_field_has_its_own_name_and_the_document_uses_it() {
        let names: std::collections::HashSet<_> = RealisedField::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names.len(), RealisedField::ALL.len());
        // Each field's text is stored under the field's own name, and nowhere else.
        for field in RealisedField::ALL {
            let texts = RealisedTexts::from_pairs([(field, "x")]);
            let value: serde_json::Value = serde_json::from_str(&texts_to_json(&texts)).expect("JSON");
            let given: Vec<&String> = value.as_object().expect("an object").iter().filter(|(_, v)| *v == "x").map(|(k, _)| k).collect();
            assert_eq!(given, vec![field.name()], "{field:?}");
        }
    }

    #[test]
    fn texts_travel_by_link_as_typed() {
        let mut texts = Example::Schiedam.texts();
        texts.set(RealisedField::Closed, "veel & meer".into());
        texts.set(RealisedField::StatedWorkShare, "54,0%".into());
        let q = texts_to_query(&texts);
        assert!(q.starts_with("realised_caseload=569&realised_work=73&realised_other=66&realised_closed=veel%20%26%20meer&"), "{q}");
        assert_eq!(texts_from_query(&format!("?mode=realised&{q}")), Some(texts));
        assert_eq!(texts_from_query("?caseload=569"), None);
        assert_eq!(texts_to_query(&RealisedTexts::default()), "");
    }

    #[test]
    fn schiedams_plan_and_actual_agree() {
        let plan = project(&Preset::Schiedam.inputs());
        let rows = plan_against_actual(&plan, &schiedam());
        let get = |m: PlanMetric| rows.iter().find(|r| r.metric == m).copied().expect("a row");
        assert!((get(PlanMetric::Exits).difference().unwrap_or(f64::NAN)).abs() < 1e-9);
        assert!((get(PlanMetric::SavingsPerYear).difference().unwrap_or(f64::NAN)).abs() < 1e-6);
        // 52,5% of 139 is 72,975: the plan rounds to the 73 who went to work.
        assert_eq!(get(PlanMetric::ExitsWork).plan.round(), 73.0);
        assert_eq!(get(PlanMetric::ExitsWork).actual, Some(73.0));
        assert_eq!(period_differs(&plan, &schiedam()), None);
        let haarlem_plan = project(&Preset::Haarlem.inputs());
        assert_eq!(period_differs(&haarlem_plan, &schiedam()), Some((60, 18)));
        let without_cost = plan_against_actual(&plan, &haarlem());
        assert_eq!(without_cost[4].actual, None);
        assert_eq!(without_cost[0].relative().map(|r| (r * 1000.0).round()), Some(((128.0 - 139.0) / 139.0 * 1000.0f64).round()));
    }

    #[test]
    fn what_earlier_versions_stored_still_opens() {
        let stored = r#"["280","85","43","10","238","","","","","",""]"#;
        assert_eq!(texts_from_json(stored), Some(Example::Haarlem.texts()));
    }
    use crate::model::{project, validate, Preset};

    /// schiedam-kompas-2010.txt: 569 clients, 139 exits in about 18 months ("ruim 24%"), 73 to
    /// work ("54%"), 236 up the ladder ("42%"), € 15.000 per benefit.
    fn schiedam() -> Realised {
        Realised {
            caseload: 569.0,
            exits_work: 73.0,
            exits_other: 66.0,
            ladder_steps: Some(236.0),
            period_months: Some(18),
            cost_per_year: Some(15_000.0),
            stated_exit_share: Some(Stated { percent: 24.0, decimals: 0 }),
            stated_work_share: Some(Stated { percent: 54.0, decimals: 0 }),
            stated_ladder_share: Some(Stated { percent: 42.0, decimals: 0 }),
            ..Realised::default()
        }
    }

    /// haarlem-samen-2002.txt: 280 clients, 238 trajectories closed: 85 working, 43 benefit
    /// ended, 10 with a good chance of a job.
    fn haarlem() -> Realised {
        Realised {
            caseload: 280.0,
            exits_work: 85.0,
            exits_other: 43.0,
            in_trajectory: Some(10.0),
            closed: Some(238.0),
            ..Realised::default()
        }
    }

    #[test]
    fn schiedams_shares_and_saving() {
        let o = outcome(&schiedam());
        assert_eq!(o.exits, 139.0);
        assert_eq!(format!("{:.1}", o.exit_share * 100.0), "24.4");
        assert_eq!(format!("{:.1}", o.work_share * 100.0), "52.5");
        assert_eq!(o.ladder_share.map(|l| format!("{:.1}", l * 100.0)), Some("41.5".to_string()));
        assert_eq!(o.savings_per_year, Some(2_085_000.0));
    }

    #[test]
    fn schiedams_stated_shares_are_checked() {
        // 24% ("ruim 24%") agrees with 139 / 569 = 24,4%; 54% and 42% do not follow from the counts.
        let found = checks(&schiedam());
        assert_eq!(
            found,
            vec![
                Check::StatedShareDiffers { share: ShareOf::Work, numerator: 73.0, denominator: 139.0, stated: Stated { percent: 54.0, decimals: 0 } },
                Check::StatedShareDiffers { share: ShareOf::Ladder, numerator: 236.0, denominator: 569.0, stated: Stated { percent: 42.0, decimals: 0 } },
            ]
        );
    }

    #[test]
    fn haarlems_unexplained_trajectories_are_found() {
        let o = outcome(&haarlem());
        assert_eq!(o.exits, 128.0);
        assert_eq!(format!("{:.1}", o.exit_share * 100.0), "45.7");
        assert_eq!(format!("{:.1}", o.work_share * 100.0), "66.4");
        assert_eq!(o.savings_per_year, None, "the press release gives no cost");
        let found = checks(&haarlem());
        assert_eq!(found.len(), 1);
        match &found[0] {
            Check::Unexplained { parts, whole, remainder } => {
                assert_eq!(parts.iter().map(|(_, v)| v).sum::<f64>(), 138.0);
                assert_eq!(*whole, (Count::Closed, 238.0));
                assert_eq!(*remainder, 100.0);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn parts_larger_than_their_whole() {
        let r = Realised { caseload: 100.0, exits_work: 80.0, exits_other: 30.0, closed: Some(110.0), ladder_steps: Some(101.0), ..Realised::default() };
        let kinds: Vec<_> = checks(&r)
            .iter()
            .map(|c| match c {
                Check::PartsExceedWhole { whole, .. } => whole.0,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(kinds, vec![Count::Caseload, Count::Caseload, Count::Caseload]);
        let fine = Realised { caseload: 100.0, exits_work: 10.0, exits_other: 5.0, ..Realised::default() };
        assert!(checks(&fine).is_empty());
        assert_eq!(outcome(&Realised::default()).exit_share, 0.0);
    }

    #[test]
    fn the_examples_read_as_the_sources_give_them() {
        assert_eq!(read(&Example::Schiedam.texts()), (schiedam(), vec![]));
        assert_eq!(read(&Example::Haarlem.texts()), (haarlem(), vec![]));
        let mut texts = Example::Haarlem.texts();
        texts.set(RealisedField::Caseload, String::new());
        texts.set(RealisedField::Closed, "veel".into());
        texts.set(RealisedField::StatedWorkShare, "24,4%".into());
        let (r, problems) = read(&texts);
        assert_eq!(problems, vec![(RealisedField::Caseload, ProblemKind::Empty), (RealisedField::Closed, ProblemKind::NotANumber)]);
        assert_eq!(r.closed, None);
        assert_eq!(r.stated_work_share, Some(Stated { percent: 24.4, decimals: 1 }));
    }

    #[test]
    fn a_realised_result_becomes_a_projection() {
        let raw = to_projection(&schiedam(), &Preset::Empty.raw());
        let checked = validate(&raw, &Preset::Empty.inputs());
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        let p = project(&checked.inputs);
        assert!((p.exits - 139.0).abs() < 1e-9);
        assert!((p.exits_work - 73.0).abs() < 1e-9);
        assert!((p.savings_per_year - 2_085_000.0).abs() < 1e-6);
        // Haarlem gives no period or cost: those of the defaults stay.
        let raw = to_projection(&haarlem(), &Preset::Schiedam.raw());
        assert_eq!(raw.get(Field::Period), "18");
        assert_eq!(raw.get(Field::Cost), "15000");
        assert_eq!(raw.get(Field::Exits), "128");
    }
}
