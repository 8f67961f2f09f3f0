//! Who pays and who gains (issue 39), the documents: the single link by the inputs' names, the
//! set link's two slots after the routes', the file by name, the CSV of the table by pocket in
//! both dialects; links written before read as before.

use crate::common::schiedam;
use uitstroomrekenaar::model::document::csv::{self, Dialect, PartyColumn};
use uitstroomrekenaar::model::document::set_link::{from_query, to_query};
use uitstroomrekenaar::model::document::{link, set_file, Scenario, ScenarioSet};
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::results::{parties, Party, PartyMetric};
use uitstroomrekenaar::model::{validate, Euros, Field, Inputs, Preset};

const POCKETS: &str = "&execution_cost=2883&income_gain=-1000";

fn with_pockets() -> Inputs {
    Inputs { execution_cost: Some(Euros(2_883.0)), income_gain: Some(Euros(-1_000.0)), ..schiedam() }
}

fn set_of(raw: uitstroomrekenaar::model::RawInputs) -> ScenarioSet {
    ScenarioSet::new(vec![Scenario { name: "Zakken".into(), raw }], 0, 0, Scenario { name: String::new(), raw: Preset::Schiedam.raw() })
}

#[test]
fn the_single_link_carries_both_by_name() {
    let raw = link::from_query(&format!("?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60{POCKETS}"), &Preset::Schiedam.raw());
    assert_eq!((raw.get(Field::ExecutionCost), raw.get(Field::IncomeGain)), ("2883", "-1000"));
    assert_eq!(validate(&raw, &schiedam()).inputs, with_pockets());
    let query = link::to_query(&raw);
    assert!(query.ends_with(POCKETS), "{query}");
    assert_eq!(link::from_query(&query, &Preset::Schiedam.raw()), raw);
}

#[test]
fn the_set_link_has_two_slots_after_the_routes() {
    let mut raw = Preset::Schiedam.raw();
    raw.set(Field::ExecutionCost, "2883".into());
    raw.set(Field::IncomeGain, "-1000".into());
    let query = to_query(&set_of(raw));
    // Inhabitants, the team and the routes left empty: their slots empty, then X and G.
    assert_eq!(query, "?base=1&edit=1&s=Zakken,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,,,,,,,,,2883,-1000");
    let back = from_query(&query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(validate(&back.scenarios()[0].raw, &schiedam()).inputs, Inputs { start_month: 2008 * 12 + 8, ..with_pockets() });
    assert_eq!(to_query(&back), query);
    // A link written before: neither counted.
    let before = from_query("?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,,,,,33.3333333333,16700,40,367", &Preset::Empty.raw()).expect("a set");
    let inputs = validate(&before.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!((inputs.execution_cost, inputs.income_gain), (None, None));
}

#[test]
fn the_file_keeps_both_by_name() {
    let raw = link::from_query(&format!("?caseload=569&exits=139{POCKETS}"), &Preset::Schiedam.raw());
    let set = set_of(raw);
    let json = set_file::to_json(&set);
    let document: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let inputs = &document["scenarios"][0]["inputs"];
    assert_eq!((inputs["execution_cost"].as_str(), inputs["income_gain"].as_str()), (Some("2883"), Some("-1000")), "{json}");
    assert_eq!(set_file::from_json(&json, &Preset::Empty.raw()).expect("it opens"), set);
}

#[test]
fn the_csv_has_a_row_per_scenario_and_party() {
    let with = project_plan(&with_pockets(), &[]).total;
    let without = project_plan(&schiedam(), &[]).total;
    let named = [("Met", &with), ("Zonder", &without)];
    let header = |c: PartyColumn| match c {
        PartyColumn::Scenario => "Scenario",
        PartyColumn::Party => "Wie",
        PartyColumn::Code => "Code",
        PartyColumn::Figure(m) => m.name(),
    };
    let label = |party: Party| party.name();
    let text = csv::parties(&named, header, label, "Totaal", Dialect::Standard);
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0], ["Scenario", "Wie", "Code", "gain", "cost", "net"]);
    // Three parties and the total with the clients' gain; two and the total without.
    assert_eq!(rows.len(), 1 + 4 + 3);
    let table = parties(&with);
    let number = |v: f64| Dialect::Standard.number(Some(v));
    assert_eq!(rows[3], ["Met", "clients", "clients", number(table.rows[2].gain).as_str(), "0", number(table.rows[2].net).as_str()]);
    assert!(rows[3][3].starts_with('-'), "the poverty trap: a loss, {:?}", rows[3]);
    assert_eq!(rows[4], ["Met", "Totaal", "", "", "", number(table.total).as_str()]);
    assert_eq!(rows[6][..3], ["Zonder", "municipality", "municipality"]);
    assert_eq!(rows[6][5], number(PartyMetric::Net.value(parties(&without).row(Party::Municipality).expect("a row"))));
    // The Dutch dialect: semicolons and decimal commas, the byte order mark.
    let dutch = csv::parties(&named, header, label, "Totaal", Dialect::Dutch);
    assert!(dutch.starts_with("\u{feff}Scenario;Wie;Code;gain;cost;net\r\n"), "{dutch}");
    assert_eq!(dutch.lines().nth(1).map(|l| l.split(';').nth(3).map(str::to_string)), Some(Some(Dialect::Dutch.number(Some(table.rows[0].gain)))));
}

/// The monthly CSV carries the month's two pockets by name, each month's figure as the
/// projection has it (their discounted sum is the page's total), and leaves them empty while
/// the input is not given, not 0; the routes' two figures beside them, 0 without routes.
#[test]
fn the_monthly_csv_has_each_pocket_per_month_and_empty_without_it() {
    use uitstroomrekenaar::model::document::csv::MonthlyColumn;
    let header = |c: MonthlyColumn| match c {
        MonthlyColumn::SubsidyCost => "subsidy_cost",
        MonthlyColumn::ParttimeSaving => "parttime_saving",
        MonthlyColumn::ExecutionSaving => "execution_saving",
        MonthlyColumn::ClientIncome => "client_income",
        _ => "other",
    };
    let column = |text: &str, name: &str| -> Vec<String> {
        let mut lines = text.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty());
        let at = lines.next().unwrap().split(',').position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
        lines.map(|l| l.split(',').nth(at).unwrap().to_string()).collect()
    };
    let inputs = Inputs { discount_per_year: uitstroomrekenaar::model::Share::from_percent(2.25), ..with_pockets() };
    let p = uitstroomrekenaar::model::projection::project(&inputs);
    let factors = uitstroomrekenaar::model::projection::discount_factors(&inputs);
    let text = csv::monthly(&[("Zakken", &p)], header, Dialect::Standard);
    let execution = column(&text, "execution_saving");
    let income = column(&text, "client_income");
    assert_eq!(execution.len(), p.months.len());
    let mut discounted = (0.0, 0.0);
    for ((m, e), i) in p.months.iter().zip(&execution).zip(&income) {
        let (e, i): (f64, f64) = (e.parse().unwrap(), i.parse().unwrap());
        assert!((e - m.execution_saving).abs() < 1e-6 && (i - m.client_income).abs() < 1e-6, "month {}: {e} {i}", m.month);
        discounted.0 += e * factors[m.month as usize];
        discounted.1 += i * factors[m.month as usize];
    }
    assert!(execution.iter().any(|e| e.parse::<f64>().unwrap() > 0.0));
    assert!(income.iter().any(|i| i.parse::<f64>().unwrap() < 0.0), "a negative gain stays negative");
    assert!((discounted.0 - p.execution_savings_total.unwrap()).abs() < 1e-3, "{} {:?}", discounted.0, p.execution_savings_total);
    assert!((discounted.1 - p.client_income_total.unwrap()).abs() < 1e-3);
    assert!(column(&text, "subsidy_cost").iter().all(|v| v == "0") && column(&text, "parttime_saving").iter().all(|v| v == "0"));

    let without = uitstroomrekenaar::model::projection::project(&schiedam());
    let text = csv::monthly(&[("Zonder", &without)], header, Dialect::Standard);
    assert!(column(&text, "execution_saving").iter().all(String::is_empty));
    assert!(column(&text, "client_income").iter().all(String::is_empty));
}
