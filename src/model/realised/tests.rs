//! Tests of the realised results: the domain, its checks, the form, storage and the plan.

use super::*;

#[test]
fn stored_texts_round_trip_and_anything_else_is_refused() {
    let mut texts = Example::Haarlem.texts();
    texts.set(RealisedField::InTrajectory, "tien \"of\" zo\n".to_string());
    assert_eq!(texts_from_json(&texts_to_json(&texts)), Some(texts));
    assert_eq!(texts_from_json("[\"1\", \"2\"]"), None);
    assert_eq!(texts_from_json(r#"{"realised_caseload": "1", "clients": "2"}"#), None, "an unknown key");
    assert_eq!(texts_from_json(r#"{"realised_caseload": 1}"#), None, "a number, not a text");
    assert_eq!(texts_from_json("{}"), None);
    assert_eq!(texts_from_json("[1,2,3,4,5,6,7,8,9,10,11]"), None);
    assert_eq!(texts_from_json("niet json"), None);
}

#[test]
fn every_field_has_its_own_name_and_the_document_uses_it() {
    let names: std::collections::HashSet<_> = RealisedField::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(names.len(), RealisedField::ALL.len());
    // Each field's text is stored under the field's own name, and nowhere else.
    for field in RealisedField::ALL {
        let texts = RealisedTexts::from_pairs([(field, "x")]);
        let value: serde_json::Value = serde_json::from_str(&texts_to_json(&texts)).expect("JSON");
        let given: Vec<&String> = value.as_object().expect("an object").iter().filter(|(_, v)| *v == "x").map(|(k, _)| k).collect();
        assert_eq!(given, vec![field.name()], "{field:?}");
    }
}

#[test]
fn texts_travel_by_link_as_typed() {
    let mut texts = Example::Schiedam.texts();
    texts.set(RealisedField::Closed, "veel & meer".into());
    texts.set(RealisedField::StatedWorkShare, "54,0%".into());
    let q = texts_to_query(&texts);
    assert!(q.starts_with("realised_caseload=569&realised_work=73&realised_other=66&realised_closed=veel%20%26%20meer&"), "{q}");
    assert_eq!(texts_from_query(&format!("?mode=realised&{q}")), Some(texts));
    assert_eq!(texts_from_query("?caseload=569"), None);
    assert_eq!(texts_to_query(&RealisedTexts::default()), "");
}

#[test]
fn schiedams_plan_and_actual_agree() {
    let plan = project(&Preset::Schiedam.inputs());
    let rows = plan_against_actual(&plan, &schiedam());
    let get = |m: PlanMetric| rows.iter().find(|r| r.metric == m).copied().expect("a row");
    assert!((get(PlanMetric::Exits).difference().unwrap_or(f64::NAN)).abs() < 1e-9);
    assert!((get(PlanMetric::SavingsPerYear).difference().unwrap_or(f64::NAN)).abs() < 1e-6);
    // 52,5% of 139 is 72,975: the plan rounds to the 73 who went to work.
    assert_eq!(get(PlanMetric::ExitsWork).plan.round(), 73.0);
    assert_eq!(get(PlanMetric::ExitsWork).actual, Some(73.0));
    assert_eq!(period_differs(&plan, &schiedam()), None);
    let haarlem_plan = project(&Preset::Haarlem.inputs());
    assert_eq!(period_differs(&haarlem_plan, &schiedam()), Some((60, 18)));
    let without_cost = plan_against_actual(&plan, &haarlem());
    assert_eq!(without_cost[4].actual, None);
    assert_eq!(without_cost[0].relative().map(|r| (r * 1000.0).round()), Some(((128.0 - 139.0) / 139.0 * 1000.0f64).round()));
}

#[test]
fn what_earlier_versions_stored_still_opens() {
    let stored = r#"["280","85","43","10","238","","","","","",""]"#;
    assert_eq!(texts_from_json(stored), Some(Example::Haarlem.texts()));
}
use crate::model::input::{validate, Preset};
use crate::model::projection::project;

/// schiedam-kompas-2010.txt: 569 clients, 139 exits in about 18 months ("ruim 24%"), 73 to
/// work ("54%"), 236 up the ladder ("42%"), € 15.000 per benefit.
fn schiedam() -> Realised {
    Realised {
        caseload: 569.0,
        exits_work: 73.0,
        exits_other: 66.0,
        ladder_steps: Some(236.0),
        period_months: Some(18),
        cost_per_year: Some(15_000.0),
        stated_exit_share: Some(Stated { percent: 24.0, decimals: 0 }),
        stated_work_share: Some(Stated { percent: 54.0, decimals: 0 }),
        stated_ladder_share: Some(Stated { percent: 42.0, decimals: 0 }),
        ..Realised::default()
    }
}

/// haarlem-samen-2002.txt: 280 clients, 238 trajectories closed: 85 working, 43 benefit
/// ended, 10 with a good chance of a job.
fn haarlem() -> Realised {
    Realised {
        caseload: 280.0,
        exits_work: 85.0,
        exits_other: 43.0,
        in_trajectory: Some(10.0),
        closed: Some(238.0),
        ..Realised::default()
    }
}

#[test]
fn schiedams_shares_and_saving() {
    let o = outcome(&schiedam());
    assert_eq!(o.exits, 139.0);
    assert_eq!(format!("{:.1}", o.exit_share * 100.0), "24.4");
    assert_eq!(format!("{:.1}", o.work_share * 100.0), "52.5");
    assert_eq!(o.ladder_share.map(|l| format!("{:.1}", l * 100.0)), Some("41.5".to_string()));
    assert_eq!(o.savings_per_year, Some(2_085_000.0));
}

#[test]
fn schiedams_stated_shares_are_checked() {
    // 24% ("ruim 24%") agrees with 139 / 569 = 24,4%; 54% and 42% do not follow from the counts.
    let found = checks(&schiedam());
    assert_eq!(
        found,
        vec![
            Check::StatedShareDiffers { share: ShareOf::Work, numerator: 73.0, denominator: 139.0, stated: Stated { percent: 54.0, decimals: 0 } },
            Check::StatedShareDiffers { share: ShareOf::Ladder, numerator: 236.0, denominator: 569.0, stated: Stated { percent: 42.0, decimals: 0 } },
        ]
    );
}

#[test]
fn haarlems_unexplained_trajectories_are_found() {
    let o = outcome(&haarlem());
    assert_eq!(o.exits, 128.0);
    assert_eq!(format!("{:.1}", o.exit_share * 100.0), "45.7");
    assert_eq!(format!("{:.1}", o.work_share * 100.0), "66.4");
    assert_eq!(o.savings_per_year, None, "the press release gives no cost");
    let found = checks(&haarlem());
    assert_eq!(found.len(), 1);
    match &found[0] {
        Check::Unexplained { parts, whole, remainder } => {
            assert_eq!(parts.iter().map(|(_, v)| v).sum::<f64>(), 138.0);
            assert_eq!(*whole, (Count::Closed, 238.0));
            assert_eq!(*remainder, 100.0);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn parts_larger_than_their_whole() {
    let r = Realised { caseload: 100.0, exits_work: 80.0, exits_other: 30.0, closed: Some(110.0), ladder_steps: Some(101.0), ..Realised::default() };
    let kinds: Vec<_> = checks(&r)
        .iter()
        .map(|c| match c {
            Check::PartsExceedWhole { whole, .. } => whole.0,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(kinds, vec![Count::Caseload, Count::Caseload, Count::Caseload]);
    let fine = Realised { caseload: 100.0, exits_work: 10.0, exits_other: 5.0, ..Realised::default() };
    assert!(checks(&fine).is_empty());
    assert_eq!(outcome(&Realised::default()).exit_share, 0.0);
}

#[test]
fn the_examples_read_as_the_sources_give_them() {
    assert_eq!(read(&Example::Schiedam.texts()), (schiedam(), vec![]));
    assert_eq!(read(&Example::Haarlem.texts()), (haarlem(), vec![]));
    let mut texts = Example::Haarlem.texts();
    texts.set(RealisedField::Caseload, String::new());
    texts.set(RealisedField::Closed, "veel".into());
    texts.set(RealisedField::StatedWorkShare, "24,4%".into());
    let (r, problems) = read(&texts);
    assert_eq!(problems, vec![(RealisedField::Caseload, ProblemKind::Empty), (RealisedField::Closed, ProblemKind::NotANumber)]);
    assert_eq!(r.closed, None);
    assert_eq!(r.stated_work_share, Some(Stated { percent: 24.4, decimals: 1 }));
}

#[test]
fn a_realised_result_becomes_a_projection() {
    let raw = to_projection(&schiedam(), &Preset::Empty.raw());
    let checked = validate(&raw, &Preset::Empty.inputs());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let p = project(&checked.inputs);
    assert!((p.exits - 139.0).abs() < 1e-9);
    assert!((p.exits_work - 73.0).abs() < 1e-9);
    assert!((p.savings_per_year - 2_085_000.0).abs() < 1e-6);
    // Haarlem gives no period or cost: those of the defaults stay.
    let raw = to_projection(&haarlem(), &Preset::Schiedam.raw());
    assert_eq!(raw.get(Field::Period), "18");
    assert_eq!(raw.get(Field::Cost), "15000");
    assert_eq!(raw.get(Field::Exits), "128");
}
