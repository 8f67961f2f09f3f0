//! The documents: the top layer of the model, above [`super::realised`]. How a scenario and a
//! set travel and are kept: the single link ([`link`]), a list of slots that the set link and a
//! group's part share ([`slots`]), the set ([`set`]) and its link ([`set_link`]), the JSON file
//! and the browser's storage ([`set_file`]: it carries the realised texts too, which is why
//! the realised results sit below), and the CSV exports ([`csv`]).

use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

pub mod csv;
pub mod link;
pub mod set;
pub mod set_file;
pub mod set_link;
pub mod slots;

pub use set::{Scenario, ScenarioSet};

/// What the page is for at the moment: what is expected, or what happened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Mode {
    /// What is expected: the scenarios and their projections.
    #[default]
    Projection,
    /// What actually happened: the realised-results form and its checks.
    Realised,
}

impl Mode {
    /// The modes, in the order the page offers them.
    pub const ALL: [Mode; Mode::COUNT] = every(Mode::VARIANTS);
}

/// A file the page offers to save.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Download {
    /// The scenario set as JSON.
    Set,
    /// The monthly projection as CSV.
    MonthlyCsv,
    /// The comparison as CSV.
    ComparisonCsv,
    /// Every scenario by calendar year as CSV.
    YearCsv,
    /// Every group of every scenario with groups as CSV.
    GroupCsv,
    /// Who pays and who gains in every scenario as CSV.
    PartiesCsv,
    /// The scenario being edited as an Excel file with its formulas.
    Excel,
    /// The whole set as an Excel file: a sheet per scenario and a comparison.
    ExcelSet,
    /// A stored entry that could not be read, as it was.
    Unreadable,
}

impl Download {
    /// Every file, for the tests of the texts.
    pub const ALL: [Download; Download::COUNT] = every(Download::VARIANTS);
}
