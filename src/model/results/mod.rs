//! The results: the fourth layer of the model, above [`super::projection`]. What the page shows
//! of a projection, by name: the results ([`metrics`]: `data-metric`), the calendar years
//! ([`years`]: `data-year-metric`), what the BUIG budget keeps ([`budget`]:
//! `data-budget-metric`), a group's figures ([`groups`]: `data-group-metric`), who pays and who
//! gains ([`parties`]: `data-party`, `data-party-metric`) and the bands' ([`bands`]).

pub mod bands;
pub mod budget;
pub mod groups;
pub mod metrics;
pub mod parties;
pub mod years;

pub use bands::{band, band_metric_name, band_values, BANDED, BAND_METRICS, NET_POSITIVE_SHARE};
pub use budget::{budget_of, Budget, BudgetFigures, BudgetMetric};
pub use groups::GroupMetric;
pub use metrics::{difference, Difference, Metric, MetricKind};
pub use parties::{parties, Parties, Party, PartyMetric, PartyRow};
pub use years::{first_full_year, year_of, years, years_total, Year, YearFigures, YearMetric};
