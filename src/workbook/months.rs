//! The months part of a scenario: a row per month 0 … H, a block of columns per track pair and
//! their sums, each cell a formula over the inputs and the rows above it.

use super::*;
use super::inputs::Track;

/// The columns of a block of the months sheet, in order: one track pair (the scenario's, or a
/// group's) and what it saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BlockColumn {
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
pub(super) enum SumColumn {
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

pub(super) const BLOCK: [BlockColumn; 16] = [
    BlockColumn::Hazard, BlockColumn::CaseloadP, BlockColumn::ExitsP, BlockColumn::ReturnsP, BlockColumn::StayedP, BlockColumn::FirstP, BlockColumn::CaseloadB, BlockColumn::ExitsB, BlockColumn::ReturnsB, BlockColumn::StayedB, BlockColumn::FirstB,
    BlockColumn::Delta, BlockColumn::Saving, BlockColumn::Subsidy, BlockColumn::Execution, BlockColumn::Client,
];

pub(super) const SUMS: [SumColumn; 16] = [
    SumColumn::CaseloadP, SumColumn::CaseloadB, SumColumn::Delta, SumColumn::Parttime, SumColumn::Saving, SumColumn::Subsidy, SumColumn::Execution, SumColumn::Client, SumColumn::Cost, SumColumn::Discount, SumColumn::SavingD,
    SumColumn::CostD, SumColumn::CumSaving, SumColumn::CumCost, SumColumn::PaidBack, SumColumn::Year,
];

/// The months' layout: column A the month, B the calendar month, then a block per track pair,
/// then the sums; a row per month from `first` (counting from 0), on the quoted `sheet`.
pub(super) struct Layout {
    pub(super) blocks: usize,
    pub(super) first: u32,
    pub(super) horizon: u32,
    pub(super) sheet: String,
}

impl Layout {
    /// The letter of block `k`'s column `c`.
    pub(super) fn block(&self, k: usize, c: BlockColumn) -> String {
        let i = BLOCK.iter().position(|x| *x == c).expect("a block column");
        column_number_to_name((2 + k * BLOCK.len() + i) as u16)
    }
    /// The letter of a sum's column.
    pub(super) fn sum(&self, c: SumColumn) -> String {
        let i = SUMS.iter().position(|x| *x == c).expect("a sum column");
        column_number_to_name((2 + self.blocks * BLOCK.len() + i) as u16)
    }
    /// How many columns the months have.
    pub(super) fn columns(&self) -> u16 {
        (2 + self.blocks * BLOCK.len() + SUMS.len()) as u16
    }
    /// A column (its letter) over the months 0 … H, with its sheet.
    pub(super) fn range(&self, letter: &str) -> String {
        let (first, last) = (self.first + 1, self.first + self.horizon + 1);
        format!("{}!${letter}${first}:${letter}${last}", self.sheet)
    }
}

/// The months part: its headings, then one row per month 0 … H, each cell a formula over the
/// inputs and the rows above it. Returns where its columns and rows are.
pub(super) fn write_months(place: Place, s: &Scenario, tracks: &[Track], f: &Formats) -> Result<Layout, XlsxError> {
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

/// The spreadsheet's serial number of the first day of month t (t = 1 is the start month,
/// `start` a month index).
pub(super) fn month_serial(start: u32, t: u32) -> Result<f64, XlsxError> {
    let (year, month) = year_and_month(start + t - 1);
    Ok(ExcelDateTime::from_ymd(year as u16, month as u8, 1)?.to_excel())
}
