//! The bands of the Monte Carlo ([`crate::model::projection::draws`]) as results by name: which
//! results have a band, and each band figure's `data-metric` name.

use super::metrics::Metric;
use crate::model::projection::draws::{Band, Bands, Percentile};

/// The band of `metric` in `bands`, for a result that has one ([`BANDED`]).
pub fn band(bands: &Bands, metric: Metric) -> Option<Band> {
    match metric {
        Metric::SavingsPerYear => Some(bands.savings_per_year),
        Metric::SavingsTotal => Some(bands.savings_total),
        Metric::NetResult => Some(bands.net_result),
        _ => None,
    }
}

/// The results that have a band, in the page's order.
pub const BANDED: [Metric; 3] = [Metric::SavingsPerYear, Metric::SavingsTotal, Metric::NetResult];

/// The `data-metric` name of the share of draws with a positive net result (a fraction).
pub const NET_POSITIVE_SHARE: &str = "net_positive_share";

/// Every band figure by its `data-metric` name (`savings_per_year_p10`, …): the result, the
/// percentile and the name, so the page, the host's message and the tests read one list.
pub const BAND_METRICS: [(Metric, Percentile, &str); 9] = [
    (Metric::SavingsPerYear, Percentile::P10, "savings_per_year_p10"),
    (Metric::SavingsPerYear, Percentile::P50, "savings_per_year_p50"),
    (Metric::SavingsPerYear, Percentile::P90, "savings_per_year_p90"),
    (Metric::SavingsTotal, Percentile::P10, "savings_total_p10"),
    (Metric::SavingsTotal, Percentile::P50, "savings_total_p50"),
    (Metric::SavingsTotal, Percentile::P90, "savings_total_p90"),
    (Metric::NetResult, Percentile::P10, "net_result_p10"),
    (Metric::NetResult, Percentile::P50, "net_result_p50"),
    (Metric::NetResult, Percentile::P90, "net_result_p90"),
];

/// The `data-metric` name of `metric`'s `percentile` (see [`BAND_METRICS`]).
pub fn band_metric_name(metric: Metric, percentile: Percentile) -> &'static str {
    BAND_METRICS.iter().find(|(m, p, _)| (*m, *p) == (metric, percentile)).map_or("", |(_, _, name)| name)
}

/// Every band figure by name with its value (none without bands, or without project cost for
/// [`NET_POSITIVE_SHARE`]): what an embedding page is told.
pub fn band_values(bands: Option<&Bands>) -> Vec<(&'static str, Option<f64>)> {
    let mut out: Vec<(&'static str, Option<f64>)> =
        BAND_METRICS.iter().map(|(m, p, name)| (*name, bands.and_then(|b| band(b, *m)).map(|b| b.at(*p)))).collect();
    out.push((NET_POSITIVE_SHARE, bands.and_then(|b| b.net_positive_share)));
    out
}
