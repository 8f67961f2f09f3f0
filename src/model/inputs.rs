//! A scenario's inputs: the raw texts the user typed ([`RawInputs`]), the checked values the
//! projection uses ([`Inputs`]), and the one step between them ([`validate`]).
//!
//! Bad input is a normal state. [`validate`] never fails: a field whose text does not parse, is
//! out of range or breaks a rule is reported as a [`Problem`] and replaced by its value in a
//! fallback (the last valid inputs, or the default scenario when a link opens), so the results
//! always rest on valid numbers and the page can say which fields they did not take.

use super::field::Field;
use super::groups::{self, Group, RawGroup};
use super::team::{check_team, Team};
use super::number::{parse_number, rounded_input_text, NumberStyle, ParseError};
use super::ranges::{check_ranges, Bound, RawRanges};
use serde::{Deserialize, Serialize};

/// A fraction between 0 and 1. Shares are fractions inside the model and percentages only at
/// the edges (the form, the link, the page).
// Serialised (as its fraction) only to reach the bands' worker, which computes with it.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
pub struct Share(f64);

impl Share {
    /// No share at all.
    pub const ZERO: Share = Share(0.0);
    /// A share from a fraction, clamped to 0..=1 (callers have checked the range already).
    pub fn from_fraction(fraction: f64) -> Share {
        Share(if fraction.is_finite() { fraction.clamp(0.0, 1.0) } else { 0.0 })
    }
    /// A share from a percentage (0 to 100).
    pub fn from_percent(percent: f64) -> Share {
        Share::from_fraction(percent / 100.0)
    }
    /// The fraction, 0 to 1.
    pub fn fraction(self) -> f64 {
        self.0
    }
    /// The percentage, 0 to 100.
    pub fn percent(self) -> f64 {
        self.0 * 100.0
    }
}

/// An amount of money in euros.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
pub struct Euros(pub f64);

/// Which view of the exit input the user gave: the share E or the expected number of exits.
/// The link carries the one that was given; the other is derived from it and the caseload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ExitSource {
    /// The percentage field `exit` holds the value.
    #[default]
    Share,
    /// The number field `exits` holds the value.
    Count,
}

impl ExitSource {
    /// The field that holds the value: `exit` for a share, `exits` for a count.
    pub fn field(self) -> Field {
        match self {
            ExitSource::Share => Field::ExitShare,
            ExitSource::Count => Field::Exits,
        }
    }
}

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

    /// The same inputs with no project cost at all (neither team nor other costs): a group's
    /// part of a scenario, whose cost the scenario counts once.
    pub fn without_project_cost(&self) -> Inputs {
        Inputs { project_cost_per_year: Euros(0.0), team: None, ..*self }
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
        })
    }
}

/// The texts of a scenario's form exactly as typed (or as a link gave them), one per field,
/// and which exit view is the one given.
#[derive(Clone, Debug, PartialEq)]
pub struct RawInputs {
    /// One text per field, at the field's place in [`Field::ALL`] (read and written only
    /// through [`RawInputs::get`] and [`RawInputs::set`]).
    texts: [String; Field::ALL.len()],
    /// Which of `exit` and `exits` holds the value; the other is derived.
    pub exit_source: ExitSource,
    /// The low and high texts of the uncertain inputs, as typed (empty: no ranges).
    pub ranges: RawRanges,
    /// The groups the caseload is split into, as typed: none, or 2 to
    /// [`groups::MAX_GROUPS`]. With groups, the scenario's own caseload, exit, work and
    /// deadweight are theirs (see [`validate`]); the texts of those fields are not read.
    pub groups: Vec<RawGroup>,
}

impl RawInputs {
    /// Raw inputs from `(field, text)` pairs; fields not named are empty.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Field, &'a str)>, exit_source: ExitSource) -> RawInputs {
        let mut raw = RawInputs { texts: Default::default(), exit_source, ranges: RawRanges::default(), groups: Vec::new() };
        for (field, text) in pairs {
            raw.set(field, text.to_string());
        }
        raw
    }
    /// The text of `field`.
    pub fn get(&self, field: Field) -> &str {
        &self.texts[field.index()]
    }
    /// Replaces the text of `field`.
    pub fn set(&mut self, field: Field, text: String) {
        self.texts[field.index()] = text;
    }

    /// Rewrites numbers in `fields` that the page wrote (`52,5`; not `52.50` or `15.000`) with
    /// a decimal point or comma, for the page's language.
    pub fn localize(&mut self, decimal_point: bool, fields: &[Field]) {
        for &field in fields {
            if let Some(text) = super::number::in_convention(self.get(field), field.style(), decimal_point) {
                self.set(field, text);
            }
        }
    }
    /// Writes the exit view that was not given (`exit` or `exits`) from the checked inputs, so
    /// that typing either updates the other. Left as it is while the given view has a problem.
    /// The derived share is rounded to two decimals, the derived count to one.
    pub fn derive_other_exit_view(&mut self, checked: &Checked) {
        if checked.problem(self.exit_field()).is_some() {
            return;
        }
        let text = derived_exit_text(self.exit_source, checked.inputs.exit_share, checked.inputs.caseload);
        self.set(self.derived_exit_field(), text);
    }

    /// The exit view derived from the other: `exit` when `exits` was given, and back.
    pub fn derived_exit_field(&self) -> Field {
        match self.exit_source {
            ExitSource::Share => Field::Exits,
            ExitSource::Count => Field::ExitShare,
        }
    }

    /// The fields the user gave, in the address's order: all but the derived exit view and an
    /// optional field left empty. What links and files carry.
    pub fn given_fields(&self) -> impl Iterator<Item = Field> + '_ {
        let derived = self.derived_exit_field();
        Field::ALL.into_iter().filter(move |f| *f != derived && !(f.facts().optional && self.get(*f).trim().is_empty()))
    }

    /// The range texts that links and files carry: those of the given fields (of `exit` and
    /// `exits`, only the given view's), in the form's order, low before high.
    pub fn given_ranges(&self) -> impl Iterator<Item = (Field, Bound, &str)> + '_ {
        let derived = self.derived_exit_field();
        self.ranges.iter().filter(move |(f, _, _)| *f != derived)
    }

    /// The field that holds the exit value, `exit` or `exits`.
    pub fn exit_field(&self) -> Field {
        self.exit_source.field()
    }
}

pub use super::checked::{Checked, Problem, ProblemKind};

/// Checks the raw texts. Every field that does not parse, is out of range or breaks a rule gets
/// a [`Problem`] and the value it has in `fallback`, so the result is always valid.
///
/// Rules across fields: the number of exits is at most the caseload; the horizon is at least
/// the period (when it is not, the horizon is marked and both take the fallback's values, which
/// satisfy the rule).
pub fn validate(raw: &RawInputs, fallback: &Inputs) -> Checked {
    validate_with(raw, fallback, &[])
}

/// [`validate`], where a group's field with a problem takes its value from the group at the
/// same place in `fallback_groups` (the last valid groups), else from a group of no clients.
///
/// With groups, the scenario's caseload, exit, work and deadweight are the groups' totals
/// ([`groups::totals`]): their own texts are not read, so never a second truth; the ranges on
/// the exit and the deadweight are set aside (ranges per group come later).
pub fn validate_with(raw: &RawInputs, fallback: &Inputs, fallback_groups: &[Group]) -> Checked {
    let mut problems = Vec::new();
    let mut read = |field: Field| -> Option<f64> {
        match read_field(raw.get(field), field) {
            Ok(v) => Some(v),
            Err(kind) => {
                problems.push(Problem { field, kind });
                None
            }
        }
    };
    let caseload = read(Field::Caseload).map_or(fallback.caseload, |v| v as u32);
    let period = read(Field::Period).map(|v| v as u32);
    let exit_field = raw.exit_field();
    let exit_value = read(exit_field);
    let work = read(Field::Work).map_or(fallback.work_share, Share::from_percent);
    let cost = read(Field::Cost).map_or(fallback.cost_per_year, Euros);
    let horizon = read(Field::Horizon).map(|v| v as u32);
    let baseline = read(Field::Baseline).map_or(fallback.baseline_per_year, Share::from_percent);
    let returns = read(Field::Return).map_or(fallback.return_share, Share::from_percent);
    let project_cost = read(Field::ProjectCost).map_or(fallback.project_cost_per_year, Euros);
    let discount = read(Field::Discount).map_or(fallback.discount_per_year, Share::from_percent);
    let start = read(Field::Start).map_or(fallback.start_month, |v| v as u32);
    // Unknown when empty (no problem) or when it has a problem: no budget figures then.
    let inhabitants = (!raw.get(Field::Inhabitants).trim().is_empty()).then(|| read(Field::Inhabitants)).flatten().map(|v| v as u32);
    // With a problem in any of its fields, the team is the fallback's (the last valid one).
    let team = check_team(raw).unwrap_or_else(|team_problems| {
        problems.extend(team_problems);
        fallback.team
    });

    let exit_share = match exit_value.map(|value| exit_share_from(exit_field, value, caseload)) {
        None => fallback.exit_share,
        Some(Ok(share)) => share,
        Some(Err(kind)) => {
            insert_in_order(&mut problems, Problem { field: exit_field, kind });
            fallback.exit_share
        }
    };

    let (mut period, mut horizon) =
        (period.unwrap_or(fallback.period_months), horizon.unwrap_or(fallback.horizon_months));
    if horizon < period {
        if !problems.iter().any(|p| p.field == Field::Horizon) {
            insert_in_order(&mut problems, Problem { field: Field::Horizon, kind: ProblemKind::HorizonBeforePeriod { period } });
        }
        (period, horizon) = (fallback.period_months, fallback.horizon_months);
    }

    let inputs = Inputs {
        caseload,
        period_months: period,
        exit_share,
        work_share: work,
        cost_per_year: cost,
        horizon_months: horizon,
        baseline_per_year: baseline,
        return_share: returns,
        project_cost_per_year: project_cost,
        discount_per_year: discount,
        start_month: start,
        inhabitants,
        team,
    };
    if !raw.has_groups() {
        let (ranges, range_problems) = check_ranges(&raw.ranges, &inputs, exit_field);
        return Checked { inputs, problems, ranges, range_problems, groups: Vec::new(), group_problems: Vec::new(), group_range_problems: Vec::new() };
    }
    let groups::CheckedGroups { groups: checked_groups, problems: group_problems, range_problems: group_range_problems } =
        groups::check_all(&raw.groups, fallback_groups, fallback);
    problems.retain(|p| !groups::GROUP_FIELDS.contains(&p.field));
    let totals = groups::totals(&checked_groups);
    let inputs = Inputs {
        caseload: totals.caseload,
        exit_share: exit_share_of(totals.exits, totals.caseload),
        work_share: totals.work_share,
        baseline_per_year: totals.baseline_per_year,
        ..inputs
    };
    let mut scenario_ranges = raw.ranges.clone();
    for field in [Field::ExitShare, Field::Exits, Field::Baseline] {
        for bound in Bound::ALL {
            scenario_ranges.set(field, bound, String::new());
        }
    }
    let (ranges, range_problems) = check_ranges(&scenario_ranges, &inputs, exit_field);
    Checked { inputs, problems, ranges, range_problems, groups: checked_groups, group_problems, group_range_problems }
}

/// Inserts `problem` before the first problem of a later field, keeping form order. (The
/// fields are read in form order; only the rules across fields add problems afterwards.)
fn insert_in_order(problems: &mut Vec<Problem>, problem: Problem) {
    let at = problems.iter().position(|p| p.field > problem.field).unwrap_or(problems.len());
    problems.insert(at, problem);
}

/// The exit in the view not given (`source` is the one given): the share to two decimals, the
/// count to one. The scenario's form and a group's derive their other view with it.
pub fn derived_exit_text(source: ExitSource, share: Share, caseload: u32) -> String {
    match source {
        ExitSource::Count => rounded_input_text(share.percent(), 2),
        ExitSource::Share => rounded_input_text(share.fraction() * f64::from(caseload), 1),
    }
}

/// E = exits / N; zero when there are no clients.
pub fn exit_share_of(exits: f64, caseload: u32) -> Share {
    if caseload == 0 {
        Share::default()
    } else {
        Share::from_fraction(exits / f64::from(caseload))
    }
}

/// The exit share an exit value read from `field` gives: a percentage as it is; a count of
/// exits as a share of `caseload`, which it may not exceed. The one place of that rule, for the
/// scenario and for a group of its caseload.
pub fn exit_share_from(field: Field, value: f64, caseload: u32) -> Result<Share, ProblemKind> {
    match field {
        Field::Exits if value > f64::from(caseload) => Err(ProblemKind::ExitsAboveCaseload { caseload }),
        Field::Exits => Ok(exit_share_of(value, caseload)),
        _ => Ok(Share::from_percent(value)),
    }
}

/// Parses one field's text and checks its range.
pub fn read_field(text: &str, field: Field) -> Result<f64, ProblemKind> {
    let (min, max) = field.range();
    read_number(text, field.style(), min, max)
}

/// Parses a number of `style` and checks that it lies in `min ..= max`; what is wrong
/// otherwise. Serves every form of the page.
pub fn read_number(text: &str, style: NumberStyle, min: f64, max: f64) -> Result<f64, ProblemKind> {
    let value = parse_number(text, style).map_err(|e| match e {
        ParseError::Empty => ProblemKind::Empty,
        ParseError::NotANumber => ProblemKind::NotANumber,
        ParseError::NotWhole => ProblemKind::NotWhole,
        ParseError::TooManyDecimals => ProblemKind::TooManyDecimals,
    })?;
    if value < min || value > max {
        return Err(ProblemKind::OutOfRange { min, max });
    }
    Ok(value)
}
