//! CSV exports of the scenarios: the monthly projection, the comparison, the calendar years, the
//! groups and who pays and who gains, in two dialects.
//!
//! - [`Dialect::Standard`]: RFC 4180, comma-separated, decimal point.
//! - [`Dialect::Dutch`]: what Dutch spreadsheet programs read as numbers: semicolon-separated,
//!   decimal comma, UTF-8 with a byte order mark so that accented names survive.
//!
//! Numbers are plain (no grouping, at most six decimals) so spreadsheets read them as numbers.
//! Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) gets a
//! leading apostrophe.

use crate::model::core::every::every;
use crate::model::core::number::canonical;
use crate::model::projection::draws::{Bands, Percentile};
use crate::model::projection::Projection;
use crate::model::results::years as calendar;
use crate::model::results::{band, budget_of, difference, parties as pockets, BudgetMetric, GroupMetric, Metric, Party, PartyMetric, YearMetric};
use strum::{EnumCount, VariantArray};

/// The flavour of CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Comma, decimal point.
    Standard,
    /// Semicolon, decimal comma, byte order mark.
    Dutch,
}

impl Dialect {
    fn separator(self) -> char {
        match self {
            Dialect::Standard => ',',
            Dialect::Dutch => ';',
        }
    }

    /// A number as the dialect writes it: `1234.5` or `1234,5`; empty for none.
    pub fn number(self, value: Option<f64>) -> String {
        let Some(v) = value.filter(|v| v.is_finite()) else { return String::new() };
        // Rounded to six decimals, then written shortest: the same text as `{:.6}` with its
        // trailing zeros cut, without the fixed-precision formatter (4 KB of the page).
        let rounded = (v * 1e6).round() / 1e6;
        let text = canonical(rounded);
        let text = text.as_str();
        match self {
            Dialect::Standard => text.to_string(),
            Dialect::Dutch => text.replace('.', ","),
        }
    }

    /// A text cell, quoted where needed and defused where a spreadsheet would run it.
    pub fn text(self, value: &str) -> String {
        let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_string() };
        if value.contains([self.separator(), '"', '\n', '\r']) {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            value
        }
    }

    fn document(self, rows: Vec<Vec<String>>) -> String {
        let sep = self.separator().to_string();
        let body: String = rows.iter().map(|r| r.join(&sep) + "\r\n").collect();
        match self {
            Dialect::Standard => body,
            Dialect::Dutch => format!("\u{feff}{body}"),
        }
    }
}

/// A column of the monthly export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum MonthlyColumn {
    /// The scenario's name.
    Scenario,
    /// The month, from 1.
    Month,
    /// Clients on benefit with the project.
    CaseloadProject,
    /// Clients on benefit without it.
    CaseloadBaseline,
    /// Exits in the month.
    Exits,
    /// Returns in the month.
    Returns,
    /// The saving in the month.
    Saving,
    /// The saving up to the month.
    SavingCumulative,
    /// The saving in the month, discounted.
    SavingDiscounted,
    /// The discounted saving up to the month.
    SavingDiscountedCumulative,
    /// The project cost in the month.
    ProjectCost,
    /// The project cost in the month, discounted.
    ProjectCostDiscounted,
    /// The wage-cost subsidies of the month, not discounted (`subsidy_cost`; 0 without them).
    SubsidyCost,
    /// The benefit not paid to the part-timers in the month, not discounted (`parttime_saving`,
    /// part of the saving; 0 without them).
    ParttimeSaving,
    /// The municipality's execution not spent in the month, not discounted
    /// (`execution_saving`; empty while the execution cost is not given).
    ExecutionSaving,
    /// The net income the clients who left for work gain in the month, not discounted
    /// (`client_income`; empty while the income gain is not given).
    ClientIncome,
}

impl MonthlyColumn {
    /// The columns, in order.
    pub const ALL: [MonthlyColumn; MonthlyColumn::COUNT] = every(MonthlyColumn::VARIANTS);
}

/// A column of the comparison export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum ComparisonColumn {
    /// The scenario's name.
    Scenario,
    /// Whether it is the base.
    Base,
    /// The result, in words.
    Result,
    /// The result's code (`data-metric` name).
    Code,
    /// Its value.
    Value,
    /// The difference from the base.
    Difference,
    /// That difference in percent of the base.
    DifferencePercent,
    /// P10 of the result over the draws, for a result with a band and a scenario with ranges.
    P10,
    /// The median over the draws.
    P50,
    /// P90 over the draws.
    P90,
}

impl ComparisonColumn {
    /// The columns, in order.
    pub const ALL: [ComparisonColumn; ComparisonColumn::COUNT] = every(ComparisonColumn::VARIANTS);
}

/// The monthly projection of every scenario: one row per scenario and month, a column per
/// [`MonthlyColumn`], headed by `header`.
pub fn monthly(scenarios: &[(&str, &Projection)], header: impl Fn(MonthlyColumn) -> &'static str, dialect: Dialect) -> String {
    let mut rows = vec![MonthlyColumn::ALL.iter().map(|c| dialect.text(header(*c))).collect::<Vec<_>>()];
    for (name, p) in scenarios {
        let (mut cumulative, mut cumulative_discounted) = (0.0, 0.0);
        for m in &p.months {
            cumulative += m.saving;
            cumulative_discounted += m.saving_discounted;
            let cell = |column: MonthlyColumn| {
                let value = match column {
                    MonthlyColumn::Scenario => return dialect.text(name),
                    MonthlyColumn::Month => return m.month.to_string(),
                    MonthlyColumn::CaseloadProject => m.caseload_project,
                    MonthlyColumn::CaseloadBaseline => m.caseload_baseline,
                    MonthlyColumn::Exits => m.exits_project,
                    MonthlyColumn::Returns => m.returns_project,
                    MonthlyColumn::Saving => m.saving,
                    MonthlyColumn::SavingCumulative => cumulative,
                    MonthlyColumn::SavingDiscounted => m.saving_discounted,
                    MonthlyColumn::SavingDiscountedCumulative => cumulative_discounted,
                    MonthlyColumn::ProjectCost => m.cost,
                    MonthlyColumn::ProjectCostDiscounted => m.cost_discounted,
                    MonthlyColumn::SubsidyCost => m.subsidy_cost,
                    MonthlyColumn::ParttimeSaving => m.parttime_saving,
                    // A pocket not counted is empty, not 0, as its total is on the page.
                    MonthlyColumn::ExecutionSaving => return dialect.number(p.execution_savings_total.map(|_| m.execution_saving)),
                    MonthlyColumn::ClientIncome => return dialect.number(p.client_income_total.map(|_| m.client_income)),
                };
                dialect.number(Some(value))
            };
            rows.push(MonthlyColumn::ALL.into_iter().map(cell).collect());
        }
    }
    dialect.document(rows)
}

/// One scenario of the comparison: its name, its projection and its bands (none without
/// ranges, or while they are computed).
#[derive(Clone, Copy, Debug)]
pub struct Compared<'a> {
    /// The name as shown.
    pub name: &'a str,
    /// Its projection.
    pub projection: &'a Projection,
    /// Its bands.
    pub bands: Option<&'a Bands>,
}

/// The comparison: one row per scenario and result, with the difference from the base
/// (absolute, and relative in percent) and the result's band where it has one, a column per
/// [`ComparisonColumn`], headed by `header`. `label` names a result; `yes_no` says whether a
/// scenario is the base.
pub fn comparison(
    scenarios: &[Compared],
    base: usize,
    header: impl Fn(ComparisonColumn) -> &'static str,
    label: impl Fn(Metric) -> &'static str,
    yes_no: impl Fn(bool) -> &'static str,
    dialect: Dialect,
) -> String {
    let mut rows = vec![ComparisonColumn::ALL.iter().map(|c| dialect.text(header(*c))).collect::<Vec<_>>()];
    let Some(base_projection) = scenarios.get(base).map(|s| s.projection) else { return dialect.document(rows) };
    for (i, Compared { name, projection: p, bands }) in scenarios.iter().enumerate() {
        for metric in Metric::ALL {
            let d = difference(metric, p, base_projection);
            let band = |percentile: Percentile| bands.and_then(|b| band(b, metric)).map(|b| b.at(percentile));
            let cell = |column: ComparisonColumn| match column {
                ComparisonColumn::Scenario => dialect.text(name),
                ComparisonColumn::Base => dialect.text(yes_no(i == base)),
                ComparisonColumn::Result => dialect.text(label(metric)),
                ComparisonColumn::Code => metric.name().to_string(),
                ComparisonColumn::Value => dialect.number(d.value),
                ComparisonColumn::Difference => dialect.number(d.absolute),
                ComparisonColumn::DifferencePercent => dialect.number(d.relative.map(|r| r * 100.0)),
                ComparisonColumn::P10 => dialect.number(band(Percentile::P10)),
                ComparisonColumn::P50 => dialect.number(band(Percentile::P50)),
                ComparisonColumn::P90 => dialect.number(band(Percentile::P90)),
            };
            rows.push(ComparisonColumn::ALL.into_iter().map(cell).collect());
        }
    }
    dialect.document(rows)
}

/// A column of the calendar-year export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearColumn {
    /// The scenario's name.
    Scenario,
    /// The calendar year.
    Year,
    /// A figure of the year.
    Figure(YearMetric),
    /// A figure of the budget view (empty while the inhabitants are unknown).
    Budget(BudgetMetric),
}

impl YearColumn {
    /// The columns, in order: scenario, year, every [`YearMetric`], then the budget's reduction
    /// and what it keeps (its saving is the year's).
    pub fn all() -> impl Iterator<Item = YearColumn> {
        [YearColumn::Scenario, YearColumn::Year]
            .into_iter()
            .chain(YearMetric::ALL.into_iter().map(YearColumn::Figure))
            .chain([BudgetMetric::BudgetReduction, BudgetMetric::Kept].map(YearColumn::Budget))
    }
}

/// Every scenario by calendar year: one row per scenario and year, a column per
/// [`YearColumn`], headed by `header`. Figures unrounded (to six decimals), as the page's
/// `data-value`.
pub fn years(scenarios: &[(&str, &Projection)], header: impl Fn(YearColumn) -> &'static str, dialect: Dialect) -> String {
    let mut rows = vec![YearColumn::all().map(|c| dialect.text(header(c))).collect::<Vec<_>>()];
    for (name, p) in scenarios {
        let budget = budget_of(p);
        for (i, year) in calendar::years(p).into_iter().enumerate() {
            let cell = |column: YearColumn| match column {
                YearColumn::Scenario => dialect.text(name),
                YearColumn::Year => year.year.to_string(),
                YearColumn::Figure(m) => dialect.number(Some(m.value(&year.figures))),
                YearColumn::Budget(m) => dialect.number(budget.as_ref().map(|b| m.value(&b.years[i].1))),
            };
            rows.push(YearColumn::all().map(cell).collect());
        }
    }
    dialect.document(rows)
}

/// A column of the export of who pays and who gains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyColumn {
    /// The scenario's name.
    Scenario,
    /// The party, in words (the total's row: its word).
    Party,
    /// The party's `data-party` name (empty in the total's row).
    Code,
    /// A figure of the row: gain, cost, net (the total's row: its net alone).
    Figure(PartyMetric),
}

impl PartyColumn {
    /// The columns, in order.
    pub fn all() -> impl Iterator<Item = PartyColumn> {
        [PartyColumn::Scenario, PartyColumn::Party, PartyColumn::Code].into_iter().chain(PartyMetric::ALL.into_iter().map(PartyColumn::Figure))
    }
}

/// Who pays and who gains in every scenario: one row per scenario and party (the clients' only
/// with their gain given), then the scenario's total, a column per [`PartyColumn`], headed by
/// `header`; `label` names a party and `total` the total's row. Figures discounted and
/// unrounded (to six decimals), as the page's `data-value`.
pub fn parties(
    scenarios: &[(&str, &Projection)],
    header: impl Fn(PartyColumn) -> &'static str,
    label: impl Fn(Party) -> &'static str,
    total: &str,
    dialect: Dialect,
) -> String {
    let mut rows = vec![PartyColumn::all().map(|c| dialect.text(header(c))).collect::<Vec<_>>()];
    for (name, p) in scenarios {
        let table = pockets(p);
        for row in &table.rows {
            rows.push(
                PartyColumn::all()
                    .map(|column| match column {
                        PartyColumn::Scenario => dialect.text(name),
                        PartyColumn::Party => dialect.text(label(row.party)),
                        PartyColumn::Code => row.party.name().to_string(),
                        PartyColumn::Figure(m) => dialect.number(Some(m.value(row))),
                    })
                    .collect(),
            );
        }
        rows.push(
            PartyColumn::all()
                .map(|column| match column {
                    PartyColumn::Scenario => dialect.text(name),
                    PartyColumn::Party => dialect.text(total),
                    PartyColumn::Code | PartyColumn::Figure(PartyMetric::Gain | PartyMetric::Cost) => String::new(),
                    PartyColumn::Figure(PartyMetric::Net) => dialect.number(Some(table.total)),
                })
                .collect(),
        );
    }
    dialect.document(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::input::Preset;
    use crate::model::projection::project;

    /// Short headers, so the tests can see that each column is headed by its own.
    fn monthly_header(c: MonthlyColumn) -> &'static str {
        ["s", "m", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "n", "o"][MonthlyColumn::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }

    #[test]
    fn numbers_and_text_per_dialect() {
        assert_eq!(Dialect::Standard.number(Some(2_085_000.0)), "2085000");
        assert_eq!(Dialect::Dutch.number(Some(72.975)), "72,975");
        assert_eq!(Dialect::Standard.number(Some(-0.0000001)), "0");
        assert_eq!(Dialect::Standard.number(None), "");
        assert_eq!(Dialect::Standard.number(Some(1.0 / 3.0)), "0.333333");
        assert_eq!(Dialect::Dutch.number(Some(-2.0 / 3.0)), "-0,666667");
        assert_eq!(Dialect::Standard.number(Some(123_456_789.123_456_7)), "123456789.123457");
        assert_eq!(Dialect::Standard.number(Some(f64::NAN)), "");
        assert_eq!(Dialect::Standard.text("Plan, \"B\""), "\"Plan, \"\"B\"\"\"");
        assert_eq!(Dialect::Dutch.text("Plan, B"), "Plan, B");
        assert_eq!(Dialect::Dutch.text("a;b"), "\"a;b\"");
        assert_eq!(Dialect::Standard.text("=1+1"), "'=1+1");
    }

    #[test]
    fn monthly_rows_per_scenario_and_month() {
        let p = project(&Preset::Schiedam.inputs());
        let csv = monthly(&[("Schiedam", &p)], monthly_header, Dialect::Dutch);
        assert!(csv.starts_with("\u{feff}s;m;a;"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + 61);
        let m18: Vec<&str> = lines[19].split(';').collect();
        assert_eq!(m18[0..2], ["Schiedam", "18"]);
        assert_eq!(m18[2], "430"); // 569 − 139
        assert_eq!(m18[6], "173750"); // 139 × 15.000 / 12
    }

    #[test]
    fn years_per_scenario_and_calendar_year() {
        let s = project(&Preset::Schiedam.inputs());
        let h = project(&Preset::Haarlem.inputs());
        let csv = years(&[("S", &s), ("H", &h)], |c| match c {
            YearColumn::Scenario => "scenario",
            YearColumn::Year => "jaar",
            YearColumn::Figure(m) => m.name(),
            YearColumn::Budget(m) => m.name(),
        }, Dialect::Dutch);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "scenario;jaar;months;reduction_average;subsidy_cost;parttime_saving;saving;project_cost;net;net_discounted;budget_reduction;kept");
        assert_eq!(lines.len(), 1 + 6 + 10, "Schiedam 2008 to 2013, Haarlem 1997 to 2006");
        assert!(lines[1].starts_with("S;2008;4;"), "{}", lines[1]);
        let y2011: Vec<&str> = lines[4].split(';').collect();
        assert_eq!(y2011[..3], ["S", "2011", "12"]);
        // No routes: no subsidies, no part-timers, the whole benefit saved.
        assert_eq!(y2011[4..7], ["0", "0", "2085000"]);
    }

    #[test]
    fn comparison_has_differences_from_the_base() {
        let s = project(&Preset::Schiedam.inputs());
        let h = project(&Preset::Haarlem.inputs());
        let compared = [Compared { name: "S", projection: &s, bands: None }, Compared { name: "H", projection: &h, bands: None }];
        let csv = comparison(&compared, 0, |_| "a", Metric::name, |base| if base { "ja" } else { "nee" }, Dialect::Standard);
        let row = csv.lines().find(|l| l.starts_with("H,nee,exits,exits,")).expect("row of H's exits");
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[4], "128");
        assert_eq!(cells[5], "-11");
        assert_eq!(cells[6], Dialect::Standard.number(Some(-11.0 / 139.0 * 100.0)));
        assert_eq!(csv.lines().count(), 1 + 2 * Metric::ALL.len());
        // Without ranges the band columns are empty.
        assert!(row.ends_with(",,,"), "{row}");
    }

    #[test]
    fn comparison_gives_the_bands_of_a_scenario_with_ranges() {
        use crate::model::input::{Range, Ranges};
        use crate::model::projection::draws::{bands, DRAWS, SEED};
        use crate::model::core::Field;
        let inputs = Preset::Schiedam.inputs();
        let b = bands(&inputs, &Ranges::new([(Field::ExitShare, Range { low: 18.0, high: 30.0 })]), DRAWS, SEED).expect("bands");
        let s = project(&inputs);
        let compared = [Compared { name: "S", projection: &s, bands: Some(&b) }];
        let csv = comparison(&compared, 0, |_| "a", Metric::name, |_| "ja", Dialect::Standard);
        let cells = |code: &str| -> Vec<String> {
            let row = csv.lines().find(|l| l.starts_with(&format!("S,ja,{code},{code},"))).expect("a row");
            row.split(',').map(str::to_string).collect()
        };
        let per_year = cells("savings_per_year");
        let number = |v: f64| Dialect::Standard.number(Some(v));
        assert_eq!(per_year[7..], [number(b.savings_per_year.p10), number(b.savings_per_year.p50), number(b.savings_per_year.p90)]);
        assert!(b.savings_per_year.p10 < b.savings_per_year.p90);
        assert_eq!(cells("net_result")[9], number(b.net_result.p90));
        assert_eq!(cells("exits")[7..], ["", "", ""], "exits have no band");
    }
}

/// A column of the per-group export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupColumn {
    /// The scenario's name.
    Scenario,
    /// The group's name.
    Group,
    /// A figure of the group (its `data-group-metric`).
    Figure(GroupMetric),
}

impl GroupColumn {
    /// The columns, in order: scenario, group, every [`GroupMetric`].
    pub fn all() -> impl Iterator<Item = GroupColumn> {
        [GroupColumn::Scenario, GroupColumn::Group].into_iter().chain(GroupMetric::ALL.into_iter().map(GroupColumn::Figure))
    }
}

/// One scenario of the per-group export: its name, and its groups' names and projections (none
/// when its caseload is not split: then it has no rows).
pub struct Grouped<'a> {
    /// The scenario's name.
    pub name: &'a str,
    /// Each group's name and projection, in order.
    pub groups: Vec<(&'a str, &'a Projection)>,
}

/// The per-group export: a row per group of every scenario with groups.
pub fn groups(scenarios: &[Grouped], header: impl Fn(GroupColumn) -> &'static str, dialect: Dialect) -> String {
    let mut rows = vec![GroupColumn::all().map(|c| dialect.text(header(c))).collect::<Vec<_>>()];
    for scenario in scenarios {
        for (group, p) in &scenario.groups {
            let cell = |column: GroupColumn| match column {
                GroupColumn::Scenario => dialect.text(scenario.name),
                GroupColumn::Group => dialect.text(group),
                GroupColumn::Figure(m) => dialect.number(m.value(p)),
            };
            rows.push(GroupColumn::all().map(cell).collect());
        }
    }
    dialect.document(rows)
}
