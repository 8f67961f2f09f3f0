//! The business case as a spreadsheet (issue 40), checked by a real spreadsheet engine:
//! LibreOffice Calc, headless, opens each file, recalculates every formula (a profile with
//! `OOXMLRecalcMode` 0: otherwise it keeps the values the file carries, which are the page's own)
//! and writes it out again; every result it computed equals the page's to a relative 1e-9 (1e-6
//! absolute near zero). Then inputs are changed in the file and recalculated: the results follow
//! as the model's do for the same inputs, so the formulas are the model, not pictures of its
//! results. `scripts/setup.sh --test` installs LibreOffice (Debian's `libreoffice-calc-nogui`).

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::input::Group;
use uitstroomrekenaar::model::{validate, Inputs, Metric, Preset, Projection};
use uitstroomrekenaar::text::Lang;
use rust_xlsxwriter::{column_name_to_number, column_number_to_name, ExcelDateTime};
use uitstroomrekenaar::model::core::number::year_and_month;
use uitstroomrekenaar::model::results::budget::{budget_of, BudgetMetric};
use uitstroomrekenaar::model::results::years::{years, years_total, YearMetric};
use uitstroomrekenaar::workbook::{set_workbook, workbook, About, SetScenario};

/// The two examples, and others with returns, deadweight, a team, discounting, a start month,
/// the routes, the pockets, the inhabitants and groups.
const SCENARIOS: [&str; 10] = [
    "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09",
    "?caseload=280&period=60&exits=128&work=66.40625&cost=14400&horizon=120&start=1997-01&baseline=8&project_cost=150000",
    "?caseload=1200&period=24&exit=31.5&work=40&cost=17500&horizon=96&baseline=23&return=22&project_cost=900000&discount=4&start=2026-03",
    "?caseload=400&period=12&exit=100&work=100&cost=16000&horizon=36&return=15&per_coach=30&per_coach_regular=150&fte_cost=85000&project_cost=20000",
    "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=600&subsidised=33.3333333333&subsidy_cost=16700&parttime=40&parttime_saving=367&project_cost=400000",
    "?caseload=800&period=36&exit=0.001&work=10&cost=14000&horizon=120&baseline=5&execution_cost=2883&income_gain=-1000&project_cost=50000&inhabitants=30000",
    "?caseload=50&period=120&exit=0&work=0&cost=0&horizon=120&project_cost=1000",
    "?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&return=22&baseline=8&execution_cost=2883&income_gain=2100&project_cost=400000&discount=2.25&inhabitants=12000",
    "?period=18&cost=15000&horizon=60&return=12&project_cost=400000&subsidised=50&subsidy_cost=16700&income_gain=2100&execution_cost=2883&parttime=20&parttime_saving=367\
        &group=Kort,300,p40,80,22&group=Lang,269,n30,20,4&group==HYPERLINK(%22x%22),10,p100,0,0",
    "?period=24&cost=17500&horizon=120&baseline=8&per_coach=30&fte_cost=85000&discount=3&group=A,1,p0,100,0&group=B,999,p12.5,60,23",
];

fn opened(query: &str) -> (Inputs, Vec<Group>) {
    let checked = validate(&link::from_query(query, &Preset::Schiedam.raw()), &Preset::Schiedam.inputs());
    assert!(checked.problems.is_empty() && checked.group_problems.is_empty(), "{query}: {:?} {:?}", checked.problems, checked.group_problems);
    (checked.inputs, checked.groups)
}

fn projected(inputs: &Inputs, groups: &[Group]) -> Projection {
    project_plan(inputs, groups).total
}

/// A folder of its own under the target folder.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    dir
}

/// Recalculates every file in `files` with LibreOffice and returns the recalculated copies, in
/// order: in two LibreOffice processes side by side, half the files each (one process works on
/// one core; the machines have two).
fn recalculated(files: &[PathBuf], work: &Path) -> Vec<PathBuf> {
    let half = files.len().div_ceil(2);
    std::thread::scope(|scope| {
        let parts: Vec<_> = files.chunks(half.max(1)).enumerate().map(|(i, part)| scope.spawn(move || recalculated_in(part, &work.join(format!("engine-{i}"))))).collect();
        parts.into_iter().flat_map(|part| part.join().expect("LibreOffice's run")).collect()
    })
}

/// Recalculates `files` with one LibreOffice process whose profile (in `work`) says to
/// recalculate a file from Excel always; the recalculated copies, in order.
fn recalculated_in(files: &[PathBuf], work: &Path) -> Vec<PathBuf> {
    let profile = work.join("profile");
    std::fs::create_dir_all(profile.join("user")).expect("a profile");
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .expect("the profile's settings");
    let out = work.join("out");
    std::fs::create_dir_all(&out).expect("an output folder");
    let status = Command::new("soffice")
        .arg("--headless")
        .arg("--norestore")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir"])
        .arg(&out)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("LibreOffice (soffice) does not run: {e}; scripts/setup.sh --test installs it"));
    assert!(status.status.success(), "soffice: {}", String::from_utf8_lossy(&status.stderr));
    files.iter().map(|f| out.join(f.file_name().expect("a file name"))).collect()
}

/// A file of a zip, as text.
fn entry(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an xlsx is a zip");
    let mut text = String::new();
    archive.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut text).expect("UTF-8");
    text
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

/// Where a defined name points: the sheet's file in the zip and the cell (`C5`) or range
/// (`C5:H5`). A global name, or with `local` the name local to that sheet (counting from 0).
fn named_in(bytes: &[u8], name: &str, local: Option<usize>) -> (String, String) {
    let book = entry(bytes, "xl/workbook.xml");
    // The attribute's place in the tag differs between writers.
    let target = book
        .split("<definedName ")
        .skip(1)
        .find(|tag| {
            tag.split('>').next().is_some_and(|attributes| {
                let named = attributes.contains(&format!(" name=\"{name}\"")) || attributes.starts_with(&format!("name=\"{name}\""));
                let scope = between(attributes, "localSheetId=\"", "\"").and_then(|id| id.parse::<usize>().ok());
                named && scope == local
            })
        })
        .and_then(|tag| between(tag, ">", "</definedName>"))
        .map(|t| t.replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&"))
        .unwrap_or_else(|| panic!("no name {name} ({local:?})"));
    let (sheet, cell) = target.rsplit_once('!').expect("a sheet and a cell");
    let sheet = sheet.trim_matches('\'');
    let cell = cell.replace('$', "");
    // The sheets are stored in the order the workbook lists them.
    let order = sheet_names(bytes).iter().position(|s| s == sheet).unwrap_or_else(|| panic!("the sheet {sheet} is listed"));
    (format!("xl/worksheets/sheet{}.xml", order + 1), cell)
}


/// The value of a cell: a number, or none for a text or an empty cell.
fn cell_value(sheet_xml: &str, cell: &str) -> Option<f64> {
    let at = sheet_xml.find(&format!("<c r=\"{cell}\""))?;
    let rest = &sheet_xml[at..];
    let open_end = rest.find('>')?;
    let tag = &rest[..open_end];
    if tag.ends_with('/') || tag.contains("t=\"s\"") || tag.contains("t=\"str\"") || tag.contains("t=\"e\"") {
        return None;
    }
    let body = &rest[..rest.find("</c>")?];
    between(body, "<v>", "</v>").and_then(|v| v.parse().ok())
}

/// Every result of the file, by its name.
fn results(bytes: &[u8]) -> Vec<(Metric, Option<f64>)> {
    results_in(bytes, None)
}

/// Every result of the file, by its name (global, or local to a sheet).
fn results_in(bytes: &[u8], local: Option<usize>) -> Vec<(Metric, Option<f64>)> {
    Metric::ALL
        .into_iter()
        .map(|metric| {
            let (sheet, cell) = named_in(bytes, &format!("res_{}", metric.name()), local);
            (metric, cell_value(&entry(bytes, &sheet), &cell))
        })
        .collect()
}

/// The cells of a named row (`C33:H33`), left to right.
fn row_values(bytes: &[u8], name: &str, local: Option<usize>) -> Vec<Option<f64>> {
    let (sheet, range) = named_in(bytes, name, local);
    let (from, to) = range.split_once(':').unwrap_or_else(|| panic!("{name}: a range, not {range}"));
    let split = |cell: &str| {
        let at = cell.find(|c: char| c.is_ascii_digit()).expect("a row");
        (column_name_to_number(&cell[..at]), cell[at..].to_string())
    };
    let ((first, row), (last, _)) = (split(from), split(to));
    let xml = entry(bytes, &sheet);
    (first..=last).map(|c| cell_value(&xml, &format!("{}{row}", column_number_to_name(c)))).collect()
}

/// The calendar years' and the budget's figures of the file, by the name of their row and the
/// year's place (the total last), against the page's: what differs. The file has a column for
/// every calendar year the horizon could reach from any start month; those it does not reach
/// from this one are empty.
fn compare_years(what: &str, bytes: &[u8], local: Option<usize>, page: &Projection) -> Vec<String> {
    let calendar = years(page);
    let total = years_total(page);
    let budget = budget_of(page);
    let columns = row_values(bytes, "years", local).len() - 1;
    if columns < calendar.len() {
        return vec![format!("{what}: {columns} year columns for {} calendar years", calendar.len())];
    }
    // The page's figures of each year, empty after its last, then the total.
    let padded = |values: Vec<Option<f64>>, total: Option<f64>| -> Vec<Option<f64>> {
        let empty = columns - values.len();
        values.into_iter().chain(std::iter::repeat_n(None, empty)).chain([total]).collect()
    };
    let mut expected: Vec<(String, Vec<Option<f64>>)> = vec![("years".into(), padded(calendar.iter().map(|y| Some(f64::from(y.year))).collect(), None))];
    for m in YearMetric::ALL {
        expected.push((format!("year_{}", m.name()), padded(calendar.iter().map(|y| Some(m.value(&y.figures))).collect(), Some(m.value(&total)))));
    }
    for m in BudgetMetric::ALL {
        let values = match &budget {
            Some(b) => padded(b.years.iter().map(|(_, f)| Some(m.value(f))).collect(), Some(m.value(&b.total))),
            None => vec![None; columns + 1],
        };
        expected.push((format!("budget_{}", m.name()), values));
    }
    let mut differences = Vec::new();
    for (name, want) in expected {
        let got = row_values(bytes, &name, local);
        let same = got.len() == want.len()
            && got.iter().zip(&want).all(|(g, w)| match (g, w) {
                (Some(a), Some(b)) => agree(*a, *b),
                (None, None) => true,
                _ => false,
            });
        if !same {
            differences.push(format!("{what}: {name}: file {got:?}, page {want:?}"));
        }
    }
    differences
}

/// Equal to a relative 1e-9, or 1e-6 absolute near zero.
fn agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-6
}

/// The results the engine computed against the page's, all of them, with what differs.
fn compare(what: &str, computed: &[(Metric, Option<f64>)], page: &Projection) -> Vec<String> {
    computed
        .iter()
        .filter_map(|(metric, value)| {
            let want = metric.value(page).filter(|v| v.is_finite());
            let same = match (want, value) {
                (Some(a), Some(b)) => agree(a, *b),
                (None, None) => true,
                _ => false,
            };
            (!same).then(|| format!("{what}: {}: file {value:?}, page {want:?}", metric.name()))
        })
        .collect()
}

/// `bytes` with numbers put into input cells (by their names), the values they had removed from
/// every formula so nothing but the engine's own calculation can be read back.
fn with_inputs(bytes: &[u8], changes: &[(&str, f64)]) -> Vec<u8> {
    with_inputs_in(bytes, changes, None)
}

/// [`with_inputs`] with names local to sheet `local` (counting from 0), or global.
fn with_inputs_in(bytes: &[u8], changes: &[(&str, f64)], local: Option<usize>) -> Vec<u8> {
    let mut sheets: Vec<(String, String, f64)> = Vec::new();
    for (name, value) in changes {
        let (sheet, cell) = named_in(bytes, name, local);
        sheets.push((sheet, cell, *value));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("an entry");
        let name = file.name().expect("a name").to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("its bytes");
        if name.starts_with("xl/worksheets/") {
            let mut xml = String::from_utf8(data).expect("UTF-8");
            for (_, cell, value) in sheets.iter().filter(|(s, _, _)| *s == name) {
                let at = xml.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("{cell} in {name}"));
                let v = at + xml[at..].find("<v>").expect("a value") + 3;
                let end = v + xml[v..].find("</v>").expect("its end");
                xml.replace_range(v..end, &format!("{value}"));
            }
            // No formula keeps its cached value: a result read back is the engine's.
            while let Some(at) = xml.find("</f><v>") {
                let end = at + xml[at..].find("</v>").expect("its end") + 4;
                xml.replace_range(at..end, "</f>");
            }
            data = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).expect("an entry");
        out.write_all(&data).expect("written");
    }
    out.finish().expect("a zip").into_inner()
}

#[test]
fn libreoffice_computes_the_pages_results_from_the_formulas_and_follows_changed_inputs() {
    let work = folder("workbook");
    let mut files = Vec::new();
    let mut expected = Vec::new();
    for (i, query) in SCENARIOS.iter().enumerate() {
        // Every scenario in Dutch, two in English (a sheet's name is in the formulas too).
        for lang in [Lang::Nl, Lang::En].into_iter().filter(|lang| *lang == Lang::Nl || i < 2) {
            let (inputs, groups) = opened(query);
            let p = projected(&inputs, &groups);
            let about = About { name: format!("Scenario {i}"), problems: Vec::new() };
            let bytes = workbook(lang, &about, &inputs, &groups, &p).expect("a workbook");
            // A group's name that looks like a formula is text: no formula names it.
            if groups.iter().any(|g| g.name.starts_with('=')) {
                let sheets: String = (1..=3).map(|n| entry(&bytes, &format!("xl/worksheets/sheet{n}.xml"))).collect();
                assert!(!sheets.contains("HYPERLINK"), "a name became a formula");
                assert!(entry(&bytes, "xl/sharedStrings.xml").contains("=HYPERLINK(\"x\")"), "the name as typed, as text");
            }
            // As built, the file carries the page's values.
            assert!(compare(query, &results(&bytes), &p).is_empty(), "{:?}", compare(query, &results(&bytes), &p));
            assert!(compare_years(query, &bytes, None, &p).is_empty(), "{:?}", compare_years(query, &bytes, None, &p));
            // Without them, only the engine can fill them in.
            let path = work.join(format!("scenario-{i}-{lang:?}.xlsx"));
            std::fs::write(&path, with_inputs(&bytes, &[])).expect("written");
            files.push(path);
            let made_with = p.break_even_exits;
            expected.push((format!("{query} ({lang:?})"), p));

            // The same file with its inputs changed, against the model with those inputs: with
            // groups, the first group's caseload and exit.
            let mut changed_groups = groups.clone();
            if let Some(g) = changed_groups.first_mut() {
                g.caseload += 37;
                g.exit_share = uitstroomrekenaar::model::Share::from_fraction(g.exit_share.fraction() * 0.8);
            }
            let changed = Inputs {
                caseload: inputs.caseload + 37,
                exit_share: uitstroomrekenaar::model::Share::from_fraction(inputs.exit_share.fraction() * 0.8),
                cost_per_year: uitstroomrekenaar::model::Euros(inputs.cost_per_year.0 + 1234.5),
                project_cost_per_year: uitstroomrekenaar::model::Euros(inputs.project_cost_per_year.0 * 1.5 + 10_000.0),
                discount_per_year: uitstroomrekenaar::model::Share::from_fraction(0.035),
                // Eight months earlier: the file's years follow the start by formula, and
                // where the horizon then reaches one calendar year fewer or more, its columns
                // (as many as any start month needs) still hold every month.
                start_month: inputs.start_month - 8,
                ..inputs
            };
            let (year, month) = year_and_month(changed.start_month);
            let start = ExcelDateTime::from_ymd(year as u16, month as u8, 1).expect("a date").to_excel();
            let money = [("in_cost", changed.cost_per_year.0), ("in_project_cost", changed.project_cost_per_year.0), ("in_discount", 0.035), ("in_start", start)];
            let (changes, changed) = match changed_groups.first() {
                None => ([("in_caseload", f64::from(changed.caseload)), ("in_exit", changed.exit_share.fraction())].into_iter().chain(money).collect::<Vec<_>>(), changed),
                // With groups the scenario's caseload, exit, work and deadweight are the groups'
                // totals, as validation makes them.
                Some(g) => {
                    let changed = changed.with_totals_of(&changed_groups);
                    ([("g1_caseload", f64::from(g.caseload)), ("g1_exit", g.exit_share.fraction())].into_iter().chain(money).collect(), changed)
                }
            };
            let edited = with_inputs(&bytes, &changes);
            let path = work.join(format!("changed-{i}-{lang:?}.xlsx"));
            std::fs::write(&path, edited).expect("written");
            files.push(path);
            let mut changed_p = projected(&changed, &changed_groups);
            // A search, not a formula: the file keeps the value it was made with.
            changed_p.break_even_exits = made_with;
            expected.push((format!("{query} ({lang:?}), changed"), changed_p));
        }
    }
    let out = recalculated(&files, &work);
    let mut differences = Vec::new();
    for (path, (what, p)) in out.iter().zip(&expected) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let computed = results(&bytes);
        // Every result the engine computed: values the file marks as values are left as they were.
        let formulas: Vec<(Metric, Option<f64>)> = computed.into_iter().filter(|(m, _)| !matches!(m, Metric::BreakEvenExits | Metric::BreakEvenExitShare)).collect();
        differences.extend(compare(what, &formulas, p));
        differences.extend(compare_years(what, &bytes, None, p));
    }
    assert!(differences.is_empty(), "{} differences:\n{}", differences.len(), differences.join("\n"));
}

#[test]
fn the_files_words_are_there_in_both_languages_and_translated() {
    use uitstroomrekenaar::text::workbook::words;
    let (nl, en) = (serde_json::to_value(words(Lang::Nl)).expect("JSON"), serde_json::to_value(words(Lang::En)).expect("JSON"));
    let (nl, en) = (nl.as_object().expect("an object"), en.as_object().expect("an object"));
    assert_eq!(nl.len(), en.len());
    for (key, dutch) in nl {
        let english = &en[key];
        let pairs: Vec<(String, String)> = match (dutch, english) {
            (serde_json::Value::Array(d), serde_json::Value::Array(e)) => {
                d.iter().zip(e).map(|(d, e)| (d.as_str().unwrap_or_default().to_string(), e.as_str().unwrap_or_default().to_string())).collect()
            }
            (d, e) => vec![(d.as_str().unwrap_or_default().to_string(), e.as_str().unwrap_or_default().to_string())],
        };
        for (d, e) in pairs {
            assert!(!d.trim().is_empty() && !e.trim().is_empty(), "{key}: an empty word");
            assert!(d != e || d == "Code", "{key}: {d} in both languages");
        }
    }
}

#[test]
fn the_scenarios_name_is_inert_text_and_a_problem_is_said() {
    let (inputs, groups) = opened(SCENARIOS[0]);
    let p = projected(&inputs, &groups);
    let name = "=HYPERLINK(\"http://x\")<b>\u{202E}+1";
    let about = About { name: name.into(), problems: vec![uitstroomrekenaar::model::Field::Cost] };
    let bytes = workbook(Lang::Nl, &about, &inputs, &groups, &p).expect("a workbook");
    let sheets: String = (1..=3).map(|n| entry(&bytes, &format!("xl/worksheets/sheet{n}.xml"))).collect();
    assert!(!sheets.contains("HYPERLINK"), "the name became a formula");
    let strings = entry(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("=HYPERLINK(\"http://x\")&lt;b&gt;\u{202E}+1"), "the name as typed: {strings}");
    assert!(strings.contains("de laatste geldige waarde: Uitkeringslasten per cliënt"), "the problem is said");
    // Without a problem, nothing is said.
    let clean = workbook(Lang::Nl, &About::default(), &inputs, &groups, &p).expect("a workbook");
    assert!(!entry(&clean, "xl/sharedStrings.xml").contains("laatste geldige waarde"));
}

/// The texts of a sheet's cells in column `column` (shared strings), top to bottom.
fn column_texts(bytes: &[u8], sheet: &str, column: &str) -> Vec<String> {
    let strings: Vec<String> = entry(bytes, "xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| between(si, ">", "</t>").unwrap_or_default().to_string())
        .collect();
    let xml = entry(bytes, sheet);
    xml.split("<c r=\"")
        .skip(1)
        .filter(|c| c.starts_with(column) && c[column.len()..].starts_with(|ch: char| ch.is_ascii_digit()) && c.contains("t=\"s\""))
        .filter_map(|c| between(c, "<v>", "</v>").and_then(|i| i.parse::<usize>().ok()).map(|i| strings[i].clone()))
        .collect()
}

#[test]
fn with_groups_the_scenarios_name_and_problems_keep_their_rows() {
    let (inputs, groups) = opened(SCENARIOS[8]);
    let p = projected(&inputs, &groups);
    let about = About { name: "Mijn plan".into(), problems: vec![uitstroomrekenaar::model::Field::Cost] };
    let bytes = workbook(Lang::Nl, &about, &inputs, &groups, &p).expect("a workbook");
    let (first, second) = (column_texts(&bytes, "xl/worksheets/sheet1.xml", "A"), column_texts(&bytes, "xl/worksheets/sheet1.xml", "B"));
    assert!(first.iter().any(|t| t == "Scenario"), "{first:?}");
    assert!(second.iter().any(|t| t == "Mijn plan"), "{second:?}");
    assert!(first.iter().any(|t| t.contains("de laatste geldige waarde")), "{first:?}");
    assert!(first.iter().any(|t| t == "Groepen") && first.iter().any(|t| t == "Kort"), "{first:?}");
}

/// The comparison sheet's column of scenario `k` (counting from 0): each result, by its row.
fn comparison_column(bytes: &[u8], k: usize) -> Vec<(Metric, Option<f64>)> {
    let xml = entry(bytes, "xl/worksheets/sheet1.xml");
    let col = column_number_to_name(2 + k as u16);
    Metric::ALL.into_iter().enumerate().map(|(i, metric)| (metric, cell_value(&xml, &format!("{col}{}", i + 2)))).collect()
}

/// The names of the file's sheets, in order.
fn sheet_names(bytes: &[u8]) -> Vec<String> {
    entry(bytes, "xl/workbook.xml").split("<sheet ").skip(1).filter_map(|s| between(s, "name=\"", "\"").map(|n| n.replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&"))).collect()
}

#[test]
fn a_sets_file_has_a_sheet_per_scenario_and_a_comparison_and_both_follow_changed_inputs() {
    let work = folder("workbook-set");
    // Schiedam, groups (one named like a formula), inhabitants and returns, a start and
    // discounting; names with what a sheet's name may not have, and none.
    let picks = [(0, "Schiedam"), (8, "Groepen: kort/lang [2026]"), (7, "=HYPERLINK(\"x\")'s plan\u{202E}"), (2, "")];
    let opened: Vec<(Inputs, Vec<Group>)> = picks.iter().map(|(i, _)| opened(SCENARIOS[*i])).collect();
    let pages: Vec<Projection> = opened.iter().map(|(inputs, groups)| projected(inputs, groups)).collect();
    let abouts: Vec<About> = picks.iter().map(|(_, name)| About { name: name.to_string(), problems: Vec::new() }).collect();
    let set: Vec<SetScenario> =
        opened.iter().zip(&pages).zip(&abouts).map(|(((inputs, groups), p), about)| SetScenario { about, inputs, groups, p }).collect();
    let mut files = Vec::new();
    let mut expected: Vec<(String, Vec<Projection>)> = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let bytes = set_workbook(lang, &set).expect("a workbook");
        let names = sheet_names(&bytes);
        let comparison = if lang == Lang::Nl { "Vergelijking" } else { "Comparison" };
        let fallback = if lang == Lang::Nl { "4. Scenario" } else { "4. Scenario name" };
        assert_eq!(names, [comparison, "1. Schiedam", "2. Groepen kortlang 2026", "3. =HYPERLINK(\"x\")s plan", fallback], "the sheets");
        // The scenario's name stays as typed in its cells, and is no formula anywhere.
        // (A formula may name the sheet, in quotes: a reference, not a call.)
        let sheets: String = (1..=5).map(|n| entry(&bytes, &format!("xl/worksheets/sheet{n}.xml"))).collect();
        let calls: String = sheets.split("<f>").skip(1).map(|f| f.split("</f>").next().unwrap_or_default().split('\'').step_by(2).collect::<String>()).collect();
        assert!(calls.contains("SUMIFS(") && !calls.contains("HYPERLINK"), "a name became a formula");
        assert!(entry(&bytes, "xl/sharedStrings.xml").contains("=HYPERLINK(\"x\")'s plan\u{202E}"), "the name as typed, as text");
        // As built: each sheet's results and years, and the comparison, carry the page's values.
        for (k, p) in pages.iter().enumerate() {
            let what = format!("{lang:?} scenario {k}");
            let mut differences = compare(&what, &results_in(&bytes, Some(k + 1)), p);
            differences.extend(compare_years(&what, &bytes, Some(k + 1), p));
            differences.extend(compare(&format!("{what}, comparison"), &comparison_column(&bytes, k), p));
            assert!(differences.is_empty(), "{differences:?}");
        }
        let path = work.join(format!("set-{lang:?}.xlsx"));
        std::fs::write(&path, with_inputs(&bytes, &[])).expect("written");
        files.push(path);
        expected.push((format!("{lang:?}"), pages.clone()));

        // The first scenario's caseload and exit changed on its sheet, and the second's first
        // group's: those two follow, the others stay.
        let first = with_inputs_in(&bytes, &[("in_caseload", 606.0), ("in_exit", 0.2)], Some(1));
        let mut groups = opened[1].1.clone();
        groups[0].caseload = 250;
        groups[0].exit_share = uitstroomrekenaar::model::Share::from_fraction(0.5);
        let both = with_inputs_in(&first, &[("g1_caseload", 250.0), ("g1_exit", 0.5)], Some(2));
        let path = work.join(format!("set-changed-{lang:?}.xlsx"));
        std::fs::write(&path, both).expect("written");
        files.push(path);
        let mut changed = pages.clone();
        let one = Inputs { caseload: 606, exit_share: uitstroomrekenaar::model::Share::from_fraction(0.2), ..opened[0].0 };
        changed[0] = Projection { break_even_exits: pages[0].break_even_exits, ..projected(&one, &[]) };
        let two = opened[1].0.with_totals_of(&groups);
        changed[1] = Projection { break_even_exits: pages[1].break_even_exits, ..projected(&two, &groups) };
        assert!(changed[0].savings_total != pages[0].savings_total && changed[1].savings_total != pages[1].savings_total, "the changes change the figures");
        expected.push((format!("{lang:?}, changed"), changed));
    }
    let out = recalculated(&files, &work);
    let mut differences = Vec::new();
    let formulas = |computed: Vec<(Metric, Option<f64>)>| -> Vec<(Metric, Option<f64>)> {
        computed.into_iter().filter(|(m, _)| !matches!(m, Metric::BreakEvenExits | Metric::BreakEvenExitShare)).collect()
    };
    for (path, (what, pages)) in out.iter().zip(&expected) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (k, p) in pages.iter().enumerate() {
            let what = format!("{what}, scenario {k}");
            differences.extend(compare(&what, &formulas(results_in(&bytes, Some(k + 1))), p));
            differences.extend(compare_years(&what, &bytes, Some(k + 1), p));
            differences.extend(compare(&format!("{what}, comparison"), &formulas(comparison_column(&bytes, k)), p));
        }
    }
    assert!(differences.is_empty(), "{} differences:\n{}", differences.len(), differences.join("\n"));
}

#[test]
fn a_long_name_with_emoji_fits_a_sheets_name() {
    // Excel counts a sheet's name in UTF-16 units: an emoji is two.
    let (inputs, groups) = opened(SCENARIOS[0]);
    let p = projected(&inputs, &groups);
    let about = About { name: "🚀".repeat(20), problems: Vec::new() };
    let bytes = set_workbook(Lang::Nl, &[SetScenario { about: &about, inputs: &inputs, groups: &groups, p: &p }]).expect("a workbook");
    let names = sheet_names(&bytes);
    assert_eq!(names[1], format!("1. {}", "🚀".repeat(14)));
    assert_eq!(names[1].encode_utf16().count(), 31);
}
