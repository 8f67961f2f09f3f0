//! Routes out of benefit (issue 38), the input: each pair given together, each value within its
//! range, the part-timers at most the clients who stay and their saving at most the benefit a
//! month; a bad text is marked on its field with what is allowed, and the results keep the last
//! valid values.

use uitstroomrekenaar::model::input::{PartTime, Subsidy};
use uitstroomrekenaar::model::{validate, Euros, Field, Inputs, Preset, ProblemKind, RawInputs, Share};

/// Schiedam (569 clients, 139 exits, € 15.000) with the routes' four texts.
fn routes(subsidised: &str, subsidy_cost: &str, parttime: &str, parttime_saving: &str) -> RawInputs {
    let mut raw = Preset::Schiedam.raw();
    for (field, text) in [(Field::Subsidised, subsidised), (Field::SubsidyCost, subsidy_cost), (Field::Parttime, parttime), (Field::ParttimeSaving, parttime_saving)] {
        raw.set(field, text.into());
    }
    raw
}

/// The last valid inputs: a third subsidised at € 16.700, 40 part-timers at € 367.
fn last_valid() -> Inputs {
    Inputs {
        subsidy: Some(Subsidy { share: Share::from_percent(100.0 / 3.0), cost_per_year: Euros(16_700.0) }),
        parttime: Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }),
        ..Preset::Schiedam.inputs()
    }
}

fn problems(raw: &RawInputs) -> Vec<(Field, ProblemKind)> {
    validate(raw, &last_valid()).problems.into_iter().map(|p| (p.field, p.kind)).collect()
}

#[test]
fn valid_routes_are_read_and_empty_ones_are_none() {
    let checked = validate(&routes("33,3", "16.700", "40", "367"), &Preset::Schiedam.inputs());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    assert_eq!(checked.inputs.subsidy, Some(Subsidy { share: Share::from_percent(33.3), cost_per_year: Euros(16_700.0) }));
    assert_eq!(checked.inputs.parttime, Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }));
    let none = validate(&routes("", " ", "", ""), &last_valid());
    assert!(none.problems.is_empty());
    assert_eq!((none.inputs.subsidy, none.inputs.parttime), (None, None));
}

#[test]
fn bad_routes_are_marked_on_their_field_and_keep_the_last_valid_values() {
    use ProblemKind::*;
    let range = |f: Field| OutOfRange { min: f.range().0, max: f.range().1 };
    assert_eq!(problems(&routes("120", "16700", "", "")), [(Field::Subsidised, range(Field::Subsidised))]);
    assert_eq!(problems(&routes("30", "-1", "", "")), [(Field::SubsidyCost, range(Field::SubsidyCost))]);
    assert_eq!(problems(&routes("30", "100001", "", "")), [(Field::SubsidyCost, range(Field::SubsidyCost))]);
    assert_eq!(problems(&routes("", "", "5,5", "367")), [(Field::Parttime, NotWhole)]);
    // One of a pair without the other: marked on the empty one, naming the one given.
    assert_eq!(problems(&routes("30", "", "", "")), [(Field::SubsidyCost, NeededWith { with: Field::Subsidised })]);
    assert_eq!(problems(&routes("", "16700", "", "")), [(Field::Subsidised, NeededWith { with: Field::SubsidyCost })]);
    assert_eq!(problems(&routes("", "", "40", "")), [(Field::ParttimeSaving, NeededWith { with: Field::Parttime })]);
    assert_eq!(problems(&routes("", "", "", "367")), [(Field::Parttime, NeededWith { with: Field::ParttimeSaving })]);
    // More part-timers than the 569 − 139 = 430 clients who stay, a saving above the benefit of
    // € 15.000 / 12 = € 1.250 a month.
    assert_eq!(problems(&routes("", "", "431", "367")), [(Field::Parttime, OutOfRange { min: 0.0, max: 430.0 })]);
    assert!(problems(&routes("", "", "430", "367")).is_empty());
    assert_eq!(problems(&routes("", "", "40", "1250,01")), [(Field::ParttimeSaving, OutOfRange { min: 0.0, max: 1250.0 })]);
    assert!(problems(&routes("", "", "40", "1250")).is_empty());
    // The results keep the last valid routes.
    let checked = validate(&routes("veel", "16700", "431", "367"), &last_valid());
    assert_eq!(checked.inputs.subsidy, last_valid().subsidy);
    assert_eq!(checked.inputs.parttime, last_valid().parttime);
    assert_eq!(checked.problems.iter().map(|p| p.field).collect::<Vec<_>>(), [Field::Subsidised, Field::Parttime]);
}

#[test]
fn with_groups_the_part_timers_are_held_to_the_groups_clients_who_stay() {
    // Two groups: 300 with 40% leaving, 269 with 26 exits: 180 + 243 = 423 stay.
    let mut raw = routes("", "", "424", "367");
    raw.groups = vec![
        uitstroomrekenaar::model::document::slots::group_from_param("Kort,300,p40,60,22"),
        uitstroomrekenaar::model::document::slots::group_from_param("Lang,269,n26,40,8"),
    ];
    let checked = validate(&raw, &last_valid());
    assert_eq!(checked.problems.iter().map(|p| (p.field, p.kind)).collect::<Vec<_>>(), [(Field::Parttime, ProblemKind::OutOfRange { min: 0.0, max: 423.0 })]);
}

#[test]
fn last_valid_part_timers_that_no_longer_fit_do_not_count() {
    // 150 clients, 139 leaving: 11 stay. The last valid 40 part-timers no longer fit either.
    let mut raw = routes("", "", "40", "367");
    raw.set(Field::Caseload, "150".into());
    let checked = validate(&raw, &last_valid());
    assert_eq!(checked.problems.iter().map(|p| (p.field, p.kind)).collect::<Vec<_>>(), [(Field::Parttime, ProblemKind::OutOfRange { min: 0.0, max: 11.0 })]);
    assert_eq!(checked.inputs.parttime, None);
    // A text with a problem of its own is marked once, and the fallback that does not fit is
    // not counted.
    raw.set(Field::Parttime, "veel".into());
    let checked = validate(&raw, &last_valid());
    assert_eq!(checked.problems.iter().map(|p| (p.field, p.kind)).collect::<Vec<_>>(), [(Field::Parttime, ProblemKind::NotANumber)]);
    assert_eq!(checked.inputs.parttime, None);
    // Ten still fit: a bad text keeps them.
    let fits = Inputs { parttime: Some(PartTime { clients: 10, saving_per_month: Euros(367.0) }), ..last_valid() };
    assert_eq!(validate(&raw, &fits).inputs.parttime, fits.parttime);
}
