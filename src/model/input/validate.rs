//! The one step from texts to values: [`validate`] checks a scenario's texts (its fields, its
//! team, its ranges and its groups) and gives the values to compute with and each problem by
//! its field.
//!
//! Bad input is a normal state. [`validate`] never fails: a field whose text does not parse, is
//! out of range or breaks a rule is reported as a [`Problem`] and replaced by its value in a
//! fallback (the last valid inputs, or the default scenario when a link opens), so the results
//! always rest on valid numbers and the page can say which fields they did not take.

use super::checked::{Checked, CheckedGroup, CheckedGroups, GroupProblem, GroupRangeProblem, RangeProblem, RangeProblemKind};
use super::raw::{RawGroup, RawInputs, RawRanges};
use super::values::{Group, Inputs, PartTime, Range, Ranges, Subsidy, Team};
use crate::model::core::limits::clean_name;
use crate::model::core::number::rounded_input_text;
use crate::model::core::{exit_share_from, Bundle, read_field, read_number, Bound, Euros, ExitSource, Field, Problem, ProblemKind, Share};

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
/// ([`Inputs::with_totals_of`]): their own texts are not read, so never a second truth; the
/// ranges on the exit and the deadweight are set aside (ranges per group come later).
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
    // The routes out of benefit, each a pair given together; with a problem, the last valid.
    let subsidy = check_pair(raw, Field::Subsidised, Field::SubsidyCost)
        .map(|pair| pair.map(|(share, cost)| Subsidy { share: Share::from_percent(share), cost_per_year: Euros(cost) }))
        .unwrap_or_else(|pair_problems| {
            problems.extend(pair_problems);
            fallback.subsidy
        });
    let parttime = check_pair(raw, Field::Parttime, Field::ParttimeSaving)
        .map(|pair| pair.map(|(clients, saving)| PartTime { clients: clients as u32, saving_per_month: Euros(saving) }))
        .unwrap_or_else(|pair_problems| {
            problems.extend(pair_problems);
            fallback.parttime
        });

    // Who pays and who gains: unknown when empty; with a problem, the last valid value.
    let mut pocket = |field: Field, fallback: Option<Euros>| {
        let before = problems.len();
        let value = read_given(raw, field, &mut problems);
        if problems.len() > before { fallback } else { value.map(Euros) }
    };
    let execution_cost = pocket(Field::ExecutionCost, fallback.execution_cost);
    let income_gain = pocket(Field::IncomeGain, fallback.income_gain);

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
        subsidy,
        parttime,
        execution_cost,
        income_gain,
    };
    if !raw.has_groups() {
        let (ranges, range_problems) = check_ranges(&raw.ranges, &inputs, exit_field);
        let inputs = limit_parttime(inputs, &mut problems, fallback);
        return Checked { inputs, problems, ranges, range_problems, groups: Vec::new(), group_problems: Vec::new(), group_range_problems: Vec::new() };
    }
    let CheckedGroups { groups: checked_groups, problems: group_problems, range_problems: group_range_problems } =
        check_all(&raw.groups, fallback_groups, fallback);
    problems.retain(|p| !p.field.is_per_group());
    let inputs = inputs.with_totals_of(&checked_groups);
    let mut scenario_ranges = raw.ranges.clone();
    for field in Field::GROUP_RANGES {
        for bound in Bound::ALL {
            scenario_ranges.set(field, bound, String::new());
        }
    }
    let (ranges, range_problems) = check_ranges(&scenario_ranges, &inputs, exit_field);
    let inputs = limit_parttime(inputs, &mut problems, fallback);
    Checked { inputs, problems, ranges, range_problems, groups: checked_groups, group_problems, group_range_problems }
}

/// The part-timers checked against the rest of the scenario (with groups, their totals): at
/// most the clients who do not leave (the caseload less the exits, whole), and a saving a month
/// of at most the benefit a month (C / 12). Beyond either, the field is marked with what is
/// allowed and the part-timers are the fallback's.
///
/// The fallback's part-timers were checked against the caseload, exits and cost they had: when
/// they break these limits too, the part-timers do not count. Part-timers that are already the
/// fallback's (their texts have a problem) are not marked again.
fn limit_parttime(inputs: Inputs, problems: &mut Vec<Problem>, fallback: &Inputs) -> Inputs {
    let caseload = f64::from(inputs.caseload);
    let staying = (caseload - inputs.exit_share.fraction() * caseload).floor().max(0.0);
    let benefit_a_month = inputs.cost_per_year.0 / 12.0;
    let breaks = |q: &PartTime| {
        [
            (f64::from(q.clients) > staying).then_some(Problem { field: Field::Parttime, kind: ProblemKind::OutOfRange { min: 0.0, max: staying } }),
            (q.saving_per_month.0 > benefit_a_month).then_some(Problem { field: Field::ParttimeSaving, kind: ProblemKind::OutOfRange { min: 0.0, max: benefit_a_month } }),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
    };
    let within = |q: &PartTime| breaks(q).is_empty();
    let Some(parttime) = inputs.parttime else { return inputs };
    let typed = !problems.iter().any(|p| p.field.bundle() == Some(Bundle::PartTime));
    let broken = breaks(&parttime);
    if broken.is_empty() {
        return inputs;
    }
    if typed {
        for problem in broken {
            insert_in_order(problems, problem);
        }
    }
    Inputs { parttime: fallback.parttime.filter(within).filter(|_| typed), ..inputs }
}

/// Checks two inputs given together (`first` and `second`, a bundle such as a route out of
/// benefit): none when both are empty; both values when both are valid; else the problems, each
/// on its field: a text that does not parse or is out of range, and one given without the
/// other (marked on the empty one, naming the one given).
fn check_pair(raw: &RawInputs, first: Field, second: Field) -> Result<Option<(f64, f64)>, Vec<Problem>> {
    let mut problems = Vec::new();
    let given = |field: Field| given(raw, field);
    let (a, b) = (read_given(raw, first, &mut problems), read_given(raw, second, &mut problems));
    if given(first) && !given(second) {
        problems.push(Problem { field: second, kind: ProblemKind::NeededWith { with: first } });
    } else if given(second) && !given(first) {
        problems.push(Problem { field: first, kind: ProblemKind::NeededWith { with: second } });
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.field);
        return Err(problems);
    }
    Ok(a.zip(b))
}

/// Whether an optional field's text is given (not empty or blank).
fn given(raw: &RawInputs, field: Field) -> bool {
    !raw.get(field).trim().is_empty()
}

/// An optional field's value: none when it is empty; none and a problem when its text is bad.
/// The one reader of the bundles' fields (the team, the routes).
fn read_given(raw: &RawInputs, field: Field, problems: &mut Vec<Problem>) -> Option<f64> {
    if !given(raw, field) {
        return None;
    }
    read_field(raw.get(field), field).map_err(|kind| problems.push(Problem { field, kind })).ok()
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

/// Checks the team's texts: none when all three are empty; the team when `per_coach` and
/// `fte_cost` are given and every text is valid; else the problems, each on its field: a text
/// that does not parse or is out of range, `per_coach_regular` not larger than `per_coach`,
/// `per_coach` and `fte_cost` one without the other, `per_coach_regular` without `per_coach`.
pub fn check_team(raw: &RawInputs) -> Result<Option<Team>, Vec<Problem>> {
    let mut problems = Vec::new();
    let given = |field: Field| given(raw, field);
    let per_coach = read_given(raw, Field::PerCoach, &mut problems);
    let regular = read_given(raw, Field::PerCoachRegular, &mut problems);
    let fte_cost = read_given(raw, Field::FteCost, &mut problems);

    if !given(Field::PerCoach) {
        // Said once, naming the first field given that needs it.
        if let Some(with) = [Field::FteCost, Field::PerCoachRegular].into_iter().find(|f| given(*f)) {
            problems.push(Problem { field: Field::PerCoach, kind: ProblemKind::NeededWith { with } });
        }
    } else if !given(Field::FteCost) {
        problems.push(Problem { field: Field::FteCost, kind: ProblemKind::NeededWith { with: Field::PerCoach } });
    }
    if let (Some(per_coach), Some(regular)) = (per_coach, regular) {
        if regular <= per_coach {
            problems.push(Problem { field: Field::PerCoachRegular, kind: ProblemKind::NotAbove { min: per_coach } });
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.field);
        return Err(problems);
    }
    Ok(per_coach.zip(fte_cost).map(|(per_coach, fte_cost)| Team {
        per_coach: per_coach as u32,
        per_coach_regular: regular.map(|r| r as u32),
        fte_cost: Euros(fte_cost),
    }))
}

/// The ranges of the typed texts around the checked `inputs`, and what is wrong with them. An
/// end left empty is the expected value (a one-sided range); an input with a problem, or whose
/// ends are equal, has no range. Of `exit` and `exits` only the view the user typed in (`exit_field`) counts.
pub fn check_ranges(raw: &RawRanges, inputs: &Inputs, exit_field: Field) -> (Ranges, Vec<RangeProblem>) {
    let mut problems = Vec::new();
    let mut ranges = Vec::new();
    for field in Field::UNCERTAIN.into_iter().filter(|f| !matches!(f, Field::ExitShare | Field::Exits) || *f == exit_field) {
        // Never unknown: only the inhabitants may be, and they have no range.
        let expected = inputs.value(field).unwrap_or_default();
        let (min, max) = if field == Field::Exits { (0.0, f64::from(inputs.caseload)) } else { field.range() };
        let mut ends = [expected; 2];
        let mut given = false;
        let before = problems.len();
        for (i, bound) in Bound::ALL.into_iter().enumerate() {
            let text = raw.get(field, bound);
            if text.trim().is_empty() {
                continue;
            }
            given = true;
            match read_number(text, field.style(), min, max) {
                Ok(v) => ends[i] = v,
                Err(kind) => problems.push(RangeProblem { field, bound, kind: RangeProblemKind::Invalid(kind) }),
            }
        }
        if problems.len() == before {
            if ends[0] > expected {
                problems.push(RangeProblem { field, bound: Bound::Low, kind: RangeProblemKind::LowAboveExpected });
            }
            if ends[1] < expected {
                problems.push(RangeProblem { field, bound: Bound::High, kind: RangeProblemKind::HighBelowExpected });
            }
        }
        // A range of no width is certain too.
        if given && problems.len() == before && ends[0] < ends[1] {
            ranges.push((field, Range { low: ends[0], high: ends[1] }));
        }
    }
    (Ranges::new(ranges), problems)
}

/// Checks a group's texts under the scenario's rules for the same inputs; exits at most the
/// group's caseload. A field with a problem takes `fallback`'s value, so the other groups
/// and the results keep working.
pub fn check_group(raw: &RawGroup, fallback: &Group) -> CheckedGroup {
    let mut problems = Vec::new();
    let mut read = |field: Field, text: &str| read_field(text, field).map_err(|kind| problems.push((field, kind))).ok();
    let caseload = read(Field::Caseload, raw.get(Field::Caseload)).map_or(fallback.caseload, |v| v as u32);
    let exit = read(raw.exit_field(), raw.get(raw.exit_field()));
    let work = read(Field::Work, raw.get(Field::Work)).map_or(fallback.work_share, Share::from_percent);
    let baseline = read(Field::Baseline, raw.get(Field::Baseline)).map_or(fallback.baseline_per_year, Share::from_percent);
    let exit_share = match exit.map(|value| exit_share_from(raw.exit_field(), value, caseload)) {
        None => fallback.exit_share,
        Some(Ok(share)) => share,
        Some(Err(kind)) => {
            problems.push((raw.exit_field(), kind));
            fallback.exit_share
        }
    };
    let group = Group { name: clean_name(&raw.name), caseload, exit_share, work_share: work, baseline_per_year: baseline, ranges: Ranges::default() };
    // The ranges around the values checked, under the scenario's rules (the exit's in the
    // unit typed, at most the group's caseload as a count); only the exit's and the
    // deadweight's count.
    let mut own = RawRanges::default();
    for (field, bound, text) in raw.ranges.iter().filter(|(f, _, _)| Field::GROUP_RANGES.contains(f) && (*f == Field::Baseline || *f == raw.exit_field())) {
        own.set(field, bound, text.to_string());
    }
    let (ranges, range_problems) = check_ranges(&own, &group.inputs(&Inputs::SMALLEST), raw.exit_field());
    CheckedGroup { group: Group { ranges, ..group }, problems, range_problems }
}

/// Checks every group of `raw` ([`check_group`]): a field with a problem takes the value of
/// the group at the same place in `previous` (the last valid groups), else of a group of no
/// clients with `scenario`'s work and deadweight.
pub fn check_all(raw: &[RawGroup], previous: &[Group], scenario: &Inputs) -> CheckedGroups {
    let mut out = CheckedGroups::default();
    for (i, group) in raw.iter().enumerate() {
        let checked = check_group(group, &fallback(previous, i, scenario));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::core::ExitSource;
    use crate::model::input::Preset;

    fn team_texts(per_coach: &str, regular: &str, fte_cost: &str) -> RawInputs {
        let mut raw = Preset::Schiedam.raw();
        raw.set(Field::PerCoach, per_coach.into());
        raw.set(Field::PerCoachRegular, regular.into());
        raw.set(Field::FteCost, fte_cost.into());
        raw
    }

    fn kinds(raw: &RawInputs) -> Vec<(Field, ProblemKind)> {
        check_team(raw).err().unwrap_or_default().into_iter().map(|p| (p.field, p.kind)).collect()
    }

    #[test]
    fn the_team_by_hand() {
        // 569 clients at 40 a coach instead of 150: 14,225 − 3,7933… = 10,4316… extra coaches;
        // at € 85.000 a coach, € 886.691,67 a year.
        let team = check_team(&team_texts("40", "150", "85000")).expect("valid").expect("a team");
        let fte = 569.0 / 40.0 - 569.0 / 150.0;
        assert_eq!(team.extra_coaches(569), fte);
        assert!((fte - 10.431_666_666_666_667).abs() < 1e-12);
        assert!((team.cost_per_year(569) - 886_691.666_666_666_7).abs() < 1e-6);
        // Without the regular caseload every coach is extra: 280 / 25 = 11,2 coaches at € 70.000.
        let team = check_team(&team_texts("25", "", "70.000")).expect("valid").expect("a team");
        assert_eq!(team.extra_coaches(280), 11.2);
        assert!((team.cost_per_year(280) - 784_000.0).abs() < 1e-6);
    }

    #[test]
    fn no_team_when_all_three_are_empty() {
        assert_eq!(check_team(&team_texts("", " ", "")), Ok(None));
        assert_eq!(Preset::Schiedam.raw().exit_source, ExitSource::Count);
        assert_eq!(check_team(&Preset::Schiedam.raw()), Ok(None));
    }

    #[test]
    fn bad_teams_are_marked_on_their_field() {
        use ProblemKind::*;
        let range = |f: Field| OutOfRange { min: f.range().0, max: f.range().1 };
        assert_eq!(kinds(&team_texts("0", "", "85000")), [(Field::PerCoach, range(Field::PerCoach))]);
        assert_eq!(kinds(&team_texts("40,5", "", "85000")), [(Field::PerCoach, NotWhole)]);
        assert_eq!(kinds(&team_texts("40", "40", "85000")), [(Field::PerCoachRegular, NotAbove { min: 40.0 })]);
        assert_eq!(kinds(&team_texts("40", "30", "85000")), [(Field::PerCoachRegular, NotAbove { min: 40.0 })]);
        assert_eq!(kinds(&team_texts("40", "150", "-1")), [(Field::FteCost, range(Field::FteCost))]);
        assert_eq!(kinds(&team_texts("40", "150", "")), [(Field::FteCost, NeededWith { with: Field::PerCoach })]);
        assert_eq!(kinds(&team_texts("", "", "85000")), [(Field::PerCoach, NeededWith { with: Field::FteCost })]);
        assert_eq!(kinds(&team_texts("", "150", "")), [(Field::PerCoach, NeededWith { with: Field::PerCoachRegular })]);
        // A bad value and a missing partner: both said, in form order.
        assert_eq!(
            kinds(&team_texts("veel", "", "")),
            [(Field::PerCoach, NotANumber), (Field::FteCost, NeededWith { with: Field::PerCoach })]
        );
    }
}
