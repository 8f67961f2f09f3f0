//! The inputs part of a scenario: every input in a named cell, the helper cells the months use,
//! its name and problems, and its groups; and the track pairs the months are made of.

use super::*;

/// One track pair: its group's name (none: the scenario's own), the names of its cells on the
/// inputs sheet, its inputs, monthly hazards and projection without project cost and
/// part-timers (for the values the page computed).
pub(super) struct Track {
    pub(super) group: Option<String>,
    pub(super) caseload: String,
    pub(super) work: String,
    pub(super) hazard_project: String,
    pub(super) hazard_baseline: String,
    pub(super) subsidy: String,
    pub(super) inputs: Inputs,
    pub(super) rates: (f64, f64),
    pub(super) part: Projection,
}

/// Writes an input's value (or leaves it empty) in its format.
pub(super) fn write_value(sheet: &mut Worksheet, row: u32, col: u16, field: Field, value: Option<f64>, inputs: &Inputs, f: &Formats) -> Result<(), XlsxError> {
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
pub(super) fn hazard_cells(share: &str, months: &str, value: f64, months_value: u32, names: [&str; 3]) -> [(String, String, f64); 3] {
    // ln(1 − 1) is −∞; the sheet writes 0 there, and its hazard is 1 whatever the logarithm.
    let log = Some((-value).ln_1p()).filter(|l| l.is_finite()).unwrap_or(0.0);
    [
        (names[0].to_string(), format!("IF({share}>=1,0,IF({share}<1E-10,-{share}*(1+{share}/2),LN(1-{share})*{share}/(1-(1-{share}))))"), log),
        (names[1].to_string(), format!("{}/{months}", names[0]), log / f64::from(months_value)),
        (names[2].to_string(), hazard_formula(share, names[1]), monthly_hazard(value, months_value)),
    ]
}

/// The inputs part: every input with its label, value, unit and name, the helper cells, the
/// scenario's name and problems, and the groups' table; each value a named cell. Returns the
/// track pairs the months are made of, and the row after the part.
pub(super) fn write_inputs(place: Place, s: &Scenario, f: &Formats, names: &mut Names) -> Result<(Vec<Track>, u32), XlsxError> {
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

/// A track pair's projection without the project cost and the part-timers, which the scenario
/// counts once: what its block of months holds.
pub(super) fn project_part(inputs: &Inputs) -> Projection {
    project(&inputs.group_part())
}

/// −expm1(y) accurate for small y (Kahan), 1 at a share of 1: the monthly hazard of a share.
pub(super) fn hazard_formula(share: &str, y: &str) -> String {
    format!("IF({share}>=1,1,IF(ABS({y})<1E-10,-{y}*(1+{y}/2),(1-EXP({y}))*{y}/LN(EXP({y}))))")
}
