//! The single link: the issue's example reproduces Schiedam, links prefer the count of exits and keep
//! bad text, any query string gives a value or a problem, and valid parameters round-trip (from the
//! model's tests).

use approx::assert_relative_eq;
use proptest::prelude::*;
use crate::common::schiedam;
use uitstroomrekenaar::model::core::field::EMPTY_START;
use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::{ExitSource, Field, Preset, RawInputs, project, validate};

#[test]
fn the_issue_example_link_reproduces_schiedam() {
    let q = "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&baseline=0&return=0&project_cost=0&discount=2.25";
    let raw = link::from_query(q, &Preset::Empty.raw());
    // Written before `start` existed: it takes the defaults' start, and the link it writes now
    // carries it.
    assert_eq!(link::to_query(&raw), format!("{q}&start={EMPTY_START}"));
    let checked = validate(&raw, &Preset::Empty.inputs());
    assert!(checked.problems.is_empty());
    assert_relative_eq!(project(&checked.inputs).savings_per_year, 2_085_000.0, epsilon = 1e-6);
    assert_eq!(link::to_query(&Preset::Schiedam.raw()), format!("{q}&start=2008-09"));
}

#[test]
fn links_prefer_exits_and_keep_bad_text() {
    let raw = link::from_query("exit=50&exits=100&caseload=%3Cb%3Ex&work=52.5&work=1", &Preset::Schiedam.raw());
    assert_eq!(raw.exit_source, ExitSource::Count);
    assert_eq!(raw.get(Field::Exits), "100");
    assert_eq!(raw.get(Field::Caseload), "<b>x");
    assert_eq!(raw.get(Field::Work), "52,5");
    let checked = validate(&raw, &schiedam());
    assert_eq!(checked.problems.iter().map(|p| p.field).collect::<Vec<_>>(), vec![Field::Caseload]);
    assert_eq!(checked.inputs.caseload, 569);
    assert!(link::to_query(&raw).contains("caseload=%3Cb%3Ex"));

    let share = link::from_query("?exit=24,5", &Preset::Schiedam.raw());
    assert_eq!(share.exit_source, ExitSource::Share);
    assert_eq!(share.get(Field::ExitShare), "24,5");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_query_string_gives_a_value_or_a_problem(query in any::<String>()) {
        let raw = link::from_query(&query, &Preset::Schiedam.raw());
        let checked = validate(&raw, &schiedam());
        prop_assert!(project(&checked.inputs).net_result.is_finite());
        // What the page writes back reads back the same.
        let again = link::from_query(&link::to_query(&raw), &Preset::Empty.raw());
        prop_assert_eq!(link::to_query(&again), link::to_query(&raw));
    }

    #[test]
    fn valid_link_parameters_round_trip(
        n in 0u32..=1_000_000, p in 1u32..=120, extra in 0u32..=480,
        exits_cents in 0u64..=100_000_000, work in 0.0..=100.0f64, cost_cents in 0u64..=100_000_000,
        pct in 0.0..=100.0f64, k_cents in 0u64..=100_000_000_000,
    ) {
        let exits = (exits_cents as f64 / 100.0).min(f64::from(n));
        let texts = [
            (Field::Caseload, n.to_string()), (Field::Period, p.to_string()), (Field::Exits, format!("{exits}")),
            (Field::Work, format!("{work}")), (Field::Cost, format!("{}", cost_cents as f64 / 100.0)),
            (Field::Horizon, (p + extra).to_string()), (Field::Baseline, format!("{pct}")), (Field::Return, format!("{pct}")),
            (Field::ProjectCost, format!("{}", k_cents as f64 / 100.0)), (Field::Discount, format!("{pct}")),
            (Field::Start, format!("{}-{:02}", 1990 + p / 2, 1 + extra % 12)),
        ];
        let raw = RawInputs::from_pairs(texts.iter().map(|(f, t)| (*f, t.as_str())), ExitSource::Count);
        let checked = validate(&raw, &Preset::Empty.inputs());
        prop_assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        let back = link::from_query(&link::to_query(&raw), &Preset::Empty.raw());
        let again = validate(&back, &Preset::Empty.inputs());
        prop_assert!(again.problems.is_empty());
        prop_assert_eq!(again.inputs, checked.inputs);
    }
}
