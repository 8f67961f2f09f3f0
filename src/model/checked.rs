//! What checking a scenario's texts finds ([`super::inputs::validate`]): the values to compute
//! with, and each problem by its field, for the scenario, its ranges and its groups.

use super::field::Field;
use super::groups::{Group, GroupProblem, GroupRangeProblem};
use super::inputs::Inputs;
use super::ranges::{RangeProblem, Ranges};

/// What is wrong with a field's text. The page turns it into a message that says what is
/// allowed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProblemKind {
    /// Nothing typed.
    Empty,
    /// Not a number.
    NotANumber,
    /// A fraction where whole numbers are wanted.
    NotWhole,
    /// More than two decimals in an amount.
    TooManyDecimals,
    /// Outside the field's range.
    OutOfRange {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// The horizon is shorter than the period it must cover.
    HorizonBeforePeriod {
        /// The period in months.
        period: u32,
    },
    /// More exits than clients.
    ExitsAboveCaseload {
        /// The caseload.
        caseload: u32,
    },
    /// Left empty while another field that needs it is given (the team: clients per coach and
    /// the cost of a coach go together).
    NeededWith {
        /// The field given that needs this one.
        with: Field,
    },
    /// Not larger than the value it must exceed (clients per coach without the project, more
    /// than in it).
    NotAbove {
        /// The value it must exceed.
        min: f64,
    },
}

/// A problem with one field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Problem {
    /// The field the problem is in.
    pub field: Field,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// The result of [`validate`]: inputs to compute with, and the problems found. Every field
/// named in `problems` took its value from the fallback.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// Valid inputs: the user's where they were valid, the fallback's elsewhere.
    pub inputs: Inputs,
    /// One entry per field with a problem, in form order.
    pub problems: Vec<Problem>,
    /// The ranges of the uncertain inputs around `inputs` (none with a problem).
    pub ranges: Ranges,
    /// What is wrong with the range texts: marked on their fields; the results do without
    /// those ranges.
    pub range_problems: Vec<RangeProblem>,
    /// The groups' checked values, in order; none when the caseload is not split.
    pub groups: Vec<Group>,
    /// One entry per group field with a problem, in group and form order; the field took its
    /// value from the fallback.
    pub group_problems: Vec<GroupProblem>,
    /// One entry per end of a group's range with a problem; that group's range is left out.
    pub group_range_problems: Vec<GroupRangeProblem>,
}

impl Checked {
    /// The problem of `field`, if it has one.
    pub fn problem(&self, field: Field) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == field)
    }

    /// The problem of `field` of group `group`, if it has one.
    pub fn group_problem(&self, group: usize, field: Field) -> Option<&GroupProblem> {
        self.group_problems.iter().find(|p| p.group == group && p.field == field)
    }

    /// Whether any text of the scenario, its groups' included, has a problem.
    pub fn has_problems(&self) -> bool {
        !self.problems.is_empty() || !self.group_problems.is_empty()
    }
}

