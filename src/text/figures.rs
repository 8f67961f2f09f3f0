//! The figures of the sentences: one small struct per sentence, each figure by name and already
//! written in the page's language, so that two figures cannot be swapped; and the three words
//! of a realised-results input ([`FieldText`]).

use serde::Serialize;

/// What the yearly saving rests on: the caseload reduction at the end of the period, the period and the benefit cost. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct HeadlineBasis<'a> {
    /// `{fewer}` in the sentence.
    pub fewer: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
}

/// One line of the chart in words: its name, the caseload at the start, at the end of the period and at the horizon. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct ChartLine<'a> {
    /// `{name}` in the sentence.
    pub name: &'a str,
    /// `{start}` in the sentence.
    pub start: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{at_period}` in the sentence.
    pub at_period: &'a str,
    /// `{horizon}` in the sentence.
    pub horizon: &'a str,
    /// `{at_end}` in the sentence.
    pub at_end: &'a str,
}

/// A check that found parts adding up to less than their whole: the sum of the parts, the whole and what is left. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct Unexplained<'a> {
    /// `{parts}` in the sentence.
    pub parts: &'a str,
    /// `{whole}` in the sentence.
    pub whole: &'a str,
    /// `{remainder}` in the sentence.
    pub remainder: &'a str,
}

/// A share a source states that does not follow from its counts: which share, its counts, the share computed and the share stated. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct ShareDiffers<'a> {
    /// `{what}` in the sentence.
    pub what: &'a str,
    /// `{numerator}` in the sentence.
    pub numerator: &'a str,
    /// `{denominator}` in the sentence.
    pub denominator: &'a str,
    /// `{computed}` in the sentence: two decimals more than the source gives.
    pub computed: &'a str,
    /// `{rounded}` in the sentence: the computed share with the source's decimals.
    pub rounded: &'a str,
    /// `{stated}` in the sentence.
    pub stated: &'a str,
}

/// Who leaves: the scenario, the caseload, the period, the exits, their share and how many to work. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummaryExits<'a> {
    /// `{name}` in the sentence.
    pub name: &'a str,
    /// `{caseload}` in the sentence.
    pub caseload: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{exits}` in the sentence.
    pub exits: &'a str,
    /// `{share}` in the sentence.
    pub share: &'a str,
    /// `{work}` in the sentence.
    pub work: &'a str,
}

/// The structural saving: per year, the caseload reduction it rests on and the benefit cost. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummarySaving<'a> {
    /// `{saving}` in the sentence.
    pub saving: &'a str,
    /// `{fewer}` in the sentence.
    pub fewer: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
}

/// The cost side: the horizon, the project cost, the discounted saving, the discount rate and the net result. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummaryCost<'a> {
    /// `{horizon}` in the sentence.
    pub horizon: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
    /// `{saving}` in the sentence.
    pub saving: &'a str,
    /// `{rate}` in the sentence.
    pub rate: &'a str,
    /// `{net}` in the sentence.
    pub net: &'a str,
}

/// What a project achieved, for the realised-results paragraph. Each figure already written in
/// the page's language; `period` is none when the months are not given.
#[derive(Clone, Copy, Debug)]
pub struct RealisedExits<'a> {
    /// `{caseload}` clients at the start.
    pub caseload: &'a str,
    /// Within `{period}`, when given.
    pub period: Option<&'a str>,
    /// `{exits}` left benefit.
    pub exits: &'a str,
    /// Their share of the caseload.
    pub share: &'a str,
    /// `{work}` of them to work.
    pub work: &'a str,
    /// Their share of the exits.
    pub work_share: &'a str,
}

/// Ladder steps in the realised-results paragraph: how many clients, and their share of the caseload.
#[derive(Clone, Copy, Debug)]
pub struct LadderSteps<'a> {
    /// `{steps}`: clients who moved up.
    pub steps: &'a str,
    /// `{share}`: their share of the caseload.
    pub share: &'a str,
}

/// The realised saving per year and what it rests on: exits × cost.
#[derive(Clone, Copy, Debug)]
pub struct RealisedSaving<'a> {
    /// `{saving}` per year.
    pub saving: &'a str,
    /// `{exits}`.
    pub exits: &'a str,
    /// `{cost}` per exit and year.
    pub cost: &'a str,
}

/// The plan's period and the realised one, each with its unit.
#[derive(Clone, Copy, Debug)]
pub struct Periods<'a> {
    /// `{plan}`.
    pub plan: &'a str,
    /// `{actual}`.
    pub actual: &'a str,
}

/// A range from one value to another, both included.
#[derive(Clone, Copy, Debug)]
pub struct Span<'a> {
    /// `{from}`.
    pub from: &'a str,
    /// `{to}`.
    pub to: &'a str,
}

/// Parts larger than their whole, each with its arithmetic.
#[derive(Clone, Copy, Debug)]
pub struct Exceeds<'a> {
    /// `{parts}`, their sum.
    pub parts: &'a str,
    /// `{whole}`.
    pub whole: &'a str,
}

/// Deadweight in the paragraph: the share per year and the clients it takes within the period.
#[derive(Clone, Copy, Debug)]
pub struct Deadweight<'a> {
    /// `{per_year}`: the share per year.
    pub per_year: &'a str,
    /// `{exits}`: clients within the period.
    pub exits: &'a str,
}

/// What the form says about one input: its label, its unit and a hint under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FieldText {
    /// The label.
    pub label: &'static str,
    /// The unit beside the input.
    pub unit: &'static str,
    /// The hint under it.
    pub hint: &'static str,
}
