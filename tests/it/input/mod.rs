//! The input (`src/model/input`): what checking finds in the texts and what it falls back to, the
//! presets, the team's cost, a group's texts and its ranges, the scenario's ranges as typed, the
//! inhabitants.

mod groups;
mod inhabitants;
mod presets;
mod ranges;
mod routes;
mod team;
mod validate;
