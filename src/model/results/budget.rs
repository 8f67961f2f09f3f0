//! What the municipality's BUIG budget keeps of a saving on benefits.
//!
//! The budget of a small municipality follows its own spending two years earlier; that of a large
//! one the objective distribution model, which its own spending does not move; in between, a
//! linear mix (Besluit Participatiewet, article 1 (f) for the two years; article 2 (3) for the
//! thresholds of 15,000 and 40,000 inhabitants, since 2015, and article 4 (1) for the mix;
//! `docs/computing.md` says what was verified where). So the share of a saving that comes back
//! as a lower budget two years later is [`historic_share`]: 1 below 15,000 inhabitants, 0 from 40,000, and
//! (40,000 − inhabitants) / 25,000 between. A municipality keeps the rest.
//!
//! Nothing is counted past the horizon, as everywhere else: the budget rows are the calendar
//! years of the year table, and a reduction in a year after the horizon would be the shadow of a
//! saving no longer counted.

use super::years::years;
use crate::model::core::every::every;
use crate::model::projection::Projection;
use strum::{EnumCount, VariantArray};

/// Below this many inhabitants the budget follows the municipality's own spending entirely.
pub const FULLY_HISTORIC_BELOW: u32 = 15_000;
/// From this many inhabitants the budget follows the objective model entirely.
pub const FULLY_OBJECTIVE_FROM: u32 = 40_000;
/// The budget of year Y follows the spending of year Y − 2.
pub const LAG_YEARS: usize = 2;

/// The share of the budget that follows the municipality's own spending two years earlier.
pub fn historic_share(inhabitants: u32) -> f64 {
    if inhabitants < FULLY_HISTORIC_BELOW {
        1.0
    } else if inhabitants >= FULLY_OBJECTIVE_FROM {
        0.0
    } else {
        f64::from(FULLY_OBJECTIVE_FROM - inhabitants) / f64::from(FULLY_OBJECTIVE_FROM - FULLY_HISTORIC_BELOW)
    }
}

/// A calendar year's saving on benefits and what happens to it in the budget.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BudgetFigures {
    /// The saving on benefits in the year (the year table's `saving`), undiscounted.
    pub saving: f64,
    /// The budget reduction: the historic share × the benefits not paid two calendar years
    /// earlier (the saving with the wage-cost subsidies added back: they are out of the basis).
    pub budget_reduction: f64,
    /// What the municipality keeps: saving − budget reduction.
    pub kept: f64,
}

/// A figure of the budget table by name: `data-budget-metric` and the CSV's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum BudgetMetric {
    /// The saving on benefits.
    Saving,
    /// The budget reduction.
    BudgetReduction,
    /// What the municipality keeps.
    Kept,
}

impl BudgetMetric {
    /// Every figure, in the order of the table.
    pub const ALL: [BudgetMetric; BudgetMetric::COUNT] = every(BudgetMetric::VARIANTS);

    /// Its `data-budget-metric` name.
    pub fn name(self) -> &'static str {
        match self {
            BudgetMetric::Saving => "saving",
            BudgetMetric::BudgetReduction => "budget_reduction",
            BudgetMetric::Kept => "kept",
        }
    }

    /// Its value in `figures`.
    pub fn value(self, figures: &BudgetFigures) -> f64 {
        match self {
            BudgetMetric::Saving => figures.saving,
            BudgetMetric::BudgetReduction => figures.budget_reduction,
            BudgetMetric::Kept => figures.kept,
        }
    }
}

/// The budget view of a projection: the historic share, a row per calendar year and the total.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    /// The municipality's inhabitants.
    pub inhabitants: u32,
    /// The share of the budget that follows own spending ([`historic_share`]).
    pub historic_share: f64,
    /// The calendar years of the year table, each with its figures.
    pub years: Vec<(u32, BudgetFigures)>,
    /// All years together.
    pub total: BudgetFigures,
}

impl Budget {
    /// The first calendar year whose budget is reduced for the project's saving, if any.
    pub fn first_settled_year(&self) -> Option<u32> {
        self.years.iter().find(|(_, f)| f.budget_reduction > 0.0).map(|(year, _)| *year)
    }
}

/// The budget view of `p` for a municipality of `inhabitants`.
pub fn budget(p: &Projection, inhabitants: u32) -> Budget {
    let share = historic_share(inhabitants);
    // Each year's saving, and the benefits not paid in it: the saving with the wage-cost
    // subsidies added back, since Stb. 2021, 442 takes the subsidies out of the own spending
    // the budget follows (they have their own part of the BUIG, which this does not count).
    let savings: Vec<(u32, f64, f64)> = years(p).iter().map(|y| (y.year, y.figures.saving, y.figures.saving + y.figures.subsidy_cost)).collect();
    let years: Vec<(u32, BudgetFigures)> = savings
        .iter()
        .enumerate()
        .map(|(i, &(year, saving, _))| {
            let earlier = i.checked_sub(LAG_YEARS).map_or(0.0, |j| savings[j].2);
            let budget_reduction = share * earlier;
            (year, BudgetFigures { saving, budget_reduction, kept: saving - budget_reduction })
        })
        .collect();
    let total = years.iter().fold(BudgetFigures::default(), |t, (_, f)| BudgetFigures {
        saving: t.saving + f.saving,
        budget_reduction: t.budget_reduction + f.budget_reduction,
        kept: t.kept + f.kept,
    });
    Budget { inhabitants, historic_share: share, years, total }
}

/// The budget view of `p`, when the inhabitants are known.
pub fn budget_of(p: &Projection) -> Option<Budget> {
    p.inhabitants.map(|n| budget(p, n))
}
