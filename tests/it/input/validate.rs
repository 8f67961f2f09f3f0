//! Validation: a problem names its field and the value falls back; rules across fields; problems in
//! the form's order; any text in any field gives a value or a problem (from the model's tests).

use proptest::prelude::*;
use crate::common::schiedam;
use uitstroomrekenaar::model::{Field, Preset, ProblemKind, RawInputs, project, validate};

fn edit(raw: &RawInputs, field: Field, text: &str) -> RawInputs {
    let mut raw = raw.clone();
    raw.set(field, text.to_string());
    raw
}

#[test]
fn problems_name_their_field_and_fall_back() {
    let raw = Preset::Schiedam.raw();
    let cases: &[(Field, &str, ProblemKind)] = &[
        (Field::Caseload, "", ProblemKind::Empty),
        (Field::Caseload, "veel", ProblemKind::NotANumber),
        (Field::Caseload, "-5", ProblemKind::OutOfRange { min: 0.0, max: 1e6 }),
        (Field::Period, "0", ProblemKind::OutOfRange { min: 1.0, max: 120.0 }),
        (Field::Period, "1,5", ProblemKind::NotWhole),
        (Field::Work, "101", ProblemKind::OutOfRange { min: 0.0, max: 100.0 }),
        (Field::Cost, "14400,125", ProblemKind::TooManyDecimals),
        (Field::Exits, "600", ProblemKind::ExitsAboveCaseload { caseload: 569 }),
        (Field::Horizon, "12", ProblemKind::HorizonBeforePeriod { period: 18 }),
    ];
    for (field, text, kind) in cases {
        let checked = validate(&edit(&raw, *field, text), &schiedam());
        assert_eq!(checked.problems.len(), 1, "{field:?} {text:?}: {:?}", checked.problems);
        assert_eq!(checked.problems[0].field, *field);
        assert_eq!(checked.problems[0].kind, *kind, "{field:?} {text:?}");
        assert_eq!(checked.inputs, schiedam(), "{field:?} {text:?} must fall back");
    }
}

#[test]
fn a_smaller_caseload_marks_the_exits_it_cannot_hold() {
    // Found by the property test below: 139 exits cannot come from 0 clients.
    let checked = validate(&edit(&Preset::Schiedam.raw(), Field::Caseload, "0"), &schiedam());
    assert_eq!(checked.problems.len(), 1);
    assert_eq!(checked.problems[0].field, Field::Exits);
    assert_eq!(checked.problems[0].kind, ProblemKind::ExitsAboveCaseload { caseload: 0 });
}

#[test]
fn a_longer_period_and_shorter_horizon_fall_back_together() {
    let raw = edit(&Preset::Schiedam.raw(), Field::Period, "72");
    let checked = validate(&raw, &schiedam());
    assert_eq!(checked.problems[0].field, Field::Horizon);
    assert_eq!(checked.inputs.period_months, 18);
    assert_eq!(checked.inputs.horizon_months, 60);
}

#[test]
fn problems_come_in_form_order() {
    // The rules across fields add their problems after the fields are read; they still appear
    // in the order of the form.
    let mut raw = Preset::Schiedam.raw();
    for (field, text) in [(Field::Caseload, "100"), (Field::Period, "x"), (Field::Horizon, "12"), (Field::Discount, "200"), (Field::Work, "y")] {
        raw.set(field, text.to_string());
    }
    let fields: Vec<Field> = validate(&raw, &schiedam()).problems.iter().map(|p| p.field).collect();
    assert_eq!(fields, vec![Field::Period, Field::Exits, Field::Work, Field::Horizon, Field::Discount]);
}

fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-+€ ,.%0-9]{0,12}",
        (0.0..2e6f64).prop_map(|v| format!("{v}")),
        (0u32..2_000_000).prop_map(|v| v.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_in_any_field_gives_a_value_or_a_problem(field_idx in 0usize..11, text in field_text()) {
        let field = Field::ALL[field_idx];
        let raw = edit(&Preset::Schiedam.raw(), field, &text);
        let checked = validate(&raw, &schiedam());
        if checked.problems.is_empty() {
            prop_assert!(project(&checked.inputs).savings_total.is_finite());
        } else {
            // A problem is in the edited field or in the field a rule ties it to: the horizon
            // to the period, the number of exits to the caseload.
            let partner = match field {
                Field::Period => Field::Horizon,
                Field::Caseload => Field::Exits,
                other => other,
            };
            prop_assert!(checked.problems.iter().all(|p| p.field == field || p.field == partner || p.field == Field::Horizon));
        }
        prop_assert!(checked.inputs.horizon_months >= checked.inputs.period_months);
    }
}
