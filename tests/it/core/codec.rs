//! The codec (`model::core::codec`): any text survives encoding and decoding for a link (from the
//! model's properties).

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn encode_decode_round_trip(text in any::<String>()) {
        prop_assert_eq!(uitstroomrekenaar::model::core::codec::decode(&uitstroomrekenaar::model::core::codec::encode(&text)), text);
    }
}
