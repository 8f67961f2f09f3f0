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

use super::field::Field;
use super::inputs::{read_number, Euros, Inputs, ProblemKind, Share};
use super::metrics::Metric;
use serde::{Deserialize, Serialize};
use super::link::{decode, form_text, link_value, pairs};
use super::projection::{discount_factors, project, summarize_against, track_without};

/// The draws of a Monte Carlo: enough for P10 and P90 to be stable to about a percent.
pub const DRAWS: usize = 2000;
/// The seed of every Monte Carlo.
pub const SEED: u64 = 0x5EED_2026_0000_0001;

/// The inputs that can have a range, in the form's order. Of `exit` and `exits`, the one the
/// user typed in carries the range.
pub const UNCERTAIN: [Field; 6] =
    [Field::ExitShare, Field::Exits, Field::Cost, Field::ProjectCost, Field::Baseline, Field::Return];

/// A low and a high value of an input, in the unit it is typed in (percentages for shares).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// The low value.
    pub low: f64,
    /// The high value.
    pub high: f64,
}

/// The ranges of a scenario's inputs: none, or one per uncertain input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ranges(Vec<(Field, Range)>);

impl Ranges {
    /// The ranges from `(field, range)` pairs; a field outside [`UNCERTAIN`] is left out, and a
    /// later pair for a field replaces an earlier one.
    pub fn new(pairs: impl IntoIterator<Item = (Field, Range)>) -> Ranges {
        let pairs: Vec<(Field, Range)> = pairs.into_iter().collect();
        // In the form's order by construction (no sort: each sort instantiation costs the page
        // kilobytes).
        Ranges(UNCERTAIN.iter().filter_map(|u| pairs.iter().rev().find(|(f, _)| f == u).copied()).collect())
    }

    /// The range of `field`, if it has one.
    pub fn get(&self, field: Field) -> Option<Range> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, r)| *r)
    }

    /// Every input with a range, in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, Range)> + '_ {
        self.0.iter().copied()
    }

    /// Whether no input has a range.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Inputs {
    /// These inputs with `field` at `value`, in the unit it is typed in. Only the inputs of
    /// [`UNCERTAIN`] change; a count of exits becomes a share of the caseload (none of none).
    pub fn with_value(&self, field: Field, value: f64) -> Inputs {
        let mut inputs = *self;
        match field {
            Field::ExitShare => inputs.exit_share = Share::from_percent(value),
            Field::Exits if self.caseload > 0 => {
                inputs.exit_share = Share::from_fraction(value / f64::from(self.caseload))
            }
            Field::Cost => inputs.cost_per_year = Euros(value),
            Field::ProjectCost => inputs.project_cost_per_year = Euros(value),
            Field::Baseline => inputs.baseline_per_year = Share::from_percent(value),
            Field::Return => inputs.return_share = Share::from_percent(value),
            _ => {}
        }
        inputs
    }
}

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
    /// Δ(P) × C.
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
/// around the value in `inputs`, in the order of [`UNCERTAIN`].
pub fn draw(inputs: &Inputs, ranges: &Ranges, rng: &mut SplitMix64) -> Inputs {
    ranges.iter().fold(*inputs, |drawn, (field, range)| {
        let expected = inputs.value(field);
        drawn.with_value(field, triangular(range.low, expected, range.high, rng.next_f64()))
    })
}

/// The Monte Carlo of `draws` whole projections with the inputs drawn from their ranges,
/// from `seed`; none when no input has a range (or no draws).
pub fn bands(inputs: &Inputs, ranges: &Ranges, draws: usize, seed: u64) -> Option<Bands> {
    if ranges.is_empty() || draws == 0 {
        return None;
    }
    let mut rng = SplitMix64::new(seed);
    // The discount rate has no range: one table for every draw.
    let discounts = discount_factors(inputs);
    // Without ranges on B and R, the track without the project is the same in every draw.
    let fixed = (ranges.get(Field::Baseline).is_none() && ranges.get(Field::Return).is_none()).then(|| track_without(inputs));
    let months = discounts.len();
    let (mut per_year, mut total, mut net) = (Vec::with_capacity(draws), Vec::with_capacity(draws), Vec::with_capacity(draws));
    // Month by month, every draw's caseload: months × draws values.
    let mut caseloads = vec![0.0; months * draws];
    let (mut positive, mut with_cost) = (0usize, 0usize);
    for d in 0..draws {
        let drawn = draw(inputs, ranges, &mut rng);
        let s = match &fixed {
            Some(without) => summarize_against(&drawn, &discounts, without),
            None => summarize_against(&drawn, &discounts, &track_without(&drawn)),
        };
        per_year.push(s.savings_per_year);
        total.push(s.savings_total);
        net.push(s.net_result);
        if drawn.project_cost_per_year.0 > 0.0 {
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
    let mut bars: Vec<Sensitivity> = ranges
        .iter()
        .map(|(field, range)| Sensitivity {
            field,
            low: project(&inputs.with_value(field, range.low)).net_result,
            high: project(&inputs.with_value(field, range.high)).net_result,
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
    Some(Analysis { bands: bands(inputs, ranges, DRAWS, SEED)?, tornado: sensitivity(inputs, ranges) })
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

impl Bands {
    /// The band of a result that has one ([`BANDED`]).
    pub fn band(&self, metric: Metric) -> Option<Band> {
        match metric {
            Metric::SavingsPerYear => Some(self.savings_per_year),
            Metric::SavingsTotal => Some(self.savings_total),
            Metric::NetResult => Some(self.net_result),
            _ => None,
        }
    }
}

/// The results that have a band, in the page's order.
pub const BANDED: [Metric; 3] = [Metric::SavingsPerYear, Metric::SavingsTotal, Metric::NetResult];

/// The `data-metric` name of the share of draws with a positive net result (a fraction).
pub const NET_POSITIVE_SHARE: &str = "net_positive_share";

/// Every band figure by its `data-metric` name (`savings_per_year_p10`, …): the result, the
/// percentile and the name, so the page, the host's message and the tests read one list.
pub const BAND_METRICS: [(Metric, Percentile, &str); 9] = [
    (Metric::SavingsPerYear, Percentile::P10, "savings_per_year_p10"),
    (Metric::SavingsPerYear, Percentile::P50, "savings_per_year_p50"),
    (Metric::SavingsPerYear, Percentile::P90, "savings_per_year_p90"),
    (Metric::SavingsTotal, Percentile::P10, "savings_total_p10"),
    (Metric::SavingsTotal, Percentile::P50, "savings_total_p50"),
    (Metric::SavingsTotal, Percentile::P90, "savings_total_p90"),
    (Metric::NetResult, Percentile::P10, "net_result_p10"),
    (Metric::NetResult, Percentile::P50, "net_result_p50"),
    (Metric::NetResult, Percentile::P90, "net_result_p90"),
];

/// The `data-metric` name of `metric`'s `percentile` (see [`BAND_METRICS`]).
pub fn band_metric_name(metric: Metric, percentile: Percentile) -> &'static str {
    BAND_METRICS.iter().find(|(m, p, _)| (*m, *p) == (metric, percentile)).map_or("", |(_, _, name)| name)
}

/// Every band figure by name with its value (none without bands, or without project cost for
/// [`NET_POSITIVE_SHARE`]): what an embedding page is told.
pub fn band_values(bands: Option<&Bands>) -> Vec<(&'static str, Option<f64>)> {
    let mut out: Vec<(&'static str, Option<f64>)> =
        BAND_METRICS.iter().map(|(m, p, name)| (*name, bands.and_then(|b| b.band(*m)).map(|b| b.at(*p)))).collect();
    out.push((NET_POSITIVE_SHARE, bands.and_then(|b| b.net_positive_share)));
    out
}

/// The low or the high end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bound {
    /// The low value.
    Low,
    /// The high value.
    High,
}

impl Bound {
    /// Both ends, low first.
    pub const ALL: [Bound; 2] = [Bound::Low, Bound::High];

    /// The link name of `field`'s end: `exit_low`, `project_cost_high`, ….
    pub fn link_name(self, field: Field) -> String {
        let suffix = match self {
            Bound::Low => "_low",
            Bound::High => "_high",
        };
        format!("{}{suffix}", field.link_name())
    }
}

/// The range texts of a scenario as typed: a low and a high text for each uncertain input
/// (empty: no range). Only the texts of the exit view the user typed in count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRanges(Vec<(Field, Bound, String)>);

impl RawRanges {
    /// The text of `field`'s `bound` (empty when none).
    pub fn get(&self, field: Field, bound: Bound) -> &str {
        self.0.iter().find(|(f, b, _)| (*f, *b) == (field, bound)).map_or("", |(_, _, t)| t.as_str())
    }

    /// Replaces the text of `field`'s `bound`; an empty text removes it. Only the inputs of
    /// [`UNCERTAIN`] have ranges.
    pub fn set(&mut self, field: Field, bound: Bound, text: String) {
        self.0.retain(|(f, b, _)| (*f, *b) != (field, bound));
        if let Some(at) = UNCERTAIN.iter().position(|u| *u == field).filter(|_| !text.trim().is_empty()) {
            // Kept in the form's order, low before high, by where it is inserted.
            let key = |f: Field, b: Bound| (UNCERTAIN.iter().position(|u| *u == f), b);
            let i = self.0.iter().position(|(f, b, _)| key(*f, *b) > (Some(at), bound)).unwrap_or(self.0.len());
            self.0.insert(i, (field, bound, text));
        }
    }

    /// Whether no range text is given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Rewrites the numbers the page wrote (`18,5`) with a decimal point or comma, for the
    /// page's language, as [`super::inputs::RawInputs::localize`] does for the fields.
    pub fn localize(&mut self, decimal_point: bool) {
        for (field, _, text) in &mut self.0 {
            if let Some(local) = super::number::in_convention(text, field.style(), decimal_point) {
                *text = local;
            }
        }
    }

    /// The ranges of the exit typed as a count (`exits`) as shares of `caseload` (`exit`), for
    /// when the page turns the count into a share (a new caseload scales the exits). Ends that
    /// do not parse stay with the count, as typed.
    pub fn counts_to_shares(&mut self, caseload: u32) {
        if caseload == 0 {
            return;
        }
        for bound in Bound::ALL {
            let count = super::number::parse_number(self.get(Field::Exits, bound), Field::Exits.style());
            if let Ok(count) = count {
                let share = super::number::input_text(count / f64::from(caseload) * 100.0);
                self.set(Field::ExitShare, bound, share);
                self.set(Field::Exits, bound, String::new());
            }
        }
    }

    /// Every given text, in the form's order, low before high.
    pub fn iter(&self) -> impl Iterator<Item = (Field, Bound, &str)> + '_ {
        self.0.iter().map(|(f, b, t)| (*f, *b, t.as_str()))
    }
}

/// What is wrong with one end of a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeProblemKind {
    /// The text is not a number of the input's kind, or outside the input's own range.
    Invalid(ProblemKind),
    /// A low value above the expected one.
    LowAboveExpected,
    /// A high value below the expected one.
    HighBelowExpected,
}

/// A problem with one end of one input's range: marked on that field; the range is then left
/// out and the results keep working.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RangeProblem {
    /// The input.
    pub field: Field,
    /// Which end.
    pub bound: Bound,
    /// What is wrong.
    pub kind: RangeProblemKind,
}

/// The ranges of the typed texts around the checked `inputs`, and what is wrong with them. An
/// end left empty is the expected value (a one-sided range); an input with a problem, or whose
/// ends are equal, has no range. Of `exit` and `exits` only the view the user typed in (`exit_field`) counts.
pub fn check_ranges(raw: &RawRanges, inputs: &Inputs, exit_field: Field) -> (Ranges, Vec<RangeProblem>) {
    let mut problems = Vec::new();
    let mut ranges = Vec::new();
    for field in UNCERTAIN.into_iter().filter(|f| !matches!(f, Field::ExitShare | Field::Exits) || *f == exit_field) {
        let expected = inputs.value(field);
        let (min, max) = match field {
            Field::Exits => (0.0, f64::from(inputs.caseload)),
            _ => field.range(),
        };
        let mut ends = [expected; 2];
        let mut given = false;
        let before = problems.len();
        for (i, bound) in Bound::ALL.into_iter().enumerate() {
            let text = raw.get(field, bound);
            if text.trim().is_empty() {
                continue;
            }
            given = true;
            match read_number(text, field.style(), min, max) {
                Ok(v) => ends[i] = v,
                Err(kind) => problems.push(RangeProblem { field, bound, kind: RangeProblemKind::Invalid(kind) }),
            }
        }
        if problems.len() == before {
            if ends[0] > expected {
                problems.push(RangeProblem { field, bound: Bound::Low, kind: RangeProblemKind::LowAboveExpected });
            }
            if ends[1] < expected {
                problems.push(RangeProblem { field, bound: Bound::High, kind: RangeProblemKind::HighBelowExpected });
            }
        }
        // A range of no width is certain too.
        if given && problems.len() == before && ends[0] < ends[1] {
            ranges.push((field, Range { low: ends[0], high: ends[1] }));
        }
    }
    (Ranges::new(ranges), problems)
}

/// The single-scenario link's range parameters (`&exit_low=18&exit_high=30`) of the given
/// fields, in the form's order; values that parse in canonical form, others as typed (encoded).
pub fn ranges_to_query(raw: &super::inputs::RawInputs) -> String {
    raw.given_ranges().map(|(field, bound, text)| format!("&{}={}", bound.link_name(field), link_value(field, text))).collect()
}

/// The uncertain input and the end of its range that a link name names (`exits_low`: the low
/// end of the exits): the one reader of these names, for links and files alike.
pub fn range_end(name: &str) -> Option<(Field, Bound)> {
    UNCERTAIN.into_iter().find_map(|field| Bound::ALL.into_iter().find(|b| b.link_name(field) == name).map(|b| (field, b)))
}

/// The range texts a single-scenario link carries (`exit_low`, `cost_high`, …), shown the
/// Dutch way when they parse; of repeated parameters the first counts.
pub fn ranges_from_query(query: &str) -> RawRanges {
    let mut raw = RawRanges::default();
    let mut seen = Vec::new();
    for (name, value) in pairs(query) {
        let Some((field, bound)) = range_end(&name) else { continue };
        if !seen.contains(&(field, bound)) {
            seen.push((field, bound));
            raw.set(field, bound, form_text(field, &decode(value)));
        }
    }
    raw
}

/// Whether a query string names any range (`exit_low`, `cost_high`, …).
pub fn has_range(query: &str) -> bool {
    pairs(query).any(|(name, _)| range_end(&name).is_some())
}

/// The separator of a value and its range in the set link's lists (`p24.43:18:30`): a `:`
/// inside a value is always percent-encoded, so it cannot be mistaken for it.
pub const RANGE_SEPARATOR: char = ':';

/// `field`'s range as the set link appends it to the field's value: `:LOW:HIGH` (either may be
/// empty), or nothing without a range.
pub fn range_suffix(raw: &RawRanges, field: Field) -> String {
    let (low, high) = (raw.get(field, Bound::Low), raw.get(field, Bound::High));
    if low.is_empty() && high.is_empty() {
        return String::new();
    }
    let value = |t: &str| if t.is_empty() { String::new() } else { link_value(field, t) };
    format!("{RANGE_SEPARATOR}{}{RANGE_SEPARATOR}{}", value(low), value(high))
}

/// A set-link value split into the value itself and its range's (still encoded) low and high
/// texts, if it has a range.
pub fn split_range(value: &str) -> (&str, Option<(&str, &str)>) {
    let mut parts = value.splitn(3, RANGE_SEPARATOR);
    let own = parts.next().unwrap_or("");
    match (parts.next(), parts.next()) {
        (Some(low), Some(high)) => (own, Some((low, high))),
        (Some(low), None) => (own, Some((low, ""))),
        _ => (own, None),
    }
}
