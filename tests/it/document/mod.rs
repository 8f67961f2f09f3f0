//! The documents (`src/model/document`): the single link, the set link, the file, as they carry
//! scenarios, ranges, groups and their ranges, the team and the inhabitants.

mod group_ranges;
mod groups;
mod inhabitants;
mod link;
mod ranges;
mod parties;
mod routes;
mod sets;
mod team;
