//! The calculator's model: pure Rust, no yew, web-sys or gloo, tested natively.
//!
//! - [`number`]: reading numbers as Dutch and English users type them.
//! - [`decimal`]: decimal digits to the nearest `f64`, without the standard library's tables.
//! - [`field`]: the inputs, their link names and ranges.
//! - [`inputs`]: raw texts, checked values and the one [`inputs::validate`] step between them.
//! - [`projection`]: the month-by-month projection and its results.
//! - [`link`]: the page address as a share link.
//! - [`metrics`]: the results by name, and differences between scenarios.
//! - [`realised`]: realised results (nacalculatie), their shares and consistency checks.
//! - [`scenarios`]: a named set of scenarios and its link.
//! - [`json`]: a small JSON reader and writer for that document.
//! - [`set_file`]: the set as a JSON document (files and browser storage).
//! - [`csv`]: exports of the monthly projection and the comparison.
//! - [`presets`]: the worked examples (Schiedam, Haarlem) and an empty scenario.

pub mod csv;
pub mod decimal;
pub mod field;
pub mod inputs;
pub mod json;
pub mod link;
pub mod metrics;
pub mod number;
pub mod presets;
pub mod projection;
pub mod realised;
pub mod scenarios;
pub mod set_file;

pub use field::Field;
pub use inputs::{validate, Checked, Euros, ExitSource, Inputs, Problem, ProblemKind, RawInputs, Share};
pub use metrics::{Metric, MetricKind};
pub use presets::Preset;
pub use projection::{project, Month, Projection};
