//! The projection (`src/model/projection`): the reference projects' figures and the formulas, the
//! team and the break-even exits, groups, ranges per group, and the draws and the tornado.

mod draws;
mod figures;
mod group_ranges;
mod groups;
mod parties;
mod routes;
mod team;
