//! Every figure and document of many scenarios, pinned (issue 36: the model in layers must
//! compute bit for bit what it computed before it moved). 240 scenarios are opened from links
//! (the presets' and random ones: groups with ranges, a team, returns, deadweight, discounting,
//! a start month, inhabitants, bad texts) and everything the model gives of them is folded into
//! one number per part: what checking finds, the months, the results by name, the calendar
//! years and the budget, the groups' figures, the bands and the tornado, the single link, the
//! set link and the file, read back as well, and the four CSV exports. The pinned numbers were
//! printed by the code before the move (commit 5f7d54b); a difference says which part moved.
//! Unknown inputs and figures added later do not enter it (the lists of names below), so a new
//! input left empty changes nothing here; a new column of an export changes `exports` alone.

use uitstroomrekenaar::model::document::csv;
use uitstroomrekenaar::model::document::csv::{Compared, Dialect, Grouped};
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::results::GroupMetric;
use uitstroomrekenaar::model::results::YearMetric;
use uitstroomrekenaar::model::results::BudgetMetric;
use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
use uitstroomrekenaar::model::projection::draws::{SEED, bands_of, sensitivity_of};
use uitstroomrekenaar::model::document::set_link;
use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::document::set_file;
use uitstroomrekenaar::model::{Field, Metric, Preset, Projection, validate};
use uitstroomrekenaar::model::results::{budget_of, years};

/// FNV-1a over bytes: equal exactly when every byte is.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn text(&mut self, text: &str) {
        self.bytes(text.as_bytes());
        self.bytes(&[0xff]);
    }
    fn number(&mut self, value: f64) {
        self.bytes(&value.to_bits().to_le_bytes());
    }
    fn maybe(&mut self, value: Option<f64>) {
        match value {
            Some(v) => self.number(v),
            None => self.text("none"),
        }
    }
}

/// SplitMix64: the scenarios are random but the same in every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A whole number in `low ..= high`.
    fn int(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.int(1, 100) <= percent
    }
    /// A number with up to two decimals in `low ..= high`, written the Dutch way.
    fn decimal(&mut self, low: u64, high: u64) -> String {
        let cents = self.int(low * 100, high * 100);
        if cents % 100 == 0 { (cents / 100).to_string() } else { format!("{},{:02}", cents / 100, cents % 100) }
    }
}

/// A random scenario as a single link's query.
fn random_link(r: &mut Random) -> String {
    let mut q = Vec::new();
    let period = r.int(1, 60);
    q.push(format!("period={period}"));
    let horizon = if r.chance(15) { 600 } else { period + r.int(0, 120) };
    q.push(format!("horizon={horizon}"));
    q.push(format!("cost={}", r.int(0, 30) * 1000 + r.int(0, 999)));
    if r.chance(60) {
        q.push(format!("return={}", r.decimal(0, 40)));
    }
    if r.chance(70) {
        q.push(format!("project_cost={}", r.int(0, 3_000_000)));
    }
    q.push(format!("discount={}", r.decimal(0, 6)));
    q.push(format!("start={}-{:02}", r.int(1995, 2040), r.int(1, 12)));
    if r.chance(50) {
        q.push(format!("inhabitants={}", r.int(1, 900_000)));
    }
    if r.chance(35) {
        q.push(format!("per_coach={}", r.int(5, 80)));
        if r.chance(60) {
            q.push(format!("per_coach_regular={}", r.int(60, 300)));
        }
        if r.chance(90) {
            q.push(format!("fte_cost={}", r.int(40_000, 120_000)));
        }
    }
    for (name, high) in [("cost", 40_000), ("project_cost", 4_000_000)] {
        if r.chance(25) {
            let low = r.int(0, high / 2);
            q.push(format!("{name}_low={low}&{name}_high={}", low + r.int(0, high / 2)));
        }
    }
    if r.chance(20) {
        q.push(format!("return_low={}&return_high={}", r.decimal(0, 10), r.decimal(10, 40)));
    }
    if r.chance(40) {
        // Groups, each with its own exit (a share or a count) and deadweight, some with ranges.
        for g in 0..r.int(2, 4) {
            let n = r.int(0, 3000);
            let exit = if r.chance(50) {
                let e = r.int(0, 80);
                let range = if r.chance(30) { format!(":{}:{}", e / 2, (e + 15).min(100)) } else { String::new() };
                format!("p{e}{range}")
            } else {
                format!("n{}", r.int(0, n))
            };
            let b = r.int(0, 30);
            let b_range = if r.chance(30) { format!(":{}:{}", b / 2, b + 5) } else { String::new() };
            q.push(format!("group=Groep%20{g},{n},{exit},{},{b}{b_range}", r.decimal(0, 100)));
        }
    } else {
        let n = r.int(0, 5000);
        q.push(format!("caseload={n}"));
        if r.chance(50) {
            q.push(format!("exit={}", r.decimal(0, 90)));
            if r.chance(30) {
                q.push("exit_low=5&exit_high=60".into());
            }
        } else {
            q.push(format!("exits={}", r.int(0, n)));
        }
        q.push(format!("work={}", r.decimal(0, 100)));
        q.push(format!("baseline={}", r.decimal(0, 30)));
        if r.chance(20) {
            q.push(format!("baseline_low={}&baseline_high={}", r.decimal(0, 5), r.decimal(5, 35)));
        }
    }
    // Now and then a text the page must mark: the results keep the fallback's value.
    if r.chance(10) {
        let bad = ["caseload=veel", "exits=99999999", "horizon=0", "per_coach=0", "fte_cost=", "work=120", "discount=abc"];
        q.push(bad[r.int(0, bad.len() as u64 - 1) as usize].into());
    }
    format!("?{}", q.join("&"))
}

/// The results pinned, by their `data-metric` names: those the page had when the digest was
/// pinned. A new result is tested on its own; these must not move.
const RESULTS: [&str; 21] = [
    "savings_per_year", "exits", "exit_share", "break_even_exits", "break_even_exit_share", "team_fte", "team_cost_per_year",
    "exits_work", "exits_other", "exits_baseline", "net_exits", "cost_per_exit", "cost_per_net_exit", "caseload_end",
    "savings_total", "project_cost_total", "net_result", "return_ratio", "break_even_month", "historic_share", "budget_kept",
];
/// The results in the comparison export pinned: [`RESULTS`] and the routes' four (issue 38).
/// A result added later (who pays and who gains, issue 39) is left out of the export's
/// digest, as it is of the results'.
const COMPARED: [&str; 25] = [
    "savings_per_year", "exits", "exit_share", "break_even_exits", "break_even_exit_share", "team_fte", "team_cost_per_year",
    "exits_work", "exits_other", "exits_baseline", "net_exits", "cost_per_exit", "cost_per_net_exit", "caseload_end",
    "savings_total", "project_cost_total", "net_result", "return_ratio", "break_even_month", "historic_share", "budget_kept",
    "benefit_savings_per_year", "subsidised_placements", "subsidy_cost_per_year", "parttime_savings_per_year",
];

/// The comparison export's header and its rows of the results pinned ([`COMPARED`]): the code
/// is the fourth column.
fn pinned_rows(csv: &str, separator: char) -> String {
    csv.split_inclusive("\r\n")
        .enumerate()
        .filter(|(i, row)| *i == 0 || row.split(separator).nth(3).is_some_and(|code| COMPARED.contains(&code)))
        .map(|(_, row)| row)
        .collect()
}

/// The calendar year's figures pinned (`data-year-metric`).
const YEAR_FIGURES: [&str; 6] = ["months", "reduction_average", "saving", "project_cost", "net", "net_discounted"];
/// The budget table's figures pinned (`data-budget-metric`).
const BUDGET_FIGURES: [&str; 3] = ["saving", "budget_reduction", "kept"];
/// The per-group table's figures pinned (`data-group-metric`).
const GROUP_FIGURES: [&str; 7] = ["caseload", "exits", "exits_baseline", "net_exits", "exits_work", "savings_per_year", "savings_total"];

/// The parts of the model, each folded into its own number.
#[derive(Default, Debug, PartialEq)]
struct Parts {
    checked: u64,
    months: u64,
    results: u64,
    years: u64,
    groups: u64,
    draws: u64,
    documents: u64,
    exports: u64,
}

fn months(h: &mut Fnv, p: &Projection) {
    for m in &p.months {
        h.number(f64::from(m.month));
        for v in [m.caseload_project, m.caseload_baseline, m.exits_project, m.exits_baseline, m.returns_project, m.saving, m.saving_discounted, m.cost, m.cost_discounted] {
            h.number(v);
        }
    }
}

fn digest_all() -> Parts {
    let mut r = Random(0x36_1A7E_25);
    let defaults = Preset::Schiedam.raw();
    let mut links: Vec<String> = [Preset::Schiedam, Preset::Haarlem, Preset::Empty].iter().map(|p| link::to_query(&p.raw())).collect();
    links.extend((0..237).map(|_| random_link(&mut r)));

    let mut h = [Fnv::new(); 8];
    let [checked_h, months_h, results_h, years_h, groups_h, draws_h, docs_h, exports_h] = &mut h;
    let mut scenarios_of_set = Vec::new();
    let mut projections = Vec::new();
    for (i, query) in links.iter().enumerate() {
        let raw = link::from_query(query, &defaults);
        let checked = validate_groups(&raw);
        // An input left unknown adds nothing: a new optional input, left empty, leaves the
        // digest as it was.
        for field in Field::ALL {
            if let Some(value) = checked.inputs.value(field) {
                checked_h.text(field.link_name());
                checked_h.number(value);
            }
        }
        for p in &checked.problems {
            checked_h.text(&format!("{}:{:?}", p.field.link_name(), p.kind));
        }
        for p in &checked.group_problems {
            checked_h.text(&format!("{}:{}:{:?}", p.group, p.field.link_name(), p.kind));
        }
        checked_h.text(&format!("{:?}{:?}", checked.range_problems, checked.group_range_problems));
        for (field, range) in checked.ranges.iter() {
            checked_h.text(field.link_name());
            checked_h.number(range.low);
            checked_h.number(range.high);
        }
        for g in &checked.groups {
            checked_h.text(&g.name);
            checked_h.number(f64::from(g.caseload));
            for v in [g.exit_share.fraction(), g.work_share.fraction(), g.baseline_per_year.fraction()] {
                checked_h.number(v);
            }
            for (field, range) in g.ranges.iter() {
                checked_h.text(field.link_name());
                checked_h.number(range.low);
                checked_h.number(range.high);
            }
        }

        let plan = project_plan(&checked.inputs, &checked.groups);
        let p = &plan.total;
        months(months_h, p);
        // The figures pinned, by name: a new figure beside them leaves their digest as it was.
        for name in RESULTS {
            let metric = Metric::ALL.into_iter().find(|m| m.name() == name).expect("a result of that name");
            results_h.text(name);
            results_h.maybe(metric.value(p));
        }
        for year in years(p) {
            years_h.number(f64::from(year.year));
            for name in YEAR_FIGURES {
                let metric = YearMetric::ALL.into_iter().find(|m| m.name() == name).expect("a year figure of that name");
                years_h.number(metric.value(&year.figures));
            }
        }
        if let Some(budget) = budget_of(p) {
            years_h.number(budget.historic_share);
            for (year, figures) in budget.years.iter().chain([(0, budget.total)].iter()) {
                years_h.number(f64::from(*year));
                for name in BUDGET_FIGURES {
                    let metric = BudgetMetric::ALL.into_iter().find(|m| m.name() == name).expect("a budget figure of that name");
                    years_h.number(metric.value(figures));
                }
            }
        }
        for group in &plan.groups {
            months(groups_h, group);
            for name in GROUP_FIGURES {
                let metric = GroupMetric::ALL.into_iter().find(|m| m.name() == name).expect("a group figure of that name");
                groups_h.text(name);
                groups_h.maybe(metric.value(group));
            }
        }
        // The draws are many projections each: a tenth of the scenarios, 200 draws each.
        if i % 10 == 0 {
            let bands = bands_of(&checked.inputs, &checked.groups, &checked.ranges, 200, SEED);
            draws_h.text(&format!("{bands:?}"));
            draws_h.text(&format!("{:?}", sensitivity_of(&checked.inputs, &checked.groups, &checked.ranges)));
        }

        let single = link::to_query(&raw);
        docs_h.text(&single);
        docs_h.text(&link::to_query(&link::from_query(&single, &defaults)));
        scenarios_of_set.push(Scenario { name: format!("Scenario {i}"), raw });
        projections.push(plan);
    }

    // The scenarios in sets of twelve: the set link, the file, and the CSV exports.
    for (k, chunk) in scenarios_of_set.chunks(12).enumerate() {
        let set = ScenarioSet::new(chunk.to_vec(), k % chunk.len(), (k + 1) % chunk.len(), chunk[0].clone());
        let query = set_link::to_query(&set);
        docs_h.text(&query);
        let json = set_file::to_json(&set);
        docs_h.text(&json);
        let again = set_link::from_query(&query, &defaults).expect("the set link opens");
        docs_h.text(&set_file::to_json(&again));
        let read = set_file::from_json(&json, &defaults).expect("the file opens");
        docs_h.text(&set_link::to_query(&read));

        let plans = &projections[k * 12..k * 12 + chunk.len()];
        let named: Vec<(&str, &Projection)> = chunk.iter().zip(plans).map(|(s, p)| (s.name.as_str(), &p.total)).collect();
        let compared: Vec<Compared> = named.iter().map(|(name, p)| Compared { name, projection: p, bands: None }).collect();
        let grouped: Vec<Grouped> = chunk
            .iter()
            .zip(plans)
            .map(|(s, p)| Grouped { name: &s.name, groups: p.groups.iter().map(|g| ("groep", g)).collect() })
            .collect();
        for dialect in [Dialect::Dutch, Dialect::Standard] {
            exports_h.text(&csv::monthly(&named, |c| if c == csv::MonthlyColumn::ALL[0] { "a" } else { "b" }, dialect));
            let comparison = csv::comparison(&compared, set.base(), |_| "h", |m| m.name(), |yes| if yes { "ja" } else { "nee" }, dialect);
            exports_h.text(&pinned_rows(&comparison, if dialect == Dialect::Dutch { ';' } else { ',' }));
            exports_h.text(&csv::years(&named, |_| "h", dialect));
            exports_h.text(&csv::groups(&grouped, |_| "h", dialect));
        }
    }
    let [checked, months, results, years, groups, draws, documents, exports] = h.map(|f| f.0);
    Parts { checked, months, results, years, groups, draws, documents, exports }
}

/// Checks the texts as the page does: the fallback is the Schiedam example.
fn validate_groups(raw: &uitstroomrekenaar::model::RawInputs) -> uitstroomrekenaar::model::Checked {
    validate(raw, &Preset::Schiedam.inputs())
}

#[test]
fn every_figure_and_document_is_what_it_was_before_the_model_moved() {
    let pinned = Parts {
        checked: 13051408344082268884,
        months: 10375930918563290551,
        results: 16829983953479038226,
        years: 3679007611105309446,
        groups: 3751707776790058285,
        draws: 1201679941642737135,
        documents: 8260874926997988341,
        // The routes out of benefit (issue 38) added two columns to the calendar-year export
        // (`subsidy_cost`, `parttime_saving`, 0 without routes) and four results to the
        // comparison (`benefit_savings_per_year`, `subsidised_placements`,
        // `subsidy_cost_per_year`, `parttime_savings_per_year`); every other part is as pinned
        // before the move. Before: 16262288750299568874. Then the monthly export got four
        // columns at its end: the routes' `subsidy_cost` and `parttime_saving` (0 without
        // routes) and the pockets' `execution_saving` and `client_income` (empty without their
        // inputs), every earlier column as it was. Before that: 10376726669047949074.
        exports: 14690648506518961236,
    };
    assert_eq!(digest_all(), pinned);
}
