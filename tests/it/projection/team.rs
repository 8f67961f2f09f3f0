//! The team as the cost and the exits it takes to pay back (issue 27), the projection: a scenario
//! without a team is bit for bit what it was; the team is only a cost; at the break-even exits the
//! net result is zero; break-even is empty exactly when it should be.

use proptest::prelude::*;
use crate::common::{schiedam, with_team};
use uitstroomrekenaar::model::projection::break_even::{break_even, scaled_groups};
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::input::{Group, Team};
use uitstroomrekenaar::model::{Euros, Inputs, Metric, Preset, Projection, Share, project, validate};

/// The figures of the months, folded into one number (FNV over the bits): equal exactly when
/// every figure of every month is equal.
fn digest(p: &Projection) -> u64 {
    let mut h: u64 = 1469598103934665603;
    for m in &p.months {
        for v in [m.caseload_project, m.caseload_baseline, m.exits_project, m.exits_baseline, m.returns_project, m.saving, m.saving_discounted, m.cost, m.cost_discounted] {
            h = (h ^ v.to_bits()).wrapping_mul(1099511628211);
        }
    }
    h
}

/// What the landed code before the team (commit cab2dc9) gave for three scenarios: the months'
/// digest and every result's bits, printed by that code.
const BEFORE_THE_TEAM: [(u64, &[(&str, Option<u64>)]); 3] = [
    (0x3a2c8de852bc984f, &[("savings_per_year", Some(0x413fd08800000004)), ("exits", Some(0x40615fffffffffff)), ("exit_share", Some(0x3fcf44d6287df9b2)), ("exits_work", Some(0x40523e6666666666)), ("exits_other", Some(0x4050819999999998)), ("exits_baseline", Some(0x0)), ("net_exits", Some(0x40615fffffffffff)), ("caseload_end", Some(0x407adfffffffffff)), ("savings_total", Some(0x416027197f8b283e)), ("project_cost_total", Some(0x0)), ("net_result", Some(0x416027197f8b283e)), ("return_ratio", None), ("break_even_month", None), ("cost_per_exit", None), ("cost_per_net_exit", None), ("historic_share", None), ("budget_kept", None)]),
    (0x589a3490e65bf1f0, &[("savings_per_year", Some(0x413c1ffffffffffe)), ("exits", Some(0x4060000000000000)), ("exit_share", Some(0x3fdd41d41d41d41d)), ("exits_work", Some(0x4055400000000000)), ("exits_other", Some(0x4045800000000000)), ("exits_baseline", Some(0x0)), ("net_exits", Some(0x4060000000000000)), ("caseload_end", Some(0x4063000000000001)), ("savings_total", Some(0x416801cf482ebc8b)), ("project_cost_total", Some(0x0)), ("net_result", Some(0x416801cf482ebc8b)), ("return_ratio", None), ("break_even_month", None), ("cost_per_exit", None), ("cost_per_net_exit", None), ("historic_share", None), ("budget_kept", None)]),
    (0xc014c0b994d203f2, &[("savings_per_year", Some(0x412ddaf6293eeb23)), ("exits", Some(0x40615fffffffffff)), ("exit_share", Some(0x3fcf44d6287df9b2)), ("exits_work", Some(0x40523e6666666666)), ("exits_other", Some(0x4050819999999998)), ("exits_baseline", Some(0x4050b951e270bd31)), ("net_exits", Some(0x405206ae1d8f42cd)), ("caseload_end", Some(0x402ecefbc037c223)), ("savings_total", Some(0x4163b13cfde4e86b)), ("project_cost_total", Some(0x4121fddd907aba23)), ("net_result", Some(0x4162915f24dd3cc9)), ("return_ratio", Some(0x4031832d6773c416)), ("break_even_month", Some(0x4028000000000000)), ("cost_per_exit", Some(0x40b0dc8bf8a2126c)), ("cost_per_net_exit", Some(0x40c040a293a54744)), ("historic_share", Some(0x3fe0000000000000)), ("budget_kept", Some(0x4159e30df6b12bbc))]),
];

fn before_cases() -> [Inputs; 3] {
    [
        schiedam(),
        Preset::Haarlem.inputs(),
        Inputs {
            project_cost_per_year: Euros(400_000.0),
            baseline_per_year: Share::from_percent(8.0),
            return_share: Share::from_percent(16.0),
            inhabitants: Some(27_500),
            horizon_months: 600,
            ..schiedam()
        },
    ]
}

#[test]
fn a_scenario_without_a_team_is_bit_for_bit_what_it_was() {
    for (inputs, (months, results)) in before_cases().iter().zip(BEFORE_THE_TEAM) {
        assert_eq!(inputs.team, None);
        let p = project_plan(inputs, &[]).total;
        assert_eq!(digest(&p), months, "{inputs:?}");
        for (name, bits) in results {
            let metric = Metric::ALL.into_iter().find(|m| m.name() == *name).expect("a metric of that name");
            assert_eq!(metric.value(&p).map(f64::to_bits), *bits, "{name}");
        }
        assert_eq!((p.team_fte, p.team_cost_per_year), (None, None));
    }
}

#[test]
fn the_team_is_only_a_cost() {
    // The same project cost a year as a team or as other costs: every figure equal.
    let team = Team { per_coach: 40, per_coach_regular: Some(150), fte_cost: Euros(85_000.0) };
    let as_team = Inputs { team: Some(team), ..schiedam() };
    let as_other = Inputs { project_cost_per_year: Euros(team.cost_per_year(569)), ..schiedam() };
    let (a, b) = (project_plan(&as_team, &[]).total, project_plan(&as_other, &[]).total);
    assert_eq!(digest(&a), digest(&b));
    for metric in Metric::ALL.into_iter().filter(|m| !matches!(m, Metric::TeamFte | Metric::TeamCostPerYear)) {
        assert_eq!(metric.value(&a), metric.value(&b), "{metric:?}");
    }
}

#[test]
fn schiedam_at_40_instead_of_150_pays_back_from_22_exits() {
    // The example: the project pays back if at least 22 of the 569 leave (3,8%).
    let checked = validate(&with_team("40", "150", "85000", "0"), &schiedam());
    let p = project_plan(&checked.inputs, &[]).total;
    let exits = p.break_even_exits.expect("pays back");
    assert!(exits > 21.0 && exits <= 22.0, "{exits}");
    assert!((p.break_even_exit_share().unwrap() - exits / 569.0).abs() < 1e-15);
    let at = project(&Inputs { exit_share: Share::from_fraction(exits / 569.0), ..checked.inputs });
    assert!(at.net_result.abs() <= 1e-5 * at.project_cost_total, "{}", at.net_result);
}

#[test]
fn break_even_is_empty_exactly_when_it_should_be() {
    // No project cost: nothing to pay back.
    assert_eq!(project_plan(&schiedam(), &[]).total.break_even_exits, None);
    assert_eq!(break_even(&schiedam(), &[]), None);
    // A team that costs nothing (a coach at € 0) and no other costs: none either.
    let free = Inputs { team: Some(Team { per_coach: 40, per_coach_regular: None, fte_cost: Euros(0.0) }), ..schiedam() };
    assert_eq!(break_even(&free, &[]), None);
    // Even every client leaving does not pay € 1 bn a year back within 60 months.
    let dear = Inputs { project_cost_per_year: Euros(1e9), ..schiedam() };
    let p = project_plan(&dear, &[]).total;
    assert!(p.has_cost());
    assert_eq!(p.break_even_exits, None);
    assert_eq!(Metric::BreakEvenExitShare.value(&p), None);
    // No clients: none.
    assert_eq!(break_even(&Inputs { caseload: 0, project_cost_per_year: Euros(1.0), ..schiedam() }, &[]), None);
    // Just payable: every client must leave, or nearly.
    let all = Inputs { exit_share: Share::from_fraction(1.0), ..schiedam() };
    let net_at_all = project(&Inputs { project_cost_per_year: Euros(0.0), ..all }).net_result;
    let k = net_at_all / schiedam().period_months as f64 * 12.0 * 0.999;
    let p = project_plan(&Inputs { project_cost_per_year: Euros(k), ..schiedam() }, &[]).total;
    assert!(p.break_even_exits.expect("pays back") > 560.0);
}

fn shared() -> impl Strategy<Value = Inputs> {
    (
        (1u32..=60, 0u32..=120, 1_000.0..=30_000.0f64, 0.0..=0.5f64, 1.0..=2e6f64, 0.0..=0.1f64),
        (0.0..=0.4f64, 1u32..=20_000, 0.0..=1.0f64),
    )
        .prop_map(|((p, extra, c, r, k, d), (b, n, e))| Inputs {
            caseload: n,
            exit_share: Share::from_fraction(e),
            baseline_per_year: Share::from_fraction(b),
            period_months: p,
            horizon_months: p + extra,
            cost_per_year: Euros(c),
            return_share: Share::from_fraction(r),
            project_cost_per_year: Euros(k),
            discount_per_year: Share::from_fraction(d),
            ..schiedam()
        })
}

fn groups() -> impl Strategy<Value = Vec<Group>> {
    prop::collection::vec(
        (0u32..=5_000, 0.0..=1.0f64, 0.0..=0.6f64).prop_map(|(n, e, b)| Group {
            name: String::new(),
            caseload: n,
            exit_share: Share::from_fraction(e),
            work_share: Share::from_fraction(0.5),
            baseline_per_year: Share::from_fraction(b),
            ranges: Default::default(),
        }),
        2..=4,
    )
}

/// The net result of `inputs` with `groups` (none: the scenario as one group) at `factor`.
fn net_at(inputs: &Inputs, groups: &[Group], factor: f64) -> Projection {
    project_plan(inputs, &scaled_groups(inputs, groups, factor)).total
}

/// Checks a break-even found for `inputs` and `groups`: the net result there is zero within a
/// cent per thousand euros of project cost; or, where the net result leaps (a share of nearly
/// all clients leaving makes the monthly hazard leap to 1, faster than floating point can
/// follow), it changes sign within 0,01 exit of the figure, the precision the page promises.
fn holds_at(inputs: &Inputs, groups: &[Group]) -> Result<(), TestCaseError> {
    let p = project_plan(inputs, groups).total;
    let Some(found) = break_even(inputs, groups) else {
        prop_assert_eq!(p.break_even_exits, None);
        // Only when even every client who can leave does, and it does not pay back.
        let plan: Vec<Group> = if groups.is_empty() { vec![Group::of(inputs)] } else { groups.to_vec() };
        let smallest = plan.iter().map(|g| g.exit_share.fraction()).filter(|e| *e > 0.0).fold(f64::INFINITY, f64::min);
        let top = if smallest.is_finite() { 1.0 / smallest } else { 1.0 };
        prop_assert!(!p.has_cost() || inputs.caseload == 0 || net_at(inputs, groups, top).net_result < 0.0);
        return Ok(());
    };
    prop_assert_eq!(p.break_even_exits, Some(found.exits));
    prop_assert!((0.0..=f64::from(inputs.caseload) + 1e-9).contains(&found.exits));
    let at = net_at(inputs, groups, found.factor);
    prop_assert!((at.exits - found.exits).abs() <= 1e-6 * (1.0 + found.exits), "exits {} against {}", at.exits, found.exits);
    if at.net_result.abs() <= 1e-5 * at.project_cost_total {
        return Ok(());
    }
    // The exits move by Σ E_g × N_g per unit of factor (fewer where groups are at all).
    let plan = scaled_groups(inputs, groups, 1.0);
    let slope: f64 = plan.iter().map(|g| g.exit_share.fraction() * f64::from(g.caseload)).sum::<f64>().max(1e-12);
    let step = 0.01 / slope;
    let (below, above) = (net_at(inputs, groups, found.factor - step), net_at(inputs, groups, found.factor + step));
    prop_assert!(below.net_result < 0.0 && above.net_result >= 0.0, "net {} at {}: {} below, {} above", at.net_result, found.exits, below.net_result, above.net_result);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn at_break_even_the_net_result_is_zero(inputs in shared()) {
        holds_at(&inputs, &[])?;
    }

    #[test]
    fn at_break_even_the_net_result_is_zero_with_groups(inputs in shared(), groups in groups()) {
        let caseload: u32 = groups.iter().map(|g| g.caseload).sum();
        let inputs = Inputs { caseload, ..inputs };
        holds_at(&inputs, &groups)?;
        if let Some(found) = break_even(&inputs, &groups) {
            // One common factor, each group at most all its clients.
            for (g, s) in groups.iter().zip(scaled_groups(&inputs, &groups, found.factor)) {
                prop_assert!(s.exit_share.fraction() <= 1.0);
                if g.exit_share.fraction() > 0.0 && s.exit_share.fraction() < 1.0 {
                    prop_assert!((s.exit_share.fraction() / g.exit_share.fraction() - found.factor).abs() < 1e-9);
                }
            }
        }
    }
}
