//! The projection of a scenario: the reference projects' figures, formulas on hand-checked cases,
//! properties that must hold for every scenario, and exits as persons (issue 9) (from the
//! model's tests).

use approx::assert_relative_eq;
use proptest::prelude::*;
use crate::common::{arb_inputs, schiedam};
use uitstroomrekenaar::model::{Euros, Inputs, Preset, Share, project};

// --- The reference projects (shared/reference/) ---------------------------------------------

#[test]
fn schiedam_article_figures_come_out() {
    // schiedam-kompas-2010.txt: 569 clients, 139 exits in 18 months ("ruim 24%"), 73 to work,
    // 139 × € 15.000 = € 2.085.000 per year.
    let checked = Preset::Schiedam.checked();
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let p = project(&checked.inputs);
    assert_eq!(checked.inputs.caseload, 569);
    assert_relative_eq!(p.exits, 139.0, epsilon = 1e-9);
    assert_relative_eq!(p.exit_share, 139.0 / 569.0, epsilon = 1e-12);
    assert_eq!(format!("{:.1}", p.exit_share * 100.0), "24.4");
    assert_eq!(p.exits_work.round(), 73.0);
    assert_eq!(p.exits_other.round(), 66.0);
    assert_relative_eq!(p.savings_per_year, 2_085_000.0, epsilon = 1e-6);
    assert_relative_eq!(p.reduction_at_period(), 139.0, epsilon = 1e-9);
    assert_eq!(p.exits_baseline, 0.0);
    assert_eq!(p.return_ratio, None);
    assert_eq!(p.break_even_month, None);
    assert_eq!(p.months.len(), 61);
}

#[test]
fn haarlem_article_figures_come_out() {
    // haarlem-samen-2002.txt: 280 clients; 85 working and 43 benefit ended = 128 exits (45,7%),
    // 85 / 128 = 66,4% of exits to work.
    let checked = Preset::Haarlem.checked();
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let p = project(&checked.inputs);
    assert_relative_eq!(p.exits, 128.0, epsilon = 1e-9);
    assert_eq!(format!("{:.1}", p.exit_share * 100.0), "45.7");
    assert_relative_eq!(p.exits_work, 85.0, epsilon = 1e-9);
    assert_relative_eq!(p.exits_other, 43.0, epsilon = 1e-9);
    assert_eq!(format!("{:.1}", p.exits_work / p.exits * 100.0), "66.4");
}

// --- Formulas on hand-checked cases ----------------------------------------------------------

#[test]
fn baseline_and_returns_reduce_the_saving() {
    let base = schiedam();
    let with_baseline = Inputs { baseline_per_year: Share::from_percent(8.0), ..base };
    let p = project(&with_baseline);
    // Without the project 8% a year leave: over 18 months 569 × (1 − 0,92^1,5) of them.
    let expected_baseline_exits = 569.0 * (1.0 - 0.92f64.powf(1.5));
    assert_relative_eq!(p.exits_baseline, expected_baseline_exits, epsilon = 1e-9);
    assert_relative_eq!(p.savings_per_year, (139.0 - expected_baseline_exits) * 15_000.0, epsilon = 1e-6);

    let with_returns = Inputs { return_share: Share::from_percent(20.0), ..base };
    assert!(project(&with_returns).savings_per_year < project(&base).savings_per_year);
}

#[test]
fn discounting_and_project_cost() {
    let inputs = Inputs {
        project_cost_per_year: Euros(400_000.0),
        discount_per_year: Share::ZERO,
        ..schiedam()
    };
    let p = project(&inputs);
    // Undiscounted, 18 months of € 400.000 a year cost € 600.000.
    assert_relative_eq!(p.project_cost_total, 600_000.0, epsilon = 1e-6);
    // After the project the reduction stays at 139 clients: 42 months × 139 × 15.000 / 12.
    let after: f64 = p.months[19..].iter().map(|m| m.saving_discounted).sum();
    assert_relative_eq!(after, 42.0 * 139.0 * 15_000.0 / 12.0, epsilon = 1e-6);
    assert_relative_eq!(p.net_result, p.savings_total - 600_000.0, epsilon = 1e-6);
    assert_relative_eq!(p.return_ratio.unwrap_or(f64::NAN), p.savings_total / 600_000.0);
    let be = p.break_even_month.expect("pays back within 60 months");
    let cum = |t: usize, f: fn(&uitstroomrekenaar::model::Month) -> f64| -> f64 {
        p.months[1..=t].iter().map(f).sum()
    };
    assert!(cum(be as usize, |m| m.saving_discounted) >= cum(be as usize, |m| m.cost_discounted));
    assert!(cum(be as usize - 1, |m| m.saving_discounted) < cum(be as usize - 1, |m| m.cost_discounted));

    let discounted = project(&Inputs { discount_per_year: Share::from_percent(2.25), ..inputs });
    assert!(discounted.savings_total < p.savings_total);
    // One year ahead is worth 1 / 1,0225.
    let m12 = discounted.months[12].saving_discounted / p.months[12].saving_discounted;
    assert_relative_eq!(m12, 1.0 / 1.0225, epsilon = 1e-12);
}

#[test]
fn break_even_none_when_never_reached() {
    let inputs = Inputs { project_cost_per_year: Euros(1e9), ..schiedam() };
    let p = project(&inputs);
    assert_eq!(p.break_even_month, None);
    assert!(p.net_result < 0.0);
}

#[test]
fn no_clients_no_nan() {
    let p = project(&Preset::Empty.inputs());
    assert_eq!(p.exits, 0.0);
    assert_eq!(p.exit_share, 0.0);
    assert_eq!(p.savings_total, 0.0);
    assert_eq!(p.return_ratio, None);
}

// --- Properties ------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn caseload_stays_within_bounds(inputs in arb_inputs()) {
        let p = project(&inputs);
        let n = f64::from(inputs.caseload);
        let mut returned = 0.0;
        for m in &p.months {
            returned += m.returns_project;
            prop_assert!(m.caseload_project >= 0.0 && m.caseload_baseline >= 0.0);
            prop_assert!(m.caseload_project <= n + returned + 1e-6 * n.max(1.0));
            prop_assert!(m.saving_discounted.is_finite() && m.cost_discounted.is_finite());
        }
        for v in [p.exits, p.exit_share, p.savings_per_year, p.savings_total, p.net_result, p.caseload_end] {
            prop_assert!(v.is_finite());
        }
        prop_assert!(p.exits_work <= p.exits + 1e-9);
    }

    #[test]
    fn savings_grow_with_the_exit_share(inputs in arb_inputs(), a in 0.0..=1.0f64, b in 0.0..=1.0f64) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let low = project(&Inputs { exit_share: Share::from_fraction(lo), ..inputs });
        let high = project(&Inputs { exit_share: Share::from_fraction(hi), ..inputs });
        let tol = 1e-9 * (1.0 + high.savings_total.abs());
        // An exit saves C − W × s × L a year (the benefit less its wage-cost subsidy); the
        // part-timers save the same at any exit share. So the savings rise with the exit share
        // while an exit saves, and fall when its subsidy costs more than its benefit.
        let per_exit = inputs.cost_per_year.0 - inputs.subsidy_per_reduction();
        let (more, less) = if per_exit >= 0.0 { (&high, &low) } else { (&low, &high) };
        prop_assert!(more.savings_per_year + tol >= less.savings_per_year);
        prop_assert!(more.savings_total + tol >= less.savings_total);
    }

    #[test]
    // B up to 90% a year (real baselines are 5 to 44%): nearer to 100% the share E that matches
    // it lies so close to 1 that 1 − E keeps only a few significant digits in an f64.
    fn baseline_equal_to_project_rate_saves_nothing(inputs in arb_inputs(), b in 0.0..=0.9f64) {
        // The project's share over P months equal to the baseline's: 1 − (1 − B)^(P/12).
        let e = 1.0 - (1.0 - b).powf(f64::from(inputs.period_months) / 12.0);
        let inputs = Inputs {
            baseline_per_year: Share::from_fraction(b),
            exit_share: Share::from_fraction(e),
            ..inputs
        };
        // The exits save nothing; part-timers are not exits, and save their own.
        let exits_alone = project(&Inputs { parttime: None, ..inputs });
        let scale = 1e-6 * (1.0 + f64::from(inputs.caseload) * inputs.cost_per_year.0);
        prop_assert!(exits_alone.savings_per_year.abs() <= scale, "{}", exits_alone.savings_per_year);
        prop_assert!(exits_alone.savings_total.abs() <= scale * 50.0, "{}", exits_alone.savings_total);
        let p = project(&inputs);
        prop_assert!((p.savings_per_year - exits_alone.savings_per_year - p.parttime_savings_per_year).abs() <= scale);
    }
}

// --- Exits are persons (issue 9) -----------------------------------------------------------------

/// Issue 9, defect 1: Schiedam with 20% returns showed 141 exits, counting returned clients'
/// second exits. A user who types 139 persons means 139 persons; the money still follows the
/// caseload with its returns.
#[test]
fn typed_exits_are_the_exits_shown_whatever_returns() {
    let mut inputs = schiedam();
    inputs.return_share = Share::from_percent(20.0);
    let p = project(&inputs);
    assert_relative_eq!(p.exits, 139.0, max_relative = 1e-12);
    assert_relative_eq!(p.exits_work + p.exits_other, 139.0, max_relative = 1e-12);
    assert!(p.months.iter().map(|m| m.exits_project).sum::<f64>() > 139.0, "second exits still move the caseload");
    assert!(p.savings_per_year < 2_085_000.0, "returns still cost money");
}

#[test]
fn net_exits_and_cost_per_exit() {
    let mut inputs = schiedam();
    inputs.baseline_per_year = Share::from_percent(8.0);
    inputs.project_cost_per_year = Euros(400_000.0);
    let p = project(&inputs);
    assert_relative_eq!(p.net_exits, p.exits - p.exits_baseline, max_relative = 1e-12);
    // 1 − (1 − 8%)^(18/12) of 569 would leave anyway.
    assert_relative_eq!(p.exits_baseline, 569.0 * (1.0 - 0.92f64.powf(1.5)), max_relative = 1e-9);
    // € 400.000 a year for 18 months, undiscounted.
    assert_relative_eq!(p.cost_per_exit.unwrap_or(f64::NAN), 600_000.0 / 139.0, max_relative = 1e-12);
    assert_relative_eq!(p.cost_per_net_exit.unwrap_or(f64::NAN), 600_000.0 / p.net_exits, max_relative = 1e-12);
    // None without project cost; none per net exit when the project adds no exits.
    assert_eq!(project(&schiedam()).cost_per_exit, None);
    inputs.baseline_per_year = Share::from_percent(60.0);
    let q = project(&inputs);
    assert!(q.net_exits <= 0.0);
    assert_eq!(q.cost_per_net_exit, None);
    assert!(q.cost_per_exit.is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// exits = E × N for any return share, deadweight and period.
    #[test]
    fn exits_are_the_share_of_the_caseload(n in 0u32..=100_000, e in 0.0..=100.0f64, r in 0.0..=100.0f64, b in 0.0..=100.0f64, period in 1u32..=120) {
        let mut inputs = schiedam();
        inputs.caseload = n;
        inputs.exit_share = Share::from_percent(e);
        inputs.return_share = Share::from_percent(r);
        inputs.baseline_per_year = Share::from_percent(b);
        inputs.period_months = period;
        inputs.horizon_months = period.max(60);
        let p = project(&inputs);
        let want = e / 100.0 * f64::from(n);
        prop_assert!((p.exits - want).abs() <= 1e-9 * want.max(1.0), "{} vs {}", p.exits, want);
    }

    /// Scaling the caseload by k scales every count and amount by k.
    #[test]
    fn scaling_the_caseload_scales_every_figure(n in 1u32..=10_000, k in 1u32..=50, e in 0.0..=100.0f64, r in 0.0..=100.0f64, b in 0.0..=50.0f64, cost in 0.0..=1e6f64) {
        let mut inputs = schiedam();
        inputs.caseload = n;
        inputs.exit_share = Share::from_percent(e);
        inputs.return_share = Share::from_percent(r);
        inputs.baseline_per_year = Share::from_percent(b);
        inputs.project_cost_per_year = Euros(cost);
        let one = project(&inputs);
        inputs.caseload = n * k;
        let many = project(&inputs);
        let k = f64::from(k);
        for (a, b) in [
            (one.exits, many.exits), (one.exits_baseline, many.exits_baseline), (one.net_exits, many.net_exits),
            (one.savings_per_year, many.savings_per_year), (one.savings_total, many.savings_total), (one.caseload_end, many.caseload_end),
        ] {
            prop_assert!((a * k - b).abs() <= 1e-9 * b.abs().max(1.0), "{} × {} vs {}", a, k, b);
        }
    }
}
