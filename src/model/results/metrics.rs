//! The results of a projection by name: one table that the page, the comparison and the CSV
//! exports all read, so a figure means the same everywhere.

use crate::model::core::every::every;
use crate::model::projection::Projection;
use strum::{EnumCount, VariantArray};

/// One result of a projection. `name()` is its `data-metric` name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Metric {
    /// Δ(P) × (C − W × s × L) + 12 × Q × F: structural budget effect per year.
    SavingsPerYear,
    /// Exits within P.
    Exits,
    /// Exits / N.
    ExitShare,
    /// The exits within P at which the net result is zero (`break_even.rs`); none without
    /// project cost or when every client leaving does not pay back.
    BreakEvenExits,
    /// Those exits / N.
    BreakEvenExitShare,
    /// Exits to work.
    ExitsWork,
    /// Other exits.
    ExitsOther,
    /// Exits within P without the project.
    ExitsBaseline,
    /// Exits because of the project: exits − exits without it.
    NetExits,
    /// Caseload at H with the project.
    CaseloadEnd,
    /// Δ(P) × C: the benefits not paid a year for the exits (a route's figure: shown when a
    /// route is used).
    BenefitSavingsPerYear,
    /// The exits to work placed with a wage-cost subsidy.
    SubsidisedPlacements,
    /// Δ(P) × W × s × L: the wage-cost subsidies a year.
    SubsidyCostPerYear,
    /// 12 × Q × F: the part-timers' saving a year.
    ParttimeSavingsPerYear,
    /// Discounted savings over H.
    SavingsTotal,
    /// The team's extra coaches; none without a team.
    TeamFte,
    /// What the extra coaches cost a year; none without a team.
    TeamCostPerYear,
    /// Discounted project cost.
    ProjectCostTotal,
    /// Savings minus cost.
    NetResult,
    /// The municipality's execution not spent over H, discounted (Δ(t) × X / 12 a month); none
    /// without X.
    ExecutionSavingsTotal,
    /// The net income the clients gain by work over H, discounted (Δ(t) × W × G / 12 a month);
    /// none without G.
    ClientIncomeTotal,
    /// The municipality's two pockets together: savings − project cost + execution not spent
    /// (the net result without X).
    MunicipalityNet,
    /// Savings per euro of cost.
    ReturnRatio,
    /// First month the saving reaches the cost.
    BreakEvenMonth,
    /// Project cost over P per exit, undiscounted.
    CostPerExit,
    /// Project cost over P per net exit, undiscounted.
    CostPerNetExit,
    /// The share of the BUIG budget that follows own spending two years earlier; none when the
    /// inhabitants are unknown.
    HistoricShare,
    /// What the BUIG budget keeps of the saving over the horizon, undiscounted; none when the
    /// inhabitants are unknown.
    BudgetKept,
}

impl Metric {
    /// Every result, in the order the page lists them.
    pub const ALL: [Metric; Metric::COUNT] = every(Metric::VARIANTS);

    /// The name in `data-metric` and in exports.
    pub fn name(self) -> &'static str {
        match self {
            Metric::SavingsPerYear => "savings_per_year",
            Metric::BenefitSavingsPerYear => "benefit_savings_per_year",
            Metric::SubsidisedPlacements => "subsidised_placements",
            Metric::SubsidyCostPerYear => "subsidy_cost_per_year",
            Metric::ParttimeSavingsPerYear => "parttime_savings_per_year",
            Metric::Exits => "exits",
            Metric::ExitShare => "exit_share",
            Metric::BreakEvenExits => "break_even_exits",
            Metric::BreakEvenExitShare => "break_even_exit_share",
            Metric::TeamFte => "team_fte",
            Metric::TeamCostPerYear => "team_cost_per_year",
            Metric::ExitsWork => "exits_work",
            Metric::ExitsOther => "exits_other",
            Metric::ExitsBaseline => "exits_baseline",
            Metric::NetExits => "net_exits",
            Metric::CostPerExit => "cost_per_exit",
            Metric::CostPerNetExit => "cost_per_net_exit",
            Metric::CaseloadEnd => "caseload_end",
            Metric::SavingsTotal => "savings_total",
            Metric::ProjectCostTotal => "project_cost_total",
            Metric::NetResult => "net_result",
            Metric::ExecutionSavingsTotal => "execution_savings_total",
            Metric::ClientIncomeTotal => "client_income_total",
            Metric::MunicipalityNet => "municipality_net",
            Metric::ReturnRatio => "return_ratio",
            Metric::BreakEvenMonth => "break_even_month",
            Metric::HistoricShare => "historic_share",
            Metric::BudgetKept => "budget_kept",
        }
    }

    /// The unrounded value, none where the projection has none (no cost, never paid back).
    pub fn value(self, p: &Projection) -> Option<f64> {
        match self {
            Metric::SavingsPerYear => Some(p.savings_per_year),
            Metric::BenefitSavingsPerYear => Some(p.benefit_savings_per_year),
            Metric::SubsidisedPlacements => Some(p.subsidised_placements),
            Metric::SubsidyCostPerYear => Some(p.subsidy_cost_per_year),
            Metric::ParttimeSavingsPerYear => Some(p.parttime_savings_per_year),
            Metric::Exits => Some(p.exits),
            Metric::ExitShare => Some(p.exit_share),
            Metric::BreakEvenExits => p.break_even_exits,
            Metric::BreakEvenExitShare => p.break_even_exit_share(),
            Metric::TeamFte => p.team_fte,
            Metric::TeamCostPerYear => p.team_cost_per_year,
            Metric::ExitsWork => Some(p.exits_work),
            Metric::ExitsOther => Some(p.exits_other),
            Metric::ExitsBaseline => Some(p.exits_baseline),
            Metric::NetExits => Some(p.net_exits),
            Metric::CostPerExit => p.cost_per_exit,
            Metric::CostPerNetExit => p.cost_per_net_exit,
            Metric::CaseloadEnd => Some(p.caseload_end),
            Metric::SavingsTotal => Some(p.savings_total),
            Metric::ProjectCostTotal => Some(p.project_cost_total),
            Metric::NetResult => Some(p.net_result),
            Metric::ExecutionSavingsTotal => p.execution_savings_total,
            Metric::ClientIncomeTotal => p.client_income_total,
            Metric::MunicipalityNet => Some(p.municipality_net),
            Metric::ReturnRatio => p.return_ratio,
            Metric::BreakEvenMonth => p.break_even_month.map(f64::from),
            Metric::HistoricShare => p.inhabitants.map(super::budget::historic_share),
            Metric::BudgetKept => super::budget::budget_of(p).map(|b| b.total.kept),
        }
    }

    /// Whether it is a route's figure (the benefits not paid for the exits, the subsidised
    /// placements and their cost, the part-timers' saving), which a page without routes need not
    /// show.
    pub fn is_route(self) -> bool {
        matches!(self, Metric::BenefitSavingsPerYear | Metric::SubsidisedPlacements | Metric::SubsidyCostPerYear | Metric::ParttimeSavingsPerYear)
    }

    /// Whether it says something about `p`, so that a page shows it: a route's figure only when
    /// a route is used, the municipality's execution and net only with the execution cost, the
    /// clients' income only with their gain. A figure not shown stays there for scripts (a
    /// route's 0, the others' value or empty).
    pub fn applies(self, p: &Projection) -> bool {
        match self {
            _ if self.is_route() => p.has_routes(),
            Metric::ExecutionSavingsTotal | Metric::MunicipalityNet => p.execution_savings_total.is_some(),
            Metric::ClientIncomeTotal => p.client_income_total.is_some(),
            _ => true,
        }
    }

    /// Whether it is a figure of the table by pocket ("wie betaalt, wie profiteert"), which a
    /// report gives as that table.
    pub fn is_pocket(self) -> bool {
        matches!(self, Metric::ExecutionSavingsTotal | Metric::ClientIncomeTotal | Metric::MunicipalityNet)
    }

    /// What kind of number it is, for showing it.
    pub fn kind(self) -> MetricKind {
        match self {
            Metric::SavingsPerYear
            | Metric::BenefitSavingsPerYear
            | Metric::SubsidyCostPerYear
            | Metric::ParttimeSavingsPerYear
            | Metric::SavingsTotal
            | Metric::ProjectCostTotal
            | Metric::NetResult
            | Metric::ExecutionSavingsTotal
            | Metric::ClientIncomeTotal
            | Metric::MunicipalityNet
            | Metric::CostPerExit
            | Metric::CostPerNetExit
            | Metric::TeamCostPerYear
            | Metric::BudgetKept => MetricKind::Money,
            Metric::Exits
            | Metric::ExitsWork
            | Metric::ExitsOther
            | Metric::ExitsBaseline
            | Metric::NetExits
            | Metric::SubsidisedPlacements
            | Metric::CaseloadEnd => MetricKind::Clients,
            Metric::BreakEvenExits => MetricKind::ClientsAtLeast,
            Metric::ExitShare | Metric::HistoricShare | Metric::BreakEvenExitShare => MetricKind::Share,
            Metric::TeamFte => MetricKind::Fte,
            Metric::ReturnRatio => MetricKind::Ratio,
            Metric::BreakEvenMonth => MetricKind::Month,
        }
    }
}

/// How a metric's number is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricKind {
    /// Euros.
    Money,
    /// A number of clients.
    Clients,
    /// A number of clients needed: shown rounded up, as whole clients.
    ClientsAtLeast,
    /// Coaches, in FTE.
    Fte,
    /// A fraction shown as a percentage.
    Share,
    /// Euros back per euro spent.
    Ratio,
    /// A month number.
    Month,
}

/// A metric of one scenario beside the base scenario's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// The scenario's value.
    pub value: Option<f64>,
    /// value − base, when both exist.
    pub absolute: Option<f64>,
    /// (value − base) / |base|, when both exist and base is not zero.
    pub relative: Option<f64>,
}

/// Compares `metric` of `scenario` with that of `base`.
pub fn difference(metric: Metric, scenario: &Projection, base: &Projection) -> Difference {
    let value = metric.value(scenario);
    let base = metric.value(base);
    let absolute = value.zip(base).map(|(v, b)| v - b);
    let relative = absolute.zip(base).and_then(|(d, b)| (b != 0.0).then(|| d / b.abs()));
    Difference { value, absolute, relative }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::input::Preset;
    use crate::model::projection::project;

    #[test]
    fn differences_against_the_base() {
        let schiedam = project(&Preset::Schiedam.inputs());
        let haarlem = project(&Preset::Haarlem.inputs());
        let d = difference(Metric::Exits, &haarlem, &schiedam);
        assert_eq!(d.value.map(f64::round), Some(128.0));
        assert_eq!(d.absolute.map(f64::round), Some(-11.0));
        assert!((d.relative.unwrap_or(f64::NAN) - (128.0 - 139.0) / 139.0).abs() < 1e-9);
        // No project cost on either side: no ratio, so no difference.
        assert_eq!(difference(Metric::ReturnRatio, &haarlem, &schiedam).absolute, None);
        // A base of zero has no relative difference.
        let empty = project(&Preset::Empty.inputs());
        assert_eq!(difference(Metric::Exits, &schiedam, &empty).relative, None);
        let names: Vec<_> = Metric::ALL.iter().map(|m| m.name()).collect();
        assert_eq!(names.len(), 28);
    }
}
