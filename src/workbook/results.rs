//! The results part of a scenario: a row per result of the page, then the calendar years and the
//! budget, each a formula over the months.

use super::*;
use super::months::{BlockColumn, SumColumn};

/// The rows of the results part from its first: the metrics, the calendar years and the
/// budget, each table after a heading and its columns' row.
pub(super) struct ResultRows {
    /// The headings' row.
    pub(super) top: u32,
    /// The years' heading, and the row of the years (the columns of the years' tables).
    pub(super) years_heading: u32,
    pub(super) years: u32,
    /// The budget's heading and its row of years.
    pub(super) budget_heading: u32,
    pub(super) budget_years: u32,
    /// The row after the part.
    pub(super) end: u32,
}

impl ResultRows {
    pub(super) fn new(top: u32) -> ResultRows {
        let years_heading = top + 1 + Metric::COUNT as u32 + 1;
        let years = years_heading + 1;
        let budget_heading = years + YearMetric::COUNT as u32 + 2;
        let budget_years = budget_heading + 1;
        ResultRows { top, years_heading, years, budget_heading, budget_years, end: budget_years + BudgetMetric::COUNT as u32 + 1 }
    }
    /// The row of metric number `i` (in [`Metric::ALL`]).
    pub(super) fn metric(&self, i: usize) -> u32 {
        self.top + 1 + i as u32
    }
    /// The row of a figure of the years' table.
    pub(super) fn year_metric(&self, m: YearMetric) -> u32 {
        self.years + 1 + YearMetric::ALL.iter().position(|x| *x == m).expect("a year metric") as u32
    }
    /// The row of a figure of the budget's table.
    pub(super) fn budget_metric(&self, m: BudgetMetric) -> u32 {
        self.budget_years + 1 + BudgetMetric::ALL.iter().position(|x| *x == m).expect("a budget metric") as u32
    }
}

/// The results part: one row per result of the page, in its order (column A its
/// `data-metric` name, B its label, C its formula, named `res_` and the name, D why a value
/// is not a formula); then the calendar years (a column each, from the start's year, and
/// the total: `data-year-metric` names in column A) and what the BUIG budget keeps of them
/// (`data-budget-metric` names; empty while the inhabitants are). Returns its rows.
pub(super) fn write_results(place: Place, s: &Scenario, layout: &Layout, tracks: &[Track], f: &Formats, names: &mut Names) -> Result<ResultRows, XlsxError> {
    let Place { sheet, name: sheet_ref, row: top } = place;
    let (t, w, p) = (texts(s.lang), words(s.lang), s.p);
    let calendar = years(p);
    let rows = ResultRows::new(top);
    // A result with no value is an empty text, not the writer's default 0.
    sheet.set_formula_result_default("");
    for (c, heading) in w.result_columns.iter().enumerate() {
        sheet.write_string_with_format(top, c as u16, *heading, &f.heading)?;
    }
    let months = Months { layout, tracks, rows: &rows, years: year_columns(s.inputs) };
    for (i, metric) in Metric::ALL.into_iter().enumerate() {
        let r = rows.metric(i);
        sheet.write_string(r, 0, metric.name())?;
        sheet.write_string(r, 1, t.metric_label.of(metric))?;
        let value = metric.value(p).filter(|v| v.is_finite());
        let format = f.of(metric);
        match months.result(metric) {
            Some(text) => {
                sheet.write_formula_with_format(r, 2, formula(&text, value), format)?;
            }
            None => {
                match value {
                    Some(v) => sheet.write_number_with_format(r, 2, v, format)?,
                    None => sheet.write_blank(r, 2, format)?,
                };
                sheet.write_string(r, 3, w.value_only)?;
            }
        }
        names.add(result_name(metric), format!("={sheet_ref}!$C${}", r + 1));
    }

    // The calendar years: a column each from the start's year, as many as any start month would
    // need for the horizon (a column with no months of it stays empty), then the total.
    let columns = months.years;
    let year_col = |j: usize| column_number_to_name(2 + j as u16);
    let total_col = year_col(columns);
    let span = |r: u32| format!("={sheet_ref}!$C${0}:${total_col}${0}", r + 1);
    for (heading, r) in [(t.years_title, rows.years_heading), (t.budget.title, rows.budget_heading)] {
        sheet.write_string_with_format(r, 0, w.result_columns[0], &f.heading)?;
        sheet.write_string_with_format(r, 1, heading, &f.heading)?;
    }
    sheet.write_string(rows.years_heading, 2, w.years_note)?;
    sheet.write_string(rows.budget_heading, 2, w.budget_note)?;
    for r in [rows.years, rows.budget_years] {
        sheet.write_string_with_format(r, 1, t.year_column, &f.heading)?;
        for j in 0..columns {
            let text = where_reached(&months.months_cell(j), &year_of_column(j));
            let value = calendar.get(j).map(|y| f64::from(y.year));
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, value), &f.year_heading)?;
        }
        sheet.write_string_with_format(r, 2 + columns as u16, t.year_total, &f.text_heading)?;
    }
    names.add("years", span(rows.years));
    let total = crate::model::results::years::years_total(p);
    for m in YearMetric::ALL {
        let r = rows.year_metric(m);
        sheet.write_string(r, 0, m.name())?;
        sheet.write_string(r, 1, t.year_metric_label.of(m))?;
        let format = if matches!(m, YearMetric::Months | YearMetric::ReductionAverage) { &f.number } else { &f.euros };
        for j in 0..=columns {
            let value = if j == columns { Some(m.value(&total)) } else { calendar.get(j).map(|y| m.value(&y.figures)) };
            let text = months.year_formula(m, (j < columns).then(|| year_of_column(j)), &year_col(j));
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, value), format)?;
        }
        names.add(format!("year_{}", m.name()), span(r));
    }
    let budget = budget_of(p);
    for m in BudgetMetric::ALL {
        let r = rows.budget_metric(m);
        sheet.write_string(r, 0, m.name())?;
        sheet.write_string(r, 1, t.budget.columns.of(m))?;
        for j in 0..=columns {
            let figures = |b: &crate::model::results::budget::Budget| if j == columns { Some(b.total) } else { b.years.get(j).map(|(_, figures)| *figures) };
            let value = budget.as_ref().and_then(figures).map(|f| m.value(&f));
            let text = months.budget_formula(m, j, &year_col);
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, value), &f.euros)?;
        }
        names.add(format!("budget_{}", m.name()), span(r));
    }
    Ok(rows)
}

/// The months sheet, for the results' formulas.
pub(super) struct Months<'a> {
    pub(super) layout: &'a Layout,
    pub(super) tracks: &'a [Track],
    /// The results' rows, for the years' and the budget's formulas.
    pub(super) rows: &'a ResultRows,
    /// How many calendar years' columns the years' table has ([`year_columns`]).
    pub(super) years: usize,
}

/// How many calendar years' columns the years' and the budget's tables have: as many as the
/// horizon covers from any start month, (H + 10) / 12 + 1, so that changing `in_start` in the
/// file never leaves a month out (a column with none of them stays empty).
pub(super) fn year_columns(inputs: &Inputs) -> usize {
    let h = inputs.horizon_months.max(inputs.period_months) as usize;
    (h + 10) / 12 + 1
}

/// `figure`, or empty in a year the horizon does not reach: one whose months cell
/// ([`Months::months_cell`]) is 0 or empty.
fn where_reached(months_cell: &str, figure: &str) -> String {
    format!("IF(N({months_cell})=0,\"\",{figure})")
}

/// The calendar year of the years' column `j`: the start's year and on.
fn year_of_column(j: usize) -> String {
    format!("(YEAR(in_start)+{j})")
}

impl Months<'_> {
    /// The cell of the months of the horizon in the years' column `j`.
    fn months_cell(&self, j: usize) -> String {
        format!("{}{}", column_number_to_name(2 + j as u16), self.rows.year_metric(YearMetric::Months) + 1)
    }

    /// A column of the months over the horizon.
    pub(super) fn sum_range(&self, col: SumColumn) -> String {
        self.layout.range(&self.layout.sum(col))
    }

    /// A figure of the years' table in the column `col` (a letter): of the calendar year in
    /// the cell `year`, or of all months 1 … H (the total, `year` none). Undiscounted, as a
    /// budget is made, except the discounted net.
    pub(super) fn year_formula(&self, m: YearMetric, year: Option<String>, col: &str) -> String {
        let t = self.layout.range("A");
        let in_year = |column: SumColumn| match &year {
            Some(y) => format!("SUMIFS({},{},{y},{t},\">=1\")", self.sum_range(column), self.sum_range(SumColumn::Year)),
            None => format!("SUMIF({t},\">=1\",{})", self.sum_range(column)),
        };
        let cell = |other: YearMetric| format!("{col}{}", self.rows.year_metric(other) + 1);
        let figure = match m {
            YearMetric::Months => match &year {
                // A year the horizon does not reach is empty.
                Some(y) => {
                    let count = format!("COUNTIFS({},{y},{t},\">=1\")", self.sum_range(SumColumn::Year));
                    return format!("IF({count}=0,\"\",{count})");
                }
                None => format!("COUNTIF({t},\">=1\")"),
            },
            YearMetric::ReductionAverage => format!("IF(N({0})>0,{1}/{0},0)", cell(YearMetric::Months), in_year(SumColumn::Delta)),
            YearMetric::SubsidyCost => in_year(SumColumn::Subsidy),
            YearMetric::ParttimeSaving => in_year(SumColumn::Parttime),
            YearMetric::Saving => in_year(SumColumn::Saving),
            YearMetric::ProjectCost => in_year(SumColumn::Cost),
            YearMetric::Net => format!("{}-{}", cell(YearMetric::Saving), cell(YearMetric::ProjectCost)),
            YearMetric::NetDiscounted => format!("{}-{}", in_year(SumColumn::SavingD), in_year(SumColumn::CostD)),
        };
        match year {
            Some(_) => where_reached(&cell(YearMetric::Months), &figure),
            None => figure,
        }
    }

    /// A figure of the budget's table in the years' column `j` (the total after the last):
    /// empty while the inhabitants are. The budget of year Y is reduced by the historic share of
    /// the benefits not paid in year Y − 2 (the saving with the wage-cost subsidies added back);
    /// the municipality keeps the rest.
    pub(super) fn budget_formula(&self, m: BudgetMetric, j: usize, col: &dyn Fn(usize) -> String) -> String {
        let here = |b: BudgetMetric| format!("{}{}", col(j), self.rows.budget_metric(b) + 1);
        let of_year = |k: usize, y: YearMetric| format!("{}{}", col(k), self.rows.year_metric(y) + 1);
        let body = if j == self.years {
            let row = self.rows.budget_metric(m) + 1;
            format!("SUM({}{row}:{}{row})", col(0), col(self.years - 1))
        } else {
            let figure = match m {
                BudgetMetric::Saving => of_year(j, YearMetric::Saving),
                BudgetMetric::BudgetReduction => match j.checked_sub(LAG_YEARS) {
                    Some(k) => format!("res_historic_share*(N({})+N({}))", of_year(k, YearMetric::Saving), of_year(k, YearMetric::SubsidyCost)),
                    None => "0".into(),
                },
                BudgetMetric::Kept => format!("{}-{}", here(BudgetMetric::Saving), here(BudgetMetric::BudgetReduction)),
            };
            where_reached(&self.months_cell(j), &figure)
        };
        format!("IF(ISBLANK(in_inhabitants),\"\",{body})")
    }

    /// Σ over the blocks of `term(block, its column range)`.
    pub(super) fn over_blocks(&self, term: impl Fn(&Track, &dyn Fn(BlockColumn) -> String) -> String) -> String {
        let terms: Vec<String> = self
            .tracks
            .iter()
            .enumerate()
            .map(|(k, tr)| term(tr, &|col: BlockColumn| self.layout.range(&self.layout.block(k, col))))
            .collect();
        format!("({})", terms.join("+"))
    }

    /// The formula of a result; none for a result that is a value (a search).
    pub(super) fn result(&self, metric: Metric) -> Option<String> {
        let t = self.layout.range("A");
        let in_period = |range: String| format!("SUMIF({t},\"<=\"&in_period,{range})");
        let at_period = |range: String| format!("INDEX({range},in_period+1)");
        Some(match metric {
            Metric::SavingsPerYear => format!("{}+calc_parttime_year", self.over_blocks(|tr, c| format!("{}*(in_cost-{})", at_period(c(BlockColumn::Delta)), tr.subsidy))),
            Metric::Exits => self.over_blocks(|_, c| in_period(c(BlockColumn::FirstP))),
            Metric::ExitShare => "IF(in_caseload>0,res_exits/in_caseload,0)".into(),
            Metric::BreakEvenExits | Metric::BreakEvenExitShare => return None,
            Metric::ExitsWork => self.over_blocks(|tr, c| format!("{}*{}", tr.work, in_period(c(BlockColumn::FirstP)))),
            Metric::ExitsOther => "res_exits-res_exits_work".into(),
            Metric::ExitsBaseline => self.over_blocks(|_, c| in_period(c(BlockColumn::FirstB))),
            Metric::NetExits => "res_exits-res_exits_baseline".into(),
            Metric::CaseloadEnd => format!("INDEX({},calc_horizon+1)", self.sum_range(SumColumn::CaseloadP)),
            Metric::BenefitSavingsPerYear => self.over_blocks(|_, c| format!("{}*in_cost", at_period(c(BlockColumn::Delta)))),
            Metric::SubsidisedPlacements => "res_exits_work*in_subsidised".into(),
            Metric::SubsidyCostPerYear => self.over_blocks(|tr, c| format!("{}*{}", at_period(c(BlockColumn::Delta)), tr.subsidy)),
            Metric::ParttimeSavingsPerYear => "calc_parttime_year".into(),
            Metric::SavingsTotal => format!("SUM({})", self.sum_range(SumColumn::SavingD)),
            Metric::TeamFte => "IF(ISBLANK(in_per_coach),\"\",in_caseload/in_per_coach-IF(ISBLANK(in_per_coach_regular),0,in_caseload/in_per_coach_regular))".into(),
            Metric::TeamCostPerYear => "IF(ISBLANK(in_per_coach),\"\",res_team_fte*in_fte_cost)".into(),
            Metric::ProjectCostTotal => format!("SUM({})", self.sum_range(SumColumn::CostD)),
            Metric::NetResult => "res_savings_total-res_project_cost_total".into(),
            Metric::ExecutionSavingsTotal => format!("IF(ISBLANK(in_execution_cost),\"\",SUMPRODUCT({},{}))", self.sum_range(SumColumn::Execution), self.sum_range(SumColumn::Discount)),
            Metric::ClientIncomeTotal => format!("IF(ISBLANK(in_income_gain),\"\",SUMPRODUCT({},{}))", self.sum_range(SumColumn::Client), self.sum_range(SumColumn::Discount)),
            Metric::MunicipalityNet => "IF(ISBLANK(in_execution_cost),res_net_result,res_savings_total+res_execution_savings_total-res_project_cost_total)".into(),
            Metric::ReturnRatio => "IF(res_project_cost_total>0,res_savings_total/res_project_cost_total,\"\")".into(),
            Metric::BreakEvenMonth => format!("IFERROR(INDEX({t},MATCH(1,{},0)),\"\")", self.sum_range(SumColumn::PaidBack)),
            Metric::CostPerExit => "IF(AND(calc_project_cost_year>0,res_exits>0),calc_project_cost_year*in_period/12/res_exits,\"\")".into(),
            Metric::CostPerNetExit => "IF(AND(calc_project_cost_year>0,res_net_exits>0),calc_project_cost_year*in_period/12/res_net_exits,\"\")".into(),
            Metric::HistoricShare => "IF(ISBLANK(in_inhabitants),\"\",IF(in_inhabitants<15000,1,IF(in_inhabitants>=40000,0,(40000-in_inhabitants)/25000)))".into(),
            Metric::BudgetKept => format!("IF(ISBLANK(in_inhabitants),\"\",{}{})", column_number_to_name(2 + self.years as u16), self.rows.budget_metric(BudgetMetric::Kept) + 1),
        })
    }
}
