//! Who pays and who gains: the business case by pocket ("wie betaalt, wie profiteert"), from
//! the same months as every other figure, each discounted over the horizon like `net_result`.
//!
//! - the BUIG gains the benefits not paid (the exits' and the part-timers') and pays the
//!   wage-cost subsidies: its net is `savings_total`;
//! - the municipality's own budget pays the project (`project_cost_total`) and gains the
//!   execution not spent, Δ(t) × X / 12 a month (0 without X: the row says it is not counted);
//! - the clients gain the net income of work, Δ(t) × W × G / 12 a month (no row without G);
//! - the total is the sum of the rows' nets.
//!
//! Gains and costs are positive amounts; a gain that is a loss (a negative G, the poverty trap)
//! is a negative gain. Net = gain − cost.

use crate::model::core::every::every;
use crate::model::projection::Projection;
use strum::{EnumCount, VariantArray};

/// A pocket the project's money comes from or lands in: `data-party`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Party {
    /// The BUIG budget, from which the benefits and the wage-cost subsidies are paid.
    Buig,
    /// The municipality's own budget (participation budget or general fund): the project and
    /// the execution of benefits.
    Municipality,
    /// The clients who leave benefit for work.
    Clients,
}

impl Party {
    /// Every party, in the table's order.
    pub const ALL: [Party; Party::COUNT] = every(Party::VARIANTS);

    /// The name in `data-party` and in exports.
    pub fn name(self) -> &'static str {
        match self {
            Party::Buig => "buig",
            Party::Municipality => "municipality",
            Party::Clients => "clients",
        }
    }
}

/// A figure of a party's row: `data-party-metric`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum PartyMetric {
    /// What the party gains (negative when it loses).
    Gain,
    /// What it pays.
    Cost,
    /// Gain − cost.
    Net,
}

impl PartyMetric {
    /// Every figure, in the table's order.
    pub const ALL: [PartyMetric; PartyMetric::COUNT] = every(PartyMetric::VARIANTS);

    /// The name in `data-party-metric` and in exports.
    pub fn name(self) -> &'static str {
        match self {
            PartyMetric::Gain => "gain",
            PartyMetric::Cost => "cost",
            PartyMetric::Net => "net",
        }
    }

    /// The figure of `row`.
    pub fn value(self, row: &PartyRow) -> f64 {
        match self {
            PartyMetric::Gain => row.gain,
            PartyMetric::Cost => row.cost,
            PartyMetric::Net => row.net,
        }
    }
}

/// One party's row, discounted over the horizon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartyRow {
    /// Whose row it is.
    pub party: Party,
    /// What it gains.
    pub gain: f64,
    /// What it pays.
    pub cost: f64,
    /// Gain − cost.
    pub net: f64,
    /// Whether every part of it is counted: the municipality's row without the execution cost
    /// counts the project alone, and says so.
    pub complete: bool,
}

/// The table by pocket of one projection.
#[derive(Clone, Debug, PartialEq)]
pub struct Parties {
    /// The rows, in [`Party::ALL`]'s order; the clients' only with their gain given.
    pub rows: Vec<PartyRow>,
    /// The sum of the rows' nets.
    pub total: f64,
}

impl Parties {
    /// The row of `party`, if the table has one.
    pub fn row(&self, party: Party) -> Option<&PartyRow> {
        self.rows.iter().find(|r| r.party == party)
    }
}

/// Who pays and who gains in `p`.
pub fn parties(p: &Projection) -> Parties {
    let buig = PartyRow { party: Party::Buig, gain: p.savings_total + p.subsidy_cost_total, cost: p.subsidy_cost_total, net: p.savings_total, complete: true };
    let execution = p.execution_savings_total.unwrap_or(0.0);
    let municipality = PartyRow {
        party: Party::Municipality,
        gain: execution,
        cost: p.project_cost_total,
        net: execution - p.project_cost_total,
        complete: p.execution_savings_total.is_some(),
    };
    let clients = p.client_income_total.map(|income| PartyRow { party: Party::Clients, gain: income, cost: 0.0, net: income, complete: true });
    let rows: Vec<PartyRow> = [Some(buig), Some(municipality), clients].into_iter().flatten().collect();
    let total = rows.iter().map(|r| r.net).sum();
    Parties { rows, total }
}
