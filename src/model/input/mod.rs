//! The input: the second layer of the model, above [`super::core`]. What the user typed
//! ([`raw`]: the form's, a group's and the ranges' texts), the values it means ([`values`]:
//! [`Inputs`], [`Group`], [`Team`], [`Ranges`]), the one step between them ([`validate`]) and
//! what that step finds ([`checked`]), and the worked examples ([`presets`]).

pub mod checked;
pub mod presets;
pub mod raw;
pub mod validate;
pub mod values;

pub use checked::{Checked, CheckedGroup, CheckedGroups, GroupProblem, GroupRangeProblem, RangeProblem, RangeProblemKind};
pub use presets::{source_of, Preset};
pub use raw::{RawGroup, RawInputs, RawRanges};
pub use validate::{check_all, check_group, check_ranges, check_team, derived_exit_text, fallback, validate, validate_with};
pub use values::{totals, Group, Inputs, PartTime, Range, Ranges, Subsidy, Team, Totals};
