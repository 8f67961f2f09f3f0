//! The team as the project's cost (issue 27). Schiedam's article names the project's active
//! ingredient as "een kleine caseload": so many extra coaches, each with fewer clients, at so
//! much a coach. Three optional inputs say it: clients per coach in the project (`per_coach`),
//! clients per coach without it (`per_coach_regular`), and the cost of one coach a year
//! (`fte_cost`). Then
//!
//! ```text
//! extra coaches = N / per_coach − N / per_coach_regular   (the second term only when given)
//! team's cost a year = extra coaches × fte_cost
//! project cost a year = team's cost a year + K              (K: the other project costs)
//! ```
//!
//! with N the scenario's caseload (with groups, the total).

use super::field::Field;
use super::inputs::{read_field, Euros, Problem, ProblemKind, RawInputs};
use serde::{Deserialize, Serialize};

/// The team's fields, in the order of the form and the address.
pub const TEAM_FIELDS: [Field; 3] = [Field::PerCoach, Field::PerCoachRegular, Field::FteCost];

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

/// Checks the team's texts: none when all three are empty; the team when `per_coach` and
/// `fte_cost` are given and every text is valid; else the problems, each on its field: a text
/// that does not parse or is out of range, `per_coach_regular` not larger than `per_coach`,
/// `per_coach` and `fte_cost` one without the other, `per_coach_regular` without `per_coach`.
pub fn check_team(raw: &RawInputs) -> Result<Option<Team>, Vec<Problem>> {
    let mut problems = Vec::new();
    let given = |field: Field| !raw.get(field).trim().is_empty();
    // Some(value) for a valid text, None for an empty or bad one (a bad one is a problem).
    let mut read = |field: Field| -> Option<f64> {
        if !given(field) {
            return None;
        }
        read_field(raw.get(field), field).map_err(|kind| problems.push(Problem { field, kind })).ok()
    };
    let per_coach = read(Field::PerCoach);
    let regular = read(Field::PerCoachRegular);
    let fte_cost = read(Field::FteCost);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExitSource, Preset};

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
