//! Realised results (`src/model/realised`; its own tests are in `src/model/realised/tests.rs`): the
//! realised-results form's texts read back as written through serde_json (from the documents'
//! round trips).

use proptest::prelude::*;
use crate::common::odd_text;
use uitstroomrekenaar::model::realised::{RealisedField, RealisedTexts, texts_from_json, texts_to_json};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The realised-results form's texts read back as written.
    #[test]
    fn realised_texts_round_trip(values in prop::collection::vec(odd_text(), 11)) {
        let texts = RealisedTexts::from_pairs(RealisedField::ALL.into_iter().zip(values.iter().map(String::as_str)));
        prop_assert_eq!(texts_from_json(&texts_to_json(&texts)), Some(texts));
    }
}
