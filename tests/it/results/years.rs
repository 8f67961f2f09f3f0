//! Calendar years (issue 9): the Schiedam and Haarlem examples by calendar year, and the year rows
//! summing to the totals for any scenario (from the model's tests).

use approx::assert_relative_eq;
use proptest::prelude::*;
use crate::common::{arb_inputs, schiedam};
use uitstroomrekenaar::model::results::{YearFigures, first_full_year, years, years_total};
use uitstroomrekenaar::model::{Inputs, Preset, project};

#[test]
fn schiedam_by_calendar_year() {
    // Started September 2008, 60 months: 4 months in 2008, 2009 to 2012 whole, 8 in 2013.
    let p = project(&schiedam());
    let rows: Vec<(u32, u32)> = years(&p).iter().map(|y| (y.year, y.figures.months)).collect();
    assert_eq!(rows, vec![(2008, 4), (2009, 12), (2010, 12), (2011, 12), (2012, 12), (2013, 8)]);
    assert_eq!(first_full_year(&p).map(|y| y.year), Some(2009));
    // From 2010-03 (after month 18) all 139 stay off benefit: 139 × 15.000 a year.
    let y2011 = years(&p)[3].figures;
    assert_relative_eq!(y2011.reduction_average, 139.0, max_relative = 1e-9);
    assert_relative_eq!(y2011.saving, 2_085_000.0, max_relative = 1e-9);
    assert_relative_eq!(years_total(&p).net_discounted, p.net_result, max_relative = 1e-12);
    assert_eq!(years_total(&p).months, 60);
}

#[test]
fn haarlem_starts_in_january_1997() {
    let p = project(&Preset::Haarlem.inputs());
    let rows: Vec<u32> = years(&p).iter().map(|y| y.year).collect();
    assert_eq!(rows, (1997..=2006).collect::<Vec<_>>());
    assert!(years(&p).iter().all(|y| y.figures.months == 12));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The year rows sum to the totals; the discounted net of all years is `net_result`.
    #[test]
    fn year_rows_sum_to_the_totals(inputs in arb_inputs(), start in (1990u32 * 12)..(2100 * 12)) {
        let p = project(&Inputs { start_month: start, ..inputs });
        let years = years(&p);
        let total = years_total(&p);
        let sum = |f: fn(&YearFigures) -> f64| years.iter().map(|y| f(&y.figures)).sum::<f64>();
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
        prop_assert_eq!(years.iter().map(|y| y.figures.months).sum::<u32>(), p.horizon());
        prop_assert!(close(sum(|f| f.saving), total.saving));
        prop_assert!(close(sum(|f| f.project_cost), total.project_cost));
        prop_assert!(close(sum(|f| f.net), total.net));
        prop_assert!(close(sum(|f| f.net_discounted), p.net_result));
        // Consecutive years, from the start's.
        prop_assert_eq!(years.first().map(|y| y.year), Some(start / 12));
        prop_assert!(years.windows(2).all(|w| w[1].year == w[0].year + 1));
    }
}
