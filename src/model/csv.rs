//! CSV exports of the scenarios: the monthly projection and the comparison, in two dialects.
//!
//! - [`Dialect::Standard`]: RFC 4180, comma-separated, decimal point.
//! - [`Dialect::Dutch`]: what Dutch spreadsheet programs read as numbers: semicolon-separated,
//!   decimal comma, UTF-8 with a byte order mark so that accented names survive.
//!
//! Numbers are plain (no grouping, at most six decimals) so spreadsheets read them as numbers.
//! Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`) gets a
//! leading apostrophe.

use super::metrics::{difference, Metric};
use super::number::canonical;
use super::projection::Projection;

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

/// The monthly projection of every scenario: one row per scenario and month. `headers` name
/// the 12 columns: scenario, month, caseload with and without the project, exits, returns,
/// saving, cumulative saving, discounted saving, cumulative discounted saving, project cost and
/// discounted project cost.
pub fn monthly(scenarios: &[(&str, &Projection)], headers: [&str; 12], dialect: Dialect) -> String {
    let mut rows = vec![headers.iter().map(|h| dialect.text(h)).collect::<Vec<_>>()];
    for (name, p) in scenarios {
        let (mut cumulative, mut cumulative_discounted) = (0.0, 0.0);
        for m in &p.months {
            cumulative += m.saving;
            cumulative_discounted += m.saving_discounted;
            let n = |v: f64| dialect.number(Some(v));
            rows.push(vec![
                dialect.text(name),
                m.month.to_string(),
                n(m.caseload_project),
                n(m.caseload_baseline),
                n(m.exits_project),
                n(m.returns_project),
                n(m.saving),
                n(cumulative),
                n(m.saving_discounted),
                n(cumulative_discounted),
                n(m.cost),
                n(m.cost_discounted),
            ]);
        }
    }
    dialect.document(rows)
}

/// The comparison: one row per scenario and result, with the difference from the base
/// (absolute, and relative in percent). `headers` name the 7 columns: scenario, base (yes/no),
/// result, code, value, difference, difference in percent. `label` names a result; `yes_no`
/// the words for the base column.
pub fn comparison(
    scenarios: &[(&str, &Projection)],
    base: usize,
    headers: [&str; 7],
    label: impl Fn(Metric) -> &'static str,
    yes_no: [&str; 2],
    dialect: Dialect,
) -> String {
    let mut rows = vec![headers.iter().map(|h| dialect.text(h)).collect::<Vec<_>>()];
    let Some((_, base_projection)) = scenarios.get(base) else { return dialect.document(rows) };
    for (i, (name, p)) in scenarios.iter().enumerate() {
        for metric in Metric::ALL {
            let d = difference(metric, p, base_projection);
            rows.push(vec![
                dialect.text(name),
                dialect.text(yes_no[usize::from(i != base)]),
                dialect.text(label(metric)),
                metric.name().to_string(),
                dialect.number(d.value),
                dialect.number(d.absolute),
                dialect.number(d.relative.map(|r| r * 100.0)),
            ]);
        }
    }
    dialect.document(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, Preset};

    const MONTHLY: [&str; 12] = ["s", "m", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

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
        let csv = monthly(&[("Schiedam", &p)], MONTHLY, Dialect::Dutch);
        assert!(csv.starts_with("\u{feff}s;m;a;"));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + 61);
        let m18: Vec<&str> = lines[19].split(';').collect();
        assert_eq!(m18[0..2], ["Schiedam", "18"]);
        assert_eq!(m18[2], "430"); // 569 − 139
        assert_eq!(m18[6], "173750"); // 139 × 15.000 / 12
    }

    #[test]
    fn comparison_has_differences_from_the_base() {
        let s = project(&Preset::Schiedam.inputs());
        let h = project(&Preset::Haarlem.inputs());
        let csv = comparison(&[("S", &s), ("H", &h)], 0, ["a"; 7], Metric::name, ["ja", "nee"], Dialect::Standard);
        let row = csv.lines().find(|l| l.starts_with("H,nee,exits,exits,")).expect("row of H's exits");
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[4], "128");
        assert_eq!(cells[5], "-11");
        assert_eq!(cells[6], Dialect::Standard.number(Some(-11.0 / 139.0 * 100.0)));
        assert_eq!(csv.lines().count(), 1 + 2 * 12);
    }
}
