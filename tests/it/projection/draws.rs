//! The uncertainty model: the triangular sampler against its closed forms, the Monte Carlo's
//! bands, and the tornado against single projections.

use approx::assert_relative_eq;
use proptest::prelude::*;
use crate::common::schiedam;
use uitstroomrekenaar::model::projection::draws::{DRAWS, SEED, SplitMix64, bands, percentile, sensitivity, triangular};
use uitstroomrekenaar::model::input::{Range, Ranges};
use uitstroomrekenaar::model::{Field, Preset, project};

/// The quantile function of the triangular distribution, from its CDF (closed form).
fn closed_quantile(a: f64, c: f64, b: f64, p: f64) -> f64 {
    if p < (c - a) / (b - a) { a + ((b - a) * (c - a) * p).sqrt() } else { b - ((b - a) * (b - c) * (1.0 - p)).sqrt() }
}

#[test]
fn the_triangular_sampler_has_the_closed_form_mean_and_quantiles() {
    for (a, c, b) in [(18.0, 24.43, 30.0), (0.0, 0.0, 10.0), (10_000.0, 15_000.0, 16_000.0), (5.0, 9.0, 9.0)] {
        let mut rng = SplitMix64::new(SEED);
        let mut draws: Vec<f64> = (0..200_000).map(|_| triangular(a, c, b, rng.next_f64())).collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert_relative_eq!(mean, (a + b + c) / 3.0, max_relative = 2e-3);
        assert!(draws.iter().all(|x| (a..=b).contains(x)));
        draws.sort_by(f64::total_cmp);
        for p in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let got = percentile(&draws, p).unwrap();
            assert!((got - closed_quantile(a, c, b, p)).abs() < 5e-3 * (b - a), "p{p} of ({a}, {c}, {b}): {got}");
        }
    }
    // The inverse CDF itself, at its ends and at the mode.
    assert_eq!(triangular(18.0, 24.0, 30.0, 0.0), 18.0);
    assert_eq!(triangular(18.0, 24.0, 30.0, 1.0), 30.0);
    assert_relative_eq!(triangular(18.0, 24.0, 30.0, 0.5), 24.0);
    assert_eq!(triangular(7.0, 7.0, 7.0, 0.3), 7.0);
}

#[test]
fn splitmix64_is_the_published_stream() {
    // The first outputs for seed 0 (reference implementation, Vigna's splitmix64.c).
    let mut rng = SplitMix64::new(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    assert_eq!(rng.next_u64(), 0x06C4_5D18_8009_454F);
}

#[test]
fn percentiles_interpolate_between_sorted_values() {
    let values = [1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(percentile(&values, 0.5), Some(3.0));
    assert_eq!(percentile(&values, 0.1), Some(1.4));
    assert_eq!(percentile(&values, 0.9), Some(4.6));
    assert_eq!(percentile(&[7.0], 0.9), Some(7.0));
    assert_eq!(percentile(&[], 0.5), None);
}

#[test]
fn without_ranges_nothing_is_drawn() {
    assert_eq!(bands(&schiedam(), &Ranges::default(), DRAWS, SEED), None);
    assert!(sensitivity(&schiedam(), &Ranges::default()).is_empty());
    // A field that cannot have a range is left out.
    assert!(Ranges::new([(Field::Caseload, Range { low: 500.0, high: 600.0 })]).is_empty());
}

fn schiedam_ranges() -> Ranges {
    Ranges::new([
        (Field::ExitShare, Range { low: 18.0, high: 30.86 }),
        (Field::Baseline, Range { low: 0.0, high: 16.0 }),
    ])
}

#[test]
fn the_same_seed_gives_the_same_figures_and_another_seed_others() {
    let one = bands(&schiedam(), &schiedam_ranges(), DRAWS, SEED).unwrap();
    let again = bands(&schiedam(), &schiedam_ranges(), DRAWS, SEED).unwrap();
    assert_eq!(one, again);
    let other = bands(&schiedam(), &schiedam_ranges(), DRAWS, SEED + 1).unwrap();
    assert_ne!(one.savings_per_year, other.savings_per_year);
    // But close: 2,000 draws pin P10 and P90 to within a few percent.
    assert_relative_eq!(one.savings_per_year.p10, other.savings_per_year.p10, max_relative = 0.05);
    assert_relative_eq!(one.savings_per_year.p90, other.savings_per_year.p90, max_relative = 0.05);
    assert_eq!(one.draws, DRAWS);
    assert_eq!(one.caseload.len(), schiedam().horizon_months as usize + 1);
}

#[test]
fn symmetric_ranges_bracket_the_expected_result() {
    let inputs = schiedam();
    let ranges = Ranges::new([
        (Field::ExitShare, Range { low: 18.43, high: 30.43 }),
        (Field::Cost, Range { low: 13_000.0, high: 17_000.0 }),
    ]);
    let expected = project(&inputs);
    let b = bands(&inputs, &ranges, DRAWS, SEED).unwrap();
    for (band, point) in [(b.savings_per_year, expected.savings_per_year), (b.savings_total, expected.savings_total), (b.net_result, expected.net_result)] {
        assert!(band.p10 < point && point < band.p90, "{band:?} around {point}");
        assert!(band.p10 <= band.p50 && band.p50 <= band.p90);
        assert_relative_eq!(band.p50, point, max_relative = 0.03);
    }
    // The caseload band holds the expected path, month by month.
    for (t, (low, high)) in b.caseload.iter().enumerate() {
        let s = expected.months[t].caseload_project;
        assert!(*low <= s + 1e-9 && s <= *high + 1e-9, "month {t}: {low} ≤ {s} ≤ {high}");
    }
    // Schiedam has no project cost: no share of draws that pay for themselves.
    assert_eq!(b.net_positive_share, None);
}

#[test]
fn with_project_cost_the_share_of_draws_above_zero_is_given() {
    let inputs = schiedam().with_value(Field::ProjectCost, 400_000.0);
    let ranges = Ranges::new([(Field::ExitShare, Range { low: 5.0, high: 40.0 })]);
    let b = bands(&inputs, &ranges, DRAWS, SEED).unwrap();
    let share = b.net_positive_share.unwrap();
    assert!((0.0..=1.0).contains(&share));
    // Counted directly: the draws are the same stream, so the share is that of the net results.
    let mut rng = SplitMix64::new(SEED);
    let positive = (0..DRAWS)
        .filter(|_| project(&uitstroomrekenaar::model::projection::draws::draw(&inputs, &ranges, &mut rng)).net_result > 0.0)
        .count();
    assert_relative_eq!(share, positive as f64 / DRAWS as f64);
}

#[test]
fn the_tornado_values_are_single_projections_and_the_widest_bar_comes_first() {
    let inputs = schiedam().with_value(Field::ProjectCost, 400_000.0);
    let ranges = Ranges::new([
        (Field::Return, Range { low: 0.0, high: 30.0 }),
        (Field::ExitShare, Range { low: 18.0, high: 30.0 }),
        (Field::ProjectCost, Range { low: 350_000.0, high: 450_000.0 }),
    ]);
    let bars = sensitivity(&inputs, &ranges);
    assert_eq!(bars.len(), 3);
    for bar in &bars {
        let range = ranges.get(bar.field).unwrap();
        assert_eq!(bar.low, project(&inputs.with_value(bar.field, range.low)).net_result);
        assert_eq!(bar.high, project(&inputs.with_value(bar.field, range.high)).net_result);
    }
    assert!(bars.windows(2).all(|w| w[0].width() >= w[1].width()));
    assert_eq!(bars[0].field, Field::ExitShare);
}

#[test]
fn a_count_range_moves_the_share_over_the_caseload() {
    let inputs = schiedam();
    let by_count = inputs.with_value(Field::Exits, 100.0);
    assert_relative_eq!(by_count.exit_share.fraction(), 100.0 / 569.0);
    assert_relative_eq!(project(&by_count).exits, 100.0, max_relative = 1e-12);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn triangular_draws_stay_within_their_range_and_rise_with_u(low in 0.0f64..100.0, a in 0.0f64..1.0, width in 0.0f64..100.0, u1 in 0.0f64..1.0, u2 in 0.0f64..1.0) {
        let high = low + width;
        let mode = low + a * width;
        let (x1, x2) = (triangular(low, mode, high, u1.min(u2)), triangular(low, mode, high, u1.max(u2)));
        prop_assert!(low - 1e-9 <= x1 && x2 <= high + 1e-9);
        prop_assert!(x1 <= x2 + 1e-9);
    }
}

#[test]
fn the_summary_a_draw_runs_is_the_projection_exactly() {
    use uitstroomrekenaar::model::projection::{discount_factors, summarize};
    for preset in Preset::ALL {
        let mut inputs = preset.checked().inputs;
        for (return_share, horizon) in [(0.0, inputs.horizon_months), (20.0, 600)] {
            inputs = inputs.with_value(Field::Return, return_share);
            inputs.horizon_months = horizon;
            let (p, s) = (project(&inputs), summarize(&inputs, &discount_factors(&inputs)));
            assert_eq!(s.savings_per_year, p.savings_per_year);
            assert_eq!(s.savings_total, p.savings_total);
            assert_eq!(s.net_result, p.net_result);
            assert_eq!(s.caseload, p.months.iter().map(|m| m.caseload_project).collect::<Vec<_>>());
        }
    }
}
