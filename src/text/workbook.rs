//! The words of the business case as a spreadsheet (issue 40): its sheets, columns and notes,
//! one [`WorkbookWords`] per language. Not part of the page's `Texts`: only the code that writes
//! the file (loaded when the user asks for it) reads them.

use super::Lang;
use serde::Serialize;

/// The words in `lang`.
pub fn words(lang: Lang) -> &'static WorkbookWords {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Every word of the spreadsheet in one language.
#[derive(Serialize)]
pub struct WorkbookWords {
    /// The inputs sheet's name.
    pub inputs_sheet: &'static str,
    /// The months sheet's name.
    pub months_sheet: &'static str,
    /// The results sheet's name.
    pub results_sheet: &'static str,
    /// The inputs sheet's columns: input, value, unit, name in the formulas.
    pub input_columns: [&'static str; 4],
    /// The heading of the helper cells.
    pub helpers_heading: &'static str,
    /// The months projected.
    pub helper_horizon: &'static str,
    /// The project cost a year, the team's and the other costs.
    pub helper_project_cost: &'static str,
    /// The wage-cost subsidies a year for each client fewer on benefit.
    pub helper_subsidy: &'static str,
    /// ln(1 − share).
    pub helper_log: &'static str,
    /// ln(1 − share) over the months.
    pub helper_y: &'static str,
    /// The project's monthly hazard.
    pub helper_hazard_project: &'static str,
    /// The monthly hazard without the project.
    pub helper_hazard_baseline: &'static str,
    /// The part-timers' saving a year.
    pub helper_parttime: &'static str,
    /// What the rows of months depend on.
    pub rows_note: &'static str,
    /// Beside the scenario's name.
    pub scenario_label: &'static str,
    /// Before the fields that had a problem when the file was made.
    pub problems_note: &'static str,
    /// The months sheet's first columns: the month and the calendar month.
    pub month_columns: [&'static str; 2],
    /// The columns of a track's block (the scenario's, or each group's, after its name).
    pub block_columns: [&'static str; 16],
    /// The columns of the scenario's sums and money, after the blocks.
    pub total_columns: [&'static str; 16],
    /// The heading of the groups' table on the inputs sheet.
    pub groups_heading: &'static str,
    /// Beside an input that is the groups' total.
    pub groups_total: &'static str,
    /// Its columns: the group's name, caseload, exit, share to work, deadweight, and the helper
    /// cells of its hazards and subsidy.
    pub group_columns: [&'static str; 12],
    /// The format of a calendar month (`[$-413]mmmm yyyy`: Dutch month names).
    pub month_format: &'static str,
    /// The results sheet's columns: code, result, value, note.
    pub result_columns: [&'static str; 4],
    /// Why a result is a value and not a formula (the break-even exits: a search).
    pub value_only: &'static str,
    /// Beside the heading of the calendar years: what is discounted.
    pub years_note: &'static str,
    /// Beside the heading of the budget's table: when it is empty.
    pub budget_note: &'static str,
    /// The comparison sheet's name, in the file of a set.
    pub comparison_sheet: &'static str,
}

/// Dutch.
pub const NL: WorkbookWords = WorkbookWords {
    inputs_sheet: "Invoer",
    months_sheet: "Maanden",
    results_sheet: "Uitkomsten",
    input_columns: ["Invoer", "Waarde", "Eenheid", "Naam in de formules"],
    helpers_heading: "Hulpcellen (formules)",
    helper_horizon: "Maanden in de rekenperiode",
    helper_project_cost: "Projectkosten per jaar (team en overige kosten)",
    helper_subsidy: "Loonkostensubsidie per jaar per cliënt minder in de uitkering",
    helper_log: "ln(1 − percentage)",
    helper_y: "ln(1 − percentage) per maand",
    helper_hazard_project: "Maandkans met project",
    helper_hazard_baseline: "Maandkans zonder project",
    helper_parttime: "Minder uitkering per jaar voor deeltijdwerkers",
    scenario_label: "Scenario",
    problems_note: "Let op: deze invoer was niet geldig toen het bestand werd gemaakt; het bestand rekent, net als de pagina, met de laatste geldige waarde:",
    rows_note: "De maanden hebben een rij per maand tot de rekenperiode van dit bestand; een langere rekenperiode vraagt een nieuw bestand uit de rekenaar.",
    month_columns: ["Maand", "Kalendermaand"],
    block_columns: [
        "Maandkans met project", "In de uitkering met project", "Uitstroom met project", "Terugval met project",
        "Nog niet uitgestroomd met project", "Eerste uitstroom met project", "In de uitkering zonder project",
        "Uitstroom zonder project", "Terugval zonder project", "Nog niet uitgestroomd zonder project",
        "Eerste uitstroom zonder project", "Minder in de uitkering", "Besparing op de uitstroom", "Loonkostensubsidie",
        "Minder uitvoeringskosten", "Inkomenswinst cliënten",
    ],
    total_columns: [
        "Totaal in de uitkering met project", "Totaal in de uitkering zonder project", "Totaal minder in de uitkering",
        "Minder uitkering deeltijdwerkers", "Besparing", "Totaal loonkostensubsidie", "Totaal minder uitvoeringskosten",
        "Totaal inkomenswinst cliënten", "Projectkosten", "Disconteringsfactor", "Besparing, contant", "Projectkosten, contant",
        "Besparing, contant, opgeteld", "Projectkosten, contant, opgeteld", "Terugverdiend (1 = ja)", "Kalenderjaar",
    ],
    groups_heading: "Groepen",
    groups_total: "totaal van de groepen",
    group_columns: [
        "Groep", "Cliënten bij de start", "Verwachte uitstroom", "Waarvan naar werk", "Uitstroom zonder project",
        "ln(1 − uitstroom)", "per maand", "Maandkans met project", "ln(1 − zonder project)", "per maand",
        "Maandkans zonder project", "Loonkostensubsidie per cliënt minder",
    ],
    month_format: "[$-413]mmmm yyyy",
    result_columns: ["Code", "Uitkomst", "Waarde", "Toelichting"],
    value_only: "Een waarde, geen formule: de rekenaar zoekt de uitstroom waarbij het netto resultaat nul is. In een spreadsheet: Doelzoeken op res_net_result = 0 door in_exit te veranderen.",
    years_note: "Niet contant, zoals een begroting, behalve de laatste rij. Een kolom per kalenderjaar vanaf het jaar van de start.",
    budget_note: "Leeg zolang het aantal inwoners (in_inhabitants) leeg is.",
    comparison_sheet: "Vergelijking",
};

/// English.
pub const EN: WorkbookWords = WorkbookWords {
    inputs_sheet: "Inputs",
    months_sheet: "Months",
    results_sheet: "Results",
    input_columns: ["Input", "Value", "Unit", "Name in the formulas"],
    helpers_heading: "Helper cells (formulas)",
    helper_horizon: "Months in the horizon",
    helper_project_cost: "Project cost a year (team and other costs)",
    helper_subsidy: "Wage-cost subsidy a year per client fewer on benefit",
    helper_log: "ln(1 − share)",
    helper_y: "ln(1 − share) a month",
    helper_hazard_project: "Monthly rate with the project",
    helper_hazard_baseline: "Monthly rate without the project",
    helper_parttime: "Less benefit a year for part-timers",
    scenario_label: "Scenario name",
    problems_note: "Note: this input was not valid when the file was made; the file, like the page, uses the last valid value:",
    rows_note: "The months have a row for each month up to this file's horizon; a longer horizon needs a new file from the calculator.",
    month_columns: ["Month", "Calendar month"],
    block_columns: [
        "Monthly rate with the project", "On benefit with the project", "Exits with the project", "Returns with the project",
        "Not yet left, with the project", "First exits with the project", "On benefit without the project",
        "Exits without the project", "Returns without the project", "Not yet left, without the project",
        "First exits without the project", "Fewer on benefit", "Saving on the exits", "Wage-cost subsidy",
        "Execution cost saved", "Clients' income gain",
    ],
    total_columns: [
        "Total on benefit with the project", "Total on benefit without the project", "Total fewer on benefit",
        "Less benefit, part-timers", "Saving", "Total wage-cost subsidy", "Total execution cost saved",
        "Total clients' income gain", "Project cost", "Discount factor", "Saving, discounted", "Project cost, discounted",
        "Saving, discounted, summed", "Project cost, discounted, summed", "Paid back (1 = yes)", "Calendar year",
    ],
    groups_heading: "Groups",
    groups_total: "the groups' total",
    group_columns: [
        "Group", "Clients at the start", "Expected exits", "Of which to work", "Exits without the project",
        "ln(1 − exits)", "a month", "Monthly rate with the project", "ln(1 − without)", "a month",
        "Monthly rate without the project", "Wage-cost subsidy per client fewer",
    ],
    month_format: "mmmm yyyy",
    result_columns: ["Code", "Result", "Value", "Note"],
    value_only: "A value, not a formula: the calculator searches for the exits at which the net result is zero. In a spreadsheet: Goal Seek res_net_result = 0 by changing in_exit.",
    years_note: "Undiscounted, as a budget is made, except the last row. A column for each calendar year from the start's year.",
    budget_note: "Empty while the number of inhabitants (in_inhabitants) is empty.",
    comparison_sheet: "Comparison",
};
