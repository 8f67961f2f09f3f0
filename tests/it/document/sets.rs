//! Scenario sets: round trips through the set link and the JSON document, arbitrary files, a busy
//! set's link length (from the scenario sets' tests); and the documents we read and write through
//! serde_json: what we write reads back the same, and odd names and values survive the trip.

use proptest::prelude::*;
use crate::common::{defaults, given, odd_text, set_of, valid_set};
use uitstroomrekenaar::model::document::set_file;
use uitstroomrekenaar::model::document::set_link;
use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
use uitstroomrekenaar::model::realised::texts_from_json;
use uitstroomrekenaar::model::{Field, Preset};
use uitstroomrekenaar::text::Lang;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_set_survives_the_link(set in valid_set()) {
        let back = set_link::from_query(&set_link::to_query(&set), &defaults()).expect("a set");
        prop_assert_eq!(given(&back), given(&set));
        prop_assert_eq!((back.base(), back.editing()), (set.base(), set.editing()));
    }

    #[test]
    fn a_set_survives_the_json_document(set in valid_set()) {
        let back = set_file::from_json(&set_file::to_json(&set), &defaults()).expect("reads back");
        prop_assert_eq!(given(&back), given(&set));
        prop_assert_eq!((back.base(), back.editing()), (set.base(), set.editing()));
    }

    #[test]
    fn any_file_is_read_or_refused_with_a_reason(text in any::<String>()) {
        match set_file::from_json(&text, &defaults()) {
            Ok(set) => prop_assert!(!set.scenarios().is_empty()),
            Err(e) => for lang in Lang::ALL { prop_assert!(!(uitstroomrekenaar::text::texts(lang).load_error)(&e).is_empty()) },
        }
    }
}

#[test]
fn eight_scenarios_fit_in_a_link_of_2000_characters() {
    // Names of 40 characters with spaces, six-figure caseloads, amounts with cents,
    // percentages with two decimals: a busy but realistic set.
    let scenario = |i: usize| {
        let mut raw = defaults();
        for (field, text) in [
            (Field::Caseload, "125000"),
            (Field::Period, "36"),
            (Field::Exits, "31250,25"),
            (Field::Work, "62,75"),
            (Field::Cost, "17512,50"),
            (Field::Horizon, "120"),
            (Field::Baseline, "12,25"),
            (Field::Return, "21,75"),
            (Field::ProjectCost, "2750000,50"),
            (Field::Discount, "2,25"),
        ] {
            raw.set(field, text.to_string());
        }
        Scenario { name: format!("Variant {i}: intensieve begeleiding (1:25)"), raw }
    };
    let set = set_of((1..=8).map(scenario).collect(), 0, 0);
    assert!(set.scenarios().iter().all(|s| s.name.chars().count() == 40));
    let query = set_link::to_query(&set);
    println!("eight scenarios: {} characters", query.len());
    assert!(query.len() <= 2000, "{} characters", query.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// A set with any names and texts (within the limits) reads back as written.
    #[test]
    fn sets_round_trip(names in prop::collection::vec("[^\u{0}-\u{1f}]{0,60}", 1..=12), values in prop::collection::vec(odd_text(), 11), base in 0usize..12, editing in 0usize..12) {
        let scenarios: Vec<Scenario> = names.iter().enumerate().map(|(i, name)| {
            let mut raw = Preset::Schiedam.raw();
            let field = Field::ALL[i % Field::ALL.len()];
            let text: String = values[i % values.len()].chars().take(200).collect();
            raw.set(field, text);
            Scenario { name: name.clone(), raw }
        }).collect();
        let set = ScenarioSet::new(scenarios, base, editing, Scenario { name: String::new(), raw: Preset::Empty.raw() });
        let json = set_file::to_json(&set);
        let back = set_file::from_json(&json, &Preset::Empty.raw()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back, set);
    }

    /// Anything at all is either read or refused with a reason; never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in odd_text()) {
        let _ = set_file::from_json(&text, &Preset::Empty.raw());
        let _ = texts_from_json(&text);
    }
}
