//! Groups in links and files: a group travels as one parameter with any name (groups in the
//! caseload, issue 20); the set link and the file carry any groups, names and bad values included,
//! and a file refuses malformed groups (groups on the page, issue 26).

use proptest::prelude::*;
use crate::common::{any_group, raw_group, raw_group as raw, set_with};
use uitstroomrekenaar::model::core::limits::MAX_GROUPS;
use uitstroomrekenaar::model::document::slots::{group_from_param, group_to_param};
use uitstroomrekenaar::model::document::{set_file, set_link};
use uitstroomrekenaar::model::input::{Group, check_group};
use uitstroomrekenaar::model::{ExitSource, Field, Preset};

#[test]
fn a_group_travels_as_one_parameter() {
    let kort = raw("Kort, < 1 jaar & €", "300", "40", ExitSource::Share, "60", "22");
    assert_eq!(group_to_param(&kort), "Kort%2C%20%3C%201%20jaar%20%26%20%E2%82%AC,300,p40,60,22");
    assert_eq!(group_from_param(&group_to_param(&kort)), kort);
    let lang = raw("Lang", "269", "26,9", ExitSource::Count, "40", "8");
    assert_eq!(group_to_param(&lang), "Lang,269,n26.9,40,8");
    assert_eq!(group_from_param("Lang,269,n26.9,40,8"), lang);
    // Missing parts are empty, and so marked when checked.
    let short = group_from_param("Kort,300");
    assert_eq!((short.get(short.exit_field()), short.get(Field::Work)), ("", ""));
    assert_eq!(check_group(&short, &Group::of(&Preset::Schiedam.inputs())).problems.len(), 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any name and any texts come back from the link as they went in (numbers the Dutch way).
    #[test]
    fn any_group_round_trips_through_its_parameter(
        name in "[^\\u{0}-\\u{1f}]{0,60}", caseload in "[0-9]{0,7}", exit in "[0-9]{0,3}(,[0-9]{1,2})?",
        count in proptest::bool::ANY, work in "[0-9]{0,2}", baseline in "[^\\u{0}-\\u{1f}]{0,8}",
    ) {
        let source = if count { ExitSource::Count } else { ExitSource::Share };
        let group = group_from_param(&group_to_param(&raw(&name, &caseload, &exit, source, &work, &baseline)));
        let again = group_from_param(&group_to_param(&group));
        prop_assert_eq!(&again, &group);
        prop_assert_eq!(group.name, uitstroomrekenaar::model::core::limits::clean_name(&name));
        prop_assert_eq!(group.exit_source, source);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The set link carries any groups, names and bad values included, and reads back to the
    /// same set.
    #[test]
    fn the_set_link_round_trips_any_groups(groups in proptest::collection::vec(any_group(), 2..=MAX_GROUPS)) {
        let set = set_with(groups);
        let query = set_link::to_query(&set);
        let back = set_link::from_query(&query, &Preset::Empty.raw()).expect("a set");
        prop_assert_eq!(&back, &set);
        prop_assert_eq!(set_link::to_query(&back), query);
    }

    /// The file carries them too.
    #[test]
    fn the_file_round_trips_any_groups(groups in proptest::collection::vec(any_group(), 2..=MAX_GROUPS)) {
        let set = set_with(groups);
        let json = set_file::to_json(&set);
        prop_assert_eq!(set_file::from_json(&json, &Preset::Empty.raw()), Ok(set));
    }
}

#[test]
fn a_file_refuses_malformed_groups() {
    let json = set_file::to_json(&set_with(vec![raw_group("A", "1", "1", ExitSource::Share, "1", "1"); 2]));
    let d = Preset::Empty.raw();
    assert_eq!(set_file::from_json(&json.replace("\"name\": \"A\",", "\"name\": \"A\", \"klanten\": \"1\","), &d), Err(set_file::LoadError::BadGroups(1)));
    let many = json.replacen("\"groups\": [", &format!("\"groups\": [{}", "{\"name\": \"x\"},".repeat(7)), 1);
    assert_eq!(set_file::from_json(&many, &d), Err(set_file::LoadError::BadGroups(1)));
    assert!(json.contains("\"exit\": \"1\""), "{json}");
}
