//! The ranges of the uncertain inputs: which inputs have them, their low and high ends as typed
//! and as checked, and how they travel in links and files.

use crate::model::field::Field;
use crate::model::inputs::{read_number, Inputs, ProblemKind};
use crate::model::link::{decode, form_text, link_value, pairs};
use serde::{Deserialize, Serialize};
use crate::model::every::every;
use strum::{EnumCount, VariantArray};

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

/// The low or the high end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, EnumCount, VariantArray)]
pub enum Bound {
    /// The low value.
    Low,
    /// The high value.
    High,
}

impl Bound {
    /// Both ends, low first.
    pub const ALL: [Bound; Bound::COUNT] = every(Bound::VARIANTS);

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
    /// page's language, as [`crate::model::inputs::RawInputs::localize`] does for the fields.
    pub fn localize(&mut self, decimal_point: bool) {
        for (field, _, text) in &mut self.0 {
            if let Some(local) = crate::model::number::in_convention(text, field.style(), decimal_point) {
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
            let count = crate::model::number::parse_number(self.get(Field::Exits, bound), Field::Exits.style());
            if let Ok(count) = count {
                let share = crate::model::number::input_text(count / f64::from(caseload) * 100.0);
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
        // Never unknown: only the inhabitants may be, and they have no range.
        let expected = inputs.value(field).unwrap_or_default();
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
pub fn ranges_to_query(raw: &crate::model::inputs::RawInputs) -> String {
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
