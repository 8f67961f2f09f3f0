//! The team as the cost and the exits it takes to pay back (issue 27), the input: the team's cost by
//! hand, as the checked inputs give it.

use crate::common::{schiedam, with_team};
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::validate;

#[test]
fn the_teams_cost_by_hand() {
    // 569 clients at 40 a coach instead of 150, € 85.000 a coach: 569/40 − 569/150 =
    // 10,431666… extra coaches, € 886.691,67 a year, over 18 months € 1.330.037,50.
    let checked = validate(&with_team("40", "150", "85000", "0"), &schiedam());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let p = project_plan(&checked.inputs, &[]).total;
    let fte = 569.0 / 40.0 - 569.0 / 150.0;
    assert_eq!(p.team_fte, Some(fte));
    assert_eq!(p.team_cost_per_year, Some(fte * 85_000.0));
    assert!((fte * 85_000.0 - 886_691.666_666_67).abs() < 0.01);
    assert!((p.cost_per_exit.unwrap() - 886_691.666_666_67 * 1.5 / 139.0).abs() < 0.01);
    // Plus € 50.000 other costs; 280 of Haarlem's kind at 25 a coach, no regular caseload.
    let checked = validate(&with_team("25", "", "70000", "50000"), &schiedam());
    let p = project_plan(&checked.inputs, &[]).total;
    assert_eq!(p.team_fte, Some(569.0 / 25.0));
    assert!((checked.inputs.project_cost_a_year() - (569.0 / 25.0 * 70_000.0 + 50_000.0)).abs() < 1e-6);
}
