//! What checking a scenario's texts finds ([`super::validate`]): the values to compute
//! with, and each problem by its field, for the scenario, its ranges and its groups.

use super::values::{Group, Inputs, Ranges};
use crate::model::core::{Bound, Field, Problem, ProblemKind};

/// The result of [`super::validate`]: inputs to compute with, and the problems found. Every field
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
        GroupProblem::of(&self.group_problems, group, field)
    }

    /// Whether any text of the scenario, its groups' included, has a problem.
    pub fn has_problems(&self) -> bool {
        !self.problems.is_empty() || !self.group_problems.is_empty()
    }
}

/// A problem with one field of one group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupProblem {
    /// The group, from 0.
    pub group: usize,
    /// The field (the exit as `ExitShare` or `Exits`, in the unit typed).
    pub field: Field,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl GroupProblem {
    /// The problem of `field` of group `group` among `problems`, if it has one.
    pub fn of(problems: &[GroupProblem], group: usize, field: Field) -> Option<&GroupProblem> {
        problems.iter().find(|p| p.group == group && p.field == field)
    }
}

/// A problem with one end of a range of one group: marked on that end; the group's range is
/// then left out and the results keep working.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupRangeProblem {
    /// The group, from 0.
    pub group: usize,
    /// What is wrong, and where.
    pub problem: RangeProblem,
}

/// What [`check_all`] finds: the groups' values, and the problems of their fields and ranges.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckedGroups {
    /// The values the projection uses, in order.
    pub groups: Vec<Group>,
    /// The fields with a problem.
    pub problems: Vec<GroupProblem>,
    /// The ends of ranges with a problem.
    pub range_problems: Vec<GroupRangeProblem>,
}

/// A group checked: its values (a field with a problem takes `fallback`'s), and its problems.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedGroup {
    /// The values the projection uses.
    pub group: Group,
    /// The fields with a problem (the exit as `ExitShare` or `Exits`, in the unit typed).
    pub problems: Vec<(Field, ProblemKind)>,
    /// The ends of its ranges with a problem; the range is then left out.
    pub range_problems: Vec<RangeProblem>,
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
