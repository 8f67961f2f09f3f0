//! The business case as a spreadsheet (issue 40): an `.xlsx` file whose every figure is a live
//! formula over the inputs, so that a controller can check the model and try another
//! assumption in Excel or LibreOffice. Each formula carries the value the page computed, so a
//! viewer that does not calculate shows the figures.
//!
//! Three sheets for a scenario without groups:
//! - the inputs: every input with its label, value, unit and name; each value is a named cell
//!   (`in_` and the input's link name: `in_caseload`, `in_exit`, …), and below them the helper
//!   cells the months use (`calc_…`: the monthly hazards, the project cost a year);
//! - the months: one row per month 0 … H, each column a formula over the inputs and the rows
//!   above it, mirroring `model::projection::scenario`;
//! - the results: one row per result of the page, in its order: column A its `data-metric`
//!   name, B its label, C its formula (named `res_` and the metric's name), D what is a value
//!   rather than a formula, and why.
//!
//! Shares are fractions in the cells (with a percentage format), as in the model. Written with
//! `rust_xlsxwriter` (its `wasm` feature: the page builds the file in the browser).

use crate::model::core::number::year_and_month;
use crate::model::projection::scenario::{hazards, track_columns};
use crate::model::{Field, Inputs, Metric, Projection};
use crate::text::workbook::words;
use crate::text::{texts, Lang};
use crate::model::projection::project_plan;
use gloo_worker::{HandlerId, Worker, WorkerScope};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};

/// The first row of months (t = 0) on the months sheet, counting from 0; row 0 holds the
/// headings.
const FIRST_MONTH_ROW: u32 = 1;

/// A formula with the value the page computed for it: a number, or empty.
fn formula(text: &str, value: Option<f64>) -> Formula {
    let result = match value {
        Some(v) if v.is_finite() => format!("{v}"),
        Some(_) => "#NUM!".to_string(),
        None => String::new(),
    };
    Formula::new(text).set_result(result)
}

/// The name of an input's cell.
fn input_name(field: Field) -> String {
    format!("in_{}", field.link_name())
}

/// The name of a result's cell.
fn result_name(metric: Metric) -> String {
    format!("res_{}", metric.name())
}

/// The formats of the file.
struct Formats {
    heading: Format,
    euros: Format,
    percent: Format,
    number: Format,
    month: Format,
}

impl Formats {
    fn new(month_format: &str) -> Formats {
        Formats {
            heading: Format::new().set_bold(),
            euros: Format::new().set_num_format("€ #,##0;€ -#,##0"),
            percent: Format::new().set_num_format("0.00%"),
            number: Format::new().set_num_format("#,##0.00"),
            month: Format::new().set_num_format(month_format),
        }
    }
}

/// The months sheet's columns that formulas refer to, by letter (B is the calendar month, Q the
/// wage-cost subsidy of the month).
mod col {
    pub const T: &str = "A";
    pub const HAZARD: &str = "C";
    pub const S_P: &str = "D";
    pub const X_P: &str = "E";
    pub const RET_P: &str = "F";
    pub const A_P: &str = "G";
    pub const F_P: &str = "H";
    pub const S_B: &str = "I";
    pub const X_B: &str = "J";
    pub const RET_B: &str = "K";
    pub const A_B: &str = "L";
    pub const F_B: &str = "M";
    pub const DELTA: &str = "N";
    pub const DISCOUNT: &str = "O";
    pub const SAVING: &str = "P";
    pub const PARTTIME: &str = "R";
    pub const EXECUTION: &str = "S";
    pub const CLIENT: &str = "T";
    pub const COST: &str = "U";
    pub const SAVING_D: &str = "V";
    pub const COST_D: &str = "W";
    pub const CUM_SAVING: &str = "X";
    pub const CUM_COST: &str = "Y";
    pub const PAID_BACK: &str = "Z";
}

/// The business case of one scenario without groups, in the page's language: its inputs, its
/// months and its results as formulas, with the values of `p` (the projection of `inputs`).
pub fn workbook(lang: Lang, inputs: &Inputs, p: &Projection) -> Result<Vec<u8>, XlsxError> {
    let t = texts(lang);
    let w = words(lang);
    let f = Formats::new(w.month_format);
    let mut book = Workbook::new();
    let mut names: Vec<(String, String)> = Vec::new();

    // --- Inputs ---------------------------------------------------------------------------
    let mut sheet = Worksheet::new();
    sheet.set_name(w.inputs_sheet)?;
    let inputs_sheet = format!("'{}'", w.inputs_sheet);
    for (c, heading) in w.input_columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *heading, &f.heading)?;
    }
    let mut row = 1;
    for field in Field::IN_FORM_ORDER.into_iter().filter(|f| *f != Field::Exits) {
        sheet.write_string(row, 0, t.field_label.of(field.named_by()))?;
        let unit = if field.style() == crate::model::core::number::NumberStyle::Percent { "%" } else { t.field_unit.of(field) };
        match (field, inputs.value(field)) {
            (_, None) => {
                sheet.write_blank(row, 1, &f.number)?;
            }
            (Field::Start, Some(_)) => {
                let (year, month) = year_and_month(inputs.start_month);
                let date = ExcelDateTime::from_ymd(year as u16, month as u8, 1)?;
                sheet.write_date_with_format(row, 1, &date, &f.month)?;
            }
            (_, Some(v)) if field.style() == crate::model::core::number::NumberStyle::Percent => {
                sheet.write_number_with_format(row, 1, v / 100.0, &f.percent)?;
            }
            (_, Some(v)) if field.facts().unit == crate::model::core::field::Unit::Euros => {
                sheet.write_number_with_format(row, 1, v, &f.euros)?;
            }
            (_, Some(v)) => {
                sheet.write_number(row, 1, v)?;
            }
        }
        sheet.write_string(row, 2, unit)?;
        sheet.write_string(row, 3, input_name(field))?;
        names.push((input_name(field), format!("={inputs_sheet}!$B${}", row + 1)));
        row += 1;
    }

    // The helper cells the months use, each a formula with the page's value.
    row += 1;
    sheet.write_string_with_format(row, 0, w.helpers_heading, &f.heading)?;
    row += 1;
    let (hazard_project, hazard_baseline) = hazards(inputs);
    let project_log = (-inputs.exit_share.fraction()).ln_1p();
    let baseline_log = (-inputs.baseline_per_year.fraction()).ln_1p();
    let helpers: [(&str, &str, String, Option<f64>); 10] = [
        ("calc_horizon", w.helper_horizon, "MAX(in_horizon,in_period)".into(), Some(f64::from(inputs.horizon_months.max(inputs.period_months)))),
        (
            "calc_project_cost_year",
            w.helper_project_cost,
            "IF(ISBLANK(in_per_coach),0,(in_caseload/in_per_coach-IF(ISBLANK(in_per_coach_regular),0,in_caseload/in_per_coach_regular))*in_fte_cost)+in_project_cost".into(),
            Some(inputs.project_cost_a_year()),
        ),
        ("calc_subsidy", w.helper_subsidy, "in_work*in_subsidised*in_subsidy_cost".into(), Some(inputs.subsidy_per_reduction())),
        // ln(1 − E) and −expm1(ln(1 − E) / P), each accurate for small shares (Goldberg's
        // log1p, Kahan's expm1), as the model computes them.
        ("calc_log_project", w.helper_log, "IF(in_exit>=1,0,IF(in_exit<1E-10,-in_exit*(1+in_exit/2),LN(1-in_exit)*in_exit/(1-(1-in_exit))))".into(), Some(if project_log.is_finite() { project_log } else { 0.0 })),
        ("calc_y_project", w.helper_y, "calc_log_project/in_period".into(), Some(if project_log.is_finite() { project_log / f64::from(inputs.period_months) } else { 0.0 })),
        ("calc_hazard_project", w.helper_hazard_project, hazard_formula("in_exit", "calc_y_project"), Some(hazard_project)),
        ("calc_log_baseline", w.helper_log, "IF(in_baseline>=1,0,IF(in_baseline<1E-10,-in_baseline*(1+in_baseline/2),LN(1-in_baseline)*in_baseline/(1-(1-in_baseline))))".into(), Some(if baseline_log.is_finite() { baseline_log } else { 0.0 })),
        ("calc_y_baseline", w.helper_y, "calc_log_baseline/12".into(), Some(if baseline_log.is_finite() { baseline_log / 12.0 } else { 0.0 })),
        ("calc_hazard_baseline", w.helper_hazard_baseline, hazard_formula("in_baseline", "calc_y_baseline"), Some(hazard_baseline)),
        ("calc_parttime_year", w.helper_parttime, "12*in_parttime*in_parttime_saving".into(), Some(inputs.parttime_saving_a_year().unwrap_or(0.0))),
    ];
    for (name, label, text, value) in helpers {
        sheet.write_string(row, 0, label)?;
        sheet.write_formula(row, 1, formula(&text, value))?;
        sheet.write_string(row, 3, name)?;
        names.push((name.to_string(), format!("={inputs_sheet}!$B${}", row + 1)));
        row += 1;
    }
    row += 1;
    sheet.write_string(row, 0, w.rows_note)?;
    sheet.set_column_width(0, 48)?;
    sheet.set_column_width(1, 16)?;
    sheet.set_column_width(2, 24)?;
    sheet.set_column_width(3, 24)?;
    book.push_worksheet(sheet);

    // --- Months ---------------------------------------------------------------------------
    let mut sheet = Worksheet::new();
    sheet.set_name(w.months_sheet)?;
    let months_sheet = format!("'{}'", w.months_sheet);
    let horizon = inputs.horizon_months.max(inputs.period_months) as usize;
    let (with, without) = track_columns(inputs);
    // The headings, in the order of the columns' letters (`col`).
    for (c, heading) in w.month_columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *heading, &f.heading)?;
    }
    let stayed = |first: &[f64]| {
        let mut left = f64::from(inputs.caseload);
        let mut out = vec![left];
        for x in &first[1..] {
            left -= x;
            out.push(left);
        }
        out
    };
    let (stayed_p, stayed_b) = (stayed(&with.first_exits), stayed(&without.first_exits));
    let (mut cum_saving, mut cum_cost) = (0.0, 0.0);
    for (i, m) in p.months.iter().enumerate().take(horizon + 1) {
        let r = FIRST_MONTH_ROW + i as u32;
        let x = r + 1; // Excel's row of month i
        let prev = x - 1;
        let t_cell = format!("{}{x}", col::T);
        sheet.write_number(r, 0, i as f64)?;
        let discount = (1.0 + inputs.discount_per_year.fraction()).powf(-(i as f64) / 12.0);
        cum_saving += m.saving_discounted;
        cum_cost += m.cost_discounted;
        // Paid back by this month: the first such month is the break-even month.
        let flag = if i > 0 && inputs.project_cost_a_year() > 0.0 && cum_saving >= cum_cost { 1.0 } else { 0.0 };
        // The window of the returns: the exits of the twelve months before (from month 0).
        let window = |letter: &str| format!("{letter}{}:{letter}{prev}", x.saturating_sub(12).max(FIRST_MONTH_ROW + 1));
        let cells: Vec<(String, f64, &Format)> = if i == 0 {
            vec![
                ("DATE(YEAR(in_start),MONTH(in_start)-1,1)".into(), month_serial(inputs.start_month, 0)?, &f.month),
                ("0".into(), 0.0, &f.number),
                ("in_caseload".into(), with.caseload[0], &f.number),
                ("0".into(), 0.0, &f.number),
                ("0".into(), 0.0, &f.number),
                ("in_caseload".into(), stayed_p[0], &f.number),
                ("0".into(), 0.0, &f.number),
                ("in_caseload".into(), without.caseload[0], &f.number),
                ("0".into(), 0.0, &f.number),
                ("0".into(), 0.0, &f.number),
                ("in_caseload".into(), stayed_b[0], &f.number),
                ("0".into(), 0.0, &f.number),
                (format!("{}{x}-{}{x}", col::S_B, col::S_P), 0.0, &f.number),
                (format!("(1+in_discount)^(-{t_cell}/12)"), discount, &f.number),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                ("0".into(), 0.0, &f.euros),
                (format!("{}{x}", col::SAVING_D), 0.0, &f.euros),
                (format!("{}{x}", col::COST_D), 0.0, &f.euros),
                ("0".into(), 0.0, &f.number),
            ]
        } else {
            let delta = format!("{}{x}", col::DELTA);
            vec![
                (format!("DATE(YEAR(in_start),MONTH(in_start)+{t_cell}-1,1)"), month_serial(inputs.start_month, i as u32)?, &f.month),
                (format!("IF({t_cell}<=in_period,calc_hazard_project,calc_hazard_baseline)"), if i as u32 <= inputs.period_months { hazards(inputs).0 } else { hazards(inputs).1 }, &f.number),
                (format!("{}{prev}-{}{x}+{}{x}", col::S_P, col::X_P, col::RET_P), with.caseload[i], &f.number),
                (format!("{}{x}*{}{prev}", col::HAZARD, col::S_P), with.exits[i], &f.number),
                (format!("in_return/12*MAX(0,SUM({}))", window(col::X_P)), with.returns[i], &f.number),
                (format!("{}{prev}-{}{x}", col::A_P, col::F_P), stayed_p[i], &f.number),
                (format!("{}{x}*{}{prev}", col::HAZARD, col::A_P), with.first_exits[i], &f.number),
                (format!("{}{prev}-{}{x}+{}{x}", col::S_B, col::X_B, col::RET_B), without.caseload[i], &f.number),
                (format!("calc_hazard_baseline*{}{prev}", col::S_B), without.exits[i], &f.number),
                (format!("in_return/12*MAX(0,SUM({}))", window(col::X_B)), without.returns[i], &f.number),
                (format!("{}{prev}-{}{x}", col::A_B, col::F_B), stayed_b[i], &f.number),
                (format!("calc_hazard_baseline*{}{prev}", col::A_B), without.first_exits[i], &f.number),
                (format!("{}{x}-{}{x}", col::S_B, col::S_P), m.caseload_baseline - m.caseload_project, &f.number),
                (format!("(1+in_discount)^(-{t_cell}/12)"), discount, &f.number),
                (format!("{delta}*(in_cost-calc_subsidy)/12+{}{x}", col::PARTTIME), m.saving, &f.euros),
                (format!("{delta}*calc_subsidy/12"), m.subsidy_cost, &f.euros),
                (format!("in_parttime*MIN({t_cell},in_period)/in_period*in_parttime_saving"), m.parttime_saving, &f.euros),
                (format!("{delta}*in_execution_cost/12"), m.execution_saving, &f.euros),
                (format!("{delta}*in_work*in_income_gain/12"), m.client_income, &f.euros),
                (format!("IF({t_cell}<=in_period,calc_project_cost_year/12,0)"), m.cost, &f.euros),
                (format!("{}{x}*{}{x}", col::SAVING, col::DISCOUNT), m.saving_discounted, &f.euros),
                (format!("{}{x}*{}{x}", col::COST, col::DISCOUNT), m.cost_discounted, &f.euros),
                (format!("{}{prev}+{}{x}", col::CUM_SAVING, col::SAVING_D), cum_saving, &f.euros),
                (format!("{}{prev}+{}{x}", col::CUM_COST, col::COST_D), cum_cost, &f.euros),
                (format!("IF(AND(calc_project_cost_year>0,{}{x}>={}{x}),1,0)", col::CUM_SAVING, col::CUM_COST), flag, &f.number),
            ]
        };
        for (c, (text, value, format)) in cells.into_iter().enumerate() {
            sheet.write_formula_with_format(r, (c + 1) as u16, formula(&text, Some(value)), format)?;
        }
    }
    let last = FIRST_MONTH_ROW + horizon as u32 + 1; // Excel's row of month H
    let first = FIRST_MONTH_ROW + 1; // Excel's row of month 0
    let range = |letter: &str| format!("{months_sheet}!${letter}${first}:${letter}${last}");
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_column_width(0, 7)?;
    sheet.set_column_width(1, 16)?;
    for c in 2..w.month_columns.len() as u16 {
        sheet.set_column_width(c, 14)?;
    }
    book.push_worksheet(sheet);

    // --- Results --------------------------------------------------------------------------
    let mut sheet = Worksheet::new();
    sheet.set_name(w.results_sheet)?;
    // A result with no value is an empty text, not the writer's default 0.
    sheet.set_formula_result_default("");
    let results_sheet = format!("'{}'", w.results_sheet);
    for (c, heading) in w.result_columns.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *heading, &f.heading)?;
    }
    let at_period = |letter: &str| format!("INDEX({},in_period+1)", range(letter));
    for (i, metric) in Metric::ALL.into_iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, metric.name())?;
        sheet.write_string(r, 1, t.metric_label.of(metric))?;
        let value = metric.value(p).filter(|v| v.is_finite());
        let format = match metric.kind() {
            crate::model::MetricKind::Money => &f.euros,
            crate::model::MetricKind::Share => &f.percent,
            _ => &f.number,
        };
        match result_formula(metric, &range, &at_period) {
            Some(text) => {
                sheet.write_formula_with_format(r, 2, formula(&text, value), format)?;
            }
            None => {
                match value {
                    Some(v) => sheet.write_number_with_format(r, 2, v, format)?,
                    None => sheet.write_blank(r, 2, format)?,
                };
                sheet.write_string(r, 3, (w.value_only)(metric))?;
            }
        }
        names.push((result_name(metric), format!("={results_sheet}!$C${}", r + 1)));
    }
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 52)?;
    sheet.set_column_width(2, 18)?;
    sheet.set_column_width(3, 60)?;
    book.push_worksheet(sheet);

    for (name, target) in names {
        book.define_name(name, &target)?;
    }
    book.save_to_buffer()
}

/// The spreadsheet's serial number of the first day of month t (t = 1 is the start month,
/// `start` a month index).
fn month_serial(start: u32, t: u32) -> Result<f64, XlsxError> {
    let (year, month) = year_and_month(start + t - 1);
    Ok(ExcelDateTime::from_ymd(year as u16, month as u8, 1)?.to_excel())
}

/// −expm1(y) accurate for small y (Kahan), 1 at a share of 1: the monthly hazard of a share.
fn hazard_formula(share: &str, y: &str) -> String {
    format!("IF({share}>=1,1,IF(ABS({y})<1E-10,-{y}*(1+{y}/2),(1-EXP({y}))*{y}/LN(EXP({y}))))")
}

/// The formula of a result over the months (`range` of a column; `at_period`: a column's value
/// in month P); none for a result that is a value (a search, the budget's years).
fn result_formula(metric: Metric, range: &dyn Fn(&str) -> String, at_period: &dyn Fn(&str) -> String) -> Option<String> {
    let t = range(col::T);
    let in_period = |letter: &str| format!("SUMIF({t},\"<=\"&in_period,{})", range(letter));
    // Month 0 has no exits: summing it too changes nothing.
    let first_exits = in_period(col::F_P);
    let baseline_exits = in_period(col::F_B);
    Some(match metric {
        Metric::SavingsPerYear => format!("{}*(in_cost-calc_subsidy)+calc_parttime_year", at_period(col::DELTA)),
        Metric::Exits => first_exits,
        Metric::ExitShare => "IF(in_caseload>0,res_exits/in_caseload,0)".into(),
        Metric::BreakEvenExits | Metric::BreakEvenExitShare => return None,
        Metric::ExitsWork => "in_work*res_exits".into(),
        Metric::ExitsOther => "res_exits-res_exits_work".into(),
        Metric::ExitsBaseline => baseline_exits,
        Metric::NetExits => "res_exits-res_exits_baseline".into(),
        Metric::CaseloadEnd => format!("INDEX({},calc_horizon+1)", range(col::S_P)),
        Metric::BenefitSavingsPerYear => format!("{}*in_cost", at_period(col::DELTA)),
        Metric::SubsidisedPlacements => "res_exits_work*in_subsidised".into(),
        Metric::SubsidyCostPerYear => format!("{}*calc_subsidy", at_period(col::DELTA)),
        Metric::ParttimeSavingsPerYear => "calc_parttime_year".into(),
        Metric::SavingsTotal => format!("SUM({})", range(col::SAVING_D)),
        Metric::TeamFte => "IF(ISBLANK(in_per_coach),\"\",in_caseload/in_per_coach-IF(ISBLANK(in_per_coach_regular),0,in_caseload/in_per_coach_regular))".into(),
        Metric::TeamCostPerYear => "IF(ISBLANK(in_per_coach),\"\",res_team_fte*in_fte_cost)".into(),
        Metric::ProjectCostTotal => format!("SUM({})", range(col::COST_D)),
        Metric::NetResult => "res_savings_total-res_project_cost_total".into(),
        Metric::ExecutionSavingsTotal => format!("IF(ISBLANK(in_execution_cost),\"\",SUMPRODUCT({},{}))", range(col::EXECUTION), range(col::DISCOUNT)),
        Metric::ClientIncomeTotal => format!("IF(ISBLANK(in_income_gain),\"\",SUMPRODUCT({},{}))", range(col::CLIENT), range(col::DISCOUNT)),
        Metric::MunicipalityNet => "IF(ISBLANK(in_execution_cost),res_net_result,res_savings_total+res_execution_savings_total-res_project_cost_total)".into(),
        Metric::ReturnRatio => "IF(res_project_cost_total>0,res_savings_total/res_project_cost_total,\"\")".into(),
        Metric::BreakEvenMonth => format!("IFERROR(INDEX({t},MATCH(1,{},0)),\"\")", range(col::PAID_BACK)),
        Metric::CostPerExit => "IF(AND(calc_project_cost_year>0,res_exits>0),calc_project_cost_year*in_period/12/res_exits,\"\")".into(),
        Metric::CostPerNetExit => "IF(AND(calc_project_cost_year>0,res_net_exits>0),calc_project_cost_year*in_period/12/res_net_exits,\"\")".into(),
        Metric::HistoricShare => "IF(ISBLANK(in_inhabitants),\"\",IF(in_inhabitants<15000,1,IF(in_inhabitants>=40000,0,(40000-in_inhabitants)/25000)))".into(),
        Metric::BudgetKept => return None,
    })
}

/// What the page asks the workbook's worker: one scenario without groups, in a language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The language of the file's words.
    pub lang: Lang,
    /// The checked inputs, as the results show them (a field with a problem has its last valid
    /// value).
    pub inputs: Inputs,
}

/// The worker's answer: the request's language and the file, or why it could not be made.
pub type Answer = (Lang, Result<Vec<u8>, String>);

/// The worker's script: Trunk's loader shim of the `workbook` binary (index.html), beside the
/// page. Loaded when the user first asks for the file: the writer is not part of the page.
pub const WORKER_PATH: &str = "./workbook_loader.js";

/// The workbook's worker: each request answered with its file.
#[derive(Debug)]
pub struct WorkbookWorker;

impl Worker for WorkbookWorker {
    type Message = ();
    type Input = Request;
    type Output = Answer;

    fn create(_: &WorkerScope<Self>) -> Self {
        WorkbookWorker
    }

    fn update(&mut self, _: &WorkerScope<Self>, (): ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        // The page's projection of a scenario without groups, computed the same way.
        let p = project_plan(&request.inputs, &[]).total;
        scope.respond(id, (request.lang, workbook(request.lang, &request.inputs, &p).map_err(|e| e.to_string())));
    }
}
