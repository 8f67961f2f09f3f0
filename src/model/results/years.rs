//! The projection by calendar year: the budget view of the year table and the CSV. Month t is
//! the calendar month start + (t − 1); a calendar year sums its months, undiscounted except the
//! discounted net.

use crate::model::core::every::every;
use crate::model::projection::{Month, Projection};
use strum::{EnumCount, VariantArray};

/// One calendar year of the projection (or all of them, for the total row): undiscounted, as a
/// budget is made, except `net_discounted`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearFigures {
    /// Months of the horizon in the year.
    pub months: u32,
    /// The average caseload reduction Δ(t) over those months.
    pub reduction_average: f64,
    /// Σ of the months' saving: Δ(t) × (C − W × s × L) / 12 plus the part-timers'.
    pub saving: f64,
    /// Σ Δ(t) × W × s × L / 12: the wage-cost subsidies (0 without them).
    pub subsidy_cost: f64,
    /// Σ Q × min(t, P) / P × F: the part-timers' saving, part of `saving` (0 without them).
    pub parttime_saving: f64,
    /// Σ K / 12 over the project's months in the year.
    pub project_cost: f64,
    /// saving − project_cost.
    pub net: f64,
    /// Σ (saving(t) − cost(t)) × (1 + D)^(−t/12).
    pub net_discounted: f64,
}

/// A calendar year and its figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Year {
    /// The calendar year.
    pub year: u32,
    /// Its figures.
    pub figures: YearFigures,
}

/// A figure of the year table by name: `data-year-metric` and the CSV's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum YearMetric {
    /// Months of the horizon in the year.
    Months,
    /// The average caseload reduction.
    ReductionAverage,
    /// The wage-cost subsidies, undiscounted.
    SubsidyCost,
    /// The part-timers' saving, undiscounted.
    ParttimeSaving,
    /// The saving, undiscounted.
    Saving,
    /// The project cost, undiscounted.
    ProjectCost,
    /// Saving − project cost.
    Net,
    /// The net, discounted.
    NetDiscounted,
}

impl YearMetric {
    /// Whether it is a route's figure (the subsidies, the part-timers), which a page without
    /// routes need not show.
    pub fn is_route(self) -> bool {
        matches!(self, YearMetric::SubsidyCost | YearMetric::ParttimeSaving)
    }

    /// Every figure, in the order of the table.
    pub const ALL: [YearMetric; YearMetric::COUNT] = every(YearMetric::VARIANTS);

    /// Its `data-year-metric` name.
    pub fn name(self) -> &'static str {
        match self {
            YearMetric::Months => "months",
            YearMetric::ReductionAverage => "reduction_average",
            YearMetric::SubsidyCost => "subsidy_cost",
            YearMetric::ParttimeSaving => "parttime_saving",
            YearMetric::Saving => "saving",
            YearMetric::ProjectCost => "project_cost",
            YearMetric::Net => "net",
            YearMetric::NetDiscounted => "net_discounted",
        }
    }

    /// Its value in `figures`.
    pub fn value(self, figures: &YearFigures) -> f64 {
        match self {
            YearMetric::Months => f64::from(figures.months),
            YearMetric::ReductionAverage => figures.reduction_average,
            YearMetric::SubsidyCost => figures.subsidy_cost,
            YearMetric::ParttimeSaving => figures.parttime_saving,
            YearMetric::Saving => figures.saving,
            YearMetric::ProjectCost => figures.project_cost,
            YearMetric::Net => figures.net,
            YearMetric::NetDiscounted => figures.net_discounted,
        }
    }
}

impl YearFigures {
    /// The figures of the given months (t ≥ 1) together.
    fn of<'a>(months: impl Iterator<Item = &'a Month>) -> YearFigures {
        let mut f = YearFigures::default();
        let mut reduction = 0.0;
        for m in months {
            f.months += 1;
            reduction += m.caseload_baseline - m.caseload_project;
            f.saving += m.saving;
            f.subsidy_cost += m.subsidy_cost;
            f.parttime_saving += m.parttime_saving;
            f.project_cost += m.cost;
            f.net_discounted += m.saving_discounted - m.cost_discounted;
        }
        f.reduction_average = if f.months > 0 { reduction / f64::from(f.months) } else { 0.0 };
        f.net = f.saving - f.project_cost;
        f
    }
}

/// The calendar year of month t (t ≥ 1) of `p`.
pub fn year_of(p: &Projection, t: u32) -> u32 {
    (p.start_month + t - 1) / 12
}

/// One row per calendar year from the start's year to the year of month H: the budget view.
pub fn years(p: &Projection) -> Vec<Year> {
    // Months follow each other, so each calendar year is one run of them: one pass.
    p.months
        .get(1..)
        .unwrap_or_default()
        .chunk_by(|a, b| year_of(p, a.month) == year_of(p, b.month))
        .map(|run| Year { year: year_of(p, run[0].month), figures: YearFigures::of(run.iter()) })
        .collect()
}

/// The figures of all months 1 ..= H together: the year table's total row. Its discounted net
/// is `net_result`.
pub fn years_total(p: &Projection) -> YearFigures {
    YearFigures::of(p.months.iter().skip(1))
}

/// The first calendar year the horizon of `p` covers whole, if any.
pub fn first_full_year(p: &Projection) -> Option<Year> {
    years(p).into_iter().find(|y| y.figures.months == 12)
}
