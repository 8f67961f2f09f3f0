//! What the page says of realised results: the paragraph, the outcome's figures, the plan
//! against the actual, the checks and the form's messages.

use super::signed;
use crate::model::realised;
use crate::model::realised::{Check, Count, PlanMetric, Realised, RealisedField, RealisedMetric, Stated};
use crate::model::{Field, ProblemKind};
use crate::text::{Exceeds, LadderSteps, RealisedExits, RealisedSaving, ShareDiffers, Span, Texts, Unexplained};

impl Texts {
    /// Parts with their arithmetic: `naar werk + anders uitgestroomd = 85 + 43 = 128`.
    pub fn parts_sum(&self, parts: &[(Count, f64)]) -> String {
        let labels: Vec<&str> = parts.iter().map(|(c, _)| self.count_label.of(*c)).collect();
        let values: Vec<String> = parts.iter().map(|(_, v)| self.number(*v, 0)).collect();
        let total = self.number(parts.iter().map(|(_, v)| v).sum(), 0);
        if parts.len() == 1 {
            format!("{} = {total}", labels[0])
        } else {
            format!("{} = {} = {total}", labels.join(" + "), values.join(" + "))
        }
    }

    /// A stated share as the source gave it: `54%`.
    pub fn stated_percent(&self, stated: Stated) -> String {
        self.percent(stated.percent / 100.0, stated.decimals)
    }

    /// The paragraph to paste into an award entry or an evaluation: what the project achieved,
    /// what the saving rests on, that it is gross, and what the checks found.
    pub fn realised_summary(&self, r: &Realised) -> String {
        let o = realised::outcome(r);
        let period = r.period_months.map(|p| self.value_in_unit(Field::Period, f64::from(p)));
        let mut out = (self.realised_summary_exits)(&RealisedExits {
            caseload: &self.number(r.caseload, 0),
            period: period.as_deref(),
            exits: &self.number(o.exits, 0),
            share: &self.percent(o.exit_share, 1),
            work: &self.number(r.exits_work, 0),
            work_share: &self.percent(o.work_share, 1),
        });
        if let (Some(steps), Some(share)) = (r.ladder_steps, o.ladder_share) {
            out.push_str(&(self.realised_summary_ladder)(&LadderSteps { steps: &self.number(steps, 0), share: &self.percent(share, 1) }));
        }
        if let (Some(saving), Some(cost)) = (o.savings_per_year, r.cost_per_year) {
            out.push_str(&(self.realised_summary_saving)(&RealisedSaving { saving: &self.money(saving), exits: &self.number(o.exits, 0), cost: &self.money(cost) }));
        }
        out.push_str(self.realised_summary_gross);
        let checks = realised::checks(r);
        if checks.is_empty() {
            out.push_str(self.realised_summary_checks_ok);
        } else {
            out.push_str(self.realised_summary_checks);
            let found: Vec<String> = checks.iter().map(|c| self.check_message(c)).collect();
            out.push(' ');
            out.push_str(&found.join(" "));
        }
        out.trim_end().to_string()
    }

    /// A figure of the realised outcome as shown; "not entered" when there is none.
    pub fn realised_value(&self, metric: RealisedMetric, value: Option<f64>) -> String {
        match (metric, value) {
            (_, None) => self.realised_not_given.to_string(),
            (RealisedMetric::Exits, Some(v)) => self.number(v, 0),
            (RealisedMetric::ExitShare | RealisedMetric::WorkShare | RealisedMetric::LadderShare, Some(v)) => self.percent(v, 1),
            (RealisedMetric::SavingsPerYear, Some(v)) => self.money(v),
        }
    }

    /// A figure of the plan against the actual as shown: shares as percentages.
    pub fn plan_value(&self, metric: PlanMetric, value: f64) -> String {
        match metric {
            PlanMetric::Exits | PlanMetric::ExitsWork => self.number(value, 1),
            PlanMetric::ExitShare | PlanMetric::WorkShare => self.percent(value, 1),
            PlanMetric::SavingsPerYear => self.money(value),
        }
    }

    /// A difference of the plan against the actual: signed; shares in percentage points. A
    /// difference too small to show is none, without a sign.
    pub fn plan_difference(&self, metric: PlanMetric, difference: f64) -> String {
        let size = difference.abs();
        let text = match metric {
            PlanMetric::ExitShare | PlanMetric::WorkShare => (self.points_text)(&self.number(size * 100.0, 1)),
            PlanMetric::Exits | PlanMetric::ExitsWork | PlanMetric::SavingsPerYear => self.plan_value(metric, size),
        };
        signed(difference, &text)
    }

    /// The message beside a realised-results input with a problem.
    pub fn realised_problem(&self, field: RealisedField, kind: &ProblemKind) -> String {
        let (min, max) = field.range();
        let range = (self.range_text)(&Span { from: &self.number(min, 0), to: &self.number(max, 0) });
        format!("{} {}", (self.problem_kind_text)(kind), (self.allowed_text)(&range, field.whole()))
    }

    /// What a consistency check found, with the arithmetic.
    pub fn check_message(&self, check: &Check) -> String {
        let whole = |(count, value): (Count, f64)| format!("{} = {}", self.count_label.of(count), self.number(value, 0));
        match check {
            Check::PartsExceedWhole { parts, whole: w } => (self.exceeds_text)(&Exceeds { parts: &self.parts_sum(parts), whole: &whole(*w) }),
            Check::Unexplained { parts, whole: w, remainder } => {
                (self.unexplained_text)(&Unexplained { parts: &self.parts_sum(parts), whole: &whole(*w), remainder: &self.number(*remainder, 0) })
            }
            Check::StatedShareDiffers { share, numerator, denominator, stated } => (self.share_differs_text)(&ShareDiffers {
                what: self.share_label.of(*share),
                numerator: &self.number(*numerator, 0),
                denominator: &self.number(*denominator, 0),
                computed: &self.percent(realised::share(*numerator, *denominator), stated.decimals + 2),
                rounded: &self.percent(realised::share(*numerator, *denominator), stated.decimals),
                stated: &self.stated_percent(*stated),
            }),
        }
    }
}
