//! Ranges per group (issue 29), the projection: with one group the bands are the scenario's bit for
//! bit; identical groups are one group of their summed caseload; the tornado's bars are single
//! projections with every group at its low and at its high end.

use proptest::prelude::*;
use crate::common::schiedam_with_project_cost as schiedam;
use uitstroomrekenaar::model::projection::project_figures;
use uitstroomrekenaar::model::input::{Group, Range, Ranges};
use uitstroomrekenaar::model::projection::draws::{DRAWS, SEED, bands, bands_of, sensitivity_of};
use uitstroomrekenaar::model::{Field, Inputs, Share};

/// Ranges on C, K and R: the scenario's own, which stay the scenario's with groups.
fn shared_ranges() -> Vec<(Field, Range)> {
    vec![
        (Field::Cost, Range { low: 14_000.0, high: 16_000.0 }),
        (Field::ProjectCost, Range { low: 300_000.0, high: 500_000.0 }),
        (Field::Return, Range { low: 0.0, high: 20.0 }),
    ]
}

#[test]
fn with_one_group_the_bands_are_the_scenarios_bit_for_bit() {
    for exit in [(Field::Exits, Range { low: 110.0, high: 160.0 }), (Field::ExitShare, Range { low: 18.0, high: 30.0 })] {
        let inputs = Inputs { baseline_per_year: Share::from_percent(4.0), ..schiedam() };
        let baseline = (Field::Baseline, Range { low: 2.0, high: 8.0 });
        let scenario = Ranges::new(shared_ranges().into_iter().chain([exit, baseline]));
        let group = Group { ranges: Ranges::new([exit, baseline]), ..Group::of(&inputs) };
        let own = bands(&inputs, &scenario, DRAWS, SEED).expect("bands");
        let grouped = bands_of(&inputs, &[group.clone()], &Ranges::new(shared_ranges()), DRAWS, SEED).expect("bands");
        assert_eq!(own, grouped, "{exit:?}");
        // Only the group's ranges: the same as the scenario's exit and deadweight alone.
        let alone = bands(&inputs, &Ranges::new([exit, baseline]), DRAWS, SEED).expect("bands");
        assert_eq!(alone, bands_of(&inputs, &[group], &Ranges::default(), DRAWS, SEED).expect("bands"));
    }
}

fn group(name: &str, caseload: u32, exit: f64, baseline: f64, ranges: Ranges) -> Group {
    Group {
        name: name.into(),
        caseload,
        exit_share: Share::from_percent(exit),
        work_share: Share::from_percent(50.0),
        baseline_per_year: Share::from_percent(baseline),
        ranges,
    }
}

#[test]
fn identical_groups_are_one_group_of_their_summed_caseload() {
    let ranges = Ranges::new([(Field::ExitShare, Range { low: 30.0, high: 50.0 }), (Field::Baseline, Range { low: 10.0, high: 25.0 })]);
    let twice = [group("A", 300, 40.0, 20.0, ranges.clone()), group("B", 300, 40.0, 20.0, ranges.clone())];
    let once = [group("AB", 600, 40.0, 20.0, ranges)];
    let inputs = Inputs { caseload: 600, ..schiedam() };
    let (a, b) = (
        bands_of(&inputs, &twice, &Ranges::new(shared_ranges()), DRAWS, SEED).expect("bands"),
        bands_of(&inputs, &once, &Ranges::new(shared_ranges()), DRAWS, SEED).expect("bands"),
    );
    let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * (1.0 + x.abs());
    for (x, y) in [(a.savings_per_year, b.savings_per_year), (a.savings_total, b.savings_total), (a.net_result, b.net_result)] {
        assert!(close(x.p10, y.p10) && close(x.p50, y.p50) && close(x.p90, y.p90), "{x:?} against {y:?}");
    }
    assert_eq!(a.net_positive_share, b.net_positive_share);
    for ((lo_a, hi_a), (lo_b, hi_b)) in a.caseload.iter().zip(&b.caseload) {
        assert!(close(*lo_a, *lo_b) && close(*hi_a, *hi_b));
    }
}

#[test]
fn the_tornado_moves_every_group_at_once() {
    let short = group("Kort", 300, 40.0, 22.0, Ranges::new([(Field::ExitShare, Range { low: 30.0, high: 50.0 })]));
    let long = group(
        "Lang",
        269,
        10.0,
        8.0,
        Ranges::new([(Field::Exits, Range { low: 13.45, high: 43.04 }), (Field::Baseline, Range { low: 5.0, high: 10.0 })]),
    );
    let plain = group("Zonder", 100, 20.0, 10.0, Ranges::default());
    let groups = [short.clone(), long.clone(), plain.clone()];
    let inputs = Inputs { caseload: 669, ..schiedam() };
    let bars = sensitivity_of(&inputs, &groups, &Ranges::new([(Field::Cost, Range { low: 14_000.0, high: 16_000.0 })]));
    let fields: Vec<Field> = bars.iter().map(|b| b.field).collect();
    let mut sorted = fields.clone();
    sorted.sort();
    assert_eq!(sorted, [Field::ExitShare, Field::Cost, Field::Baseline], "one bar for the exit, one for the deadweight");
    let net = |groups: &[Group]| project_figures(&inputs, groups).total.net_result;
    let exit = bars.iter().find(|b| b.field == Field::ExitShare).expect("the exit's bar");
    let at = |s: f64, l: f64| [Group { exit_share: Share::from_percent(s), ..short.clone() }, Group { exit_share: Share::from_fraction(l / 269.0), ..long.clone() }, plain.clone()];
    assert_eq!(exit.low, net(&at(30.0, 13.45)));
    assert_eq!(exit.high, net(&at(50.0, 43.04)));
    let baseline = bars.iter().find(|b| b.field == Field::Baseline).expect("the deadweight's bar");
    let with_b = |b: f64| [short.clone(), Group { baseline_per_year: Share::from_percent(b), ..long.clone() }, plain.clone()];
    assert_eq!((baseline.low, baseline.high), (net(&with_b(5.0)), net(&with_b(10.0))));
    // Widest first.
    assert!(bars.windows(2).all(|w| w[0].width() >= w[1].width()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn one_group_is_the_scenario_for_any_ranges(low in 0.0..24.0f64, high in 25.0..60.0f64, b_high in 0.1..30.0f64, horizon in 18u32..=120) {
        let inputs = Inputs { horizon_months: horizon, ..schiedam() };
        let exit = (Field::ExitShare, Range { low, high });
        let baseline = (Field::Baseline, Range { low: 0.0, high: b_high });
        let group = Group { ranges: Ranges::new([exit, baseline]), ..Group::of(&inputs) };
        let own = bands(&inputs, &Ranges::new(shared_ranges().into_iter().chain([exit, baseline])), 200, SEED);
        let grouped = bands_of(&inputs, &[group], &Ranges::new(shared_ranges()), 200, SEED);
        prop_assert_eq!(own, grouped);
    }
}
