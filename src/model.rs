//! The calculator's model: pure Rust, no yew, web-sys or gloo, tested natively.
//!
//! The model is in layers, each a folder that imports only the folders before it in this list
//! (`scripts/model-cycles.py` prints any import that breaks it):
//!
//! 1. [`core`], the values: the table of fields and their facts, numbers, units, problems,
//!    the link codec and the limits.
//! 2. [`input`], the input: the raw texts, the checked values and the one [`input::validate`].
//! 3. [`projection`], the projection: the tracks month by month, groups, break-even, the draws.
//! 4. [`results`], the results by name: metrics, calendar years, the budget, group figures.
//! 5. [`realised`], realised results against the plan.
//! 6. [`document`], the documents: the single link, the set link, the file, the CSV exports.
//!
//! A new input is a variant of [`core::Field`] and its row of facts, its words in each
//! language (`crate::text`), its value in [`input::Inputs`] with its check in
//! [`input::validate`], and its use in the projection (`docs/architecture.md`).
//!
//! What the rest of the app uses most is re-exported here; inside the model, every import
//! names its layer.

pub mod core;
pub mod document;
pub mod input;
pub mod projection;
pub mod realised;
pub mod results;

pub use self::core::{Euros, ExitSource, Field, FormGroup, Problem, ProblemKind, Share, Source, Caveat};
pub use document::{Download, Mode};
pub use input::{source_of, validate, Checked, Inputs, Preset, RawInputs};
pub use projection::{project, Month, Projection};
pub use results::{Metric, MetricKind};
