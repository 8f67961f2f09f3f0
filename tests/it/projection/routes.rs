//! Routes out of benefit (issue 38), the projection: a wage-cost subsidy paid from the same BUIG
//! budget and part-time work beside the benefit. The Schiedam example by hand; without the
//! routes, or with none subsidised and no part-timers, every figure as before; with groups, the
//! subsidy of each group's own exits to work; break-even with both; the budget rule leaves the
//! subsidies out of its basis.

use crate::common::{opened, schiedam_with_project_cost};
use uitstroomrekenaar::model::input::{Group, PartTime, Subsidy};
use uitstroomrekenaar::model::projection::break_even::{break_even, scaled_groups};
use uitstroomrekenaar::model::projection::{project_groups, project_plan};
use uitstroomrekenaar::model::results::{budget_of, years};
use uitstroomrekenaar::model::{Euros, Inputs, Metric, Preset, Projection, Share};

/// The example: Schiedam, a third of its exits to work subsidised at € 16.700 a year,
/// 40 part-timers at € 367 a month less benefit.
const SCHIEDAM_ROUTES: &str = "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09\
    &subsidised=33.3333333333&subsidy_cost=16700&parttime=40&parttime_saving=367";

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn schiedams_routes_by_hand() {
    let inputs = opened(SCHIEDAM_ROUTES);
    let p = project_plan(&inputs, &[]).total;
    // 139 exits × € 15.000; of the 73 to work (52,5%) a third subsidised: 24,325 placements;
    // their subsidies 139 × 0,525 × ⅓ × € 16.700 = € 406.227,50; 40 × € 367 × 12 = € 176.160.
    assert!(close(p.benefit_savings_per_year, 2_085_000.0, 1e-6), "{}", p.benefit_savings_per_year);
    assert!(close(p.subsidised_placements, 24.325, 1e-6), "{}", p.subsidised_placements);
    assert!(close(p.subsidy_cost_per_year, 406_227.50, 1e-3), "{}", p.subsidy_cost_per_year);
    assert!(close(p.parttime_savings_per_year, 176_160.0, 1e-9), "{}", p.parttime_savings_per_year);
    assert!(close(p.savings_per_year, 1_854_932.50, 1e-3), "{}", p.savings_per_year);
    // The same figures by name, as the page and the comparison read them.
    for (metric, value) in [
        (Metric::BenefitSavingsPerYear, 2_085_000.0),
        (Metric::SubsidisedPlacements, 24.325),
        (Metric::SubsidyCostPerYear, 406_227.50),
        (Metric::ParttimeSavingsPerYear, 176_160.0),
        (Metric::SavingsPerYear, 1_854_932.50),
    ] {
        assert!(close(metric.value(&p).expect("a value"), value, 1e-3), "{metric:?}");
    }
}

#[test]
fn the_months_add_up_to_the_routes() {
    let inputs = opened(SCHIEDAM_ROUTES);
    let p = project_plan(&inputs, &[]).total;
    for m in p.months.iter().skip(1) {
        let reduction = m.caseload_baseline - m.caseload_project;
        // Δ(t) × (C − W × s × L) / 12 + Q × min(t, P) / P × F, and the subsidy Δ(t) × W × s × L / 12.
        let subsidy = 0.525 * (33.333_333_333_3 / 100.0) * 16_700.0;
        let parttime = 40.0 * f64::from(m.month.min(18)) / 18.0 * 367.0;
        assert!(close(m.subsidy_cost, reduction * subsidy / 12.0, 1e-6), "month {}", m.month);
        assert!(close(m.parttime_saving, parttime, 1e-9), "month {}", m.month);
        assert!(close(m.saving, reduction * (15_000.0 - subsidy) / 12.0 + parttime, 1e-6), "month {}", m.month);
    }
    // After the period every part-timer works: the full € 14.680 a month.
    assert!(close(p.months[30].parttime_saving, 40.0 * 367.0, 1e-9));
    // The calendar years carry both, undiscounted, in every row.
    let rows = years(&p);
    let subsidies: f64 = rows.iter().map(|y| y.figures.subsidy_cost).sum();
    let parttime: f64 = rows.iter().map(|y| y.figures.parttime_saving).sum();
    assert!(close(subsidies, p.months.iter().map(|m| m.subsidy_cost).sum(), 1e-6));
    assert!(close(parttime, p.months.iter().map(|m| m.parttime_saving).sum(), 1e-6));
}

/// Every figure of a projection, for comparing two.
fn same(a: &Projection, b: &Projection) {
    assert_eq!(a.months, b.months);
    for metric in Metric::ALL {
        assert_eq!(metric.value(a), metric.value(b), "{metric:?}");
    }
}

#[test]
fn none_subsidised_and_no_part_timers_are_no_routes() {
    let plain = schiedam_with_project_cost();
    let zero = Inputs {
        subsidy: Some(Subsidy { share: Share::ZERO, cost_per_year: Euros(16_700.0) }),
        parttime: Some(PartTime { clients: 0, saving_per_month: Euros(367.0) }),
        ..plain
    };
    same(&project_plan(&plain, &[]).total, &project_plan(&zero, &[]).total);
    // The routes' figures are 0, not empty, without them.
    let p = project_plan(&plain, &[]).total;
    for metric in [Metric::SubsidisedPlacements, Metric::SubsidyCostPerYear, Metric::ParttimeSavingsPerYear] {
        assert_eq!(metric.value(&p), Some(0.0), "{metric:?}");
    }
    assert_eq!(Metric::BenefitSavingsPerYear.value(&p), Some(p.savings_per_year));
}

#[test]
fn with_groups_each_groups_own_share_to_work_is_subsidised() {
    let shared = Inputs { subsidy: Some(Subsidy { share: Share::from_percent(50.0), cost_per_year: Euros(16_700.0) }), ..Preset::Schiedam.inputs() };
    let group = |name: &str, caseload: u32, exit: f64, work: f64, baseline: f64| Group {
        name: name.into(),
        caseload,
        exit_share: Share::from_percent(exit),
        work_share: Share::from_percent(work),
        baseline_per_year: Share::from_percent(baseline),
        ranges: Default::default(),
    };
    // Deadweight that differs too, so that a group's reduction is not its exits.
    let groups = [group("Kort", 300, 40.0, 80.0, 22.0), group("Lang", 269, 10.0, 20.0, 4.0)];
    let plan = project_groups(&shared, &groups);
    let by_hand: f64 = plan
        .groups
        .iter()
        .zip(&groups)
        .map(|(p, g)| p.reduction_at_period() * g.work_share.fraction() * 0.5 * 16_700.0)
        .sum();
    assert!(close(plan.total.subsidy_cost_per_year, by_hand, 1e-6), "{} against {by_hand}", plan.total.subsidy_cost_per_year);
    // Not the total's share to work on the total reduction: the groups' shares and deadweight
    // differ.
    let pooled = plan.total.reduction_at_period() * plan.total.exits_work / plan.total.exits * 0.5 * 16_700.0;
    assert!((plan.total.subsidy_cost_per_year - pooled).abs() > 1.0);
    let placements: f64 = plan.groups.iter().map(|p| p.exits_work * 0.5).sum();
    assert!(close(plan.total.subsidised_placements, placements, 1e-9));
    assert!(close(plan.total.savings_per_year, plan.total.benefit_savings_per_year - plan.total.subsidy_cost_per_year, 1e-6));
}

#[test]
fn the_part_timers_count_once_with_groups() {
    let shared = Inputs { parttime: Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }), ..Preset::Schiedam.inputs() };
    let groups = [Group::of(&Preset::Schiedam.inputs()), Group { name: "Tweede".into(), caseload: 100, ..Group::of(&Preset::Schiedam.inputs()) }];
    let plan = project_plan(&shared, &groups);
    assert!(close(plan.total.parttime_savings_per_year, 176_160.0, 1e-9));
    assert!(plan.groups.iter().all(|g| g.parttime_savings_per_year == 0.0));
    let without = project_plan(&Inputs { parttime: None, ..shared }, &groups).total;
    assert!(close(plan.total.savings_per_year - without.savings_per_year, 176_160.0, 1e-6));
}

#[test]
fn at_break_even_the_net_result_is_zero_with_routes() {
    // A project of € 1,2 mln a year with a third subsidised and 40 part-timers.
    let inputs = Inputs {
        project_cost_per_year: Euros(1_200_000.0),
        subsidy: Some(Subsidy { share: Share::from_percent(100.0 / 3.0), cost_per_year: Euros(16_700.0) }),
        parttime: Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }),
        ..Preset::Schiedam.inputs()
    };
    let found = break_even(&inputs, &[]).expect("it pays back");
    let at = project_plan(&Inputs { exit_share: scaled_groups(&inputs, &[], found.factor)[0].exit_share, ..inputs }, &[]).total;
    assert!(at.net_result.abs() <= 1e-6 * at.project_cost_total, "{}", at.net_result);
    // Fewer exits than without the part-timers, more than without the subsidies.
    let no_parttime = break_even(&Inputs { parttime: None, ..inputs }, &[]).expect("it pays back");
    let no_subsidy = break_even(&Inputs { subsidy: None, ..inputs }, &[]).expect("it pays back");
    assert!(found.exits < no_parttime.exits && found.exits > no_subsidy.exits, "{found:?} {no_parttime:?} {no_subsidy:?}");
}

#[test]
fn part_timers_alone_can_pay_back_and_a_dear_subsidy_never_does() {
    // € 100.000 a year for 18 months against 40 part-timers at € 367 over 60 months.
    let cheap = Inputs {
        project_cost_per_year: Euros(100_000.0),
        parttime: Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }),
        ..Preset::Schiedam.inputs()
    };
    assert_eq!(break_even(&cheap, &[]).map(|b| b.exits), Some(0.0));
    assert_eq!(project_plan(&cheap, &[]).total.break_even_exits, Some(0.0));
    // Every exit to work subsidised at € 40.000, more than its benefit: more exits cost more.
    let dear = Inputs {
        project_cost_per_year: Euros(100_000.0),
        work_share: Share::from_percent(100.0),
        subsidy: Some(Subsidy { share: Share::from_percent(100.0), cost_per_year: Euros(40_000.0) }),
        ..Preset::Schiedam.inputs()
    };
    assert_eq!(break_even(&dear, &[]), None);
}

#[test]
fn the_budget_rule_leaves_the_subsidies_out() {
    let inputs = Inputs {
        inhabitants: Some(27_500),
        subsidy: Some(Subsidy { share: Share::from_percent(100.0 / 3.0), cost_per_year: Euros(16_700.0) }),
        ..Preset::Schiedam.inputs()
    };
    let p = project_plan(&inputs, &[]).total;
    let budget = budget_of(&p).expect("inhabitants given");
    let rows = years(&p);
    for (i, (year, figures)) in budget.years.iter().enumerate() {
        assert_eq!(*year, rows[i].year);
        // The reduction follows the benefits not paid two years earlier: the saving with the
        // subsidies added back.
        let earlier = i.checked_sub(2).map_or(0.0, |j| rows[j].figures.saving + rows[j].figures.subsidy_cost);
        assert!(close(figures.budget_reduction, budget.historic_share * earlier, 1e-6), "{year}");
        assert!(close(figures.kept, figures.saving - figures.budget_reduction, 1e-6), "{year}");
    }
    assert!(rows.iter().any(|y| y.figures.subsidy_cost > 0.0));
}

#[test]
fn without_a_subsidy_its_cost_is_zero_not_minus_zero() {
    // Fewer exits than the deadweight takes: the caseload with the project is the larger, Δ < 0.
    let inputs = Inputs {
        exit_share: Share::from_percent(1.0),
        baseline_per_year: Share::from_percent(40.0),
        parttime: Some(PartTime { clients: 10, saving_per_month: Euros(367.0) }),
        ..Preset::Schiedam.inputs()
    };
    let p = project_plan(&inputs, &[]).total;
    assert!(p.reduction_at_period() < 0.0);
    assert_eq!(p.subsidy_cost_per_year.to_bits(), 0.0f64.to_bits());
    assert!(p.months.iter().all(|m| m.subsidy_cost.to_bits() == 0.0f64.to_bits()));
}
