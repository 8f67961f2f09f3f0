//! The uncertainty, the ranges as typed: valid and one-sided ranges are read in the unit typed, and a
//! bad range is marked on its end and left out.

use crate::common::{raw_ranges as raw, schiedam};
use uitstroomrekenaar::model::core::units::Bound;
use uitstroomrekenaar::model::input::{Range, RangeProblem, RangeProblemKind, check_ranges};
use uitstroomrekenaar::model::{Field, ProblemKind};

#[test]
fn valid_and_one_sided_ranges_are_read_in_the_unit_typed() {
    let typed = raw(&[
        (Field::ExitShare, Bound::Low, "18"),
        (Field::ExitShare, Bound::High, "30,5"),
        (Field::Cost, Bound::High, "16.000"),
        (Field::Baseline, Bound::Low, ""),
    ]);
    let (ranges, problems) = check_ranges(&typed, &schiedam(), Field::ExitShare);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(ranges.get(Field::ExitShare), Some(Range { low: 18.0, high: 30.5 }));
    // An end left empty is the expected value.
    assert_eq!(ranges.get(Field::Cost), Some(Range { low: 15_000.0, high: 16_000.0 }));
    assert_eq!(ranges.get(Field::Baseline), None);
    // The range of the view not typed in does not count.
    let (ranges, _) = check_ranges(&typed, &schiedam(), Field::Exits);
    assert_eq!(ranges.get(Field::ExitShare), None);
}

#[test]
fn a_bad_range_is_marked_on_its_end_and_left_out() {
    let typed = raw(&[
        (Field::ExitShare, Bound::Low, "30"),
        (Field::Cost, Bound::Low, "veel"),
        (Field::Return, Bound::High, "120"),
        (Field::Exits, Bound::High, "600"),
        (Field::Baseline, Bound::High, "0"),
    ]);
    let (ranges, problems) = check_ranges(&typed, &schiedam(), Field::ExitShare);
    assert!(ranges.is_empty(), "{ranges:?}");
    assert!(problems.contains(&RangeProblem { field: Field::ExitShare, bound: Bound::Low, kind: RangeProblemKind::LowAboveExpected }));
    assert!(problems.contains(&RangeProblem { field: Field::Cost, bound: Bound::Low, kind: RangeProblemKind::Invalid(ProblemKind::NotANumber) }));
    assert!(problems.contains(&RangeProblem {
        field: Field::Return,
        bound: Bound::High,
        kind: RangeProblemKind::Invalid(ProblemKind::OutOfRange { min: 0.0, max: 100.0 })
    }));
    // Schiedam has no deadweight: a high of 0 is the expected value, not below it.
    assert!(!problems.iter().any(|p| p.field == Field::Baseline));
    // A count of exits stays within the caseload.
    let (_, problems) = check_ranges(&typed, &schiedam(), Field::Exits);
    assert!(problems.contains(&RangeProblem {
        field: Field::Exits,
        bound: Bound::High,
        kind: RangeProblemKind::Invalid(ProblemKind::OutOfRange { min: 0.0, max: 569.0 })
    }));
}
