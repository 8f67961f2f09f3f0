//! The English texts (`lang=en`). Sources keep their Dutch titles, as a reader must find them.

use super::{
    Caveat, ChartLine, Download, FieldText, HeadlineBasis, Lang, PlanColumn, RealisedExits, ShareDiffers, Source, SummaryCost, SummaryExits, SummarySaving,
    Texts, Unexplained,
};
use crate::model::realised::{Count, Example, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::projection::YearMetric;
use crate::model::set_file::LoadError;
use crate::model::{Field, FormGroup, Metric, Mode, Preset, ProblemKind};

/// English.
pub struct English;

impl Texts for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn other_language(&self) -> (Lang, &'static str) {
        (Lang::Nl, "Nederlands")
    }

    fn language_label(&self) -> &'static str {
        "Language"
    }

    fn file_name(&self, file: Download) -> &'static str {
        match file {
            Download::Set => "outflow-calculator-scenarios.json",
            Download::MonthlyCsv => "outflow-calculator-months.csv",
            Download::YearCsv => "outflow-calculator-years.csv",
            Download::ComparisonCsv => "outflow-calculator-comparison.csv",
            Download::Unreadable => "outflow-calculator-unreadable.json",
        }
    }

    fn copy_suffix(&self) -> &'static str {
        " (copy)"
    }

    fn months_short(&self) -> &'static str {
        "mo"
    }

    fn title(&self) -> &'static str {
        "Outflow calculator (Uitstroomrekenaar)"
    }

    fn intro(&self) -> &'static str {
        "How many clients of a re-integration project leave social assistance, by which route, and \
        what does that save the benefits budget (BUIG)? Enter your project's figures: the results \
        follow as you type."
    }

    fn presets_label(&self) -> &'static str {
        "Examples"
    }

    fn form_title(&self) -> &'static str {
        "Your project"
    }

    fn form_group(&self, group: FormGroup) -> &'static str {
        match group {
            FormGroup::Project => "Project and exits",
            FormGroup::Money => "Money",
            FormGroup::Assumptions => "Comparison and horizon",
        }
    }

    fn results_title(&self) -> &'static str {
        "Results"
    }

    fn chart_title(&self) -> &'static str {
        "Clients on benefit, with and without the project"
    }

    fn open_full(&self) -> &'static str {
        "Open in the full calculator"
    }

    fn update_available(&self) -> &'static str {
        "New version available —"
    }

    fn update_reload(&self) -> &'static str {
        "reload"
    }

    fn footer(&self) -> &'static str {
        "This calculator runs entirely in your browser: no data is sent to a server. The page \
        address holds your input; copy it to share a scenario."
    }

    fn preset_label(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Schiedam 2008–2010",
            Preset::Haarlem => "Haarlem SAMEN 1997–2002",
            Preset::Empty => "Empty",
        }
    }

    fn preset_source(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Source: article Schiedam Kompas (2010)",
            Preset::Haarlem => "Source: press release municipality of Haarlem (2002); start month, period and amount assumed",
            Preset::Empty => "Empty scenario: enter your own project",
        }
    }

    fn preset_note(&self, preset: Preset) -> &'static str {
        match preset {
            Preset::Schiedam => "Example: project \"Met Kompas Koersen Naar Eigen Kracht\", Schiedam, \
                1 September 2008 – 1 April 2010. Of 569 long-term unemployed, 139 left benefit within \
                18 months (just over 24%), 73 of them for work. Saving according to the article: \
                139 × €15,000 = €2,085,000 a year. Source: article Schiedam Kompas (2010).",
            Preset::Haarlem => "Example: project SAMEN, Haarlem with KLIQ Reïntegratie, started 1997, \
                second prize Werksleutel 2002. Of 280 clients, 85 are working and 43 had their benefit \
                ended: 128 exits. Assumed, because the press release does not state them: a start in \
                January 1997 (the year is given, the month is not), a period of 60 months (1997–2002) and €14,400 per benefit per year (national budget 2019). Source: \
                press release municipality of Haarlem (2002).",
            Preset::Empty => "Empty scenario: all counts and amounts at zero, discount rate 2.25%, starting this month. \
                Enter your own project.",
        }
    }

    fn preset_edited(&self) -> &'static str {
        "You have changed values of this example."
    }

    fn manage_scenario(&self) -> &'static str {
        "Rename, duplicate, new scenario …"
    }

    fn realised_pending_notice(&self) -> &'static str {
        "You are looking at the realised results from the link. The realised results this browser keeps stay unchanged until you choose."
    }

    fn keep_link_realised(&self) -> &'static str {
        "Keep the link's realised results (replaces the saved ones)"
    }

    fn open_saved_realised(&self) -> &'static str {
        "Open the saved realised results"
    }

    fn realised_proposal_title(&self) -> &'static str {
        "For your award entry or evaluation"
    }

    fn realised_proposal_intro(&self) -> &'static str {
        "A paragraph on what the project achieved, to paste into an award entry (such as the Werksleutel) or an evaluation, and a one-page report to print or save as PDF."
    }

    fn realised_summary_label(&self) -> &'static str {
        "Text about the realised results"
    }

    fn print_realised(&self) -> &'static str {
        "Print the realised results' report or save it as PDF"
    }

    fn realised_report_title(&self) -> &'static str {
        "Outflow calculator: realised results"
    }

    fn realised_summary_exits(&self, f: &RealisedExits) -> String {
        let RealisedExits { caseload, period, exits, share, work, work_share } = *f;
        let within = period.map(|p| format!(" within {p}")).unwrap_or_default();
        format!("Of the {caseload} clients, {exits} left social assistance{within} ({share}), {work} of them for work ({work_share}). ")
    }

    fn realised_summary_ladder(&self, steps: &str, share: &str) -> String {
        format!("{steps} clients ({share}) moved up one or more steps of the participation ladder. ")
    }

    fn realised_summary_saving(&self, saving: &str, exits: &str, cost: &str) -> String {
        format!("On a yearly basis that saves {saving} in benefit payments ({exits} exits × {cost}), the earnings effect as the source computes it. ")
    }

    fn realised_summary_gross(&self) -> &'static str {
        "These figures are gross: without a comparison group it is not known how many clients would have left without the project, so they say nothing about the net effect. "
    }

    fn realised_summary_checks(&self) -> &'static str {
        "Checking the source:"
    }

    fn realised_summary_checks_ok(&self) -> &'static str {
        "The percentages it states follow from its counts, and nothing is left unexplained. "
    }

    fn plan_label(&self) -> &'static str {
        "Compare with the plan"
    }

    fn plan_none(&self) -> &'static str {
        "No plan"
    }

    fn plan_title(&self) -> &'static str {
        "Plan against actual"
    }

    fn plan_column(&self, column: PlanColumn) -> &'static str {
        match column {
            PlanColumn::Figure => "Figure",
            PlanColumn::Plan => "Plan",
            PlanColumn::Actual => "Realised",
            PlanColumn::Difference => "Difference",
            PlanColumn::Relative => "Difference in %",
        }
    }

    fn plan_metric_label(&self, metric: PlanMetric) -> &'static str {
        match metric {
            PlanMetric::Exits => "Exits within the period",
            PlanMetric::ExitShare => "Exit rate",
            PlanMetric::ExitsWork => "To work",
            PlanMetric::WorkShare => "Share to work",
            PlanMetric::SavingsPerYear => "Saving per year",
        }
    }

    fn plan_period_differs(&self, plan: &str, actual: &str) -> String {
        format!("Note: the plan assumes a period of {plan}, the realised results cover {actual}. The figures are not rescaled.")
    }

    fn csv_years(&self) -> &'static str {
        "By calendar year as CSV"
    }

    fn years_title(&self) -> &'static str {
        "By calendar year"
    }

    fn years_intro(&self) -> &'static str {
        "How the project lands in the budget: for each calendar year the months of the horizon, how many fewer clients on benefit on average, the saving, the project cost and the difference, undiscounted. The last column is discounted; added up it is the net result."
    }

    fn year_column(&self) -> &'static str {
        "Year"
    }

    fn year_total(&self) -> &'static str {
        "Total"
    }

    fn year_metric_label(&self, metric: YearMetric) -> &'static str {
        match metric {
            YearMetric::Months => "Months",
            YearMetric::ReductionAverage => "Fewer on benefit, on average",
            YearMetric::Saving => "Saving",
            YearMetric::ProjectCost => "Project cost",
            YearMetric::Net => "Net",
            YearMetric::NetDiscounted => "Net, discounted",
        }
    }

    fn summary_first_year(&self, year: u32, saving: &str) -> String {
        format!("In {year}, the first full calendar year, that saves {saving} in benefit payments. ")
    }

    fn month_name(&self, month: u32) -> &'static str {
        match month {
            1 => "January",
            2 => "February",
            3 => "March",
            4 => "April",
            5 => "May",
            6 => "June",
            7 => "July",
            8 => "August",
            9 => "September",
            10 => "October",
            11 => "November",
            _ => "December",
        }
    }

    fn not_a_month(&self) -> &'static str {
        "Enter a month as yyyy-mm, for example 2008-09."
    }

    fn field_label(&self, field: Field) -> &'static str {
        match field {
            Field::Caseload => "Clients at the start",
            Field::Period => "Project period",
            Field::ExitShare => "Expected exits within the period",
            Field::Exits => "or as a number of exits",
            Field::Work => "Of which to work",
            Field::Cost => "Benefit cost per client",
            Field::Horizon => "Horizon",
            Field::Baseline => "Exits without the project",
            Field::Return => "Return within 12 months",
            Field::ProjectCost => "Project cost",
            Field::Discount => "Discount rate",
            Field::Start => "First month of the project",
        }
    }

    fn field_unit(&self, field: Field) -> &'static str {
        match field {
            Field::Caseload | Field::Exits => "clients",
            Field::Period | Field::Horizon => "months",
            Field::ExitShare => "% of the clients",
            Field::Work | Field::Return => "% of the exits",
            Field::Cost => "€ a year",
            Field::ProjectCost => "€ a year, while the project runs",
            Field::Baseline | Field::Discount => "% a year",
            Field::Start => "yyyy-mm",
        }
    }

    fn field_hint(&self, field: Field) -> &'static str {
        match field {
            Field::Caseload => "The clients the project starts with. Schiedam: 569; Haarlem: 280.",
            Field::Period => "Whole months, 1 to 120. Schiedam ran for 18 months.",
            Field::ExitShare => "Nationally 23% leave per year (Divosa benchmark 2023); clients on \
                benefit for over 3 years 8% per year (CBS 2008). Schiedam: 24.4% in 18 months.",
            Field::Exits => "Enter the percentage or the number; the other follows.",
            Field::Work => "The rest are other exits: benefit ended for unlawfulness, moving away \
                and the like. Schiedam: 73 of 139 = 52.5%; Haarlem: 85 of 128 = 66.4%.",
            Field::Cost => "€14,400 per benefit per year (2019: national budget €5.764 bn over about \
                399,000 benefits; Berenschot 2019). 2025: about €17,500 (derived from the 2025 \
                national budget, not a published figure). Schiedam used €15,000.",
            Field::Horizon => "How far ahead the saving is added up, at least the period. 60 months \
                is 5 years.",
            Field::Baseline => "Deadweight: clients who would have left without the project. \
                Long-term clients: 8% per year (CBS 2008); all clients: 23% (Divosa 2023). At 0 the \
                saving is gross.",
            Field::Return => "After leaving for work, 12–16% are back within a year (Divosa; CBS); \
                of all exits 20–22% (Divosa monitor 2014).",
            Field::ProjectCost => "Re-integration costs about €1,500–2,000 per client per year \
                (Divosa factsheet 2015: €1,511; Almere: €2,000). At 0 there is no return or break-even.",
            Field::Discount => "2.25% is the Dutch standard for social cost-benefit analyses since \
                2021 (Werkgroep discontovoet 2020). 0 = no discounting.",
            Field::Start => "The project's first month; the calendar-year table starts here. Schiedam started on 1 September 2008 (2008-09); Haarlem in 1997, the month is unknown (we take 1997-01).",
        }
    }

    fn metric_label(&self, metric: Metric) -> &'static str {
        match metric {
            Metric::SavingsPerYear => "Saving per year (structural)",
            Metric::Exits => "Exits within the period",
            Metric::ExitShare => "Exit rate",
            Metric::ExitsWork => "of which to work",
            Metric::ExitsOther => "of which other exits",
            Metric::ExitsBaseline => "Exits that would have happened without the project",
            Metric::CaseloadEnd => "Clients on benefit at the end",
            Metric::SavingsTotal => "Saving over the horizon, discounted",
            Metric::ProjectCostTotal => "Project cost, discounted",
            Metric::NetResult => "Net result",
            Metric::ReturnRatio => "Return per euro of project cost",
            Metric::BreakEvenMonth => "Break-even in month",
            Metric::NetExits => "Net exits due to the project",
            Metric::CostPerExit => "Project cost per exit (undiscounted)",
            Metric::CostPerNetExit => "Project cost per net exit (undiscounted)",
        }
    }

    fn no_exits(&self, net: bool) -> &'static str {
        if net {
            "no net exits"
        } else {
            "no exits"
        }
    }

    fn sticky_label(&self) -> &'static str {
        "Saving per year"
    }

    fn no_project_cost(&self) -> &'static str {
        "no project cost entered"
    }

    fn not_within(&self, horizon: u32) -> String {
        format!("not within {}", (self as &dyn Texts).value_in_unit(Field::Horizon, f64::from(horizon)))
    }

    fn chart_x_axis(&self) -> &'static str {
        "Months from the start"
    }

    fn chart_y_axis(&self) -> &'static str {
        "Clients on benefit"
    }

    fn chart_without_label(&self) -> &'static str {
        "Without the project"
    }

    fn chart_period(&self) -> &'static str {
        "Project period"
    }

    fn chart_intro(&self) -> &'static str {
        "Line chart of the number of clients on benefit per month."
    }

    fn method_title(&self) -> &'static str {
        "How do we calculate?"
    }

    fn method_formulas(&self) -> &'static [&'static str] {
        &[
            "We follow the clients on benefit at the start month by month, twice: with the project \
             and without it (the comparison).",
            "With the project, the same share of the remaining clients leaves every month, chosen so \
             that after the period exactly the expected percentage has left: monthly rate = \
             1 − (1 − exit percentage)^(1 / period). After the period, and without the project all \
             the time, the monthly rate of exits without the project applies: \
             1 − (1 − percentage per year)^(1 / 12).",
            "Of each month's exits, the return percentage comes back on benefit, spread evenly over \
             the following twelve months. The exits shown count persons: a client who returns and \
             leaves again counts once, so 139 expected exits are 139, returns or not. The saving \
             follows the actual number on benefit, returns included.",
        "An amount is gross when no exits without the project are given; with them it is net. \
         Returns, when given, are named separately and deducted. Net exits = exits − exits that would \
         have happened without the project. Project cost per exit = project cost over the period \
         (undiscounted) / exits; per net exit, divided by the net exits.",
            "The difference between the two tracks is the number of clients not on benefit thanks to \
             the project. The saving per year is that difference at the end of the period times the \
             benefit cost per year: the structural saving per year (\"inverdieneffect op \
             jaarbasis\") Schiedam used (139 × €15,000 = €2,085,000).",
            "Over the horizon we add up the difference × benefit cost / 12 per month, discounted: a \
             euro in t months counts as 1 / (1 + discount rate)^(t / 12). Project cost is added up \
             the same way, a twelfth of the yearly amount per month while the project runs.",
            "Net result = saving over the horizon − project cost. Return per euro = saving / project \
             cost. Break-even in the first month in which the summed saving reaches the summed cost.",
            "Exits to work are the given percentage of all exits; the rest are other exits.",
            "By calendar year: month 1 is the first month. For each year we add up the months of \
             the horizon, the average difference in clients, the saving (each month the difference \
             × benefit cost / 12) and the project cost, undiscounted, as a budget books them. The \
             last column is discounted; added up over all years it is exactly the net result.",
        ]
    }

    fn caveats_title(&self) -> &'static str {
        "What to keep in mind"
    }

    fn caveats(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "Gross is not net.",
                "Some clients would have left without the project too (deadweight). The figures of \
                 Schiedam and Haarlem are gross. In a randomised trial in Almere, intensive support \
                 gave about 8 percentage points more exits than in the control group (ZonMw). Enter \
                 under 'Exits without the project' what would happen anyway.",
            ),
            (
                "A saved benefit is not always a saved budget.",
                "The roughly €14,000 per exit is a maximum; the saving is often lower, sometimes \
                 zero (Divosa, factsheet bijstandsbudget 2017). The national budget follows the \
                 national number of benefits a year later and the allocation model moves money \
                 between municipalities (AEF for Divosa, 'De winst van bijstandsuitstroom'). A \
                 municipality that does better than its objective budget keeps the difference.",
            ),
            (
                "Not every exit lasts.",
                "About one in five clients who leave is back on benefit within a year (Divosa \
                 monitor 2014: 22% within 12 months). Enter this under 'Return'.",
            ),
            (
                "Part-time work saves part of a benefit.",
                "About 8% of people on social assistance have part-time earnings that are deducted \
                 from their benefit (Divosa). They do not count as exits here.",
            ),
            (
                "Municipality or society.",
                "In a social cost-benefit analysis a saved benefit is a transfer, not a gain; in the \
                 municipality's business case it is a gain. Costs and benefits often land with \
                 different parties.",
            ),
        ]
    }

    fn sources_title(&self) -> &'static str {
        "Sources of the example values"
    }

    fn sources_columns(&self) -> [&'static str; 3] {
        ["Figure", "Value", "Source"]
    }

    fn sources(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        &[
            ("Schiedam, Kompas 2008–2010", "569 clients, 139 exits in 18 months, 73 to work, €15,000 per benefit", "article 'Met Kompas Koersen Naar Eigen Kracht' (2010)"),
            ("Haarlem, SAMEN 1997–2002", "280 clients, 85 working, 43 benefit ended", "press release municipality of Haarlem, Werksleutel 2002"),
            ("Benefit cost per year", "€14,400 (2019); about €17,500 (2025, derived)", "national budget 2019 and 2025; Berenschot 2019 (consultancy.nl)"),
            ("Exits per year, all clients", "23%–26%", "Divosa benchmark werk & inkomen 2023"),
            ("Exits per year, over 3 years on assistance", "8%", "CBS 2008"),
            ("Return within 12 months", "12–16% after work; 20–22% of all exits", "Divosa; CBS; Divosa monitor 2014"),
            ("Net effect of intensive support", "about +8 percentage points", "Almere 45+, randomised trial (ZonMw)"),
            ("Discount rate", "2.25% (since 2021)", "Werkgroep discontovoet 2020"),
            ("Re-integration cost per client per year", "€1,500–2,000", "Divosa factsheet 2015; Almere"),
        ]
    }

    fn scenarios_title(&self) -> &'static str {
        "Scenarios"
    }

    fn scenarios_intro(&self) -> &'static str {
        "Compare variants of your project. Choose a scenario to edit it; the others are compared \
        with the base scenario."
    }

    fn base_badge(&self) -> &'static str {
        "base"
    }

    fn name_label(&self) -> &'static str {
        "Name of this scenario"
    }

    fn name_hint(&self, max: usize) -> String {
        format!("At most {max} characters.")
    }

    fn name_full(&self, max: usize) -> String {
        format!("The name is {max} characters long: the maximum. Anything more you type is not taken.")
    }

    fn add(&self) -> &'static str {
        "New scenario"
    }

    fn duplicate(&self) -> &'static str {
        "Duplicate"
    }

    fn make_base(&self) -> &'static str {
        "Use as base"
    }

    fn move_up(&self) -> &'static str {
        "Move up"
    }

    fn move_down(&self) -> &'static str {
        "Move down"
    }

    fn delete(&self) -> &'static str {
        "Delete"
    }

    fn list_full(&self, max: usize) -> String {
        format!("A set holds at most {max} scenarios.")
    }

    fn comparison_title(&self) -> &'static str {
        "Comparison"
    }

    fn comparison_intro(&self) -> &'static str {
        "Every result per scenario, with the difference from the base scenario."
    }

    fn comparison_result(&self) -> &'static str {
        "Result"
    }

    fn files_title(&self) -> &'static str {
        "Save, share and export"
    }

    fn files_intro(&self) -> &'static str {
        "Your scenarios are kept in this browser while you work. The address of this page holds all \
        scenarios: copy it to share them."
    }

    fn save_file(&self) -> &'static str {
        "Save as file (JSON)"
    }

    fn open_file(&self) -> &'static str {
        "Open file"
    }

    fn csv_monthly(&self) -> &'static str {
        "Monthly projection as CSV"
    }

    fn csv_comparison(&self) -> &'static str {
        "Comparison as CSV"
    }

    fn csv_dialect(&self) -> &'static str {
        "CSV for"
    }

    fn csv_dutch(&self) -> &'static str {
        "Dutch spreadsheet (semicolon, decimal comma)"
    }

    fn csv_standard(&self) -> &'static str {
        "Standard (comma, decimal point)"
    }

    fn csv_monthly_header(&self, column: MonthlyColumn) -> &'static str {
        match column {
            MonthlyColumn::Scenario => "scenario",
            MonthlyColumn::Month => "month",
            MonthlyColumn::CaseloadProject => "clients with project",
            MonthlyColumn::CaseloadBaseline => "clients without project",
            MonthlyColumn::Exits => "exits",
            MonthlyColumn::Returns => "returns",
            MonthlyColumn::Saving => "saving",
            MonthlyColumn::SavingCumulative => "saving cumulative",
            MonthlyColumn::SavingDiscounted => "saving discounted",
            MonthlyColumn::SavingDiscountedCumulative => "saving discounted cumulative",
            MonthlyColumn::ProjectCost => "project cost",
            MonthlyColumn::ProjectCostDiscounted => "project cost discounted",
        }
    }

    fn csv_comparison_header(&self, column: ComparisonColumn) -> &'static str {
        match column {
            ComparisonColumn::Scenario => "scenario",
            ComparisonColumn::Base => "base",
            ComparisonColumn::Result => "result",
            ComparisonColumn::Code => "code",
            ComparisonColumn::Value => "value",
            ComparisonColumn::Difference => "difference from base",
            ComparisonColumn::DifferencePercent => "difference from base (%)",
            ComparisonColumn::P10 => "p10 (low)",
            ComparisonColumn::P50 => "p50 (middle)",
            ComparisonColumn::P90 => "p90 (high)",
        }
    }

    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "yes"
        } else {
            "no"
        }
    }

    fn pending_notice(&self, saved: usize) -> String {
        format!(
            "You are viewing the scenarios from a link. This browser also keeps scenarios of your own \
             ({saved}); they stay unchanged until you choose. Changes to the scenarios from the link \
             are only kept once you keep them."
        )
    }

    fn keep_link_set(&self) -> &'static str {
        "Keep the scenarios from the link (replaces the kept ones)"
    }

    fn open_saved_set(&self) -> &'static str {
        "Open my kept scenarios"
    }

    fn unreadable_notice(&self, error: &LoadError) -> String {
        format!(
            "The scenarios kept in this browser could not be read: {} They have been put aside \
             unchanged; you can download them. The page starts with the example.",
            self.load_error(error)
        )
    }

    fn storage_refused(&self) -> &'static str {
        "This browser does not keep your scenarios (in a private window, for example, or because \
        storage is full). Save them as a file or keep the page address, or they are gone when you \
        close the page."
    }

    fn download_unreadable(&self) -> &'static str {
        "Download the unreadable data"
    }

    fn dismiss(&self) -> &'static str {
        "Close message"
    }

    fn file_problem(&self, error: &LoadError) -> String {
        format!("The file was not opened: {} Nothing has changed.", self.load_error(error))
    }

    fn load_error(&self, error: &LoadError) -> String {
        match error {
            LoadError::Unreadable => "the file could not be read.".to_string(),
            LoadError::NotJson { line, column } => {
                format!("it is not a valid JSON file (error in line {line}, column {column}).")
            }
            LoadError::NotOurs => "it is not a file of the outflow calculator.".to_string(),
            LoadError::NewerVersion(v) => {
                format!("it comes from a newer version of the outflow calculator (format {v}).")
            }
            LoadError::UnknownVersion => "it has an unknown format version.".to_string(),
            LoadError::Missing(key) => format!("the part '{key}' is missing or wrong."),
            LoadError::ScenarioCount(n) => format!("it holds {n} scenarios; there must be 1 to 12."),
            LoadError::BadIndex(key) => format!("'{key}' does not point to a scenario in the file."),
            LoadError::BadName(i) => format!("the name of scenario {i} is missing or longer than 60 characters."),
            LoadError::BadInputs(i) => {
                format!("the input of scenario {i} is not a list of texts of at most 200 characters.")
            }
            LoadError::UnknownInput(i, key) => format!("scenario {i} holds an unknown field: '{key}'."),
        }
    }

    fn proposal_title(&self) -> &'static str {
        "For your proposal"
    }

    fn proposal_intro(&self) -> &'static str {
        "A paragraph about this scenario to paste into a project proposal or award entry, and a \
        report to print or save as PDF."
    }

    fn summary_label(&self) -> &'static str {
        "Text about this scenario"
    }

    fn copy(&self) -> &'static str {
        "Copy text"
    }

    fn copied(&self) -> &'static str {
        "The text is on the clipboard."
    }

    fn copy_selected(&self) -> &'static str {
        "Copying did not work automatically. The text is selected: copy it with Ctrl+C (or Cmd+C)."
    }

    fn print_scenario(&self) -> &'static str {
        "Print this scenario's report or save it as PDF"
    }

    fn print_comparison(&self) -> &'static str {
        "Print the comparison's report or save it as PDF"
    }

    fn report_title(&self) -> &'static str {
        "Outflow calculator: report"
    }

    fn report_comparison(&self) -> &'static str {
        "Comparison of scenarios"
    }

    fn report_date(&self) -> &'static str {
        "Date"
    }

    fn report_inputs(&self) -> &'static str {
        "Inputs and sources"
    }

    fn report_input_columns(&self) -> [&'static str; 3] {
        ["Input", "Value", "Source"]
    }

    fn own_assumption(&self) -> &'static str {
        "own assumption"
    }

    fn report_link(&self) -> &'static str {
        "This scenario online"
    }

    fn report_link_text(&self) -> &'static str {
        "Open this address to see and change the calculation:"
    }

    fn mode_label(&self) -> &'static str {
        "What do you want to do?"
    }

    fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Projection => "Projection",
            Mode::Realised => "Realised results",
        }
    }

    fn realised_title(&self) -> &'static str {
        "Realised results: what actually happened?"
    }

    fn realised_intro(&self) -> &'static str {
        "Enter what your project achieved. You see the exits and the saving as the sources compute \
        them, and where the figures do not add up. Then you can turn them into a scenario for a next \
        project."
    }

    fn realised_examples(&self) -> &'static str {
        "Examples from the sources"
    }

    fn realised_example(&self, example: Example) -> &'static str {
        match example {
            Example::Schiedam => "Schiedam 2008–2010",
            Example::Haarlem => "Haarlem SAMEN 1997–2002",
        }
    }

    fn realised_clear(&self) -> &'static str {
        "Clear"
    }

    fn realised_group(&self, group: RealisedGroup) -> &'static str {
        match group {
            RealisedGroup::Counts => "What happened",
            RealisedGroup::Stated => "What the source itself states (to check it)",
        }
    }

    fn realised_field(&self, field: RealisedField) -> FieldText {
        match field {
            RealisedField::Caseload => FieldText { label: "Clients at the start", unit: "clients", hint: "Required. Schiedam: 569; Haarlem: 280." },
            RealisedField::ExitsWork => FieldText { label: "Left for work", unit: "clients", hint: "Required. Schiedam: 73; Haarlem: 85." },
            RealisedField::ExitsOther => FieldText { label: "Left otherwise", unit: "clients", hint: "Required: benefit ended for another reason than work. Schiedam: 139 − 73 = 66; Haarlem: 43." },
            RealisedField::InTrajectory => {
                FieldText { label: "Still in a trajectory", unit: "clients", hint: "Optional: still under way or with a good job prospect. Haarlem: 10." }
            }
            RealisedField::Closed => FieldText { label: "Closed trajectories", unit: "trajectories", hint: "Optional, if the source counts them. Haarlem: 238." },
            RealisedField::LadderSteps => {
                FieldText { label: "Steps up the participation ladder", unit: "clients", hint: "Optional: one or more steps forward. Schiedam: 236." }
            }
            RealisedField::Period => FieldText { label: "Period", unit: "months", hint: "Optional; needed for a scenario. Schiedam: 18 (a year and a half)." },
            RealisedField::Cost => {
                FieldText { label: "Benefit cost per client", unit: "euros a year", hint: "Optional; for the saving per year. Schiedam: 15,000." }
            }
            RealisedField::StatedExitShare => FieldText { label: "Exits", unit: "% of the clients", hint: "Schiedam states 24% (\u{201c}just over 24%\u{201d})." },
            RealisedField::StatedWorkShare => FieldText { label: "To work", unit: "% of the exits", hint: "Schiedam states 54%." },
            RealisedField::StatedLadderShare => FieldText { label: "Up the ladder", unit: "% of the clients", hint: "Schiedam states 42%." },
        }
    }

    fn realised_outcome(&self) -> &'static str {
        "Outcome, as the sources compute it"
    }

    fn realised_metric(&self, metric: RealisedMetric) -> &'static str {
        match metric {
            RealisedMetric::Exits => "Exits (to work + otherwise)",
            RealisedMetric::ExitShare => "Exits as a share of the clients",
            RealisedMetric::WorkShare => "Of which to work",
            RealisedMetric::LadderShare => "Up the participation ladder",
            RealisedMetric::SavingsPerYear => "Saving per year (exits × benefit cost)",
        }
    }

    fn realised_not_given(&self) -> &'static str {
        "not entered"
    }

    fn realised_incomplete(&self) -> &'static str {
        "Enter valid clients at the start, exits to work and other exits to see the outcome."
    }

    fn realised_gross(&self) -> &'static str {
        "This is gross, as in the sources: exits that would have happened without the project and \
        returns are not deducted."
    }

    fn checks_title(&self) -> &'static str {
        "Do the figures add up?"
    }

    fn checks_ok(&self) -> &'static str {
        "Yes: no part is larger than its whole, nothing is left unexplained and the stated \
        percentages follow from the counts."
    }

    fn count_label(&self, count: Count) -> &'static str {
        match count {
            Count::Caseload => "clients at the start",
            Count::ExitsWork => "to work",
            Count::ExitsOther => "left otherwise",
            Count::InTrajectory => "still in a trajectory",
            Count::Closed => "closed trajectories",
            Count::LadderSteps => "steps up the ladder",
        }
    }

    fn realised_use(&self) -> &'static str {
        "Turn this into a scenario for a next project"
    }

    fn realised_use_name(&self) -> &'static str {
        "Next project (from realised results)"
    }

    fn realised_use_note(&self) -> &'static str {
        "The scenario takes the same clients, the realised exits as the expectation and the same \
        share to work, and the period and benefit cost if you entered them; the rest comes from the \
        Schiedam example."
    }

    fn headline_basis(&self, f: &HeadlineBasis) -> String {
        let HeadlineBasis { fewer, period, cost } = *f;
        format!("{fewer} fewer clients on benefit after {period} × {cost} a year (the structural saving per year).")
    }

    fn headline_note(&self, gross: bool) -> &'static str {
        if gross {
            "Gross: exits that would have happened without the project are not deducted."
        } else {
            "Net: exits that would have happened without the project are deducted."
        }
    }

    fn chart_line_text(&self, f: &ChartLine) -> String {
        let ChartLine { name, start, period, at_period, horizon, at_end } = *f;
        format!("{name}: at the start {start}, after {period} (end of the project) {at_period}, after {horizon} {at_end}.")
    }

    fn euros_text(&self, euros: f64) -> String {
        format!("€{}", self.number(euros, 2))
    }

    fn points_text(&self, points: f64) -> String {
        format!("{} percentage points", self.number(points, 1))
    }

    fn month_text(&self, month: f64) -> String {
        format!("month {}", self.number(month, 0))
    }

    fn range_text(&self, from: &str, to: &str) -> String {
        format!("{from} to {to}")
    }

    fn allowed_text(&self, range: &str, whole: bool) -> String {
        format!("Allowed: {range}{}.", if whole { ", whole numbers" } else { "" })
    }

    fn problem_kind_text(&self, kind: &ProblemKind) -> &'static str {
        match kind {
            ProblemKind::Empty => "Enter a number.",
            ProblemKind::NotANumber => "This is not a number; use digits, such as 569 or 24.4.",
            ProblemKind::NotWhole => "Enter a whole number.",
            ProblemKind::TooManyDecimals => "Use at most two decimals.",
            _ => "This value is out of range.",
        }
    }

    fn horizon_before_period(&self, period: &str) -> String {
        format!("The horizon must be at least as long as the period ({period}).")
    }

    fn too_many_exits(&self) -> &'static str {
        "There cannot be more exits than clients."
    }

    fn fallback_text(&self, used: &str, opened_from_link: bool) -> String {
        let which = if opened_from_link { "the default value of the Schiedam example" } else { "the last valid value" };
        format!("Not all input is valid. Until you correct it, the results use {which} for the marked fields: {used}.")
    }

    fn source_name(&self, source: Source) -> &'static str {
        match source {
            Source::SchiedamArticle => "Schiedam, article Kompas (2010)",
            Source::SchiedamWork => "Schiedam: 73 of 139 to work",
            Source::HaarlemRelease => "Haarlem, press release SAMEN (2002)",
            Source::HaarlemExits => "Haarlem: 85 working + 43 benefit ended",
            Source::HaarlemWork => "Haarlem: 85 of 128 to work",
            Source::HaarlemPeriodAssumed => "assumption: 1997–2002 (the press release states no period)",
            Source::HaarlemCostAssumed => "assumption: national budget 2019 (the press release states no amount)",
            Source::HaarlemStartAssumed => "assumption: January 1997 (the press release gives 1997, not the month)",
            Source::Budget2019 => "national budget 2019; Berenschot 2019",
            Source::Derived2025 => "derived from the 2025 national budget",
            Source::Cbs2008 => "CBS 2008: > 3 years on assistance",
            Source::DivosaBenchmark => "Divosa benchmark 2023",
            Source::DivosaMonitor => "Divosa monitor 2014",
            Source::ReturnAfterWork => "Divosa; CBS (return after work)",
            Source::DiscountNorm => "Werkgroep discontovoet 2020",
            Source::NotIncluded => "not included",
        }
    }

    fn share_label(&self, share: ShareOf) -> &'static str {
        match share {
            ShareOf::Exits => "Exits",
            ShareOf::Work => "To work",
            ShareOf::Ladder => "Up the ladder",
        }
    }

    fn exceeds_text(&self, parts: &str, whole: &str) -> String {
        format!("More than the whole: {parts}, but {whole}.")
    }

    fn unexplained_text(&self, f: &Unexplained) -> String {
        let Unexplained { parts, whole, remainder } = *f;
        format!("Not explained: {parts}, but {whole}. The source says nothing about {remainder}.")
    }

    fn share_differs_text(&self, f: &ShareDiffers) -> String {
        let ShareDiffers { what, numerator, denominator, computed, stated } = *f;
        format!("Percentage does not match: {what} is {numerator} of {denominator} = {computed}, the source states {stated}.")
    }

    fn summary_exits(&self, f: &SummaryExits) -> String {
        let SummaryExits { name, caseload, period, exits, share, work } = *f;
        format!(
            "{name}: of the {caseload} clients, we expect {exits} to leave social assistance within {period} \
             ({share}), {work} of them for work. "
        )
    }

    fn summary_saving(&self, f: &SummarySaving) -> String {
        let SummarySaving { saving, fewer, cost } = *f;
        format!(
            "That gives a structural saving on benefit cost of {saving} a year: {fewer} fewer clients on \
             benefit at the end of the project, times {cost} per benefit per year. "
        )
    }

    fn summary_gross(&self) -> &'static str {
        "This is a gross amount: exits that would have happened without the project are not deducted. "
    }

    fn summary_deadweight(&self, per_year: &str, exits: &str) -> String {
        format!("What would happen without the project is deducted ({per_year} a year, {exits} clients within the period). ")
    }

    fn summary_returns(&self, share: &str) -> String {
        format!("We assume that {share} of those who leave return within a year; those returns are deducted. ")
    }

    fn summary_cost(&self, f: &SummaryCost) -> String {
        let SummaryCost { horizon, cost, saving, rate, net } = *f;
        format!(
            "Over {horizon}, project cost of {cost} is set against a saving of {saving} (discounted at \
             {rate} a year): {net} net. "
        )
    }

    fn summary_pays_back(&self, month: u32) -> String {
        format!("The project pays for itself in month {month}. ")
    }

    fn summary_no_pay_back(&self, horizon: &str) -> String {
        format!("The project does not pay for itself within {horizon}. ")
    }

    fn uncertainty(&self) -> &'static super::uncertainty::UncertaintyWords {
        &super::uncertainty::EN
    }

    fn summary_caveat(&self, caveat: Caveat) -> &'static str {
        match caveat {
            Caveat::Deadweight => {
                "Note: some of these clients would have left without the project too; in research, the \
                 net effect of intensive support is about 8 percentage points (Almere, ZonMw)."
            }
            Caveat::Returns => {
                "Note: not every exit lasts; about one in five who leave is back within a year (Divosa \
                 monitor 2014)."
            }
            Caveat::Budget => {
                "Note: a saved benefit is not always a saving on the municipality's budget, because the \
                 national budget and the allocation model move with it (Divosa, factsheet \
                 bijstandsbudget 2017)."
            }
        }
    }
}
