//! The calculator's model: pure Rust, no yew, web-sys or gloo, tested natively.
//!
//! - [`number`]: reading numbers as Dutch and English users type them.
//! - [`float`]: the float itself read and written by the platform (the browser in the page).
//! - [`field`]: the inputs, their link names and ranges.
//! - [`inputs`]: raw texts, checked values and the one [`inputs::validate`] step between them.
//! - [`checked`]: what that step finds: the values, and each problem by its field.
//! - [`projection`]: the month-by-month projection and its results.
//! - [`team`]: the team as the project's cost; [`break_even`]: the exits it takes to pay back.
//! - [`link`]: the page address as a share link.
//! - [`metrics`]: the results by name, and differences between scenarios.
//! - [`realised`]: realised results (nacalculatie), their shares and consistency checks.
//! - [`scenarios`]: a named set of scenarios and its link.
//! - [`set_file`]: the set as a JSON document (files and browser storage).
//! - [`csv`]: exports of the monthly projection and the comparison.
//! - [`presets`]: the worked examples (Schiedam, Haarlem) and an empty scenario.
//! - [`ranges`]: the low and high ends of the uncertain inputs, as typed, checked and linked.
//! - [`uncertainty`]: the Monte Carlo bands and the sensitivity of the net result.

use crate::model::every::every;
use strum::{EnumCount, VariantArray};

pub mod break_even;
pub mod budget;
pub mod checked;
pub mod csv;
pub mod every;
pub mod field;
pub mod float;
pub mod groups;
pub mod inputs;
pub mod link;
pub mod metrics;
pub mod number;
pub mod presets;
pub mod projection;
pub mod ranges;
pub mod realised;
pub mod scenarios;
pub mod set_file;
pub mod sources;
pub mod team;
pub mod uncertainty;
pub mod years;

pub use field::{Field, FormGroup};
pub use presets::source_of;
pub use inputs::{validate, Checked, Euros, ExitSource, Inputs, Problem, ProblemKind, RawInputs, Share};
pub use metrics::{Metric, MetricKind};
pub use presets::Preset;
pub use sources::{Caveat, Source};
pub use projection::{project, Month, Projection};

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
    /// A stored entry that could not be read, as it was.
    Unreadable,
}

impl Download {
    /// Every file, for the tests of the texts.
    pub const ALL: [Download; Download::COUNT] = every(Download::VARIANTS);
}
