//! What the BUIG budget keeps (issue 19): the share that follows own spending, the budget rows
//! against a hand-worked example, and the rows' sums as properties.

use approx::assert_relative_eq;
use proptest::prelude::*;
use uitstroomrekenaar::model::results::budget::{budget, historic_share};
use uitstroomrekenaar::model::results::Metric;
use uitstroomrekenaar::model::{Inputs, Preset, project};
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
