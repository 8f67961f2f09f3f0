//! What the page says of who pays and who gains: the paragraph's sentence and what the table
//! does not count.

use crate::model::results::budget_of;
use crate::model::Projection;
use crate::text::parties::{BudgetTakes, PocketSentence};
use crate::text::Texts;

impl Texts {
    /// The paragraph's sentence on the pockets: the project's cost to the municipality (with
    /// project cost), what the BUIG saves, the execution not spent and the clients' income (each
    /// when counted). None unless the execution cost or the income gain is given: without them
    /// the paragraph says it all already.
    pub fn pocket_sentence(&self, p: &Projection) -> Option<String> {
        if !p.has_pockets() {
            return None;
        }
        let cost = p.has_cost().then(|| self.money(p.project_cost_total));
        let execution = p.execution_savings_total.map(|x| self.money(x));
        // An amount with the way it goes in words: "€ 1.000 achteruit", never "€ −1.000 achteruit".
        let clients = p.client_income_total.map(|income| (self.money(income.abs()), income >= 0.0));
        Some((self.parties.sentence)(&PocketSentence {
            cost: cost.as_deref(),
            buig: &self.money(p.savings_total),
            execution: execution.as_deref(),
            clients: clients.as_ref().map(|(amount, gain)| (amount.as_str(), *gain)),
        }))
    }

    /// What the budget rule takes back of the BUIG's saving, undiscounted, from the budget
    /// table; with the inhabitants unknown, where to see it.
    pub fn budget_takes(&self, p: &Projection) -> String {
        match budget_of(p) {
            Some(b) => (self.parties.budget_takes)(&BudgetTakes { reduction: &self.money(b.total.budget_reduction), kept: &self.money(b.total.kept) }),
            None => self.parties.budget_unknown.to_string(),
        }
    }
}
