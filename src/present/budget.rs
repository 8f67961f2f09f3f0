//! What the page says of the BUIG budget: the sentence under the headline, in the paragraph and
//! the report.

use crate::model::results::Budget;
use crate::text::budget::BudgetKept;
use crate::text::Texts;

impl Texts {
    /// What the budget keeps and why, in a sentence: fully objective (it keeps everything),
    /// settled after the horizon, fully historic, or a mix.
    pub fn budget_sentence(&self, b: &Budget) -> String {
        let from_year = b.first_settled_year();
        let figures = BudgetKept {
            inhabitants: &self.number(f64::from(b.inhabitants), 0),
            share: &self.percent(b.historic_share, 0),
            saving: &self.money(b.total.saving),
            reduction: &self.money(b.total.budget_reduction),
            from_year: &from_year.map(|y| y.to_string()).unwrap_or_default(),
            kept: &self.money(b.total.kept),
        };
        let w = self.budget;
        let sentence = match from_year {
            _ if b.historic_share == 0.0 => w.objective,
            None => w.after_horizon,
            Some(_) if b.historic_share == 1.0 => w.historic,
            Some(_) => w.mixed,
        };
        sentence(&figures)
    }
}
