//! Presentation: which sentence the page says when, and how a figure is written, built from
//! the words and sentences each language gives ([`crate::text`]). The languages say things;
//! this module decides what to say: the paragraph, a metric's text, problem messages,
//! scenarios' names, the bands in words. The realised results and the bands each have a file.

mod budget;
mod groups;
mod parties;
mod realised;
mod team;
mod uncertainty;

use crate::model::document::csv::{ComparisonColumn, GroupColumn, MonthlyColumn, PartyColumn, YearColumn};
use crate::model::results::GroupMetric;
use crate::model::core::number::{NumberStyle, year_and_month};
use crate::model::results::YearMetric;
use crate::model::projection::draws::Analysis;
use crate::model::core::field::{Bundle, Unit};
use crate::model::{Field, Inputs, Metric, MetricKind, Preset, Problem, ProblemKind, Projection, source_of};
use crate::format;
use crate::model::Caveat;
use crate::text::routes::RouteSum;
use crate::text::{ChartLine, Deadweight, HeadlineBasis, Span, SummaryCost, SummaryExits, SummarySaving, Texts};

/// What is decided once for every language: which figures a text gives and how, built from the
/// words and sentences each language provides.
impl Texts {
    /// A field's value written in its unit, for messages: `18 maanden`, `52,5%`, `€ 15.000`.
    pub fn value_in_unit(&self, field: Field, value: f64) -> String {
        match field.facts().unit {
            Unit::Word => format!("{} {}", self.number(value, 2), self.field_unit.of(field)),
            Unit::Euros => self.money(value),
            Unit::Percent => format!("{}%", self.number(value, 2)),
            Unit::Month => self.month_year(value as u32),
        }
    }

    /// A column heading of the calendar-year CSV.
    pub fn csv_year_header(&self, column: YearColumn) -> &'static str {
        match column {
            YearColumn::Scenario => self.csv_monthly_header.of(MonthlyColumn::Scenario),
            YearColumn::Year => self.year_column,
            YearColumn::Figure(metric) => self.year_metric_label.of(metric),
            YearColumn::Budget(metric) => self.budget.columns.of(metric),
        }
    }

    /// A column heading of the CSV of who pays and who gains.
    pub fn csv_party_header(&self, column: PartyColumn) -> &'static str {
        match column {
            PartyColumn::Scenario => self.csv_monthly_header.of(MonthlyColumn::Scenario),
            PartyColumn::Party => self.parties.party_column,
            PartyColumn::Code => self.csv_comparison_header.of(ComparisonColumn::Code),
            PartyColumn::Figure(metric) => self.parties.columns.of(metric),
        }
    }

    /// A column heading of the per-group CSV.
    pub fn csv_group_header(&self, column: GroupColumn) -> &'static str {
        match column {
            GroupColumn::Scenario => self.csv_monthly_header.of(MonthlyColumn::Scenario),
            GroupColumn::Group => self.groups.name_column,
            GroupColumn::Figure(GroupMetric::Caseload) => self.groups.caseload_column,
            GroupColumn::Figure(GroupMetric::Result(metric)) => self.metric_label.of(metric),
        }
    }

    /// A figure of the year table as shown.
    pub fn year_value(&self, metric: YearMetric, value: f64) -> String {
        match metric {
            YearMetric::Months => self.number(value, 0),
            YearMetric::ReductionAverage => self.number(value, 1),
            YearMetric::SubsidyCost
            | YearMetric::ParttimeSaving
            | YearMetric::Saving
            | YearMetric::ProjectCost
            | YearMetric::Net
            | YearMetric::NetDiscounted => self.money(value),
        }
    }

    /// A month index written out: `september 2008`.
    pub fn month_year(&self, index: u32) -> String {
        let (year, month) = year_and_month(index);
        format!("{} {year}", (self.month_name)(month))
    }

    /// The explanation under the headline: what the yearly saving rests on, whether it is
    /// gross ([`Inputs::is_gross`]), and the returns deducted when there are any; the same
    /// sentences as the paragraph's.
    pub fn headline_explanation(&self, p: &Projection, inputs: &Inputs) -> String {
        let reduction = p.reduction_at_period();
        let period = self.value_in_unit(Field::Period, f64::from(inputs.period_months));
        // With a route, what the headline is made of; without, the clients fewer × the cost.
        let basis = match self.route_sum(p, inputs) {
            Some(sum) => format!("{sum}."),
            None => (self.headline_basis)(&HeadlineBasis {
                fewer: &self.number(reduction, 1),
                period: &period,
                cost: &self.money(inputs.cost_per_year.0),
            }),
        };
        let mut out = format!("{basis} {}", self.headline_note.of(inputs.is_gross()));
        if inputs.has_returns() {
            out.push(' ');
            out.push_str((self.summary_returns)(&self.percent(inputs.return_share.fraction(), 0)).trim_end());
        }
        out
    }

    /// What the saving a year is made of when a route out of benefit is used (none without):
    /// the benefits not paid for the exits, less the wage-cost subsidies, plus the part-timers'.
    /// The subsidies are written as what the other rounded figures leave, so that the figures
    /// shown add up to the saving shown.
    pub fn route_sum(&self, p: &Projection, inputs: &Inputs) -> Option<String> {
        let words = self.route_words(p, inputs)?;
        Some((self.routes.sum)(&words.sum()))
    }

    /// The figures of [`Texts::route_sum`], written.
    fn route_words(&self, p: &Projection, inputs: &Inputs) -> Option<RouteFigures> {
        if !inputs.has_routes() {
            return None;
        }
        // Whole euros, as `money` writes them (halves away from zero).
        let (benefit, parttime, saving) = (p.benefit_savings_per_year.round(), p.parttime_savings_per_year.round(), p.savings_per_year.round());
        Some(RouteFigures {
            benefit: self.money(benefit),
            fewer: self.number(p.reduction_at_period(), 1),
            subsidy: inputs.subsidy.map(|_| self.money(benefit + parttime - saving)),
            parttime: inputs.parttime.map(|q| (self.money(parttime), self.number(f64::from(q.clients), 0))),
        })
    }

    /// The chart's text alternative for one line: the figures it shows.
    pub fn chart_line_description(&self, name: &str, start: f64, period: u32, at_period: f64, horizon: u32, at_end: f64) -> String {
        (self.chart_line_text)(&ChartLine {
            name,
            start: &self.number(start, 0),
            period: &self.value_in_unit(Field::Period, f64::from(period)),
            at_period: &self.number(at_period, 0),
            horizon: &self.value_in_unit(Field::Horizon, f64::from(horizon)),
            at_end: &self.number(at_end, 0),
        })
    }

    /// The legend entry of the path without the project: `Zonder project (basis: Plan)`.
    pub fn chart_without(&self, base_name: &str) -> String {
        format!("{} ({}: {base_name})", self.chart_without_label, self.base_badge)
    }

    /// A count of clients: `139 cliënten`.
    pub fn clients_text(&self, count: f64) -> String {
        format!("{} {}", self.number(count, 0), self.field_unit.of(Field::Caseload))
    }

    /// The name of a scenario as shown: its name, or `Scenario 2` when it has none.
    pub fn scenario_name(&self, name: &str, index: usize) -> String {
        if name.trim().is_empty() {
            format!("Scenario {}", index + 1)
        } else {
            name.trim().to_string()
        }
    }

    /// The names the page shows for scenarios, each given as its typed name and the example it
    /// was opened from: the typed name; without one, the example's ("Schiedam 2008–2010") the
    /// first time it is shown; else "Scenario n".
    pub fn scenario_names(&self, scenarios: &[(&str, Option<Preset>)]) -> Vec<String> {
        let mut shown: Vec<String> = Vec::with_capacity(scenarios.len());
        for (i, (name, example)) in scenarios.iter().enumerate() {
            let label = example.filter(|p| *p != Preset::Empty && name.trim().is_empty()).map(|p| self.preset_label.of(p));
            let next = match label {
                Some(label) if !shown.iter().any(|s| s == label) => label.to_string(),
                _ => self.scenario_name(name, i),
            };
            shown.push(next);
        }
        shown
    }

    /// The name of a scenario's copy: `Plan (kopie)`. An unnamed scenario's copy stays unnamed
    /// (the page numbers it).
    pub fn copy_name(&self, name: &str) -> String {
        if name.trim().is_empty() { name.to_string() } else { format!("{}{}", name.trim(), self.copy_suffix) }
    }

    /// What a field allows, for its message: `Toegestaan: van 1 tot en met 120 maanden.`
    pub fn allowed(&self, field: Field) -> String {
        let (min, max) = field.range();
        self.allowed_between(field, min, max)
    }

    /// What `field` allows when a rule across fields narrows its range to `min ..= max` (the
    /// part-timers: at most the clients who stay).
    fn allowed_between(&self, field: Field, min: f64, max: f64) -> String {
        // A unit word is said once, after the range: `van 0 tot en met 1.000.000 cliënten`.
        let from = match field.facts().unit {
            Unit::Word => self.number(min, 0),
            Unit::Euros | Unit::Percent | Unit::Month => self.value_in_unit(field, min),
        };
        let whole = field.style() == NumberStyle::Whole;
        (self.allowed_text)(&(self.range_text)(&Span { from: &from, to: &self.value_in_unit(field, max) }), whole)
    }

    /// The message beside a field with a problem: what is wrong and what is allowed.
    pub fn problem_message(&self, problem: &Problem) -> String {
        let field = problem.field;
        match problem.kind {
            ProblemKind::HorizonBeforePeriod { period } => {
                (self.horizon_before_period)(&self.value_in_unit(Field::Period, f64::from(period)))
            }
            ProblemKind::ExitsAboveCaseload { caseload } => {
                let to = self.value_in_unit(Field::Caseload, f64::from(caseload));
                format!("{} {}", self.too_many_exits, (self.allowed_text)(&(self.range_text)(&Span { from: "0", to: &to }), false))
            }
            ProblemKind::NeededWith { with } => {
                // The team's words for the team, a route's for a route (only a bundle's field needs
                // another).
                let needed_with = match field.bundle() {
                    None | Some(Bundle::Team) => self.team.needed_with,
                    Some(Bundle::Subsidy | Bundle::PartTime) => self.routes.needed_with,
                };
                format!("{} {}", needed_with(self.field_label.of(with)), self.allowed(field))
            }
            ProblemKind::NotAbove { min } => {
                format!("{} {}", (self.team.not_above)(&self.value_in_unit(field, min)), self.allowed(field))
            }
            ProblemKind::OutOfRange { min, max } => format!("{} {}", (self.problem_kind_text)(&problem.kind), self.allowed_between(field, min, max)),
            ProblemKind::Empty | ProblemKind::NotANumber if field == Field::Start => {
                format!("{} {}", self.not_a_month, self.allowed(field))
            }
            kind => format!("{} {}", (self.problem_kind_text)(&kind), self.allowed(field)),
        }
    }

    /// Said above the results when fields have problems: the results use other values for them.
    /// `opened_from_link` says whether the values are the default scenario's (a link opened with
    /// bad values) or the last valid ones (the user is typing).
    pub fn fallback_notice(&self, fields: &[(Field, f64)], opened_from_link: bool) -> String {
        let used: Vec<String> = fields
            .iter()
            .map(|(f, v)| format!("{}: {}", lower_first(self.field_label.of(*f)), self.value_in_unit(*f, *v)))
            .collect();
        (self.fallback_text)(&used.join("; "), opened_from_link)
    }

    /// A result's value as the page shows it. `value` is none where the projection has none;
    /// `has_cost` and `horizon` say why (no cost entered, or not paid back within the horizon).
    pub fn metric_value(&self, metric: Metric, value: Option<f64>, has_cost: bool, horizon: u32) -> String {
        let Some(v) = value else {
            return match metric {
                Metric::BreakEvenMonth if has_cost => (self.not_within)(&self.value_in_unit(Field::Horizon, f64::from(horizon))),
                Metric::BreakEvenExits | Metric::BreakEvenExitShare if has_cost => self.team.not_within_horizon.to_string(),
                Metric::TeamFte | Metric::TeamCostPerYear => self.team.no_team.to_string(),
                Metric::CostPerExit if has_cost => self.no_exits.of(false).to_string(),
                Metric::CostPerNetExit if has_cost => self.no_exits.of(true).to_string(),
                Metric::HistoricShare | Metric::BudgetKept => self.budget.unknown.to_string(),
                _ => self.no_project_cost.to_string(),
            };
        };
        match metric.kind() {
            MetricKind::Money => self.money(v),
            MetricKind::Clients => self.clients_text(v),
            MetricKind::ClientsAtLeast => self.clients_text(at_least(v)),
            MetricKind::Fte => format!("{} {}", self.number(v, 2), self.team.fte_unit),
            MetricKind::Share => self.percent(v, 1),
            MetricKind::Ratio => format!("{} per {}", (self.euros_text)(&self.number(v, 2)), (self.euros_text)(&self.number(1.0, 2))),
            MetricKind::Month => (self.month_text)(&self.number(v, 0)),
        }
    }

    /// A difference from the base scenario as the comparison shows it: `+€ 120.000`, `−11`.
    pub fn metric_difference(&self, metric: Metric, difference: f64) -> String {
        let size = difference.abs();
        let text = match metric.kind() {
            MetricKind::Money => self.money(size),
            // Whole clients, as the values beside it are written.
            MetricKind::Clients | MetricKind::ClientsAtLeast => self.number(size, 0),
            MetricKind::Fte => format!("{} {}", self.number(size, 2), self.team.fte_unit),
            MetricKind::Share => (self.points_text)(&self.number(size * 100.0, 1)),
            MetricKind::Ratio => (self.euros_text)(&self.number(size, 2)),
            MetricKind::Month => format!("{} {}", self.number(size, 0), self.months_short),
        };
        signed(difference, &text)
    }

    /// A relative difference as shown: `+5,8%`, `−7,9%`, `±0,0%`.
    pub fn relative_difference(&self, relative: f64) -> String {
        signed(relative, &self.percent(relative.abs(), 1))
    }

    /// A difference with its relative size: `+€ 120.000 (+5,8%)`, `−11 (−7,9%)`; one that
    /// rounds to nothing where it is shown, `±0 (±0,0%)`.
    pub fn difference_text(&self, metric: Metric, absolute: f64, relative: Option<f64>) -> String {
        match relative {
            Some(r) => format!("{} ({})", self.metric_difference(metric, absolute), self.relative_difference(r)),
            None => self.metric_difference(metric, absolute),
        }
    }

    /// Where an input's value comes from, named (see [`source_of`]).
    pub fn input_source(&self, field: Field, value: f64, origin: Option<Preset>) -> Option<&'static str> {
        source_of(field, value, origin).map(|s| self.source_name.of(s))
    }

    /// The paragraph a proposal quotes: who, how many, by when, to work, the structural saving
    /// and what it rests on, the cost side when there is one, and the caveat that matters most
    /// here. It never claims more than the inputs support: without deadweight it says the figure
    /// is gross. With ranges (`uncertainty`, once computed) it gives the band of the yearly saving
    /// and the input that moves the net result most.
    pub fn summary(&self, name: &str, inputs: &Inputs, p: &Projection, uncertainty: Option<&Analysis>) -> String {
        self.summary_of(name, inputs, &[], p, uncertainty)
    }

    /// [`Texts::summary`] of a scenario whose caseload is split into `groups` (none: not
    /// split): the groups, each with its name in quotes, after the exits.
    pub fn summary_of(&self, name: &str, inputs: &Inputs, groups: &[crate::model::input::Group], p: &Projection, uncertainty: Option<&Analysis>) -> String {
        let gross = inputs.is_gross();
        let returns = inputs.return_share.fraction();
        let horizon = self.value_in_unit(Field::Horizon, f64::from(p.horizon()));
        let mut out = (self.summary_exits)(&SummaryExits {
            name,
            caseload: &self.number(f64::from(inputs.caseload), 0),
            period: &self.value_in_unit(Field::Period, f64::from(inputs.period_months)),
            exits: &self.number(p.exits, 0),
            share: &self.percent(p.exit_share, 1),
            work: &self.number(p.exits_work, 0),
        });
        out.push_str(&self.groups_sentence(groups));
        match self.route_words(p, inputs) {
            Some(words) => out.push_str(&(self.routes.summary)(&self.money(p.savings_per_year), &words.sum())),
            None => out.push_str(&(self.summary_saving)(&SummarySaving {
                saving: &self.money(p.savings_per_year),
                fewer: &self.number(p.reduction_at_period(), 1),
                cost: &self.money(inputs.cost_per_year.0),
            })),
        }
        if let Some(year) = crate::model::results::first_full_year(p) {
            out.push_str(&(self.summary_first_year)(year.year, &self.money(year.figures.saving)));
        }
        if gross {
            out.push_str(self.summary_gross);
        } else {
            let baseline = self.percent(inputs.baseline_per_year.fraction(), 1);
            out.push_str(&(self.summary_deadweight)(&Deadweight { per_year: &baseline, exits: &self.number(p.exits_baseline, 0) }));
        }
        if returns > 0.0 {
            out.push_str(&(self.summary_returns)(&self.percent(returns, 0)));
        }
        if let Some(sum) = self.team_sum(inputs).filter(|_| p.has_cost()) {
            out.push_str(&format!("{}: {sum}. ", self.field_label.of(Field::ProjectCost)));
        }
        if p.has_cost() {
            out.push_str(&(self.summary_cost)(&SummaryCost {
                horizon: &horizon,
                cost: &self.money(p.project_cost_total),
                saving: &self.money(p.savings_total),
                rate: &self.percent(inputs.discount_per_year.fraction(), 2),
                net: &self.money(p.net_result),
            }));
            out.push_str(&match p.break_even_month {
                Some(m) => (self.summary_pays_back)(m),
                None => (self.summary_no_pay_back)(&horizon),
            });
            if let Some(sentence) = self.break_even_sentence(p) {
                out.push_str(&sentence);
                out.push(' ');
            }
        }
        if let Some(sentence) = self.pocket_sentence(p) {
            out.push_str(&sentence);
        }
        if let Some(budget) = crate::model::results::budget_of(p) {
            out.push_str(&self.budget_sentence(&budget));
            if inputs.subsidy.is_some() {
                out.push(' ');
                out.push_str(self.routes.budget_note);
            }
        }
        if let Some(analysis) = uncertainty {
            out.push_str(&self.uncertainty_summary(analysis, inputs.team.is_some()));
        }
        let caveat = if gross {
            Caveat::Deadweight
        } else if returns == 0.0 {
            Caveat::Returns
        } else {
            Caveat::Budget
        };
        out.push_str(self.summary_caveat.of(caveat));
        out
    }
}

impl Texts {
    /// Euros without cents, the language's way.
    pub fn money(&self, euros: f64) -> String {
        format::money(self.lang, euros)
    }

    /// A number with at most `max_decimals` decimals, the language's way.
    pub fn number(&self, value: f64, max_decimals: u8) -> String {
        format::number(self.lang, value, max_decimals)
    }

    /// A fraction as a percentage with `decimals` decimals, the language's way.
    pub fn percent(&self, fraction: f64, decimals: u8) -> String {
        format::percent(self.lang, fraction, decimals)
    }
}

/// A label as it reads mid-sentence: its first letter in lower case. Labels start with an ASCII
/// letter; full Unicode case mapping would carry a 7 KB (brotli) table into the page for this.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// A count of clients needed, as whole clients: rounded up, but not past a whole number that
/// floating point missed by a hair (21,999999999 is 22).
pub fn at_least(count: f64) -> f64 {
    (count - 1e-6).ceil().max(0.0)
}

/// `size`, a difference's size as shown, after the sign of `difference`: `±` when the size shows
/// as zero, whatever the sign (a difference of a few cents, or of 0.0001 client, is none on the
/// page, and `−0` would say there is one). The sizes are written by [`crate::format`], whose
/// units hold no digits.
pub fn signed(difference: f64, size: &str) -> String {
    let sign = if size.chars().any(|c| matches!(c, '1'..='9')) { sign(difference) } else { sign(0.0) };
    format!("{sign}{size}")
}

/// The sign of a difference, a true minus for less: `+`, `−` or `±`.
pub fn sign(difference: f64) -> &'static str {
    if difference > 0.0 {
        "+"
    } else if difference < 0.0 {
        "−"
    } else {
        "±"
    }
}

/// The figures of a route sum, each written in the page's language.
struct RouteFigures {
    benefit: String,
    fewer: String,
    subsidy: Option<String>,
    parttime: Option<(String, String)>,
}

impl RouteFigures {
    /// As the sentence takes them.
    fn sum(&self) -> RouteSum<'_> {
        RouteSum {
            benefit: &self.benefit,
            fewer: &self.fewer,
            subsidy: self.subsidy.as_deref(),
            parttime: self.parttime.as_ref().map(|(saving, clients)| (saving.as_str(), clients.as_str())),
        }
    }
}
