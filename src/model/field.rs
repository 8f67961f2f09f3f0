//! The inputs of a scenario as the form and the page address know them: one [`Field`] per
//! input, with its name in the link, its number style and the range it allows.

use super::number::{month_index, NumberStyle};
use serde::{Deserialize, Serialize};

/// One input of a scenario. The order of [`Field::ALL`] is the order of the page address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Field {
    /// N: clients at the start of the project.
    Caseload,
    /// P: how long the project runs, in whole months.
    Period,
    /// E: percentage of the caseload expected to leave benefit within P.
    ExitShare,
    /// E as a number of clients: E = exits / N.
    Exits,
    /// W: percentage of the exits that are to work.
    Work,
    /// C: benefit cost per client per year, in euros.
    Cost,
    /// H: months to project, at least P.
    Horizon,
    /// B: percentage of the caseload that leaves per year without the project.
    Baseline,
    /// R: percentage of exits that come back on benefit within 12 months.
    Return,
    /// K: project cost per year while the project runs, in euros.
    ProjectCost,
    /// D: discount rate, percent per year.
    Discount,
    /// The project's first month, `2008-09`: month t = 1 of the projection. Last in the
    /// address, so that links written before it still read.
    Start,
}

/// The groups of the scenario form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormGroup {
    /// The project and its exits.
    Project,
    /// Money: benefit cost, project cost, discounting.
    Money,
    /// What the project is compared with, and how far ahead.
    Assumptions,
}

impl FormGroup {
    /// The groups, in form order.
    pub const ALL: [FormGroup; 3] = [FormGroup::Project, FormGroup::Money, FormGroup::Assumptions];
}

impl Field {
    /// Every field, in the order of the page address and the form.
    pub const ALL: [Field; 12] = [
        Field::Caseload,
        Field::Period,
        Field::ExitShare,
        Field::Exits,
        Field::Work,
        Field::Cost,
        Field::Horizon,
        Field::Baseline,
        Field::Return,
        Field::ProjectCost,
        Field::Discount,
        Field::Start,
    ];

    /// Every field in the order a user decides them, which the form (within its groups) and
    /// the report follow.
    pub const IN_FORM_ORDER: [Field; 12] = [
        Field::Caseload,
        Field::Period,
        Field::ExitShare,
        Field::Exits,
        Field::Work,
        Field::Start,
        Field::Cost,
        Field::ProjectCost,
        Field::Discount,
        Field::Baseline,
        Field::Return,
        Field::Horizon,
    ];

    /// The field's position in [`Field::ALL`], for tables indexed by field.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The field whose label names this field's value on its own (a range's row, a tornado
    /// bar): the exit share's for the count of exits, whose own label ("or as a number of
    /// exits") reads only beside the share.
    pub fn named_by(self) -> Field {
        if self == Field::Exits { Field::ExitShare } else { self }
    }

    /// The name of the field in the page address and in its input's `name` attribute.
    pub fn link_name(self) -> &'static str {
        match self {
            Field::Caseload => "caseload",
            Field::Period => "period",
            Field::ExitShare => "exit",
            Field::Exits => "exits",
            Field::Work => "work",
            Field::Cost => "cost",
            Field::Horizon => "horizon",
            Field::Baseline => "baseline",
            Field::Return => "return",
            Field::ProjectCost => "project_cost",
            Field::Discount => "discount",
            Field::Start => "start",
        }
    }

    /// The field whose link name is `name`, if any.
    pub fn from_link_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.link_name() == name)
    }

    /// The group of the form the field is in.
    pub fn group(self) -> FormGroup {
        match self {
            Field::Caseload | Field::Period | Field::Start | Field::ExitShare | Field::Exits | Field::Work => {
                FormGroup::Project
            }
            Field::Cost | Field::ProjectCost | Field::Discount => FormGroup::Money,
            Field::Baseline | Field::Return | Field::Horizon => FormGroup::Assumptions,
        }
    }

    /// How the field's numbers are written.
    pub fn style(self) -> NumberStyle {
        match self {
            Field::Caseload | Field::Period | Field::Horizon => NumberStyle::Whole,
            Field::Exits | Field::Cost | Field::ProjectCost => NumberStyle::Amount,
            Field::ExitShare | Field::Work | Field::Baseline | Field::Return | Field::Discount => {
                NumberStyle::Percent
            }
            Field::Start => NumberStyle::Month,
        }
    }

    /// The smallest and largest value the field allows, in the unit the user types. The number
    /// of exits is further bounded by the caseload (see `inputs::validate`).
    pub fn range(self) -> (f64, f64) {
        match self {
            Field::Caseload | Field::Exits => (0.0, 1_000_000.0),
            Field::Period => (1.0, 120.0),
            Field::Horizon => (1.0, 600.0),
            Field::Cost => (0.0, 1_000_000.0),
            Field::ProjectCost => (0.0, 1_000_000_000.0),
            Field::ExitShare | Field::Work | Field::Baseline | Field::Return | Field::Discount => {
                (0.0, 100.0)
            }
            Field::Start => (f64::from(month_index(1990, 1)), f64::from(month_index(2100, 12))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_order_has_every_field_once() {
        let mut order = Field::IN_FORM_ORDER.to_vec();
        order.sort();
        assert_eq!(order, Field::ALL.to_vec());
    }

    #[test]
    fn link_names_are_unique_and_read_back() {
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Field::from_link_name(f.link_name()), Some(f));
        }
        assert_eq!(Field::from_link_name("lang"), None);
    }
}
