//! The values: the bottom layer of the model, which imports no other.
//!
//! - [`field`]: the inputs and their one table of facts (`FACTS`): link name, form group, number
//!   style, unit, range, presets, known values with sources, and the sets each input belongs to.
//! - [`number`] and [`float`]: numbers read and written as Dutch and English users type them.
//! - [`units`]: [`Share`], [`Euros`], which view of the exit was given, an end of a range.
//! - [`problem`]: what can be wrong with a field's text, and the reading of one field.
//! - [`codec`]: how a value travels in every link format.
//! - [`limits`]: how much a set, a scenario and a name may hold.
//! - [`sources`]: the sources of figures, and the caveats.
//! - [`every`]: the lists that name every variant of an enum.

pub mod codec;
pub mod every;
pub mod field;
pub mod float;
pub mod limits;
pub mod number;
pub mod problem;
pub mod sources;
pub mod units;

pub use field::{Bundle, Facts, Field, FormGroup, Given, Known, Presets, Unit, EMPTY_START};
pub use problem::{exit_share_from, exit_share_of, read_field, read_number, Problem, ProblemKind};
pub use sources::{Caveat, Source};
pub use units::{Bound, Euros, ExitSource, Share};
