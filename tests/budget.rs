//! What the BUIG budget keeps (issue 19): the share that follows own spending, the budget rows
//! against a hand-worked example, and the rows' sums as properties.

use approx::assert_relative_eq;
use proptest::prelude::*;
use uitstroomrekenaar::model::results::budget::{budget, historic_share};
use uitstroomrekenaar::model::results::Metric;
use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::{Field, Inputs, Preset, ProblemKind, project, validate};
use uitstroomrekenaar::model::results::{budget_of, years};

#[test]
fn the_share_that_follows_own_spending_runs_linearly_from_15000_to_40000() {
    assert_eq!(historic_share(1), 1.0);
    assert_eq!(historic_share(14_999), 1.0);
    assert_eq!(historic_share(15_000), 1.0);
    assert_relative_eq!(historic_share(27_500), 0.5);
    assert_relative_eq!(historic_share(39_999), 1.0 / 25_000.0);
    assert_eq!(historic_share(40_000), 0.0);
    assert_eq!(historic_share(1_500_000), 0.0);
}

fn schiedam_with(inhabitants: Option<u32>) -> Inputs {
    Inputs { inhabitants, ..Preset::Schiedam.inputs() }
}

/// Schiedam from September 2008, 60 months: the saving is € 173.750 a month from March 2010
/// (139 × 15.000 / 12), so € 2.085.000 in 2011 and 2012 and € 1.390.000 in 2013 (January to
/// August). With 12,000 inhabitants the budget of 2013 is lower by the whole saving of 2011, so
/// that year the municipality keeps 1.390.000 − 2.085.000 = −695.000; with 27,500, by half of it.
#[test]
fn budget_rows_follow_the_saving_two_years_earlier() {
    let p = project(&schiedam_with(Some(12_000)));
    let b = budget_of(&p).expect("inhabitants given");
    let years: Vec<u32> = b.years.iter().map(|(y, _)| *y).collect();
    assert_eq!(years, [2008, 2009, 2010, 2011, 2012, 2013]);
    let row = |year: u32| b.years.iter().find(|(y, _)| *y == year).expect("a row").1;
    assert_eq!(row(2008).budget_reduction, 0.0);
    assert_eq!(row(2009).budget_reduction, 0.0);
    assert_relative_eq!(row(2010).budget_reduction, row(2008).saving);
    assert_relative_eq!(row(2011).saving, 2_085_000.0, epsilon = 1e-6);
    assert_relative_eq!(row(2013).saving, 1_390_000.0, epsilon = 1e-6);
    assert_relative_eq!(row(2013).budget_reduction, 2_085_000.0, epsilon = 1e-6);
    assert_relative_eq!(row(2013).kept, -695_000.0, epsilon = 1e-6);
    assert_eq!(b.first_settled_year(), Some(2010));

    let half = budget(&p, 27_500);
    let row = |year: u32| half.years.iter().find(|(y, _)| *y == year).expect("a row").1;
    assert_relative_eq!(row(2013).budget_reduction, 1_042_500.0, epsilon = 1e-6);
    assert_relative_eq!(row(2013).kept, 347_500.0, epsilon = 1e-6);

    // The metrics: the share, and the total kept.
    assert_eq!(Metric::HistoricShare.value(&p), Some(1.0));
    assert_relative_eq!(Metric::BudgetKept.value(&p).expect("known"), b.total.kept);
    let unknown = project(&schiedam_with(None));
    assert_eq!((Metric::HistoricShare.value(&unknown), Metric::BudgetKept.value(&unknown)), (None, None));
    assert_eq!(budget_of(&unknown), None);
}

#[test]
fn inhabitants_are_optional_and_checked() {
    let raw = |text: &str| link::from_query(&format!("?inhabitants={text}"), &Preset::Schiedam.raw());
    let read = |text: &str| validate(&raw(text), &Preset::Schiedam.inputs());
    assert_eq!(read("12000").inputs.inhabitants, Some(12_000));
    assert_eq!(read("12.000").inputs.inhabitants, Some(12_000));
    let empty = read("");
    assert_eq!((empty.inputs.inhabitants, empty.problems.len()), (None, 0), "empty is unknown, not a problem");
    for (bad, kind) in [("0", "OutOfRange"), ("1500001", "OutOfRange"), ("12,5", "NotWhole"), ("veel", "NotANumber")] {
        let checked = read(bad);
        let problem = checked.problem(Field::Inhabitants).unwrap_or_else(|| panic!("{bad} is marked"));
        assert!(format!("{:?}", problem.kind).starts_with(kind), "{bad}: {:?}", problem.kind);
        assert_eq!(checked.inputs.inhabitants, None, "{bad}: no budget figures from a bad number");
        assert_eq!(checked.problems.len(), 1, "{bad}: the rest stays valid");
    }
    assert!(matches!(read("0").problem(Field::Inhabitants).map(|p| p.kind), Some(ProblemKind::OutOfRange { .. })));
    // A link without inhabitants has them empty, also when its other values are an example's.
    assert_eq!(link::from_query("?caseload=569", &Preset::Schiedam.raw()).get(Field::Inhabitants), "");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Over random scenarios, start months and sizes: the rows sum to the total; the total kept
    /// is the total saving less the share of every year's saving but the last two; and from
    /// 40,000 inhabitants the budget keeps everything.
    #[test]
    fn the_budget_adds_up(
        caseload in 0u32..=5_000, period in 1u32..=60, extra in 0u32..=120, exit in 0.0..=1.0f64,
        cost in 0.0..=30_000.0f64, start in (2000u32 * 12)..(2040 * 12), inhabitants in 1u32..=200_000,
    ) {
        let inputs = Inputs {
            caseload,
            period_months: period,
            horizon_months: period + extra,
            exit_share: uitstroomrekenaar::model::Share::from_fraction(exit),
            cost_per_year: uitstroomrekenaar::model::Euros(cost),
            start_month: start,
            inhabitants: Some(inhabitants),
            ..Preset::Schiedam.inputs()
        };
        let p = project(&inputs);
        let b = budget_of(&p).expect("inhabitants given");
        let sum = |f: &dyn Fn(&uitstroomrekenaar::model::results::BudgetFigures) -> f64| b.years.iter().map(|(_, y)| f(y)).sum::<f64>();
        let scale = 1.0 + b.total.saving.abs();
        prop_assert!((sum(&|f| f.saving) - b.total.saving).abs() < 1e-9 * scale);
        prop_assert!((sum(&|f| f.budget_reduction) - b.total.budget_reduction).abs() < 1e-9 * scale);
        prop_assert!((sum(&|f| f.kept) - b.total.kept).abs() < 1e-9 * scale);
        let savings: Vec<f64> = years(&p).iter().map(|y| y.figures.saving).collect();
        let settled: f64 = savings[..savings.len().saturating_sub(2)].iter().sum();
        prop_assert!((b.total.kept - (b.total.saving - historic_share(inhabitants) * settled)).abs() < 1e-9 * scale);
        let large = budget(&p, 40_000);
        for (_, f) in &large.years {
            prop_assert_eq!(f.kept, f.saving);
        }
        prop_assert_eq!(large.total.kept, large.total.saving);
    }
}

/// The inhabitants travel in the single link, the set link (a last slot after the start) and the
/// file; older links and files, without them, still read, and an example's still opens as the
/// example.
#[test]
fn inhabitants_travel_in_links_and_files() {
    use uitstroomrekenaar::model::document::set_link;
    use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
    use uitstroomrekenaar::model::document::set_file;
    use uitstroomrekenaar::state::State;
    let mut raw = Preset::Schiedam.raw();
    raw.set(Field::Inhabitants, "12000".into());
    assert!(link::to_query(&raw).contains("&inhabitants=12000"));
    assert!(!link::to_query(&Preset::Schiedam.raw()).contains("inhabitants"), "unknown is left out");
    let scenario = |raw: &uitstroomrekenaar::model::RawInputs| Scenario { name: "Plan".into(), raw: raw.clone() };
    let set = ScenarioSet::new(vec![scenario(&raw), scenario(&Preset::Haarlem.raw())], 0, 0, scenario(&Preset::Schiedam.raw()));
    let query = set_link::to_query(&set);
    assert!(query.contains(",2008-09,12000&s=Plan,280,"), "{query}");
    assert!(query.ends_with(",1997-01"), "no empty last slot: {query}");
    let back = set_link::from_query(&query, &Preset::Schiedam.raw()).expect("a set");
    assert_eq!(back.scenarios()[0].raw.get(Field::Inhabitants), "12000");
    assert_eq!(back.scenarios()[1].raw.get(Field::Inhabitants), "");
    let file = set_file::to_json(&set);
    assert!(file.contains("\"inhabitants\": \"12000\"") || file.contains("\"inhabitants\":\"12000\""), "{file}");
    let read = set_file::from_json(&file, &Preset::Schiedam.raw()).expect("reads");
    assert_eq!(read.scenarios()[0].raw.get(Field::Inhabitants), "12000");
    // A link from before: the example, inhabitants unknown.
    let old = State::open("?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09", None);
    assert_eq!(old.editing().origin, Some(Preset::Schiedam));
    assert_eq!(old.editing().checked.inputs.inhabitants, None);
    let with = State::open("?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,12000", None);
    assert_eq!(with.editing().checked.inputs.inhabitants, Some(12_000));
}
