//! The month-by-month projection of a closed cohort, with the project and without it.
//!
//! For months t = 1 ..= H, on two tracks that both start at S(0) = N:
//!
//! - the project's monthly hazard is h = 1 − (1 − E)^(1/P): applied for P months it lets a
//!   share E of the caseload leave, as the projection's input promises. After P the project's
//!   remaining clients leave at the baseline hazard b = 1 − (1 − B)^(1/12), the monthly form of
//!   the yearly baseline exit share B. The track without the project uses b throughout.
//! - exits x(t) = hazard × S(t−1); a share R of each month's exits returns to benefit, spread
//!   evenly over the next twelve months (R/12 of x(t) in each of months t+1 ..= t+12);
//!   S(t) = S(t−1) − x(t) + returns(t).
//! - within S(t), A(t) are the clients of the starting caseload who have not left yet (A(0) =
//!   N); the rest are returned clients. First exits f(t) = hazard × A(t−1), A(t) = A(t−1) −
//!   f(t). `exits` counts persons: Σ f_project(t) for t ≤ P, which is E × N exactly for any
//!   return share (a returned client who leaves again is not counted twice). Money follows the
//!   caseload S, so returns and second exits count there.
//! - the caseload reduction Δ(t) = S_baseline(t) − S_project(t) saves Δ(t) × C / 12 a month.
//!   `savings_per_year` = Δ(P) × C is what the sources call the "inverdieneffect op jaarbasis"
//!   (Schiedam: 139 × € 15.000 = € 2.085.000).
//! - money is discounted at (1 + D)^(−t/12), the convention of Dutch social cost-benefit
//!   analysis (Werkgroep discontovoet 2020: 2,25%); project cost is K / 12 a month for t ≤ P.
//! - who pays and who gains (`results::parties`): the municipality's execution not spent,
//!   Δ(t) × X / 12 a month, and the net income of the clients who left for work, Δ(t) × W × G /
//!   12 a month (with groups, each group's W), each discounted like the saving; X and G may stay
//!   empty, and then count nothing.
//! - month t is the calendar month start + (t − 1); the budget view sums the months of each
//!   calendar year (`results::years`), and its discounted net over all years is `net_result`.

use super::month::Month;
use crate::model::input::Inputs;

/// Everything the page shows for one scenario. Money in euros, shares as fractions.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// Months 0 ..= H.
    pub months: Vec<Month>,
    /// P, copied for the chart.
    pub period_months: u32,
    /// The first month, as [`super::number::month_index`]: month t = 1.
    pub start_month: u32,
    /// The municipality's inhabitants, when known: the budget view (`budget.rs`).
    pub inhabitants: Option<u32>,
    /// Σ f_project(t) for t ≤ P: persons of the starting caseload who leave within the
    /// period, E × N.
    pub exits: f64,
    /// exits / N, 0 when N = 0.
    pub exit_share: f64,
    /// W × exits.
    pub exits_work: f64,
    /// exits − exits_work.
    pub exits_other: f64,
    /// Σ f_baseline(t) for t ≤ P: persons who would leave anyway.
    pub exits_baseline: f64,
    /// exits − exits_baseline: the persons who leave because of the project.
    pub net_exits: f64,
    /// (K × P / 12) / exits, undiscounted: "kosten per uitstromer"; none without project cost
    /// or exits.
    pub cost_per_exit: Option<f64>,
    /// (K × P / 12) / net_exits, undiscounted; none without project cost or when net_exits ≤ 0.
    pub cost_per_net_exit: Option<f64>,
    /// S_project(H).
    pub caseload_end: f64,
    /// Δ(P) × (C − W × s × L) + 12 × Q × F: the structural budget effect per year, the
    /// exits' saving net of their wage-cost subsidies plus the part-timers'.
    pub savings_per_year: f64,
    /// Δ(P) × C: the benefits not paid a year for the exits (without routes, `savings_per_year`).
    pub benefit_savings_per_year: f64,
    /// The exits to work placed with a wage-cost subsidy: exits to work × s (0 without).
    pub subsidised_placements: f64,
    /// Δ(P) × W × s × L: the wage-cost subsidies a year (0 without; with groups, each group's W).
    pub subsidy_cost_per_year: f64,
    /// 12 × Q × F: the benefit not paid a year to the part-timers (0 without).
    pub parttime_savings_per_year: f64,
    /// Whether a route out of benefit is given ([`Projection::has_routes`]).
    pub routes: bool,
    /// Σ over t ≤ H of the discounted monthly saving.
    pub savings_total: f64,
    /// Σ over t ≤ H of the discounted monthly wage-cost subsidies (0 without them): what the
    /// BUIG pays out of the benefits not paid, `savings_total` + this.
    pub subsidy_cost_total: f64,
    /// Σ over t ≤ P of the discounted monthly project cost.
    pub project_cost_total: f64,
    /// savings_total − project_cost_total.
    pub net_result: f64,
    /// Σ over t ≤ H of the discounted Δ(t) × X / 12: the municipality's execution not spent;
    /// none without X.
    pub execution_savings_total: Option<f64>,
    /// Σ over t ≤ H of the discounted Δ(t) × W × G / 12: the net income the clients gain by
    /// work; none without G.
    pub client_income_total: Option<f64>,
    /// savings_total + execution_savings_total − project_cost_total: the municipality's two
    /// pockets together; `net_result` without X.
    pub municipality_net: f64,
    /// savings_total / project_cost_total; none without cost.
    pub return_ratio: Option<f64>,
    /// First month whose cumulative discounted saving reaches the cumulative discounted cost;
    /// none without cost or when it does not happen within H.
    pub break_even_month: Option<u32>,
    /// The team's extra coaches (`team.rs`); none without a team.
    pub team_fte: Option<f64>,
    /// What the extra coaches cost a year; none without a team.
    pub team_cost_per_year: Option<f64>,
    /// The exits within P (persons, as `exits`) at which `net_result` is zero, all else as
    /// entered (`break_even.rs`); none without project cost, or when even every client leaving
    /// does not pay back within H. Filled by [`super::groups::project_plan`], the page's projection;
    /// [`project`] alone leaves it empty.
    pub break_even_exits: Option<f64>,
}

/// Monthly hazard that lets a share leave over `months` months: 1 − (1 − share)^(1/months),
/// computed as −expm1(ln(1 − share) / months) so that small shares keep their precision.
pub fn monthly_hazard(share: f64, months: u32) -> f64 {
    -((-share).ln_1p() / f64::from(months.max(1))).exp_m1()
}

/// One track's caseload, exits and returns for months 0 ..= H.
pub(crate) struct Track {
    caseload: Vec<f64>,
    exits: Vec<f64>,
    returns: Vec<f64>,
    /// f(t): exits of clients of the starting caseload who had not left before.
    first_exits: Vec<f64>,
}

fn run_track(start: f64, horizon: u32, return_share: f64, hazard: impl Fn(u32) -> f64) -> Track {
    let h = horizon as usize;
    let mut track = Track {
        caseload: vec![start; h + 1],
        exits: vec![0.0; h + 1],
        returns: vec![0.0; h + 1],
        first_exits: vec![0.0; h + 1],
    };
    // A(t): clients of the starting caseload who have not left yet.
    let mut stayed = start;
    // Σ x(s) over the last twelve months, s = t − 12 ..= t − 1: a share R of each month's exits
    // returns, R / 12 in each of the twelve months after it (returns due past H are dropped
    // with the horizon). A running sum: one addition and one subtraction a month instead of
    // twelve additions, which is what a Monte Carlo of 600-month projections spends its time on.
    let mut last_twelve: f64 = 0.0;
    for t in 1..=h {
        let hazard = hazard(t as u32);
        let exits = hazard * track.caseload[t - 1];
        let first = hazard * stayed;
        stayed -= first;
        track.first_exits[t] = first;
        // Rounding in the running sum may leave a trace below zero once exits have stopped.
        let back = return_share / 12.0 * last_twelve.max(0.0);
        track.exits[t] = exits;
        track.returns[t] = back;
        // h ≤ 1, so h·S ≤ S exactly in floating point and the caseload never goes negative.
        track.caseload[t] = track.caseload[t - 1] - exits + back;
        last_twelve += exits - if t > 12 { track.exits[t - 12] } else { 0.0 };
    }
    track
}

/// The monthly hazards of a scenario: the project's, 1 − (1 − E)^(1/P), and the one without
/// it, 1 − (1 − B)^(1/12).
pub fn hazards(inputs: &Inputs) -> (f64, f64) {
    (monthly_hazard(inputs.exit_share.fraction(), inputs.period_months), monthly_hazard(inputs.baseline_per_year.fraction(), 12))
}

/// One track month by month, as the projection computes it inside: what a spreadsheet of the
/// model shows beside the months (`crate::workbook`).
#[derive(Clone, Debug, PartialEq)]
pub struct TrackColumns {
    /// S(t).
    pub caseload: Vec<f64>,
    /// x(t).
    pub exits: Vec<f64>,
    /// The returns of month t.
    pub returns: Vec<f64>,
    /// f(t): first exits of the starting caseload.
    pub first_exits: Vec<f64>,
}

/// The two tracks of a scenario (with the project, without it) month by month.
pub fn track_columns(inputs: &Inputs) -> (TrackColumns, TrackColumns) {
    let columns = |t: Track| TrackColumns { caseload: t.caseload, exits: t.exits, returns: t.returns, first_exits: t.first_exits };
    let (with, without) = tracks(inputs);
    (columns(with), columns(without))
}

/// The discount factors (1 + D)^(−t/12) for t = 0 ..= `horizon`.
pub fn discount_factors(inputs: &Inputs) -> Vec<f64> {
    let d = inputs.discount_per_year.fraction();
    (0..=inputs.horizon_months.max(inputs.period_months)).map(|t| (1.0 + d).powf(-f64::from(t) / 12.0)).collect()
}

/// The track with the project, for months 0 ..= H.
fn track_with(inputs: &Inputs) -> Track {
    let p = inputs.period_months;
    let h_project = monthly_hazard(inputs.exit_share.fraction(), p);
    let b = monthly_hazard(inputs.baseline_per_year.fraction(), 12);
    let horizon = inputs.horizon_months.max(p);
    run_track(f64::from(inputs.caseload), horizon, inputs.return_share.fraction(), |t| if t <= p { h_project } else { b })
}

/// The track without the project, for months 0 ..= H: it depends on N, B, R and H only.
pub(crate) fn track_without(inputs: &Inputs) -> Track {
    let b = monthly_hazard(inputs.baseline_per_year.fraction(), 12);
    let horizon = inputs.horizon_months.max(inputs.period_months);
    run_track(f64::from(inputs.caseload), horizon, inputs.return_share.fraction(), |_| b)
}

/// The two tracks of a scenario, with the project and without it.
fn tracks(inputs: &Inputs) -> (Track, Track) {
    (track_with(inputs), track_without(inputs))
}

/// The monthly saving on the exits, net of their wage-cost subsidies, Δ(t) × (C − W × s × L) /
/// 12, and those subsidies, Δ(t) × W × s × L / 12; not discounted, nothing in month 0. Without
/// subsidies the saving is Δ(t) × C / 12, bit for bit (C − 0 is C).
fn exit_saving(inputs: &Inputs, with: &Track, without: &Track, t: usize) -> (f64, f64) {
    if t == 0 {
        return (0.0, 0.0);
    }
    let delta = with.caseload_delta(without, t);
    let subsidy = inputs.subsidy_per_reduction();
    // Without a subsidy its cost is 0, not the −0 of a negative Δ × 0.
    let subsidies = if inputs.subsidy.is_some() { delta * subsidy / 12.0 } else { 0.0 };
    (delta * (inputs.cost_per_year.0 - subsidy) / 12.0, subsidies)
}

/// What the other pockets gain in month t, not discounted (nothing in month 0): the
/// municipality's execution not spent, Δ(t) × X / 12, and the net income of the clients who
/// left for work, Δ(t) × W × G / 12; each 0 without its input.
fn pockets_in(inputs: &Inputs, with: &Track, without: &Track, t: usize) -> (f64, f64) {
    if t == 0 {
        return (0.0, 0.0);
    }
    let delta = with.caseload_delta(without, t);
    let execution = inputs.execution_cost.map_or(0.0, |x| delta * x.0 / 12.0);
    let income = inputs.income_gain.map_or(0.0, |g| delta * inputs.work_share.fraction() * g.0 / 12.0);
    (execution, income)
}

/// The project cost of month t, K / 12 while the project runs (nothing in month 0).
fn cost_in(inputs: &Inputs, t: usize) -> f64 {
    if t > 0 && t as u32 <= inputs.period_months { inputs.project_cost_a_year() / 12.0 } else { 0.0 }
}

/// The part-timers' saving of month t (nothing in month 0), when there are part-timers: added
/// to the exits' saving once per scenario, not per group.
fn parttime_in(inputs: &Inputs, t: usize) -> Option<f64> {
    (t > 0 && inputs.parttime.is_some()).then(|| inputs.parttime_saving_in(t as u32))
}

/// The part-timers' discounted saving over the horizon (`discounts` from [`discount_factors`]),
/// the same at any number of exits: what the break-even search and the draws add once.
pub(crate) fn parttime_total(inputs: &Inputs, discounts: &[f64]) -> f64 {
    discounts.iter().enumerate().filter_map(|(t, d)| parttime_in(inputs, t).map(|p| p * d)).sum()
}

/// The saving a year at the end of the period: Δ(P) × (C − W × s × L) for the exits, net of
/// their subsidies, plus 12 × Q × F for the part-timers (when given).
fn savings_a_year(inputs: &Inputs, exits_part: f64) -> f64 {
    match inputs.parttime_saving_a_year() {
        Some(parttime) => exits_part + parttime,
        None => exits_part,
    }
}

/// The figures of a projection that the Monte Carlo draws: the same arithmetic as
/// [`project`], without the months and the counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The saving a year, Δ(P) × (C − W × s × L) + 12 × Q × F.
    pub savings_per_year: f64,
    /// Σ over t ≤ H of the discounted monthly saving.
    pub savings_total: f64,
    /// savings_total − discounted project cost.
    pub net_result: f64,
    /// S_project(t) for t = 0 ..= H.
    pub caseload: Vec<f64>,
}

/// [`project`]'s savings, net result and caseload path, with `discounts` from
/// [`discount_factors`] (the same for every draw of a Monte Carlo, so computed once).
pub fn summarize(inputs: &Inputs, discounts: &[f64]) -> Summary {
    summarize_against(inputs, discounts, &track_without(inputs))
}

/// [`summarize`] with the track without the project given (a Monte Carlo whose draws leave
/// N, B, R and H alone computes it once).
pub(crate) fn summarize_against(inputs: &Inputs, discounts: &[f64], without: &Track) -> Summary {
    let (with, without) = (track_with(inputs), without);
    let (mut cum_saving, mut cum_cost) = (0.0, 0.0);
    for (t, discount) in discounts.iter().enumerate().take(with.caseload.len()) {
        // As `project` and `assemble` sum them: the exits' saving, then the part-timers'.
        let (saving, _) = exit_saving(inputs, &with, without, t);
        let mut discounted = saving * discount;
        if let Some(parttime) = parttime_in(inputs, t) {
            discounted += parttime * discount;
        }
        cum_saving += discounted;
        cum_cost += cost_in(inputs, t) * discount;
    }
    let reduction = with.caseload_delta(without, inputs.period_months as usize);
    Summary {
        savings_per_year: savings_a_year(inputs, reduction * (inputs.cost_per_year.0 - inputs.subsidy_per_reduction())),
        savings_total: cum_saving,
        net_result: cum_saving - cum_cost,
        caseload: with.caseload,
    }
}

/// Projects a scenario. Total for every valid [`Inputs`]: no division by zero, no NaN.
pub fn project(inputs: &Inputs) -> Projection {
    let p = inputs.period_months;
    let horizon = inputs.horizon_months.max(p);
    let (with, without) = tracks(inputs);
    let months = discount_factors(inputs)
        .into_iter()
        .enumerate()
        .map(|(t, discount)| {
            let (saving, subsidy_cost) = exit_saving(inputs, &with, &without, t);
            let (execution_saving, client_income) = pockets_in(inputs, &with, &without, t);
            Month {
                month: t as u32,
                caseload_project: with.caseload[t],
                caseload_baseline: without.caseload[t],
                exits_project: with.exits[t],
                exits_baseline: without.exits[t],
                returns_project: with.returns[t],
                saving,
                saving_discounted: saving * discount,
                subsidy_cost,
                parttime_saving: 0.0,
                execution_saving,
                client_income,
                cost: 0.0,
                cost_discounted: 0.0,
            }
        })
        .collect();
    let in_period = 1..=p as usize;
    let exits: f64 = with.first_exits[in_period.clone()].iter().sum();
    let reduction = with.caseload_delta(&without, p as usize);
    let subsidy = inputs.subsidy_per_reduction();
    let counts = Counts {
        caseload: f64::from(inputs.caseload),
        exits,
        exits_baseline: without.first_exits[in_period].iter().sum(),
        exits_work: inputs.work_share.fraction() * exits,
        caseload_end: with.caseload[horizon as usize],
        savings_per_year: reduction * (inputs.cost_per_year.0 - subsidy),
        benefit_savings_per_year: reduction * inputs.cost_per_year.0,
        subsidy_cost_per_year: if inputs.subsidy.is_some() { reduction * subsidy } else { 0.0 },
    };
    assemble(inputs, months, counts)
}

/// What a projection sums over its tracks: one scenario's, or its groups' ([`super::groups`]).
pub(crate) struct Counts {
    /// N: clients at the start.
    pub caseload: f64,
    /// Persons of the starting caseload who leave within P with the project.
    pub exits: f64,
    /// The same without the project.
    pub exits_baseline: f64,
    /// Of `exits`, to work.
    pub exits_work: f64,
    /// The caseload at H with the project.
    pub caseload_end: f64,
    /// Δ(P) × (C − W × s × L): the exits' saving a year, net of their subsidies.
    pub savings_per_year: f64,
    /// Δ(P) × C: the benefits not paid a year for the exits.
    pub benefit_savings_per_year: f64,
    /// Δ(P) × W × s × L: their wage-cost subsidies a year.
    pub subsidy_cost_per_year: f64,
}

/// The projection of `months` (their savings filled in) and `counts` under `inputs`' period,
/// project cost and discount rate: the project cost added to the months, once, and every
/// figure that follows from them.
pub(crate) fn assemble(inputs: &Inputs, mut months: Vec<Month>, counts: Counts) -> Projection {
    let p = inputs.period_months;
    // The project cost a year: the team's and the other costs.
    let k = inputs.project_cost_a_year();
    let (mut cum_saving, mut cum_cost) = (0.0, 0.0);
    let (mut subsidies, mut execution, mut income) = (0.0, 0.0, 0.0);
    let mut break_even_month = None;
    for (t, (m, discount)) in months.iter_mut().zip(discount_factors(inputs)).enumerate() {
        subsidies += m.subsidy_cost * discount;
        execution += m.execution_saving * discount;
        income += m.client_income * discount;
        // The part-timers once, in the scenario's total (not in each group's part).
        if let Some(parttime) = parttime_in(inputs, t) {
            m.parttime_saving = parttime;
            m.saving += parttime;
            m.saving_discounted += parttime * discount;
        }
        // K / 12 a month while the project runs, nothing in month 0.
        m.cost = cost_in(inputs, t);
        m.cost_discounted = m.cost * discount;
        cum_saving += m.saving_discounted;
        cum_cost += m.cost_discounted;
        if t > 0 && k > 0.0 && break_even_month.is_none() && cum_saving >= cum_cost {
            break_even_month = Some(t as u32);
        }
    }
    let Counts { caseload: n, exits, exits_baseline, exits_work, caseload_end, savings_per_year, benefit_savings_per_year, subsidy_cost_per_year } = counts;
    let net_exits = exits - exits_baseline;
    // Undiscounted, as a proposal states it.
    let cost_in_period = k * f64::from(p) / 12.0;
    let cost_per = |count: f64| (k > 0.0 && count > 0.0).then(|| cost_in_period / count);
    Projection {
        period_months: p,
        start_month: inputs.start_month,
        inhabitants: inputs.inhabitants,
        exits,
        exit_share: if n > 0.0 { exits / n } else { 0.0 },
        exits_work,
        exits_other: exits - exits_work,
        exits_baseline,
        net_exits,
        cost_per_exit: cost_per(exits),
        cost_per_net_exit: cost_per(net_exits),
        caseload_end,
        savings_per_year: savings_a_year(inputs, savings_per_year),
        benefit_savings_per_year,
        subsidised_placements: inputs.subsidy.map_or(0.0, |s| exits_work * s.share.fraction()),
        subsidy_cost_per_year,
        parttime_savings_per_year: inputs.parttime_saving_a_year().unwrap_or(0.0),
        routes: inputs.has_routes(),
        savings_total: cum_saving,
        subsidy_cost_total: subsidies,
        project_cost_total: cum_cost,
        net_result: cum_saving - cum_cost,
        execution_savings_total: inputs.execution_cost.map(|_| execution),
        client_income_total: inputs.income_gain.map(|_| income),
        // Without X exactly the net result (the same subtraction).
        municipality_net: if inputs.execution_cost.is_some() { cum_saving + execution - cum_cost } else { cum_saving - cum_cost },
        return_ratio: (cum_cost > 0.0).then(|| cum_saving / cum_cost),
        break_even_month,
        team_fte: inputs.team_fte(),
        team_cost_per_year: inputs.team_cost_per_year(),
        break_even_exits: None,
        months,
    }
}

impl Projection {
    /// H: the last month projected.
    pub fn horizon(&self) -> u32 {
        self.months.last().map_or(0, |m| m.month)
    }
    /// Δ(P): clients fewer on benefit at the end of the project than without it, the count
    /// behind `savings_per_year`.
    pub fn reduction_at_period(&self) -> f64 {
        let m = &self.months[self.period_months as usize];
        m.caseload_baseline - m.caseload_project
    }
    /// Whether the scenario uses a route out of benefit ([`Inputs::has_routes`]): a page without
    /// routes need not show the routes' figures (they are 0).
    pub fn has_routes(&self) -> bool {
        self.routes
    }

    /// Whether it counts a pocket beyond the BUIG and the project: the execution cost or the
    /// clients' income gain (the one test of it: the paragraph says who pays and who gains then,
    /// and the report shows the table by pocket).
    pub fn has_pockets(&self) -> bool {
        self.execution_savings_total.is_some() || self.client_income_total.is_some()
    }

    /// Whether the scenario has project cost.
    pub fn has_cost(&self) -> bool {
        self.project_cost_total > 0.0
    }
    /// N: the clients at the start.
    pub fn caseload(&self) -> f64 {
        self.months.first().map_or(0.0, |m| m.caseload_project)
    }
    /// `break_even_exits` over N: the exit share at which the project pays back.
    pub fn break_even_exit_share(&self) -> Option<f64> {
        let n = self.caseload();
        self.break_even_exits.filter(|_| n > 0.0).map(|exits| exits / n)
    }
}

impl Track {
    /// Δ(t) = S_baseline(t) − S_project(t), with `self` the project's track.
    fn caseload_delta(&self, baseline: &Track, t: usize) -> f64 {
        baseline.caseload[t] - self.caseload[t]
    }
}
