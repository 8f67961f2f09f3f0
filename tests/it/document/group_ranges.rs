//! Ranges per group (issue 29), the documents: the groups' ranges travel in their parameter, in the
//! set link and in the file, and a range the link cannot use is named.

use crate::common::schiedam_with_project_cost as schiedam;
use uitstroomrekenaar::model::core::units::Bound;
use uitstroomrekenaar::model::document::link::{self, LinkNotice, notices};
use uitstroomrekenaar::model::document::set_file;
use uitstroomrekenaar::model::document::set_link::{from_query, to_query};
use uitstroomrekenaar::model::document::slots::{group_from_param, group_to_param};
use uitstroomrekenaar::model::input::{Group, Range, check_group};
use uitstroomrekenaar::model::{ExitSource, Field, Preset, validate};

#[test]
fn a_groups_range_travels_in_its_parameter() {
    for param in ["Kort,300,p40:30:50,60,22:15:30", "Lang%2C%20%E2%82%AC,269,n120:100:140,40,8", "Jong,80,p25,70,20:10:25", "A,10,p5::8,50,0:0:"] {
        let group = group_from_param(param);
        assert_eq!(group_to_param(&group), param);
    }
    let group = group_from_param("Lang,269,n120:100:140,40,8:5:");
    assert_eq!(group.exit_source, ExitSource::Count);
    assert_eq!((group.ranges.get(Field::Exits, Bound::Low), group.ranges.get(Field::Exits, Bound::High)), ("100", "140"));
    assert_eq!((group.ranges.get(Field::Baseline, Bound::Low), group.ranges.get(Field::Baseline, Bound::High)), ("5", ""));
    let checked = check_group(&group, &Group::of(&schiedam()));
    assert_eq!(checked.group.exit_range(), Some((Field::Exits, Range { low: 100.0, high: 140.0 })));
    assert_eq!(checked.group.ranges.get(Field::Baseline), Some(Range { low: 5.0, high: 8.0 }));
}

const TWO: &str = "?base=1&edit=1&s=Plan,449,18,n150.6,55.94,15000,60,16.36,0,400000,2.25,2008-09&g=Kort,300,p40:30:50,60,22:15:30&g=Lang,149,n30.6:20:40,40,5:2:10";

#[test]
fn a_set_link_with_groups_ranges_round_trips() {
    let set = from_query(TWO, &Preset::Empty.raw()).expect("a set");
    assert_eq!(to_query(&set), TWO);
    let checked = validate(&set.scenarios()[0].raw, &Preset::Schiedam.inputs());
    assert!(checked.group_range_problems.is_empty(), "{:?}", checked.group_range_problems);
    assert_eq!(checked.groups[0].exit_range(), Some((Field::ExitShare, Range { low: 30.0, high: 50.0 })));
    assert_eq!(checked.groups[1].exit_range(), Some((Field::Exits, Range { low: 20.0, high: 40.0 })));
    // And through a file.
    let json = set_file::to_json(&set);
    assert!(json.contains("\"exits_low\": \"20\""), "{json}");
    let back = set_file::from_json(&json, &Preset::Empty.raw()).expect("read back");
    assert_eq!(to_query(&back), TWO);
}

#[test]
fn a_range_the_link_cannot_use_is_named() {
    let group = "group=Kort,300,p40:30:50,60,22";
    assert_eq!(notices(&format!("?{group}&group=Lang,149,p10,40,5&exit_low=10")), [LinkNotice::RangesBesideGroups]);
    assert_eq!(notices(&format!("?{group}&group=Lang,149,p10,40,5&baseline_high=30")), [LinkNotice::RangesBesideGroups]);
    assert_eq!(notices("?exits=139&exit_low=20&exit_high=30"), [LinkNotice::RangeInOtherUnit { range: Field::ExitShare }]);
    assert_eq!(notices("?exit=24&exits_low=100"), [LinkNotice::RangeInOtherUnit { range: Field::Exits }]);
    // The example's exit is a count: a share's range without an exit does not count either.
    assert_eq!(notices("?caseload=569&exit_low=20"), [LinkNotice::RangeInOtherUnit { range: Field::ExitShare }]);
    assert!(notices("?exits=139&exits_low=100&exits_high=160").is_empty());
    assert!(notices("?exit=24&exit_low=20").is_empty());
    // And the scenario's own exit range beside groups is ignored.
    let raw = link::from_query(&format!("?{group}&group=Lang,149,p10,40,5&exit_low=10&exit_high=50"), &Preset::Schiedam.raw());
    let checked = validate(&raw, &Preset::Schiedam.inputs());
    assert_eq!(checked.ranges.get(Field::ExitShare), None);
    assert_eq!(checked.groups[0].exit_range(), Some((Field::ExitShare, Range { low: 30.0, high: 50.0 })));
}
