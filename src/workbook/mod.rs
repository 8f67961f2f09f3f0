//! The business case as a spreadsheet (issue 40): an `.xlsx` file whose every figure is a live
//! formula over the inputs, so that a controller can check the model and try another
//! assumption in Excel or LibreOffice. Each formula carries the value the page computed, so a
//! viewer that does not calculate shows the figures.
//!
//! The file of one scenario has three sheets, one for each part (`inputs`, `months`,
//! `results`, each written at the sheet and row it is given); a set's file has a comparison sheet
//! and then one sheet per scenario with its three parts one below the other, results first, its
//! names local to that sheet. The parts:
//! - the inputs: every input with its label, value, unit and name; each value is a named cell
//!   (`in_` and the input's link name: `in_caseload`, `in_exit`, …), and below them the helper
//!   cells the months use (`calc_…`: the monthly hazards, the project cost a year); with groups,
//!   a row per group (`g1_caseload`, `g1_exit`, `g1_work`, `g1_baseline` and its hazards), and
//!   the scenario's caseload, exit, work and deadweight are the groups' totals, as formulas;
//! - the months: one row per month 0 … H: a block of columns per track pair (the scenario's, or
//!   each group's), each a formula over the inputs and the rows above it, mirroring
//!   `model::projection::scenario`, then their sums and the money (`projection::groups`);
//! - the results: one row per result of the page, in its order: column A its `data-metric`
//!   name, B its label, C its formula (named `res_` and the metric's name), D what is a value
//!   rather than a formula, and why; then the calendar years (`years`, `year_…`) and the budget
//!   (`budget_…`) as formulas.
//!
//! Shares are fractions in the cells (with a percentage format), as in the model. Written with
//! `rust_xlsxwriter` (its `wasm` feature: the page builds the file in the browser).

use crate::model::core::number::year_and_month;
use crate::model::results::budget::{budget_of, BudgetMetric, LAG_YEARS};
use crate::model::results::years::{years, YearMetric};
use strum::EnumCount;
use crate::model::input::Group;
use crate::model::projection::scenario::{hazards, monthly_hazard, project, track_columns};
use crate::model::projection::discount_factors;
use crate::model::{Field, Inputs, Metric, Projection};
use crate::text::workbook::words;
use crate::text::{texts, Lang};
use crate::model::projection::project_plan;
mod inputs;
mod months;
mod results;

use inputs::{write_inputs, Track};
use months::{write_months, Layout};
use results::{write_results, year_columns, ResultRows};
use gloo_worker::{HandlerId, Worker, WorkerScope};
use rust_xlsxwriter::{column_name_to_number, column_number_to_name, ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};

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
    year: Format,
    year_heading: Format,
    text: Format,
    text_heading: Format,
}

impl Formats {
    fn new(month_format: &str) -> Formats {
        Formats {
            heading: Format::new().set_bold(),
            euros: Format::new().set_num_format("€ #,##0;€ -#,##0"),
            percent: Format::new().set_num_format("0.00%"),
            number: Format::new().set_num_format("#,##0.00"),
            month: Format::new().set_num_format(month_format),
            year: Format::new().set_num_format("0"),
            year_heading: Format::new().set_num_format("0").set_bold(),
            // Text stays text, also when edited: a name that starts with `=` is no formula.
            text: Format::new().set_quote_prefix(),
            // A scenario's name above its column of figures: on their side, wrapped to the width.
            text_heading: Format::new().set_quote_prefix().set_bold().set_text_wrap().set_align(FormatAlign::Right),
        }
    }

    /// A result's format: euros, a percentage or a number.
    fn of(&self, metric: Metric) -> &Format {
        match metric.kind() {
            crate::model::MetricKind::Money => &self.euros,
            crate::model::MetricKind::Share => &self.percent,
            _ => &self.number,
        }
    }
}

/// The defined names of a file: global in the file of one scenario, local to its sheet in a
/// set's file (where every scenario has the same names: `in_exit` on a scenario's sheet is that
/// scenario's).
struct Names {
    /// The quoted sheet the names belong to, if local.
    scope: Option<String>,
    list: Vec<(String, String)>,
}

impl Names {
    fn add(&mut self, name: impl Into<String>, target: String) {
        self.list.push((name.into(), target));
    }

    fn define(self, book: &mut Workbook) -> Result<(), XlsxError> {
        for (name, target) in self.list {
            let name = match &self.scope {
                Some(sheet) => format!("{sheet}!{name}"),
                None => name,
            };
            book.define_name(name, &target)?;
        }
        Ok(())
    }
}

/// A sheet's name as formulas and names refer to it: always quoted (our names have no
/// apostrophe: [`sheet_name`] takes them out).
fn quoted(sheet: &str) -> String {
    format!("'{sheet}'")
}

/// One scenario as the file writes it: its words, inputs, groups and the page's projection.
struct Scenario<'a> {
    lang: Lang,
    about: &'a About,
    inputs: &'a Inputs,
    groups: &'a [Group],
    p: &'a Projection,
}

/// Where a part of a scenario goes: its sheet, that sheet's quoted name, and its first row.
struct Place<'a> {
    sheet: &'a mut Worksheet,
    name: &'a str,
    row: u32,
}

/// The business case of one scenario (its caseload split into `groups`, or not), in `lang`:
/// its inputs, its months and its results as formulas, with the values of `p` (the page's
/// projection of `inputs` and `groups`), a sheet each.
pub fn workbook(lang: Lang, about: &About, inputs: &Inputs, groups: &[Group], p: &Projection) -> Result<Vec<u8>, XlsxError> {
    let w = words(lang);
    let f = Formats::new(w.month_format);
    let s = Scenario { lang, about, inputs, groups, p };
    let mut names = Names { scope: None, list: Vec::new() };
    let (inputs_name, months_name, results_name) = (quoted(w.inputs_sheet), quoted(w.months_sheet), quoted(w.results_sheet));

    let mut inputs_sheet = Worksheet::new();
    inputs_sheet.set_name(w.inputs_sheet)?;
    let (tracks, _) = write_inputs(Place { sheet: &mut inputs_sheet, name: &inputs_name, row: 0 }, &s, &f, &mut names)?;
    inputs_widths(&mut inputs_sheet)?;

    let mut months_sheet = Worksheet::new();
    months_sheet.set_name(w.months_sheet)?;
    let layout = write_months(Place { sheet: &mut months_sheet, name: &months_name, row: 0 }, &s, &tracks, &f)?;
    months_sheet.set_freeze_panes(1, 2)?;
    months_widths(&mut months_sheet, &layout)?;

    let mut results_sheet = Worksheet::new();
    results_sheet.set_name(w.results_sheet)?;
    write_results(Place { sheet: &mut results_sheet, name: &results_name, row: 0 }, &s, &layout, &tracks, &f, &mut names)?;
    results_widths(&mut results_sheet, year_columns(inputs))?;
    printed_wide(&mut results_sheet);

    let mut book = Workbook::new();
    book.push_worksheet(inputs_sheet);
    book.push_worksheet(months_sheet);
    book.push_worksheet(results_sheet);
    names.define(&mut book)?;
    book.save_to_buffer()
}

/// One scenario of a set: its name and problems, inputs, groups and the page's projection.
pub struct SetScenario<'a> {
    /// Its name and the fields with a problem.
    pub about: &'a About,
    /// Its checked inputs.
    pub inputs: &'a Inputs,
    /// Its checked groups.
    pub groups: &'a [Group],
    /// The page's projection of them.
    pub p: &'a Projection,
}

/// The business case of a whole set, in `lang`: a comparison sheet first, each result of every
/// scenario side by side (formulas that refer to the scenarios' sheets), then a sheet per
/// scenario with its results, its inputs and its months, one below the other, with the same
/// names as the file of one scenario (local to its sheet).
pub fn set_workbook(lang: Lang, scenarios: &[SetScenario]) -> Result<Vec<u8>, XlsxError> {
    let t = texts(lang);
    let w = words(lang);
    let f = Formats::new(w.month_format);
    let mut book = Workbook::new();
    let mut comparison = Worksheet::new();
    comparison.set_name(w.comparison_sheet)?;
    comparison.set_formula_result_default("");
    comparison.write_string_with_format(0, 0, w.result_columns[0], &f.heading)?;
    comparison.write_string_with_format(0, 1, w.result_columns[1], &f.heading)?;
    for (i, metric) in Metric::ALL.into_iter().enumerate() {
        comparison.write_string(i as u32 + 1, 0, metric.name())?;
        comparison.write_string(i as u32 + 1, 1, t.metric_label.of(metric))?;
    }
    let mut sheets = Vec::new();
    let mut all_names = Vec::new();
    for (k, scenario) in scenarios.iter().enumerate() {
        let name = sheet_name(k, &scenario.about.name, w.scenario_label);
        let q = quoted(&name);
        let s = Scenario { lang, about: scenario.about, inputs: scenario.inputs, groups: scenario.groups, p: scenario.p };
        let mut names = Names { scope: Some(q.clone()), list: Vec::new() };
        let mut sheet = Worksheet::new();
        sheet.set_name(&name)?;
        // The results on top, what a reader looks for first; the inputs below them; the months
        // last.
        let inputs_row = ResultRows::new(0).end + 2;
        let (tracks, inputs_end) = write_inputs(Place { sheet: &mut sheet, name: &q, row: inputs_row }, &s, &f, &mut names)?;
        let layout = write_months(Place { sheet: &mut sheet, name: &q, row: inputs_end + 2 }, &s, &tracks, &f)?;
        let rows = write_results(Place { sheet: &mut sheet, name: &q, row: 0 }, &s, &layout, &tracks, &f, &mut names)?;
        together_widths(&mut sheet, &layout, year_columns(scenario.inputs))?;
        // The comparison's column of this scenario: its name, then each result from its sheet.
        let col = 2 + k as u16;
        comparison.write_string_with_format(0, col, scenario.about.name.as_str(), &f.text_heading)?;
        for (i, metric) in Metric::ALL.into_iter().enumerate() {
            let value = metric.value(scenario.p).filter(|v| v.is_finite());
            let text = format!("IF(ISBLANK({q}!$C${0}),\"\",{q}!$C${0})", rows.metric(i) + 1);
            comparison.write_formula_with_format(i as u32 + 1, col, formula(&text, value), f.of(metric))?;
        }
        comparison.set_column_width(col, 18)?;
        sheets.push(sheet);
        all_names.push(names);
    }
    comparison.set_column_width(0, 28)?;
    comparison.set_column_width(1, 52)?;
    comparison.set_freeze_panes(1, 2)?;
    printed_wide(&mut comparison);
    book.push_worksheet(comparison);
    for sheet in sheets {
        book.push_worksheet(sheet);
    }
    for names in all_names {
        names.define(&mut book)?;
    }
    book.save_to_buffer()
}

/// A scenario's sheet name in a set's file: its number and as much of its name as fits (31
/// characters), without the characters a sheet's name may not have, the apostrophe and the
/// marks that turn text around; its number keeps it unique.
fn sheet_name(k: usize, name: &str, fallback: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '*' | '?' | ':' | '[' | ']' | '\\' | '/' | '\'' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let clean = clean.trim();
    let clean = if clean.is_empty() { fallback } else { clean };
    // Excel counts a sheet's name in UTF-16 units (an emoji is two), as the writer checks it.
    let mut units = 0;
    let name: String = format!("{}. {clean}", k + 1)
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= 31
        })
        .collect();
    name.trim_end().to_string()
}

/// A sheet that prints on landscape pages, as wide as one page: the results and the comparison,
/// whose rows read across.
fn printed_wide(sheet: &mut Worksheet) {
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
}

/// Column widths of the inputs sheet.
fn inputs_widths(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    for (c, width) in [48, 16, 24, 24, 16].into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    Ok(())
}

/// Column widths of the months sheet.
fn months_widths(sheet: &mut Worksheet, layout: &Layout) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 7)?;
    sheet.set_column_width(1, 16)?;
    for c in 2..layout.columns() {
        sheet.set_column_width(c, 14)?;
    }
    Ok(())
}

/// Column widths of the results sheet: the years' columns as wide as the values.
fn results_widths(sheet: &mut Worksheet, years: usize) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 52)?;
    for c in 2..(3 + years as u16).max(4) {
        sheet.set_column_width(c, 16)?;
    }
    Ok(())
}

/// Column widths of a set's scenario sheet, where the three parts share the columns.
fn together_widths(sheet: &mut Worksheet, layout: &Layout, years: usize) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(1, 52)?;
    for c in 2..layout.columns().max(3 + years as u16) {
        sheet.set_column_width(c, 16)?;
    }
    Ok(())
}

/// What the file says of its scenario beside the figures: its name and which of its fields had
/// a problem (their last valid values are in the file, as in the page's results).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct About {
    /// The scenario's name as shown.
    pub name: String,
    /// The fields with a problem.
    pub problems: Vec<Field>,
}

/// A scenario as the page sends it to the workbook's worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// The checked inputs, as the results show them (a field with a problem has its last valid
    /// value).
    pub inputs: Inputs,
    /// The checked groups of its caseload (none: not split).
    pub groups: Vec<Group>,
    /// Its name and the fields with a problem.
    pub about: About,
}

/// What the page asks the workbook's worker: the file of one scenario, or of a whole set, in a
/// language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The language of the file's words.
    pub lang: Lang,
    /// The scenarios: the one being edited, or every one of the set.
    pub parts: Vec<Part>,
    /// Whether it is the set's file (a sheet per scenario and a comparison).
    pub whole_set: bool,
}

/// The worker's answer: the request's language, whether it is the set's file, and the file, or
/// why it could not be made.
pub type Answer = (Lang, bool, Result<Vec<u8>, String>);

/// The file a request asks for, the page's projections computed the same way as on the page.
pub fn answer(request: &Request) -> Result<Vec<u8>, XlsxError> {
    let pages: Vec<Projection> = request.parts.iter().map(|part| project_plan(&part.inputs, &part.groups).total).collect();
    match (request.whole_set, request.parts.first(), pages.first()) {
        (false, Some(part), Some(p)) => workbook(request.lang, &part.about, &part.inputs, &part.groups, p),
        _ => {
            let set: Vec<SetScenario> =
                request.parts.iter().zip(&pages).map(|(part, p)| SetScenario { about: &part.about, inputs: &part.inputs, groups: &part.groups, p }).collect();
            set_workbook(request.lang, &set)
        }
    }
}

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
        scope.respond(id, (request.lang, request.whole_set, answer(&request).map_err(|e| e.to_string())));
    }
}
