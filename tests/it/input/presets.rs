//! The presets: every one is valid, the derived share is shown beside the count, and a preset's value
//! and its source are one fact (from the model's tests).

use uitstroomrekenaar::model::core::field::Given;
use uitstroomrekenaar::model::{Field, Preset, Source, source_of};

#[test]
fn every_preset_is_valid() {
    for preset in Preset::ALL {
        assert!(preset.checked().problems.is_empty(), "{preset:?}");
    }
}

#[test]
fn the_derived_share_is_shown_beside_the_count() {
    let raw = Preset::Schiedam.raw();
    assert_eq!(raw.get(Field::Exits), "139");
    assert_eq!(raw.get(Field::ExitShare), "24,43");
}

/// A preset's value and its source are one fact: the page names the source of every
/// preset value that has one, and a changed value no longer has it.
#[test]
fn every_preset_value_keeps_its_source() {
    let mut sourced = 0;
    for field in Field::ALL {
        for preset in Preset::ALL {
            let Some(Given(_, Some(source))) = preset.given(field) else { continue };
            let value = preset.inputs().value(field).expect("a sourced value is known");
            assert_eq!(source_of(field, value, Some(preset)), Some(source), "{field:?} of {preset:?}");
            assert_ne!(source_of(field, value + 1.0, Some(preset)), Some(source), "{field:?} of {preset:?}, changed");
            sourced += 1;
        }
    }
    assert!(sourced >= 12, "the presets give 12 sourced values, not {sourced}");
    assert_eq!(source_of(Field::Cost, 14_400.0, Some(Preset::Haarlem)), Some(Source::HaarlemCostAssumed));
    assert_eq!(source_of(Field::Cost, 14_400.0, Some(Preset::Schiedam)), Some(Source::Budget2019));
    assert_eq!(source_of(Field::Return, 16.0, None), Some(Source::ReturnAfterWork));
    assert_eq!(source_of(Field::Return, 16.5, None), None);
    assert_eq!(source_of(Field::Discount, 2.25, Some(Preset::Empty)), Some(Source::DiscountNorm));
}
