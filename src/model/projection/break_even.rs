//! The exits it takes (issue 27): `break_even_exits`, the exits within the period at which the
//! net result over the horizon is zero, all else as entered.
//!
//! The net result rises with the exits while an exit saves (every extra exit lowers the caseload
//! with the project, and only a share R < 1 of it comes back) and falls when a wage-cost subsidy
//! costs more than the benefit (W × s × L > C: every exit then costs the BUIG more than it
//! saves). At no exits it is below zero whenever there is project cost, unless part-timers alone
//! pay it back (then the break-even is 0 exits). So a root lies between no exits and every
//! client leaving when the latter pays back; the search finds one (with groups whose W differ,
//! not necessarily the only one).
//!
//! With groups, every group's exit share is scaled by one common factor f (each at most its
//! group's whole caseload): E_g(f) = min(1, f × E_g), and the figure is Σ E_g(f) × N_g. A group
//! expected to have no exits keeps none; when no group has any, every group takes the share f.
//! Without groups the scenario is one group and f is its exit share.
//!
//! The root is found by regula falsi with the Illinois step (a bracket that always holds, as
//! bisection's, and converging in a few steps rather than fifty): to within a millionth of a
//! cent per thousand euros of project cost, far inside the 0,01 exit the page needs.

use super::scenario::{discount_factors, parttime_total, summarize_against, track_without, Track};
use crate::model::core::Share;
use crate::model::input::{Group, Inputs};

/// Where the project pays back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEven {
    /// The common factor of the groups' exit shares (without groups: the exit share itself).
    pub factor: f64,
    /// The exits within the period at that factor, persons: Σ E_g(f) × N_g.
    pub exits: f64,
}

/// The exit share of a group whose expected share is `share` at factor `factor`, at most 1.
/// When no group has exits (`none_expected`), every group takes the factor itself.
fn scaled(share: Share, factor: f64, none_expected: bool) -> Share {
    let base = if none_expected { 1.0 } else { share.fraction() };
    Share::from_fraction((base * factor).min(1.0))
}

/// `groups` (the scenario itself when empty) with their exit shares scaled by `factor`, as the
/// search scales them: to project the scenario at its break-even.
pub fn scaled_groups(inputs: &Inputs, groups: &[Group], factor: f64) -> Vec<Group> {
    let groups = as_groups(inputs, groups);
    let none_expected = none_expected(&groups);
    groups.iter().map(|g| Group { exit_share: scaled(g.exit_share, factor, none_expected), ..g.clone() }).collect()
}

fn as_groups(inputs: &Inputs, groups: &[Group]) -> Vec<Group> {
    if groups.is_empty() { vec![Group::of(inputs)] } else { groups.to_vec() }
}

/// Whether no group is expected to have exits: then every group takes the factor as its share.
fn none_expected(groups: &[Group]) -> bool {
    groups.iter().all(|g| g.exit_share.fraction() == 0.0)
}

/// The exits at which the net result over the horizon is zero (0 when the project pays back
/// without any exit, the part-timers alone); none when the project cost a
/// year is zero, or when even every client leaving does not pay back within the horizon.
pub fn break_even(inputs: &Inputs, groups: &[Group]) -> Option<BreakEven> {
    let cost_a_year = inputs.project_cost_a_year();
    if cost_a_year <= 0.0 || inputs.caseload == 0 {
        return None;
    }
    let groups = as_groups(inputs, groups);
    let none_expected = none_expected(&groups);
    // Each group's own inputs without cost; its track without the project does not depend on
    // the exits, so it is run once.
    let parts: Vec<(Inputs, Track)> = groups
        .iter()
        .map(|g| {
            let part = g.inputs(inputs).group_part();
            let without = track_without(&part);
            (part, without)
        })
        .collect();
    let discounts = discount_factors(inputs);
    // The discounted project cost over the period, as the projection sums it: K / 12 in months
    // 1 ..= P.
    let cost_total: f64 = discounts.iter().skip(1).take(inputs.period_months as usize).map(|d| cost_a_year / 12.0 * d).sum();
    // The part-timers' discounted saving over the horizon: the same at any number of exits.
    let parttime_total = parttime_total(inputs, &discounts);
    let net = |factor: f64| -> f64 {
        let saving: f64 = parts
            .iter()
            .zip(&groups)
            .map(|((part, without), g)| {
                let shares = Inputs { exit_share: scaled(g.exit_share, factor, none_expected), ..*part };
                summarize_against(&shares, &discounts, without).savings_total
            })
            .sum();
        saving + parttime_total - cost_total
    };
    let exits_at = |factor: f64| -> f64 {
        groups.iter().map(|g| scaled(g.exit_share, factor, none_expected).fraction() * f64::from(g.caseload)).sum()
    };
    // The factor at which every group with exits has all its clients leave.
    let top = if none_expected {
        1.0
    } else {
        groups.iter().map(|g| g.exit_share.fraction()).filter(|e| *e > 0.0).fold(f64::INFINITY, f64::min).recip()
    };
    let factor = root(net, 0.0, top, cost_total * 1e-9)?;
    Some(BreakEven { factor, exits: exits_at(factor) })
}

/// The root of the increasing `f` in `low ..= high`, to within `tolerance` of zero; none when
/// `f(high)` is below zero (no root there). Regula falsi with the Illinois step, falling back to
/// the midpoint when the secant leaves the bracket.
fn root(f: impl Fn(f64) -> f64, low: f64, high: f64, tolerance: f64) -> Option<f64> {
    let (mut a, mut b) = (low, high);
    let (mut fa, mut fb) = (f(a), f(b));
    if fb < 0.0 {
        return None;
    }
    if fa >= 0.0 {
        return Some(a);
    }
    // Which end the last step moved: -1 the low one, 1 the high one.
    let mut moved = 0;
    for _ in 0..200 {
        let mut c = (a * fb - b * fa) / (fb - fa);
        if !(c > a && c < b) {
            c = a + (b - a) / 2.0;
        }
        let fc = f(c);
        if fc.abs() <= tolerance || b - a <= f64::EPSILON * b.abs() {
            return Some(c);
        }
        if fc < 0.0 {
            a = c;
            fa = fc;
            if moved == -1 {
                fb /= 2.0;
            }
            moved = -1;
        } else {
            b = c;
            fb = fc;
            if moved == 1 {
                fa /= 2.0;
            }
            moved = 1;
        }
    }
    Some(a + (b - a) / 2.0)
}
