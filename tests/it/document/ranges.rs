//! The uncertainty's ranges, as they travel: the single link carries them by name, the set link as
//! `value:low:high` (whatever was typed), and the file under the link names; old links and files
//! open as before.

use proptest::prelude::*;
use crate::common::{raw_ranges as raw, schiedam};
use uitstroomrekenaar::model::core::codec::{decode, split_range};
use uitstroomrekenaar::model::core::units::Bound;
use uitstroomrekenaar::model::document::link::{self, ranges_from_query, ranges_to_query};
use uitstroomrekenaar::model::document::slots::range_suffix;
use uitstroomrekenaar::model::document::{Scenario, ScenarioSet, set_file, set_link};
use uitstroomrekenaar::model::{Field, Preset, validate};

#[test]
fn the_single_link_carries_ranges_by_name() {
    let typed = raw(&[
        (Field::ExitShare, Bound::Low, "18,5"),
        (Field::ExitShare, Bound::High, "30"),
        (Field::ProjectCost, Bound::High, "450.000"),
        (Field::Cost, Bound::Low, "a&b"),
    ]);
    let mut inputs = Preset::Schiedam.raw();
    inputs.exit_source = uitstroomrekenaar::model::ExitSource::Share;
    inputs.ranges = typed;
    let query = ranges_to_query(&inputs);
    assert_eq!(query, "&exit_low=18.5&exit_high=30&cost_low=a%26b&project_cost_high=450000");
    assert_eq!(ranges_from_query(&query), raw(&[
        (Field::ExitShare, Bound::Low, "18,5"),
        (Field::ExitShare, Bound::High, "30"),
        (Field::ProjectCost, Bound::High, "450000"),
        (Field::Cost, Bound::Low, "a&b"),
    ]));
    assert!(ranges_from_query("?caseload=569&exits=139").is_empty());
    // Of repeated parameters the first counts, also when it is empty.
    assert_eq!(ranges_from_query("?exit_low=18&exit_low=20").get(Field::ExitShare, Bound::Low), "18");
    assert!(ranges_from_query("?exit_low=&exit_low=20").is_empty());
}

proptest! {
    #[test]
    fn the_set_links_range_suffix_reads_back_whatever_was_typed(low in "\\PC{0,12}", high in "\\PC{0,12}") {
        let typed = raw(&[(Field::Cost, Bound::Low, &low), (Field::Cost, Bound::High, &high)]);
        let value = format!("15000{}", range_suffix(&typed, Field::Cost));
        let (own, range) = split_range(&value);
        prop_assert_eq!(own, "15000");
        let given = !low.trim().is_empty() || !high.trim().is_empty();
        prop_assert_eq!(range.is_some(), given);
        if let Some((l, h)) = range {
            let read = |t: &str| uitstroomrekenaar::model::core::codec::form_text(Field::Cost, &decode(t));
            let want = |t: &String| if t.trim().is_empty() { String::new() } else { uitstroomrekenaar::model::core::codec::form_text(Field::Cost, t) };
            prop_assert_eq!(read(l), want(&low));
            prop_assert_eq!(read(h), want(&high));
        }
    }
}

/// Schiedam with ranges on the exits (as typed: a count) and on the deadweight.
fn schiedam_with_ranges() -> uitstroomrekenaar::model::RawInputs {
    let mut raw = Preset::Schiedam.raw();
    raw.ranges.set(Field::Exits, Bound::Low, "110".into());
    raw.ranges.set(Field::Exits, Bound::High, "160".into());
    raw.ranges.set(Field::Baseline, Bound::High, "8,5".into());
    raw
}

#[test]
fn the_single_link_reproduces_the_ranges_and_old_links_open_as_before() {
    let raw = schiedam_with_ranges();
    let query = link::to_query(&raw);
    assert!(query.ends_with("&exits_low=110&exits_high=160&baseline_high=8.5"), "{query}");
    let back = link::from_query(&query, &Preset::Empty.raw());
    assert_eq!(back.ranges, raw.ranges);
    assert_eq!(validate(&back, &schiedam()).ranges, validate(&raw, &schiedam()).ranges);
    // A link of ranges alone is a scenario: the default's values with those ranges.
    assert!(link::has_scenario("?exit_low=18&exit_high=30"));
    // An old link has no ranges.
    let old = link::from_query("?caseload=569&period=18&exits=139", &Preset::Empty.raw());
    assert!(old.ranges.is_empty());
}

#[test]
fn the_set_link_carries_value_low_high_and_reads_old_links() {
    let scenario = |raw| Scenario { name: "Plan".into(), raw };
    let set = ScenarioSet::new(vec![scenario(schiedam_with_ranges()), scenario(Preset::Haarlem.raw())], 0, 0, scenario(Preset::Schiedam.raw()));
    let query = set_link::to_query(&set);
    assert!(query.contains("&s=Plan,569,18,n139:110:160,52.5,15000,60,0::8.5,0,0,2.25,2008-09&s=Plan,280,"), "{query}");
    let back = set_link::from_query(&query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(back, set);
    assert_eq!(back.scenarios()[0].raw.ranges.get(Field::Baseline, Bound::High), "8,5");
    assert!(back.scenarios()[1].raw.ranges.is_empty());
    // A ':' typed inside a value is encoded and stays part of it.
    let mut odd = Preset::Schiedam.raw();
    odd.set(Field::Cost, "15:000".into());
    let odd_set = ScenarioSet::new(vec![scenario(odd)], 0, 0, scenario(Preset::Schiedam.raw()));
    let back = set_link::from_query(&set_link::to_query(&odd_set), &Preset::Empty.raw()).expect("a set");
    assert_eq!(back.scenarios()[0].raw.get(Field::Cost), "15:000");
    assert!(back.scenarios()[0].raw.ranges.is_empty());
}

#[test]
fn the_file_keeps_ranges_under_the_link_names() {
    let set = ScenarioSet::new(
        vec![Scenario { name: "Plan".into(), raw: schiedam_with_ranges() }],
        0,
        0,
        Scenario { name: String::new(), raw: Preset::Schiedam.raw() },
    );
    let json = set_file::to_json(&set);
    assert!(json.contains("\"exits_low\": \"110\""), "{json}");
    assert!(json.contains("\"baseline_high\": \"8,5\""), "{json}");
    let back = set_file::from_json(&json, &Preset::Empty.raw()).expect("reads back");
    assert_eq!(back, set);
    // A file without ranges (all earlier files) opens without them; an unknown name is
    // still refused.
    let old = json.replace(",\n        \"exits_low\": \"110\",\n        \"exits_high\": \"160\",\n        \"baseline_high\": \"8,5\"", "");
    assert!(!old.contains("_low"), "{old}");
    assert!(set_file::from_json(&old, &Preset::Empty.raw()).expect("old file").scenarios()[0].raw.ranges.is_empty());
    assert_eq!(
        set_file::from_json(&json.replace("exits_low", "exits_lowest"), &Preset::Empty.raw()),
        Err(set_file::LoadError::UnknownInput(1, "exits_lowest".into()))
    );
}
