//! The figures of one group of a split caseload, by name: the per-group table
//! (`data-group-metric`) and its CSV.

use super::metrics::Metric;
use crate::model::projection::Projection;

/// A figure of one group in the per-group table (`data-group-metric`): its caseload, or one of
/// the scenario's results of that group alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMetric {
    /// Its clients at the start.
    Caseload,
    /// A result, of the group alone.
    Result(Metric),
}

impl GroupMetric {
    /// The figures of the per-group table, in its order.
    pub const ALL: [GroupMetric; 7] = [
        GroupMetric::Caseload,
        GroupMetric::Result(Metric::Exits),
        GroupMetric::Result(Metric::ExitsBaseline),
        GroupMetric::Result(Metric::NetExits),
        GroupMetric::Result(Metric::ExitsWork),
        GroupMetric::Result(Metric::SavingsPerYear),
        GroupMetric::Result(Metric::SavingsTotal),
    ];

    /// Its name in `data-group-metric` and in the per-group CSV.
    pub fn name(self) -> &'static str {
        match self {
            GroupMetric::Caseload => "caseload",
            GroupMetric::Result(metric) => metric.name(),
        }
    }

    /// Its value in a group's projection, unrounded.
    pub fn value(self, p: &Projection) -> Option<f64> {
        match self {
            GroupMetric::Caseload => p.months.first().map(|m| m.caseload_project),
            GroupMetric::Result(metric) => metric.value(p),
        }
    }
}

