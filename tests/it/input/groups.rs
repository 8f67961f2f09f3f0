//! A group's texts, checked: under the scenario's rules (groups in the caseload, issue 20), and its
//! ranges, a bad one marked and left out (ranges per group, issue 29).

use crate::common::{raw_group as raw, schiedam_with_project_cost as schiedam};
use uitstroomrekenaar::model::core::units::Bound;
use uitstroomrekenaar::model::document::slots::group_from_param;
use uitstroomrekenaar::model::input::{Group, RangeProblemKind, Range, check_group};
use uitstroomrekenaar::model::{ExitSource, Field, Preset, ProblemKind};

#[test]
fn a_group_is_checked_under_the_scenarios_rules() {
    let fallback = Group::of(&Preset::Schiedam.inputs());
    let kort = check_group(&raw("Kort", "300", "40", ExitSource::Share, "60", "22"), &fallback);
    assert!(kort.problems.is_empty(), "{:?}", kort.problems);
    assert_eq!((kort.group.caseload, kort.group.exit_share.percent(), kort.group.baseline_per_year.percent()), (300, 40.0, 22.0));
    let counted = check_group(&raw("Lang", "269", "26,9", ExitSource::Count, "40", "8"), &fallback);
    assert!((counted.group.exit_share.fraction() - 0.1).abs() < 1e-12);
    // Exits above the group's caseload, a caseload out of range, a share that is not a number:
    // each marked, each taking the fallback's value, the rest kept.
    let above = check_group(&raw("X", "100", "120", ExitSource::Count, "50", "8"), &fallback);
    assert_eq!(above.problems, vec![(Field::Exits, ProblemKind::ExitsAboveCaseload { caseload: 100 })]);
    assert_eq!((above.group.caseload, above.group.exit_share), (100, fallback.exit_share));
    let bad = check_group(&raw("Y", "2000000", "veel", ExitSource::Share, "50", "8"), &fallback);
    let fields: Vec<Field> = bad.problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, [Field::Caseload, Field::ExitShare]);
    assert_eq!(bad.group.caseload, fallback.caseload);
    assert_eq!(bad.group.work_share.percent(), 50.0);
    // A name is cut at 60 characters, as a scenario's.
    assert_eq!(check_group(&raw(&"n".repeat(80), "1", "1", ExitSource::Share, "1", "1"), &fallback).group.name.chars().count(), 60);
}

#[test]
fn a_bad_range_of_a_group_is_marked_and_left_out() {
    // Low above the expected 40%; a count above the group's caseload.
    let checked = check_group(&group_from_param("Kort,300,p40:45:50,60,22:15:30"), &Group::of(&schiedam()));
    assert_eq!(checked.range_problems.len(), 1);
    assert_eq!((checked.range_problems[0].field, checked.range_problems[0].bound), (Field::ExitShare, Bound::Low));
    assert_eq!(checked.range_problems[0].kind, RangeProblemKind::LowAboveExpected);
    assert_eq!(checked.group.exit_range(), None);
    assert_eq!(checked.group.ranges.get(Field::Baseline), Some(Range { low: 15.0, high: 30.0 }));
    let checked = check_group(&group_from_param("Kort,300,n120:100:400,60,22"), &Group::of(&schiedam()));
    assert!(matches!(checked.range_problems[0].kind, RangeProblemKind::Invalid(_)));
    assert!(checked.problems.is_empty(), "the group's own values stand");
}
