//! The documents we read and write through serde_json: what we write reads back the same, and
//! odd names and values survive the trip.

use proptest::prelude::*;
use uitstroomrekenaar::model::realised::{RealisedField, RealisedTexts, texts_from_json, texts_to_json};
use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
use uitstroomrekenaar::model::document::set_file;
use uitstroomrekenaar::model::{Field, Preset};

fn odd_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[\\[\\]{}:,\"\\\\/0-9eE+\\-.\u{e9}\u{1}\u{feff}\n]{0,40}"]
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

    /// The realised-results form's texts read back as written.
    #[test]
    fn realised_texts_round_trip(values in prop::collection::vec(odd_text(), 11)) {
        let texts = RealisedTexts::from_pairs(RealisedField::ALL.into_iter().zip(values.iter().map(String::as_str)));
        prop_assert_eq!(texts_from_json(&texts_to_json(&texts)), Some(texts));
    }

    /// Anything at all is either read or refused with a reason; never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in odd_text()) {
        let _ = set_file::from_json(&text, &Preset::Empty.raw());
        let _ = texts_from_json(&text);
    }
}
