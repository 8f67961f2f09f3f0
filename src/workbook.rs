//! The business case as a spreadsheet (issue 40): an `.xlsx` file whose every figure is a live
//! formula over the inputs, so that a controller can check the model and try another
//! assumption in Excel or LibreOffice. Each formula carries the value the page computed, so a
//! viewer that does not calculate shows the figures.
//!
//! Three sheets:
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
//!   rather than a formula, and why.
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
use gloo_worker::{HandlerId, Worker, WorkerScope};
use rust_xlsxwriter::{column_name_to_number, column_number_to_name, ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError};
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
            text_heading: Format::new().set_quote_prefix().set_bold(),
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

/// The columns of a block of the months sheet, in order: one track pair (the scenario's, or a
/// group's) and what it saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockColumn {
    Hazard,
    CaseloadP,
    ExitsP,
    ReturnsP,
    StayedP,
    FirstP,
    CaseloadB,
    ExitsB,
    ReturnsB,
    StayedB,
    FirstB,
    Delta,
    Saving,
    Subsidy,
    Execution,
    Client,
}

/// The columns after the blocks, in order: the sums and the money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SumColumn {
    CaseloadP,
    CaseloadB,
    Delta,
    Parttime,
    Saving,
    Subsidy,
    Execution,
    Client,
    Cost,
    Discount,
    SavingD,
    CostD,
    CumSaving,
    CumCost,
    PaidBack,
    Year,
}

const BLOCK: [BlockColumn; 16] = [
    BlockColumn::Hazard, BlockColumn::CaseloadP, BlockColumn::ExitsP, BlockColumn::ReturnsP, BlockColumn::StayedP, BlockColumn::FirstP, BlockColumn::CaseloadB, BlockColumn::ExitsB, BlockColumn::ReturnsB, BlockColumn::StayedB, BlockColumn::FirstB,
    BlockColumn::Delta, BlockColumn::Saving, BlockColumn::Subsidy, BlockColumn::Execution, BlockColumn::Client,
];
const SUMS: [SumColumn; 16] = [
    SumColumn::CaseloadP, SumColumn::CaseloadB, SumColumn::Delta, SumColumn::Parttime, SumColumn::Saving, SumColumn::Subsidy, SumColumn::Execution, SumColumn::Client, SumColumn::Cost, SumColumn::Discount, SumColumn::SavingD,
    SumColumn::CostD, SumColumn::CumSaving, SumColumn::CumCost, SumColumn::PaidBack, SumColumn::Year,
];

/// The months' layout: column A the month, B the calendar month, then a block per track pair,
/// then the sums; a row per month from `first` (counting from 0), on the quoted `sheet`.
struct Layout {
    blocks: usize,
    first: u32,
    horizon: u32,
    sheet: String,
}

impl Layout {
    /// The letter of block `k`'s column `c`.
    fn block(&self, k: usize, c: BlockColumn) -> String {
        let i = BLOCK.iter().position(|x| *x == c).expect("a block column");
        column_number_to_name((2 + k * BLOCK.len() + i) as u16)
    }
    /// The letter of a sum's column.
    fn sum(&self, c: SumColumn) -> String {
        let i = SUMS.iter().position(|x| *x == c).expect("a sum column");
        column_number_to_name((2 + self.blocks * BLOCK.len() + i) as u16)
    }
    /// How many columns the months have.
    fn columns(&self) -> u16 {
        (2 + self.blocks * BLOCK.len() + SUMS.len()) as u16
    }
    /// A column (its letter) over the months 0 … H, with its sheet.
    fn range(&self, letter: &str) -> String {
        let (first, last) = (self.first + 1, self.first + self.horizon + 1);
        format!("{}!${letter}${first}:${letter}${last}", self.sheet)
    }
}

/// One track pair: its group's name (none: the scenario's own), the names of its cells on the
/// inputs sheet, its inputs, monthly hazards and projection without project cost and
/// part-timers (for the values the page computed).
struct Track {
    group: Option<String>,
    caseload: String,
    work: String,
    hazard_project: String,
    hazard_baseline: String,
    subsidy: String,
    inputs: Inputs,
    rates: (f64, f64),
    part: Projection,
}

/// Writes an input's value (or leaves it empty) in its format.
fn write_value(sheet: &mut Worksheet, row: u32, col: u16, field: Field, value: Option<f64>, inputs: &Inputs, f: &Formats) -> Result<(), XlsxError> {
    use crate::model::core::field::Unit;
    use crate::model::core::number::NumberStyle;
    match value {
        None => {
            sheet.write_blank(row, col, &f.number)?;
        }
        Some(_) if field == Field::Start => {
            let (year, month) = year_and_month(inputs.start_month);
            sheet.write_date_with_format(row, col, &ExcelDateTime::from_ymd(year as u16, month as u8, 1)?, &f.month)?;
        }
        Some(v) if field.style() == NumberStyle::Percent => {
            sheet.write_number_with_format(row, col, v / 100.0, &f.percent)?;
        }
        Some(v) if field.facts().unit == Unit::Euros => {
            sheet.write_number_with_format(row, col, v, &f.euros)?;
        }
        Some(v) => {
            sheet.write_number(row, col, v)?;
        }
    }
    Ok(())
}

/// The logarithm, its monthly part and the hazard of a share over `months` (a number or a
/// cell's name; `months_value` its value), as formulas over the share's cell, each with the
/// page's value (the hazard is the model's own, [`monthly_hazard`]).
fn hazard_cells(share: &str, months: &str, value: f64, months_value: u32, names: [&str; 3]) -> [(String, String, f64); 3] {
    // ln(1 − 1) is −∞; the sheet writes 0 there, and its hazard is 1 whatever the logarithm.
    let log = Some((-value).ln_1p()).filter(|l| l.is_finite()).unwrap_or(0.0);
    [
        (names[0].to_string(), format!("IF({share}>=1,0,IF({share}<1E-10,-{share}*(1+{share}/2),LN(1-{share})*{share}/(1-(1-{share}))))"), log),
        (names[1].to_string(), format!("{}/{months}", names[0]), log / f64::from(months_value)),
        (names[2].to_string(), hazard_formula(share, names[1]), monthly_hazard(value, months_value)),
    ]
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
    results_widths(&mut results_sheet, years(p).len())?;

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
        together_widths(&mut sheet, &layout)?;
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
    format!("{}. {clean}", k + 1).chars().take(31).collect::<String>().trim_end().to_string()
}
/// The inputs part: every input with its label, value, unit and name, the helper cells, the
/// scenario's name and problems, and the groups' table; each value a named cell. Returns the
/// track pairs the months are made of, and the row after the part.
fn write_inputs(place: Place, s: &Scenario, f: &Formats, names: &mut Names) -> Result<(Vec<Track>, u32), XlsxError> {
    let Place { sheet, name: sheet_ref, row: top } = place;
    let (t, w, inputs, groups, about) = (texts(s.lang), words(s.lang), s.inputs, s.groups, s.about);
    let grouped = !groups.is_empty();
    sheet.set_formula_result_default("");
    let cell = |row: u32, col: u16| format!("={sheet_ref}!${}${}", column_number_to_name(col), row + 1);
    for (c, heading) in w.input_columns.iter().enumerate() {
        sheet.write_string_with_format(top, c as u16, *heading, &f.heading)?;
    }
    // With groups, the scenario's caseload, exit, work and deadweight are the groups' totals, as
    // on the page: written once the groups' rows are placed, below the notes.
    let mut group_totals = Vec::new();
    let mut row = top + 1;
    for field in Field::IN_FORM_ORDER.into_iter().filter(|f| *f != Field::Exits) {
        sheet.write_string(row, 0, t.field_label.of(field.named_by()))?;
        let unit = if field.style() == crate::model::core::number::NumberStyle::Percent { "%" } else { t.field_unit.of(field) };
        if grouped && field.is_per_group() {
            group_totals.push((row, field));
            sheet.write_string(row, 4, w.groups_total)?;
        } else {
            write_value(sheet, row, 1, field, inputs.value(field), inputs, f)?;
        }
        sheet.write_string(row, 2, unit)?;
        sheet.write_string(row, 3, input_name(field))?;
        names.add(input_name(field), cell(row, 1));
        row += 1;
    }

    // The helper cells the months use, each a formula with the page's value.
    row += 1;
    sheet.write_string_with_format(row, 0, w.helpers_heading, &f.heading)?;
    row += 1;
    let period = inputs.period_months;
    let mut helpers: Vec<(String, &str, String, f64)> = vec![
        ("calc_horizon".into(), w.helper_horizon, "MAX(in_horizon,in_period)".into(), f64::from(inputs.horizon_months.max(inputs.period_months))),
        (
            "calc_project_cost_year".into(),
            w.helper_project_cost,
            "IF(ISBLANK(in_per_coach),0,(in_caseload/in_per_coach-IF(ISBLANK(in_per_coach_regular),0,in_caseload/in_per_coach_regular))*in_fte_cost)+in_project_cost".into(),
            inputs.project_cost_a_year(),
        ),
        ("calc_subsidy".into(), w.helper_subsidy, "in_work*in_subsidised*in_subsidy_cost".into(), inputs.subsidy_per_reduction()),
        ("calc_parttime_year".into(), w.helper_parttime, "12*in_parttime*in_parttime_saving".into(), inputs.parttime_saving_a_year().unwrap_or(0.0)),
    ];
    let project_names = ["calc_log_project", "calc_y_project", "calc_hazard_project"];
    let baseline_names = ["calc_log_baseline", "calc_y_baseline", "calc_hazard_baseline"];
    let labels = [w.helper_log, w.helper_y];
    for (k, (name, text, value)) in hazard_cells("in_exit", "in_period", inputs.exit_share.fraction(), period, project_names).into_iter().enumerate() {
        helpers.push((name, if k == 2 { w.helper_hazard_project } else { labels[k] }, text, value));
    }
    for (k, (name, text, value)) in hazard_cells("in_baseline", "12", inputs.baseline_per_year.fraction(), 12, baseline_names).into_iter().enumerate() {
        helpers.push((name, if k == 2 { w.helper_hazard_baseline } else { labels[k] }, text, value));
    }
    for (name, label, text, value) in helpers {
        sheet.write_string(row, 0, label)?;
        sheet.write_formula(row, 1, formula(&text, Some(value)))?;
        sheet.write_string(row, 3, name.as_str())?;
        names.add(name, cell(row, 1));
        row += 1;
    }
    row += 1;
    sheet.write_string(row, 0, w.rows_note)?;
    // The scenario's name as typed: text, never a formula, whatever it starts with.
    row += 1;
    sheet.write_string(row, 0, w.scenario_label)?;
    sheet.write_string_with_format(row, 1, about.name.as_str(), &f.text)?;
    if !about.problems.is_empty() {
        row += 1;
        let fields: Vec<&str> = about.problems.iter().map(|f| t.field_label.of(f.named_by())).collect();
        sheet.write_string(row, 0, format!("{} {}", w.problems_note, fields.join(", ")))?;
    }

    // The groups, a row each, with the helper cells of their hazards and subsidy, below the notes.
    let mut tracks = Vec::new();
    if grouped {
        row += 2;
        // The groups' rows in Excel's counting (from 1): after the heading and the columns' headings.
        let (first, last) = (row + 3, row + 2 + groups.len() as u32);
        let range = |col: u16| {
            let letter = column_number_to_name(col);
            format!("${letter}${first}:${letter}${last}")
        };
        let (n, e, wk, b) = (range(1), range(2), range(3), range(4));
        for (total_row, field) in group_totals {
            let (text, format) = match field {
                Field::Caseload => (format!("SUM({n})"), &f.number),
                Field::ExitShare => (format!("IF(SUM({n})>0,SUMPRODUCT({e},{n})/SUM({n}),0)"), &f.percent),
                Field::Work => (
                    format!("IF(SUMPRODUCT({e},{n})>0,SUMPRODUCT({wk},{e},{n})/SUMPRODUCT({e},{n}),IF(SUM({n})>0,SUMPRODUCT({wk},{n})/SUM({n}),0))"),
                    &f.percent,
                ),
                _ => (format!("IF(SUM({n})>0,SUMPRODUCT({b},{n})/SUM({n}),0)"), &f.percent),
            };
            let value = inputs.value(field).map(|v| if format == &f.percent { v / 100.0 } else { v });
            sheet.write_formula_with_format(total_row, 1, formula(&text, value), format)?;
        }
        sheet.write_string_with_format(row, 0, w.groups_heading, &f.heading)?;
        row += 1;
        for (c, heading) in w.group_columns.iter().enumerate() {
            sheet.write_string_with_format(row, c as u16, *heading, &f.heading)?;
        }
        for (i, g) in groups.iter().enumerate() {
            row += 1;
            let prefix = format!("g{}_", i + 1);
            let name = |what: &str| format!("{prefix}{what}");
            // The name as typed: always text, never a formula, also when edited.
            sheet.write_string_with_format(row, 0, g.name.as_str(), &f.text)?;
            sheet.write_number_with_format(row, 1, f64::from(g.caseload), &f.number)?;
            sheet.write_number_with_format(row, 2, g.exit_share.fraction(), &f.percent)?;
            sheet.write_number_with_format(row, 3, g.work_share.fraction(), &f.percent)?;
            sheet.write_number_with_format(row, 4, g.baseline_per_year.fraction(), &f.percent)?;
            for (c, what) in [(1, "caseload"), (2, "exit"), (3, "work"), (4, "baseline")] {
                names.add(name(what), cell(row, c));
            }
            let group_inputs = g.inputs(inputs);
            let project = hazard_cells(&name("exit"), "in_period", g.exit_share.fraction(), period, [&name("log_project"), &name("y_project"), &name("hazard_project")]);
            let baseline = hazard_cells(&name("baseline"), "12", g.baseline_per_year.fraction(), 12, [&name("log_baseline"), &name("y_baseline"), &name("hazard_baseline")]);
            let subsidy = (name("subsidy"), format!("{}*in_subsidised*in_subsidy_cost", name("work")), group_inputs.subsidy_per_reduction());
            for (k, (cell_name, text, value)) in project.into_iter().chain(baseline).chain([subsidy]).enumerate() {
                sheet.write_formula(row, 5 + k as u16, formula(&text, Some(value)))?;
                names.add(cell_name, cell(row, 5 + k as u16));
            }
            tracks.push(Track {
                group: Some(g.name.clone()),
                caseload: name("caseload"),
                work: name("work"),
                hazard_project: name("hazard_project"),
                hazard_baseline: name("hazard_baseline"),
                subsidy: name("subsidy"),
                inputs: group_inputs,
                rates: hazards(&group_inputs),
                part: project_part(&group_inputs),
            });
        }
    } else {
        tracks.push(Track {
            group: None,
            caseload: "in_caseload".into(),
            work: "in_work".into(),
            hazard_project: "calc_hazard_project".into(),
            hazard_baseline: "calc_hazard_baseline".into(),
            subsidy: "calc_subsidy".into(),
            inputs: *inputs,
            rates: hazards(inputs),
            part: project_part(inputs),
        });
    }
    Ok((tracks, row + 1))
}

/// The months part: its headings, then one row per month 0 … H, each cell a formula over the
/// inputs and the rows above it. Returns where its columns and rows are.
fn write_months(place: Place, s: &Scenario, tracks: &[Track], f: &Formats) -> Result<Layout, XlsxError> {
    let Place { sheet, name: sheet_ref, row: top } = place;
    let (w, inputs, p) = (words(s.lang), s.inputs, s.p);
    let horizon = inputs.horizon_months.max(inputs.period_months) as usize;
    let layout = Layout { blocks: tracks.len(), first: top + 1, horizon: horizon as u32, sheet: sheet_ref.to_string() };
    sheet.write_string_with_format(top, 0, w.month_columns[0], &f.heading)?;
    sheet.write_string_with_format(top, 1, w.month_columns[1], &f.heading)?;
    for (k, tr) in tracks.iter().enumerate() {
        for (i, heading) in w.block_columns.iter().enumerate() {
            let heading = match &tr.group {
                Some(name) => format!("{name}: {heading}"),
                None => heading.to_string(),
            };
            sheet.write_string_with_format(top, (2 + k * BLOCK.len() + i) as u16, heading, &f.heading)?;
        }
    }
    for (i, heading) in w.total_columns.iter().enumerate() {
        sheet.write_string_with_format(top, (2 + tracks.len() * BLOCK.len() + i) as u16, *heading, &f.heading)?;
    }
    let columns: Vec<_> = tracks.iter().map(|tr| track_columns(&tr.inputs)).collect();
    let stayed = |caseload: u32, first: &[f64]| {
        let mut left = f64::from(caseload);
        let mut out = vec![left];
        for x in &first[1..] {
            left -= x;
            out.push(left);
        }
        out
    };
    let stays: Vec<_> = tracks.iter().zip(&columns).map(|(tr, (with, without))| (stayed(tr.inputs.caseload, &with.first_exits), stayed(tr.inputs.caseload, &without.first_exits))).collect();
    let (mut cum_saving, mut cum_cost) = (0.0, 0.0);
    let k_year = inputs.project_cost_a_year();
    for ((i, m), discount) in p.months.iter().enumerate().take(horizon + 1).zip(discount_factors(inputs)) {
        let r = layout.first + i as u32;
        let x = r + 1; // Excel's row of month i
        let prev = x - 1;
        let t_cell = format!("A{x}");
        sheet.write_number(r, 0, i as f64)?;
        let date = if i == 0 { "DATE(YEAR(in_start),MONTH(in_start)-1,1)".to_string() } else { format!("DATE(YEAR(in_start),MONTH(in_start)+{t_cell}-1,1)") };
        sheet.write_formula_with_format(r, 1, formula(&date, Some(month_serial(inputs.start_month, i as u32)?)), &f.month)?;
        for (k, tr) in tracks.iter().enumerate() {
            let (with, without) = &columns[k];
            let (stayed_p, stayed_b) = &stays[k];
            let pm = &tr.part.months[i];
            let c = |col: BlockColumn| layout.block(k, col);
            // The window of the returns: the exits of the twelve months before (from month 0).
            let window = |col: BlockColumn| format!("{0}{1}:{0}{prev}", c(col), x.saturating_sub(12).max(layout.first + 1));
            let delta = format!("{}{x}", c(BlockColumn::Delta));
            for col in BLOCK {
                let (text, value, format) = if i == 0 {
                    match col {
                        BlockColumn::CaseloadP | BlockColumn::StayedP | BlockColumn::CaseloadB | BlockColumn::StayedB => (tr.caseload.clone(), f64::from(tr.inputs.caseload), &f.number),
                        BlockColumn::Delta => (format!("{}{x}-{}{x}", c(BlockColumn::CaseloadB), c(BlockColumn::CaseloadP)), 0.0, &f.number),
                        BlockColumn::Saving | BlockColumn::Subsidy | BlockColumn::Execution | BlockColumn::Client => ("0".into(), 0.0, &f.euros),
                        _ => ("0".into(), 0.0, &f.number),
                    }
                } else {
                    match col {
                        BlockColumn::Hazard => (
                            format!("IF({t_cell}<=in_period,{},{})", tr.hazard_project, tr.hazard_baseline),
                            if i as u32 <= inputs.period_months { tr.rates.0 } else { tr.rates.1 },
                            &f.number,
                        ),
                        BlockColumn::CaseloadP => (format!("{}{prev}-{}{x}+{}{x}", c(BlockColumn::CaseloadP), c(BlockColumn::ExitsP), c(BlockColumn::ReturnsP)), with.caseload[i], &f.number),
                        BlockColumn::ExitsP => (format!("{}{x}*{}{prev}", c(BlockColumn::Hazard), c(BlockColumn::CaseloadP)), with.exits[i], &f.number),
                        BlockColumn::ReturnsP => (format!("in_return/12*MAX(0,SUM({}))", window(BlockColumn::ExitsP)), with.returns[i], &f.number),
                        BlockColumn::StayedP => (format!("{}{prev}-{}{x}", c(BlockColumn::StayedP), c(BlockColumn::FirstP)), stayed_p[i], &f.number),
                        BlockColumn::FirstP => (format!("{}{x}*{}{prev}", c(BlockColumn::Hazard), c(BlockColumn::StayedP)), with.first_exits[i], &f.number),
                        BlockColumn::CaseloadB => (format!("{}{prev}-{}{x}+{}{x}", c(BlockColumn::CaseloadB), c(BlockColumn::ExitsB), c(BlockColumn::ReturnsB)), without.caseload[i], &f.number),
                        BlockColumn::ExitsB => (format!("{}*{}{prev}", tr.hazard_baseline, c(BlockColumn::CaseloadB)), without.exits[i], &f.number),
                        BlockColumn::ReturnsB => (format!("in_return/12*MAX(0,SUM({}))", window(BlockColumn::ExitsB)), without.returns[i], &f.number),
                        BlockColumn::StayedB => (format!("{}{prev}-{}{x}", c(BlockColumn::StayedB), c(BlockColumn::FirstB)), stayed_b[i], &f.number),
                        BlockColumn::FirstB => (format!("{}*{}{prev}", tr.hazard_baseline, c(BlockColumn::StayedB)), without.first_exits[i], &f.number),
                        BlockColumn::Delta => (format!("{}{x}-{}{x}", c(BlockColumn::CaseloadB), c(BlockColumn::CaseloadP)), pm.caseload_baseline - pm.caseload_project, &f.number),
                        BlockColumn::Saving => (format!("{delta}*(in_cost-{})/12", tr.subsidy), pm.saving, &f.euros),
                        BlockColumn::Subsidy => (format!("{delta}*{}/12", tr.subsidy), pm.subsidy_cost, &f.euros),
                        BlockColumn::Execution => (format!("{delta}*in_execution_cost/12"), pm.execution_saving, &f.euros),
                        BlockColumn::Client => (format!("{delta}*{}*in_income_gain/12", tr.work), pm.client_income, &f.euros),
                    }
                };
                let col_index = column_name_to_number(&c(col));
                sheet.write_formula_with_format(r, col_index, formula(&text, Some(value)), format)?;
            }
        }
        // The sums over the blocks, and the money.
        let sum_of = |col: BlockColumn| (0..tracks.len()).map(|k| format!("{}{x}", layout.block(k, col))).collect::<Vec<_>>().join("+");
        let s = |col: SumColumn| format!("{}{x}", layout.sum(col));
        cum_saving += m.saving_discounted;
        cum_cost += m.cost_discounted;
        // Paid back by this month: the first such month is the break-even month.
        let flag = if i > 0 && k_year > 0.0 && cum_saving >= cum_cost { 1.0 } else { 0.0 };
        // The calendar year of the month (month 0's is the month before the start's).
        let year = f64::from(year_and_month((inputs.start_month + i as u32).saturating_sub(1)).0);
        for col in SUMS {
            let (text, value, format) = match col {
                SumColumn::CaseloadP => (sum_of(BlockColumn::CaseloadP), m.caseload_project, &f.number),
                SumColumn::CaseloadB => (sum_of(BlockColumn::CaseloadB), m.caseload_baseline, &f.number),
                SumColumn::Delta => (sum_of(BlockColumn::Delta), m.caseload_baseline - m.caseload_project, &f.number),
                SumColumn::Parttime if i == 0 => ("0".into(), 0.0, &f.euros),
                SumColumn::Parttime => (format!("in_parttime*MIN({t_cell},in_period)/in_period*in_parttime_saving"), m.parttime_saving, &f.euros),
                SumColumn::Saving => (format!("{}+{}", sum_of(BlockColumn::Saving), s(SumColumn::Parttime)), m.saving, &f.euros),
                SumColumn::Subsidy => (sum_of(BlockColumn::Subsidy), m.subsidy_cost, &f.euros),
                SumColumn::Execution => (sum_of(BlockColumn::Execution), m.execution_saving, &f.euros),
                SumColumn::Client => (sum_of(BlockColumn::Client), m.client_income, &f.euros),
                SumColumn::Cost => (format!("IF(AND({t_cell}>=1,{t_cell}<=in_period),calc_project_cost_year/12,0)"), m.cost, &f.euros),
                SumColumn::Discount => (format!("(1+in_discount)^(-{t_cell}/12)"), discount, &f.number),
                SumColumn::SavingD => (format!("{}*{}", s(SumColumn::Saving), s(SumColumn::Discount)), m.saving_discounted, &f.euros),
                SumColumn::CostD => (format!("{}*{}", s(SumColumn::Cost), s(SumColumn::Discount)), m.cost_discounted, &f.euros),
                SumColumn::CumSaving if i == 0 => (s(SumColumn::SavingD), cum_saving, &f.euros),
                SumColumn::CumSaving => (format!("{}{prev}+{}", layout.sum(SumColumn::CumSaving), s(SumColumn::SavingD)), cum_saving, &f.euros),
                SumColumn::CumCost if i == 0 => (s(SumColumn::CostD), cum_cost, &f.euros),
                SumColumn::CumCost => (format!("{}{prev}+{}", layout.sum(SumColumn::CumCost), s(SumColumn::CostD)), cum_cost, &f.euros),
                SumColumn::PaidBack if i == 0 => ("0".into(), 0.0, &f.number),
                SumColumn::PaidBack => (format!("IF(AND(calc_project_cost_year>0,{}>={}),1,0)", s(SumColumn::CumSaving), s(SumColumn::CumCost)), flag, &f.number),
                SumColumn::Year => (format!("YEAR(B{x})"), year, &f.year),
            };
            sheet.write_formula_with_format(r, column_name_to_number(&layout.sum(col)), formula(&text, Some(value)), format)?;
        }
    }
    Ok(layout)
}

/// The rows of the results part from its first: the metrics, the calendar years and the
/// budget, each table after a heading and its columns' row.
struct ResultRows {
    /// The headings' row.
    top: u32,
    /// The years' heading, and the row of the years (the columns of the years' tables).
    years_heading: u32,
    years: u32,
    /// The budget's heading and its row of years.
    budget_heading: u32,
    budget_years: u32,
    /// The row after the part.
    end: u32,
}

impl ResultRows {
    fn new(top: u32) -> ResultRows {
        let years_heading = top + 1 + Metric::COUNT as u32 + 1;
        let years = years_heading + 1;
        let budget_heading = years + YearMetric::COUNT as u32 + 2;
        let budget_years = budget_heading + 1;
        ResultRows { top, years_heading, years, budget_heading, budget_years, end: budget_years + BudgetMetric::COUNT as u32 + 1 }
    }
    /// The row of metric number `i` (in [`Metric::ALL`]).
    fn metric(&self, i: usize) -> u32 {
        self.top + 1 + i as u32
    }
    /// The row of a figure of the years' table.
    fn year_metric(&self, m: YearMetric) -> u32 {
        self.years + 1 + YearMetric::ALL.iter().position(|x| *x == m).expect("a year metric") as u32
    }
    /// The row of a figure of the budget's table.
    fn budget_metric(&self, m: BudgetMetric) -> u32 {
        self.budget_years + 1 + BudgetMetric::ALL.iter().position(|x| *x == m).expect("a budget metric") as u32
    }
}

/// The results part: one row per result of the page, in its order (column A its
/// `data-metric` name, B its label, C its formula, named `res_` and the name, D why a value
/// is not a formula); then the calendar years (a column each, from the start's year, and
/// the total: `data-year-metric` names in column A) and what the BUIG budget keeps of them
/// (`data-budget-metric` names; empty while the inhabitants are). Returns its rows.
fn write_results(place: Place, s: &Scenario, layout: &Layout, tracks: &[Track], f: &Formats, names: &mut Names) -> Result<ResultRows, XlsxError> {
    let Place { sheet, name: sheet_ref, row: top } = place;
    let (t, w, p) = (texts(s.lang), words(s.lang), s.p);
    let calendar = years(p);
    let rows = ResultRows::new(top);
    // A result with no value is an empty text, not the writer's default 0.
    sheet.set_formula_result_default("");
    for (c, heading) in w.result_columns.iter().enumerate() {
        sheet.write_string_with_format(top, c as u16, *heading, &f.heading)?;
    }
    let months = Months { layout, tracks, rows: &rows, years: calendar.len() };
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

    // The calendar years: a column each from the start's year, then the total.
    let year_col = |j: usize| column_number_to_name(2 + j as u16);
    let total_col = year_col(calendar.len());
    let span = |r: u32| format!("={sheet_ref}!$C${0}:${total_col}${0}", r + 1);
    for (heading, r) in [(t.years_title, rows.years_heading), (t.budget.title, rows.budget_heading)] {
        sheet.write_string_with_format(r, 0, w.result_columns[0], &f.heading)?;
        sheet.write_string_with_format(r, 1, heading, &f.heading)?;
    }
    sheet.write_string(rows.years_heading, 2, w.years_note)?;
    sheet.write_string(rows.budget_heading, 2, w.budget_note)?;
    for r in [rows.years, rows.budget_years] {
        sheet.write_string_with_format(r, 1, t.year_column, &f.heading)?;
        for (j, y) in calendar.iter().enumerate() {
            let text = if j == 0 { "YEAR(in_start)".to_string() } else { format!("{}{}+1", year_col(j - 1), r + 1) };
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, Some(f64::from(y.year))), &f.year_heading)?;
        }
        sheet.write_string_with_format(r, 2 + calendar.len() as u16, t.year_total, &f.heading)?;
    }
    names.add("years", span(rows.years));
    let total = crate::model::results::years::years_total(p);
    for m in YearMetric::ALL {
        let r = rows.year_metric(m);
        sheet.write_string(r, 0, m.name())?;
        sheet.write_string(r, 1, t.year_metric_label.of(m))?;
        let format = if matches!(m, YearMetric::Months | YearMetric::ReductionAverage) { &f.number } else { &f.euros };
        for j in 0..=calendar.len() {
            let figures = calendar.get(j).map_or(&total, |y| &y.figures);
            let text = months.year_formula(m, (j < calendar.len()).then(|| format!("{}${}", year_col(j), rows.years + 1)), &year_col(j));
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, Some(m.value(figures))), format)?;
        }
        names.add(format!("year_{}", m.name()), span(r));
    }
    let budget = budget_of(p);
    for m in BudgetMetric::ALL {
        let r = rows.budget_metric(m);
        sheet.write_string(r, 0, m.name())?;
        sheet.write_string(r, 1, t.budget.columns.of(m))?;
        for j in 0..=calendar.len() {
            let value = budget.as_ref().map(|b| m.value(b.years.get(j).map_or(&b.total, |(_, figures)| figures)));
            let text = months.budget_formula(m, j, &year_col);
            sheet.write_formula_with_format(r, 2 + j as u16, formula(&text, value), &f.euros)?;
        }
        names.add(format!("budget_{}", m.name()), span(r));
    }
    Ok(rows)
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
fn together_widths(sheet: &mut Worksheet, layout: &Layout) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(1, 52)?;
    for c in 2..layout.columns() {
        sheet.set_column_width(c, 16)?;
    }
    Ok(())
}

/// A track pair's projection without the project cost and the part-timers, which the scenario
/// counts once: what its block of months holds.
fn project_part(inputs: &Inputs) -> Projection {
    project(&inputs.group_part())
}

/// The months sheet, for the results' formulas.
struct Months<'a> {
    layout: &'a Layout,
    tracks: &'a [Track],
    /// The results' rows, for the years' and the budget's formulas.
    rows: &'a ResultRows,
    /// How many calendar years the years' table has.
    years: usize,
}

impl Months<'_> {
    /// A column of the months over the horizon.
    fn sum_range(&self, col: SumColumn) -> String {
        self.layout.range(&self.layout.sum(col))
    }

    /// A figure of the years' table in the column `col` (a letter): of the calendar year in
    /// the cell `year`, or of all months 1 … H (the total, `year` none). Undiscounted, as a
    /// budget is made, except the discounted net.
    fn year_formula(&self, m: YearMetric, year: Option<String>, col: &str) -> String {
        let t = self.layout.range("A");
        let in_year = |column: SumColumn| match &year {
            Some(y) => format!("SUMIFS({},{},{y},{t},\">=1\")", self.sum_range(column), self.sum_range(SumColumn::Year)),
            None => format!("SUMIF({t},\">=1\",{})", self.sum_range(column)),
        };
        let cell = |other: YearMetric| format!("{col}{}", self.rows.year_metric(other) + 1);
        match m {
            YearMetric::Months => match &year {
                Some(y) => format!("COUNTIFS({},{y},{t},\">=1\")", self.sum_range(SumColumn::Year)),
                None => format!("COUNTIF({t},\">=1\")"),
            },
            YearMetric::ReductionAverage => format!("IF({0}>0,{1}/{0},0)", cell(YearMetric::Months), in_year(SumColumn::Delta)),
            YearMetric::SubsidyCost => in_year(SumColumn::Subsidy),
            YearMetric::ParttimeSaving => in_year(SumColumn::Parttime),
            YearMetric::Saving => in_year(SumColumn::Saving),
            YearMetric::ProjectCost => in_year(SumColumn::Cost),
            YearMetric::Net => format!("{}-{}", cell(YearMetric::Saving), cell(YearMetric::ProjectCost)),
            YearMetric::NetDiscounted => format!("{}-{}", in_year(SumColumn::SavingD), in_year(SumColumn::CostD)),
        }
    }

    /// A figure of the budget's table in the years' column `j` (the total after the last):
    /// empty while the inhabitants are. The budget of year Y is reduced by the historic share of
    /// the benefits not paid in year Y − 2 (the saving with the wage-cost subsidies added back);
    /// the municipality keeps the rest.
    fn budget_formula(&self, m: BudgetMetric, j: usize, col: &dyn Fn(usize) -> String) -> String {
        let here = |b: BudgetMetric| format!("{}{}", col(j), self.rows.budget_metric(b) + 1);
        let of_year = |k: usize, y: YearMetric| format!("{}{}", col(k), self.rows.year_metric(y) + 1);
        let body = if j == self.years {
            let row = self.rows.budget_metric(m) + 1;
            format!("SUM({}{row}:{}{row})", col(0), col(self.years - 1))
        } else {
            match m {
                BudgetMetric::Saving => of_year(j, YearMetric::Saving),
                BudgetMetric::BudgetReduction => match j.checked_sub(LAG_YEARS) {
                    Some(k) => format!("res_historic_share*({}+{})", of_year(k, YearMetric::Saving), of_year(k, YearMetric::SubsidyCost)),
                    None => "0".into(),
                },
                BudgetMetric::Kept => format!("{}-{}", here(BudgetMetric::Saving), here(BudgetMetric::BudgetReduction)),
            }
        };
        format!("IF(ISBLANK(in_inhabitants),\"\",{body})")
    }

    /// Σ over the blocks of `term(block, its column range)`.
    fn over_blocks(&self, term: impl Fn(&Track, &dyn Fn(BlockColumn) -> String) -> String) -> String {
        let terms: Vec<String> = self
            .tracks
            .iter()
            .enumerate()
            .map(|(k, tr)| term(tr, &|col: BlockColumn| self.layout.range(&self.layout.block(k, col))))
            .collect();
        format!("({})", terms.join("+"))
    }

    /// The formula of a result; none for a result that is a value (a search).
    fn result(&self, metric: Metric) -> Option<String> {
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
