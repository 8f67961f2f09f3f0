//! Who pays and who gains (issue 39): the municipality's execution not spent, Δ(t) × X / 12 a
//! month, and the clients' net income from work, Δ(t) × W × G / 12 a month, both discounted over
//! the horizon; `municipality_net`; and the table by pocket, whose rows' nets add up to its
//! total. Schiedam with € 2.883 and € 2.100 by hand (a closed form without discounting, the
//! months with it); groups whose shares to work differ; without the inputs nothing moves.

use crate::common::opened;
use uitstroomrekenaar::model::input::Group;
use uitstroomrekenaar::model::projection::{project_groups, project_plan};
use uitstroomrekenaar::model::results::{parties, Party, PartyMetric};
use uitstroomrekenaar::model::{validate, Euros, Field, Inputs, Metric, Preset, Projection, Share};

/// Schiedam with a project of € 400.000 a year, the execution cost of Berenschot 2019 and the
/// income gain of a single parent working 4 days (Divosa 2019).
const SCHIEDAM_POCKETS: &str = "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09\
    &project_cost=400000&discount=2.25&execution_cost=2883&income_gain=2100";

fn close(a: f64, b: f64, relative: f64) -> bool {
    (a - b).abs() <= relative * b.abs().max(1.0)
}

#[test]
fn schiedam_by_hand_without_discounting() {
    // Without discounting, deadweight or returns the reduction has a closed form: Δ(t) =
    // N × (1 − (1 − E)^(t / P)) while the project runs, E × N = 139 after it.
    let inputs = opened(&SCHIEDAM_POCKETS.replace("discount=2.25", "discount=0"));
    let p = project_plan(&inputs, &[]).total;
    let (n, e, months_after): (f64, f64, f64) = (569.0, 139.0 / 569.0, 60.0 - 18.0);
    let during: f64 = (1..=18).map(|t| n * (1.0 - (1.0 - e).powf(f64::from(t) / 18.0))).sum();
    let client_months = during + months_after * 139.0;
    let execution = client_months * 2_883.0 / 12.0;
    let income = client_months * 0.525 * 2_100.0 / 12.0;
    assert!(close(p.execution_savings_total.expect("counted"), execution, 1e-12), "{:?} against {execution}", p.execution_savings_total);
    assert!(close(p.client_income_total.expect("counted"), income, 1e-12), "{:?} against {income}", p.client_income_total);
    // The project: € 400.000 a year for 18 months, € 600.000; the saving 15.000 / 2.883 times
    // the execution's.
    assert!(close(p.project_cost_total, 600_000.0, 1e-12));
    assert!(close(p.savings_total, client_months * 15_000.0 / 12.0, 1e-12));
    assert!(close(p.municipality_net, p.savings_total + execution - 600_000.0, 1e-12));
    // Round figures, for a reader: about 601 client-years on benefit less over five years;
    // € 1,73 mln of execution.
    assert!((execution - 1_733_799.0).abs() < 1.0, "{execution}");
}

#[test]
fn schiedam_discounted_month_by_month() {
    let inputs = opened(SCHIEDAM_POCKETS);
    let p = project_plan(&inputs, &[]).total;
    let discount = |t: u32| 1.0225_f64.powf(-f64::from(t) / 12.0);
    let (mut execution, mut income, mut cost) = (0.0, 0.0, 0.0);
    for m in &p.months {
        let reduction = m.caseload_baseline - m.caseload_project;
        execution += reduction * 2_883.0 / 12.0 * discount(m.month);
        income += reduction * 0.525 * 2_100.0 / 12.0 * discount(m.month);
        if (1..=18).contains(&m.month) {
            cost += 400_000.0 / 12.0 * discount(m.month);
        }
    }
    for (metric, value) in [
        (Metric::ExecutionSavingsTotal, execution),
        (Metric::ClientIncomeTotal, income),
        (Metric::ProjectCostTotal, cost),
        (Metric::MunicipalityNet, p.savings_total + execution - cost),
    ] {
        let got = metric.value(&p).expect("a value");
        assert!(close(got, value, 1e-12), "{metric:?}: {got} against {value}");
    }
    // Discounting takes something off: less than undiscounted, more than at 10%.
    let flat = project_plan(&opened(&SCHIEDAM_POCKETS.replace("discount=2.25", "discount=0")), &[]).total;
    assert!(execution < flat.execution_savings_total.unwrap_or_default() * 0.99);
}

#[test]
fn the_table_by_pocket_adds_up() {
    let p = project_plan(&opened(SCHIEDAM_POCKETS), &[]).total;
    let table = parties(&p);
    let names: Vec<&str> = table.rows.iter().map(|r| r.party.name()).collect();
    assert_eq!(names, ["buig", "municipality", "clients"]);
    let row = |party| *table.row(party).expect("a row");
    let (buig, municipality, clients) = (row(Party::Buig), row(Party::Municipality), row(Party::Clients));
    assert_eq!(buig.net, p.savings_total);
    assert_eq!((buig.gain, buig.cost), (p.savings_total, 0.0), "no wage-cost subsidies: the BUIG pays nothing");
    assert_eq!(municipality.cost, p.project_cost_total);
    assert_eq!(Some(municipality.gain), p.execution_savings_total);
    assert!(municipality.complete);
    assert_eq!((Some(clients.gain), clients.cost, Some(clients.net)), (p.client_income_total, 0.0, p.client_income_total));
    for r in &table.rows {
        assert!(close(PartyMetric::Net.value(r), PartyMetric::Gain.value(r) - PartyMetric::Cost.value(r), 1e-12), "{:?}", r.party);
    }
    assert!(close(table.total, buig.net + municipality.net + clients.net, 1e-12));
    // The municipality's two pockets together are the metric, and without the execution cost
    // the net result (as the table's intro says).
    assert!(close(buig.net + municipality.net, p.municipality_net, 1e-12));
    assert!(close(buig.net - municipality.cost, p.net_result, 1e-12));
}

#[test]
fn the_buig_pays_the_wage_cost_subsidies_out_of_the_benefits_not_paid() {
    let query = format!("{SCHIEDAM_POCKETS}&subsidised=50&subsidy_cost=16700&parttime=40&parttime_saving=367");
    let p = project_plan(&opened(&query), &[]).total;
    let buig = *parties(&p).row(Party::Buig).expect("a row");
    let discount = |t: u32| 1.0225_f64.powf(-f64::from(t) / 12.0);
    let subsidies: f64 = p.months.iter().map(|m| m.subsidy_cost * discount(m.month)).sum();
    let benefits: f64 = p.months.iter().map(|m| (m.saving + m.subsidy_cost) * discount(m.month)).sum();
    assert!(subsidies > 100_000.0, "{subsidies}");
    assert!(close(buig.cost, subsidies, 1e-12));
    assert!(close(buig.gain, benefits, 1e-12));
    assert_eq!(buig.net, p.savings_total);
    // The part-timers save benefit, not execution: they stay on benefit.
    let without_parttime = project_plan(&opened(&format!("{SCHIEDAM_POCKETS}&subsidised=50&subsidy_cost=16700")), &[]).total;
    assert_eq!(p.execution_savings_total, without_parttime.execution_savings_total);
}

#[test]
fn the_poverty_trap_is_a_negative_gain() {
    let p = project_plan(&opened(&SCHIEDAM_POCKETS.replace("income_gain=2100", "income_gain=-1000")), &[]).total;
    let clients = *parties(&p).row(Party::Clients).expect("a row");
    assert!(clients.gain < 0.0 && clients.net < 0.0, "{clients:?}");
    assert_eq!(clients.cost, 0.0);
    let gaining = project_plan(&opened(SCHIEDAM_POCKETS), &[]).total;
    // Linear in G: −1.000 is −10/21 of 2.100's.
    assert!(close(clients.gain, gaining.client_income_total.unwrap_or_default() * -1_000.0 / 2_100.0, 1e-12));
}

#[test]
fn with_groups_each_groups_own_share_to_work_gains() {
    let shared = Inputs { income_gain: Some(Euros(2_100.0)), execution_cost: Some(Euros(2_883.0)), ..Preset::Schiedam.inputs() };
    let group = |name: &str, caseload: u32, exit: f64, work: f64, baseline: f64| Group {
        name: name.into(),
        caseload,
        exit_share: Share::from_percent(exit),
        work_share: Share::from_percent(work),
        baseline_per_year: Share::from_percent(baseline),
        ranges: Default::default(),
    };
    let groups = [group("Kort", 300, 40.0, 80.0, 22.0), group("Lang", 269, 10.0, 20.0, 4.0)];
    let plan = project_groups(&shared, &groups);
    // Each group on its own, as a scenario of its own: their incomes and execution add up.
    let alone = |g: &Group| project_plan(&g.inputs(&shared), &[]).total;
    let income: f64 = groups.iter().map(|g| alone(g).client_income_total.unwrap_or_default()).sum();
    let execution: f64 = groups.iter().map(|g| alone(g).execution_savings_total.unwrap_or_default()).sum();
    let total = &plan.total;
    assert!(close(total.client_income_total.unwrap_or_default(), income, 1e-12), "{:?} against {income}", total.client_income_total);
    assert!(close(total.execution_savings_total.unwrap_or_default(), execution, 1e-12));
    // Not the total's share to work on the total reduction: the groups' shares and deadweight differ.
    let discount = |t: u32| 1.0225_f64.powf(-f64::from(t) / 12.0);
    let pooled_share = total.exits_work / total.exits;
    let pooled: f64 = total.months.iter().map(|m| (m.caseload_baseline - m.caseload_project) * pooled_share * 2_100.0 / 12.0 * discount(m.month)).sum();
    assert!((total.client_income_total.unwrap_or_default() - pooled).abs() > 1_000.0, "{pooled}");
}

/// Every figure of two projections equal, bit for bit.
fn same(a: &Projection, b: &Projection) {
    assert_eq!(a.months, b.months);
    for metric in Metric::ALL {
        assert_eq!(metric.value(a), metric.value(b), "{metric:?}");
    }
}

#[test]
fn without_the_inputs_nothing_moves_and_the_municipality_nets_the_net_result() {
    for preset in [Preset::Schiedam, Preset::Haarlem, Preset::Empty] {
        let inputs = preset.inputs();
        let p = project_plan(&inputs, &[]).total;
        assert_eq!((p.execution_savings_total, p.client_income_total), (None, None), "{preset:?}");
        assert_eq!(p.municipality_net, p.net_result, "{preset:?}");
        assert_eq!(parties(&p).rows.len(), 2, "no clients' row without their gain");
        assert!(!parties(&p).row(Party::Municipality).expect("a row").complete);
        assert!(!Metric::ExecutionSavingsTotal.applies(&p) && !Metric::ClientIncomeTotal.applies(&p) && !Metric::MunicipalityNet.applies(&p));
        // The income gain alone leaves the municipality's figures as they were.
        let with_income = project_plan(&Inputs { income_gain: Some(Euros(4_700.0)), ..inputs }, &[]).total;
        assert_eq!(with_income.municipality_net, p.net_result);
        assert_eq!(with_income.savings_total, p.savings_total);
        // A zero of either input is counted (shown), and moves nothing else.
        let zero = project_plan(&Inputs { execution_cost: Some(Euros(0.0)), income_gain: Some(Euros(0.0)), ..inputs }, &[]).total;
        assert_eq!(zero.execution_savings_total, Some(0.0));
        assert_eq!(zero.municipality_net, p.net_result + 0.0);
        assert!(Metric::MunicipalityNet.applies(&zero) && Metric::ClientIncomeTotal.applies(&zero));
        let mut strip = zero.clone();
        strip.months.iter_mut().for_each(|m| (m.execution_saving, m.client_income) = (0.0, 0.0));
        strip.execution_savings_total = None;
        strip.client_income_total = None;
        same(&strip, &p);
    }
}

#[test]
fn bad_texts_are_marked_and_take_the_last_valid_value() {
    let last = Inputs { execution_cost: Some(Euros(2_883.0)), ..Preset::Schiedam.inputs() };
    for (field, text) in [(Field::ExecutionCost, "20001"), (Field::ExecutionCost, "-1"), (Field::ExecutionCost, "veel"), (Field::IncomeGain, "-20000,01"), (Field::IncomeGain, "50001"), (Field::IncomeGain, "1.2.3")] {
        let mut raw = Preset::Schiedam.raw();
        raw.set(field, text.into());
        let checked = validate(&raw, &last);
        assert_eq!(checked.problems.iter().map(|p| p.field).collect::<Vec<_>>(), [field], "{text}");
        assert_eq!(checked.inputs.value(field), last.value(field), "{text}: the last valid value");
        // The rest keeps working: Schiedam's own figures.
        assert_eq!(checked.inputs.caseload, 569);
    }
    // The ends of the ranges are allowed.
    for (field, text, value) in [(Field::ExecutionCost, "0", 0.0), (Field::ExecutionCost, "20000", 20_000.0), (Field::IncomeGain, "-20000", -20_000.0), (Field::IncomeGain, "50.000", 50_000.0)] {
        let mut raw = Preset::Schiedam.raw();
        raw.set(field, text.into());
        let checked = validate(&raw, &last);
        assert!(checked.problems.is_empty(), "{text}: {:?}", checked.problems);
        assert_eq!(checked.inputs.value(field), Some(value));
    }
}
