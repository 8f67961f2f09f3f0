//! How sure are we: a low and a high value beside the expected one for the uncertain inputs, a
//! Monte Carlo of the whole projection with a fixed seed, and the sensitivity of the net result
//! to each input (the tornado).
//!
//! - Each uncertain input with a range is drawn independently from the triangular distribution
//!   (low, expected, high): inverse CDF of one uniform number.
//! - The uniform numbers come from SplitMix64 (Steele, Lea and Flood, "Fast splittable
//!   pseudorandom number generators", 2014) with a fixed seed, so a link shows the same figures
//!   on every machine, in the report and in every later version. Six lines of our own rather
//!   than a crate: `rand`'s generators do not promise the same stream across versions.
//! - Percentiles interpolate linearly between the sorted draws (Hyndman and Fan's type 7, the
//!   default of R and NumPy).

use super::groups::project_figures;
use super::scenario::{discount_factors, parttime_total, summarize, summarize_against, track_without, Summary};
use crate::model::core::{Bound, Euros, Field};
use crate::model::input::{Group, Inputs, Ranges};
use serde::{Deserialize, Serialize};

// The ranges themselves are the input's (`input::Ranges`, checked by `input::check_ranges`):
// they use nothing of the draws.

/// The draws of a Monte Carlo: enough for P10 and P90 to be stable to about a percent.
pub const DRAWS: usize = 2000;
/// The seed of every Monte Carlo.
pub const SEED: u64 = 0x5EED_2026_0000_0001;

/// The value of the triangular distribution (low, mode, high) at cumulative probability `u`
/// (0 ≤ u ≤ 1): its inverse CDF. A range of no width gives the mode.
pub fn triangular(low: f64, mode: f64, high: f64, u: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 {
        return mode;
    }
    let left = (mode - low) / width;
    if u < left {
        low + (width * (mode - low) * u).sqrt()
    } else {
        high - (width * (high - mode) * (1.0 - u)).sqrt()
    }
}

/// SplitMix64: a fixed stream of 64-bit numbers from a seed.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The stream that starts from `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next number of the stream.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in [0, 1), from the top 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// The value below which a share `p` (0 to 1) of the sorted `values` lie, interpolated
/// linearly between neighbours; none of no values.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let at = p.clamp(0.0, 1.0) * last as f64;
    let (i, frac) = (at.floor() as usize, at.fract());
    let next = sorted[(i + 1).min(last)];
    Some(sorted[i] + (next - sorted[i]) * frac)
}

/// The percentile `p` of `values` as [`percentile`] gives it, without sorting them all: the
/// two neighbours are selected in linear time (the chart's band needs two per month).
fn select(values: &mut [f64], p: f64) -> f64 {
    let Some(last) = values.len().checked_sub(1) else { return 0.0 };
    let at = p.clamp(0.0, 1.0) * last as f64;
    let i = at.floor() as usize;
    let (_, below, above) = values.select_nth_unstable_by(i, f64::total_cmp);
    let below = *below;
    // The next value up is the least of those above.
    let next = above.iter().copied().fold(f64::INFINITY, f64::min).min(if i == last { below } else { f64::INFINITY });
    below + (next - below) * at.fract()
}

/// P10, P50 and P90 of a result over the draws.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// 1 in 10 draws is below this.
    pub p10: f64,
    /// The median.
    pub p50: f64,
    /// 9 in 10 draws are below this.
    pub p90: f64,
}

impl Band {
    /// The band of `values` (reordered here); none of no values.
    pub fn of(values: &mut [f64]) -> Option<Band> {
        (!values.is_empty()).then(|| Band { p10: select(values, 0.1), p50: select(values, 0.5), p90: select(values, 0.9) })
    }
}

/// What the Monte Carlo gives: the bands of the headline results, the share of draws that pay
/// for themselves, and the band of the caseload with the project, month by month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bands {
    /// The number of draws.
    pub draws: usize,
    /// The saving a year, Δ(P) × (C − W × s × L) + 12 × Q × F.
    pub savings_per_year: Band,
    /// Discounted savings over H.
    pub savings_total: Band,
    /// Savings minus cost.
    pub net_result: Band,
    /// The share of draws whose net result is above zero; none without project cost (in every
    /// draw).
    pub net_positive_share: Option<f64>,
    /// P10 and P90 of S_project(t) for t = 0 ..= H (the chart's band).
    pub caseload: Vec<(f64, f64)>,
}

/// The inputs of one draw: each input with a range drawn from its triangular distribution
/// around the value in `inputs`, in the order of [`Field::UNCERTAIN`].
pub fn draw(inputs: &Inputs, ranges: &Ranges, rng: &mut SplitMix64) -> Inputs {
    ranges.iter().fold(*inputs, |drawn, (field, range)| {
        // Never unknown: only the inhabitants may be, and they have no range.
        let expected = inputs.value(field).unwrap_or_default();
        drawn.with_value(field, triangular(range.low, expected, range.high, rng.next_f64()))
    })
}

/// The Monte Carlo of `draws` whole projections with the inputs drawn from their ranges,
/// from `seed`; none when no input has a range (or no draws).
pub fn bands(inputs: &Inputs, ranges: &Ranges, draws: usize, seed: u64) -> Option<Bands> {
    bands_of(inputs, &[], ranges, draws, seed)
}

/// Whether any group of `groups` has a range of its own (its exit or its deadweight).
pub fn groups_have_ranges(groups: &[Group]) -> bool {
    groups.iter().any(|g| !g.ranges.is_empty())
}

/// The inputs and groups of one draw of a scenario whose caseload is split into `groups`. In
/// the order of [`Field::UNCERTAIN`], one uniform number per input with a range: for the exit one
/// number for every group with an exit range, each group taking that same quantile of its own
/// triangular range (one project, one uncertain effect: a project that works better works
/// better for everyone it serves), and likewise one for the deadweight; the benefit cost, the
/// project cost and the returns are the scenario's, drawn as [`draw`] draws them. A group
/// without a range keeps its value. With one group this is [`draw`], number for number.
pub fn draw_groups(inputs: &Inputs, groups: &[Group], ranges: &Ranges, rng: &mut SplitMix64) -> (Inputs, Vec<Group>) {
    let mut drawn = *inputs;
    let mut drawn_groups = groups.to_vec();
    // The exit's count is drawn with its share, once.
    for field in Field::UNCERTAIN.into_iter().filter(|f| *f != Field::Exits) {
        if field.is_per_group() {
            if groups.iter().any(|g| g.range_of(field).is_some()) {
                let u = rng.next_f64();
                for (g, d) in groups.iter().zip(drawn_groups.iter_mut()) {
                    if let Some((f, r)) = g.range_of(field) {
                        *d = d.with_value(f, triangular(r.low, g.value(f), r.high, u));
                    }
                }
            }
        } else if let Some(r) = ranges.get(field) {
            let expected = inputs.value(field).unwrap_or_default();
            drawn = drawn.with_value(field, triangular(r.low, expected, r.high, rng.next_f64()));
        }
    }
    (drawn, drawn_groups)
}

/// [`bands`] of a scenario whose caseload is split into `groups` (none: not split). A draw's
/// benefit cost, returns and project cost apply to every group, and every group's exit and
/// deadweight move together ([`draw_groups`]); each group is its own pair of tracks, the
/// project cost counted once.
pub fn bands_of(inputs: &Inputs, groups: &[Group], ranges: &Ranges, draws: usize, seed: u64) -> Option<Bands> {
    if (ranges.is_empty() && !groups_have_ranges(groups)) || draws == 0 {
        return None;
    }
    let mut rng = SplitMix64::new(seed);
    // The discount rate has no range: one table for every draw.
    let discounts = discount_factors(inputs);
    // Without ranges on B and R, the track without the project is the same in every draw.
    let fixed = (groups.is_empty() && ranges.get(Field::Baseline).is_none() && ranges.get(Field::Return).is_none()).then(|| track_without(inputs));
    let months = discounts.len();
    let (mut per_year, mut total, mut net) = (Vec::with_capacity(draws), Vec::with_capacity(draws), Vec::with_capacity(draws));
    // Month by month, every draw's caseload: months × draws values.
    let mut caseloads = vec![0.0; months * draws];
    let (mut positive, mut with_cost) = (0usize, 0usize);
    for d in 0..draws {
        let (drawn, s) = if groups.is_empty() {
            let drawn = draw(inputs, ranges, &mut rng);
            let s = match &fixed {
                Some(without) => summarize_against(&drawn, &discounts, without),
                None => summarize_against(&drawn, &discounts, &track_without(&drawn)),
            };
            (drawn, s)
        } else {
            let (drawn, drawn_groups) = draw_groups(inputs, groups, ranges, &mut rng);
            let s = summarize_groups(&drawn, &drawn_groups, &discounts);
            (drawn, s)
        };
        per_year.push(s.savings_per_year);
        total.push(s.savings_total);
        net.push(s.net_result);
        if drawn.project_cost_a_year() > 0.0 {
            with_cost += 1;
            positive += usize::from(s.net_result > 0.0);
        }
        for (t, caseload) in s.caseload.iter().enumerate().take(months) {
            caseloads[t * draws + d] = *caseload;
        }
    }
    let caseload = caseloads.chunks_mut(draws).map(|month| (select(month, 0.1), select(month, 0.9))).collect();
    Some(Bands {
        draws,
        savings_per_year: Band::of(&mut per_year)?,
        savings_total: Band::of(&mut total)?,
        net_result: Band::of(&mut net)?,
        net_positive_share: (with_cost == draws).then(|| positive as f64 / draws as f64),
        caseload,
    })
}

/// The summary of `drawn` shared inputs over `groups`: each group's with the project cost in
/// the first group's alone, so it is counted once; the sums of the figures and of the
/// caseload paths.
fn summarize_groups(drawn: &Inputs, groups: &[Group], discounts: &[f64]) -> Summary {
    let mut parts = groups.iter().enumerate().map(|(k, g)| {
        // The scenario's whole project cost a year (its team's for the total caseload, and the
        // other costs) in the first group.
        let part = g.inputs(drawn).group_part();
        let cost = if k == 0 { Euros(drawn.project_cost_a_year()) } else { Euros(0.0) };
        summarize(&Inputs { project_cost_per_year: cost, ..part }, discounts)
    });
    let Some(first) = parts.next() else { return summarize(drawn, discounts) };
    let mut sum = parts.fold(first, |mut sum, part| {
        sum.savings_per_year += part.savings_per_year;
        sum.savings_total += part.savings_total;
        sum.net_result += part.net_result;
        sum.caseload.iter_mut().zip(&part.caseload).for_each(|(s, c)| *s += c);
        sum
    });
    // The part-timers once, after the groups, as the projection adds them to the groups' sum.
    if let Some(a_year) = drawn.parttime_saving_a_year() {
        let parttime = parttime_total(drawn, discounts);
        sum.savings_per_year += a_year;
        sum.savings_total += parttime;
        sum.net_result += parttime;
    }
    sum
}

/// One bar of the tornado: the net result with one input at its low and at its high value,
/// every other input at its expected value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    /// The input.
    pub field: Field,
    /// The net result with the input at its low value.
    pub low: f64,
    /// The net result with the input at its high value.
    pub high: f64,
}

impl Sensitivity {
    /// How far the net result moves over the input's range.
    pub fn width(&self) -> f64 {
        (self.high - self.low).abs()
    }
}

/// The tornado: a bar per input with a range, the widest first (ties in the form's order).
pub fn sensitivity(inputs: &Inputs, ranges: &Ranges) -> Vec<Sensitivity> {
    sensitivity_of(inputs, &[], ranges)
}

/// [`sensitivity`] of a scenario whose caseload is split into `groups` (none: not split). With
/// groups, one bar for the exit (`ExitShare`: every group at its low end, then every group at
/// its high end, the rest at their expected values) and one for the deadweight, when any group
/// has such a range, beside the bars of the scenario's own ranges.
pub fn sensitivity_of(inputs: &Inputs, groups: &[Group], ranges: &Ranges) -> Vec<Sensitivity> {
    let net = |field: Field, value: f64| project_figures(&inputs.with_value(field, value), groups).total.net_result;
    let all_at = |field: Field, bound: Bound| {
        let moved: Vec<Group> = groups.iter().map(|g| g.at(field, bound)).collect();
        project_figures(inputs, &moved).total.net_result
    };
    let grouped = |field: Field| {
        groups.iter().any(|g| g.range_of(field).is_some()).then(|| Sensitivity { field, low: all_at(field, Bound::Low), high: all_at(field, Bound::High) })
    };
    // In the form's order: the exit, the scenario's own ranges and the deadweight where they
    // fall in it.
    let mut bars: Vec<Sensitivity> = Field::UNCERTAIN
        .into_iter()
        .filter_map(|field| {
            if !groups.is_empty() && field.is_per_group() && field != Field::Exits {
                grouped(field)
            } else {
                ranges.get(field).map(|range| Sensitivity { field, low: net(field, range.low), high: net(field, range.high) })
            }
        })
        .collect();
    // Widest first; equal widths keep the form's order. An insertion sort of at most five bars
    // rather than the standard library's sort, whose instantiation costs the page kilobytes.
    for i in 1..bars.len() {
        let mut j = i;
        while j > 0 && bars[j - 1].width() < bars[j].width() {
            bars.swap(j - 1, j);
            j -= 1;
        }
    }
    bars
}

/// What the page shows of a scenario's uncertainty: the Monte Carlo's bands and the tornado.
/// Computed off the page's thread (`crate::bands`), for one scenario's inputs and ranges.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The bands of [`DRAWS`] draws from [`SEED`].
    pub bands: Bands,
    /// The tornado, widest bar first.
    pub tornado: Vec<Sensitivity>,
}

/// The bands and the tornado of `inputs` with `ranges`; none without any range.
pub fn analyse(inputs: &Inputs, ranges: &Ranges) -> Option<Analysis> {
    analyse_of(inputs, &[], ranges)
}

/// [`analyse`] of a scenario whose caseload is split into `groups` (none: not split).
pub fn analyse_of(inputs: &Inputs, groups: &[Group], ranges: &Ranges) -> Option<Analysis> {
    Some(Analysis { bands: bands_of(inputs, groups, ranges, DRAWS, SEED)?, tornado: sensitivity_of(inputs, groups, ranges) })
}

/// A percentile of a [`Band`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Percentile {
    /// 1 in 10 draws below.
    P10,
    /// The median.
    P50,
    /// 9 in 10 draws below.
    P90,
}

impl Band {
    /// The value at `percentile`.
    pub fn at(&self, percentile: Percentile) -> f64 {
        match percentile {
            Percentile::P10 => self.p10,
            Percentile::P50 => self.p50,
            Percentile::P90 => self.p90,
        }
    }
}
