//! Groups in the caseload (issue 20), the projection: a scenario of one group is today's scenario bit
//! for bit; splitting a group into two with the same rates changes no total; the totals are the
//! sums of the groups' own projections with the project cost counted once.

use proptest::prelude::*;
use uitstroomrekenaar::model::projection::project_groups;
use uitstroomrekenaar::model::input::Group;
use uitstroomrekenaar::model::{Euros, Inputs, Preset, Projection, Share, project};
use uitstroomrekenaar::model::results::years;

fn shared() -> impl Strategy<Value = Inputs> {
    (
        (1u32..=60, 0u32..=120, 0.0..=30_000.0f64, 0.0..=0.5f64, 0.0..=2e6f64, 0.0..=0.1f64),
        ((2000u32 * 12)..(2040 * 12), proptest::option::of(1u32..=200_000)),
    )
        .prop_map(|((p, extra, c, r, k, d), (start, inhabitants))| Inputs {
            period_months: p,
            horizon_months: p + extra,
            cost_per_year: Euros(c),
            return_share: Share::from_fraction(r),
            project_cost_per_year: Euros(k),
            discount_per_year: Share::from_fraction(d),
            start_month: start,
            inhabitants,
            ..Preset::Schiedam.inputs()
        })
}

fn group() -> impl Strategy<Value = Group> {
    ("[a-zA-Z ,&€]{0,12}", 0u32..=20_000, 0.0..=1.0f64, 0.0..=1.0f64, 0.0..=0.6f64).prop_map(|(name, n, e, w, b)| Group {
        name,
        caseload: n,
        exit_share: Share::from_fraction(e),
        work_share: Share::from_fraction(w),
        baseline_per_year: Share::from_fraction(b),
        ranges: Default::default(),
    })
}

/// Every total the page shows, by name, for comparing two projections.
fn totals(p: &Projection) -> Vec<(&'static str, f64)> {
    let opt = |v: Option<f64>| v.unwrap_or(-1.0);
    vec![
        ("exits", p.exits),
        ("exit_share", p.exit_share),
        ("exits_work", p.exits_work),
        ("exits_other", p.exits_other),
        ("exits_baseline", p.exits_baseline),
        ("net_exits", p.net_exits),
        ("caseload_end", p.caseload_end),
        ("savings_per_year", p.savings_per_year),
        ("savings_total", p.savings_total),
        ("project_cost_total", p.project_cost_total),
        ("net_result", p.net_result),
        ("return_ratio", opt(p.return_ratio)),
        ("cost_per_exit", opt(p.cost_per_exit)),
        ("break_even_month", opt(p.break_even_month.map(f64::from))),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

#[test]
fn schiedam_as_two_groups_of_the_same_rates_is_schiedam() {
    let schiedam = Preset::Schiedam.inputs();
    let one = Group::of(&schiedam);
    let split = [Group { caseload: 300, ..one.clone() }, Group { caseload: 269, ..one.clone() }];
    let both = project_groups(&schiedam, &split);
    let whole = project(&schiedam);
    for ((name, a), (_, b)) in totals(&both.total).into_iter().zip(totals(&whole)) {
        assert!(close(a, b), "{name}: {a} against {b}");
    }
    assert_eq!(both.groups.len(), 2);
    assert!((both.groups[0].exits - 300.0 * 139.0 / 569.0).abs() < 1e-9);
}

/// The example: 300 short-term clients at 40%, 269 long-term at 10%; the short-term
/// group's deadweight is the larger.
#[test]
fn short_and_long_term_groups_add_up() {
    let shared = Preset::Schiedam.inputs();
    let short = Group { name: "Kort".into(), caseload: 300, exit_share: Share::from_percent(40.0), work_share: Share::from_percent(60.0), baseline_per_year: Share::from_percent(22.0), ranges: Default::default() };
    let long = Group { name: "Lang".into(), caseload: 269, exit_share: Share::from_percent(10.0), work_share: Share::from_percent(40.0), baseline_per_year: Share::from_percent(8.0), ranges: Default::default() };
    let g = project_groups(&shared, &[short, long]);
    assert!((g.total.exits - (120.0 + 26.9)).abs() < 1e-9);
    assert!((g.total.exits_work - (72.0 + 10.76)).abs() < 1e-9);
    assert!((g.total.exit_share - 146.9 / 569.0).abs() < 1e-12);
    assert!(g.groups[0].exits_baseline > g.groups[1].exits_baseline, "most deadweight is short-term");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// One group is today's scenario, bit for bit.
    #[test]
    fn one_group_is_the_scenario_bit_for_bit(shared in shared(), g in group()) {
        let inputs = g.inputs(&shared);
        prop_assert_eq!(project_groups(&shared, &[g]).total, project(&inputs));
    }

    /// Splitting a group into two of the same rates changes no total.
    #[test]
    fn splitting_a_group_changes_no_total(shared in shared(), g in group(), cut in 0.0..=1.0f64) {
        let first = (f64::from(g.caseload) * cut).round() as u32;
        let split = [Group { caseload: first, ..g.clone() }, Group { caseload: g.caseload - first, ..g.clone() }];
        let (whole, parts) = (project_groups(&shared, &[g]).total, project_groups(&shared, &split).total);
        for ((name, a), (_, b)) in totals(&whole).into_iter().zip(totals(&parts)) {
            prop_assert!(close(a, b), "{}: {} against {}", name, a, b);
        }
        for (a, b) in whole.months.iter().zip(&parts.months) {
            prop_assert!(close(a.caseload_project, b.caseload_project) && close(a.saving, b.saving));
        }
    }

    /// The totals are the sums of the groups' own projections, and the project cost is the
    /// scenario's, counted once.
    #[test]
    fn totals_are_sums_with_the_cost_once(shared in shared(), groups in proptest::collection::vec(group(), 1..=8)) {
        let g = project_groups(&shared, &groups);
        let sum = |f: fn(&Projection) -> f64| g.groups.iter().map(f).sum::<f64>();
        for (name, total, parts) in [
            ("exits", g.total.exits, sum(|p| p.exits)),
            ("exits_baseline", g.total.exits_baseline, sum(|p| p.exits_baseline)),
            ("exits_work", g.total.exits_work, sum(|p| p.exits_work)),
            ("caseload_end", g.total.caseload_end, sum(|p| p.caseload_end)),
            ("savings_per_year", g.total.savings_per_year, sum(|p| p.savings_per_year)),
            ("savings_total", g.total.savings_total, sum(|p| p.savings_total)),
        ] {
            prop_assert!(close(total, parts), "{}: {} against {}", name, total, parts);
        }
        let alone = project(&Inputs { caseload: 0, ..shared });
        prop_assert!(close(g.total.project_cost_total, alone.project_cost_total), "the cost once");
        prop_assert!(g.groups.iter().all(|p| p.project_cost_total == 0.0));
        prop_assert!(close(g.total.net_result, g.total.savings_total - alone.project_cost_total));
        // The calendar-year rows are sums too.
        let rows = years(&g.total);
        for (i, y) in rows.iter().enumerate() {
            let parts: f64 = g.groups.iter().map(|p| years(p)[i].figures.saving).sum();
            prop_assert!(close(y.figures.saving, parts));
        }
    }
}
