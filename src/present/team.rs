//! What the page says of the team and of the exits it takes to pay back: the team's cost in one
//! line under the form's money inputs, and the break-even sentence under the headline, in the
//! paragraph, the report and the embed message.

use super::at_least;
use crate::model::{Field, Inputs, Projection};
use crate::text::team::{BreakEvenExits, TeamSum};
use crate::text::Texts;

impl Texts {
    /// The team's cost in one line: `10,43 extra coaches × € 85.000 + € 0 overige kosten =
    /// € 886.692 per jaar`; none without a team.
    pub fn team_sum(&self, inputs: &Inputs) -> Option<String> {
        let (team, coaches) = inputs.team.zip(inputs.team_fte())?;
        Some((self.team.sum)(&TeamSum {
            coaches: &self.number(coaches, 2),
            fte_cost: &self.money(team.fte_cost.0),
            other: &self.money(inputs.project_cost_per_year.0),
            total: &self.money(inputs.project_cost_a_year()),
        }))
    }

    /// The label of an input: of K, the other project costs when a team is given.
    pub fn input_label(&self, field: Field, has_team: bool) -> &'static str {
        if field == Field::ProjectCost && has_team { self.team.other_costs_label } else { self.field_label.of(field) }
    }

    /// How many must leave for the project to pay back, beside how many are expected; that even
    /// every client leaving does not pay back; none without project cost.
    pub fn break_even_sentence(&self, p: &Projection) -> Option<String> {
        if !p.has_cost() {
            return None;
        }
        let caseload = self.number(p.caseload(), 0);
        Some(match p.break_even_exits.zip(p.break_even_exit_share()) {
            Some((exits, share)) => (self.team.break_even)(&BreakEvenExits {
                needed: &self.number(at_least(exits), 0),
                caseload: &caseload,
                share: &self.percent(share, 1),
                expected: &self.number(p.exits, 0),
            }),
            None => (self.team.never)(&caseload),
        })
    }
}
