//! The team as the cost and the exits it takes to pay back (issue 27), the model: the team's
//! cost by hand; a scenario without a team is bit for bit what it was; at the break-even exits
//! the net result is zero; break-even is empty exactly when it should be; set links of every
//! earlier form open as before, and a set link with an empty slot before the team round-trips.

use proptest::prelude::*;
use uitstroomrekenaar::model::projection::break_even::{break_even, scaled_groups};
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::input::Group;
use uitstroomrekenaar::model::document::set_link::{from_query, to_query};
use uitstroomrekenaar::model::input::Team;
use uitstroomrekenaar::model::{Euros, Field, Inputs, Metric, Preset, Projection, RawInputs, Share, project, validate};

fn schiedam() -> Inputs {
    Preset::Schiedam.inputs()
}

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

fn with_team(per_coach: &str, regular: &str, fte_cost: &str, other: &str) -> RawInputs {
    let mut raw = Preset::Schiedam.raw();
    raw.set(Field::PerCoach, per_coach.into());
    raw.set(Field::PerCoachRegular, regular.into());
    raw.set(Field::FteCost, fte_cost.into());
    raw.set(Field::ProjectCost, other.into());
    raw
}

#[test]
fn the_teams_cost_by_hand() {
    // 569 clients at 40 a coach instead of 150, € 85.000 a coach: 569/40 − 569/150 =
    // 10,431666… extra coaches, € 886.691,67 a year, over 18 months € 1.330.037,50.
    let checked = validate(&with_team("40", "150", "85000", "0"), &schiedam());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let p = project_plan(&checked.inputs, &[]).total;
    let fte = 569.0 / 40.0 - 569.0 / 150.0;
    assert_eq!(p.team_fte, Some(fte));
    assert_eq!(p.team_cost_per_year, Some(fte * 85_000.0));
    assert!((fte * 85_000.0 - 886_691.666_666_67).abs() < 0.01);
    assert!((p.cost_per_exit.unwrap() - 886_691.666_666_67 * 1.5 / 139.0).abs() < 0.01);
    // Plus € 50.000 other costs; 280 of Haarlem's kind at 25 a coach, no regular caseload.
    let checked = validate(&with_team("25", "", "70000", "50000"), &schiedam());
    let p = project_plan(&checked.inputs, &[]).total;
    assert_eq!(p.team_fte, Some(569.0 / 25.0));
    assert!((checked.inputs.project_cost_a_year() - (569.0 / 25.0 * 70_000.0 + 50_000.0)).abs() < 1e-6);
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

// --- Set links --------------------------------------------------------------------------------

fn opened(query: &str) -> Vec<Inputs> {
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    set.scenarios().iter().map(|s| validate(&s.raw, &schiedam()).inputs).collect()
}

#[test]
fn set_links_of_every_earlier_form_open_as_before() {
    let expected = Inputs { start_month: 2008 * 12 + 8, ..schiedam() };
    // Before the start month: eleven slots; the start is the defaults' (the empty preset's).
    let eleven = opened("?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25");
    assert_eq!(eleven[0], Inputs { start_month: Preset::Empty.inputs().start_month, ..expected });
    // With the start month, and with the inhabitants after it.
    let twelve = "?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09";
    assert_eq!(opened(twelve)[0], expected);
    let thirteen = "?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,12000";
    assert_eq!(opened(thirteen)[0], Inputs { inhabitants: Some(12_000), ..expected });
    // The page writes them as they were written.
    for query in [twelve, thirteen] {
        assert_eq!(to_query(&from_query(query, &Preset::Empty.raw()).expect("a set")), query);
    }
}

#[test]
fn an_empty_slot_keeps_the_later_ones_in_their_place() {
    // Haarlem, inhabitants unknown, with a team: the empty slot is written, and read back empty.
    let query = "?base=1&edit=1&s=Haarlem,280,60,n128,66.40625,14400,120,0,0,0,2.25,1997-01,,40,150,85000";
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(to_query(&set), query);
    let inputs = validate(&set.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!(inputs.inhabitants, None);
    assert_eq!(inputs.team, Some(Team { per_coach: 40, per_coach_regular: Some(150), fte_cost: Euros(85_000.0) }));
    // Without the regular caseload: its slot empty between the two given.
    let query = "?base=1&edit=1&s=Haarlem,280,60,n128,66.40625,14400,120,0,0,0,2.25,1997-01,30000,40,,85000";
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(to_query(&set), query);
    let inputs = validate(&set.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!((inputs.inhabitants, inputs.team.map(|t| t.per_coach_regular)), (Some(30_000), Some(None)));
}

#[test]
fn with_a_team_the_range_on_k_is_named_as_the_other_costs() {
    use uitstroomrekenaar::model::input::{Range, Ranges};
    use uitstroomrekenaar::model::projection::draws::analyse;
    use uitstroomrekenaar::text::{texts, Lang};
    let team = Team { per_coach: 40, per_coach_regular: Some(150), fte_cost: Euros(85_000.0) };
    let inputs = Inputs { team: Some(team), project_cost_per_year: Euros(100_000.0), ..schiedam() };
    let ranges = Ranges::new([(Field::ProjectCost, Range { low: 0.0, high: 2_000_000.0 })]);
    let analysis = analyse(&inputs, &ranges).expect("an analysis");
    let p = project_plan(&inputs, &[]).total;
    // Money is written with a non-breaking space after the euro sign.
    let plain = |text: String| text.replace(['\u{a0}', '\u{202f}'], " ");
    let paragraph = plain(texts(Lang::Nl).summary("Plan", &inputs, &p, Some(&analysis)));
    assert!(paragraph.contains("meest beweegt is overige projectkosten"), "{paragraph}");
    assert!(paragraph.contains("Projectkosten: 10,43 extra coaches × € 85.000 + € 100.000 overige kosten = € 986.692 per jaar."), "{paragraph}");
    let without = plain(texts(Lang::Nl).summary("Plan", &Inputs { team: None, ..inputs }, &p, Some(&analysis)));
    assert!(without.contains("meest beweegt is projectkosten"), "{without}");
}
