//! The English texts (`lang=en`). Sources keep their Dutch titles, as a reader must find them.

use super::{
    ChartLine, Deadweight, Exceeds, FieldText, HeadlineBasis, Keyed, LadderSteps, Lang, Periods, RealisedExits, RealisedSaving, ShareDiffers, Span, SummaryCost, SummaryExits, SummarySaving, Texts, Unexplained,
};
use crate::model::realised::{Count, Example, PlanColumn, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::document::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::results::YearMetric;
use crate::model::document::set_file::LoadError;
use crate::model::{Caveat, Download, Field, FormGroup, Metric, Mode, Preset, ProblemKind, Source};

pub const ENGLISH: Texts = Texts {
    lang: Lang::En,
    other_language: (Lang::Nl, "Nederlands"),
    language_label: "Language",

    file_name: Keyed(|file| match file {
        Download::Set => "outflow-calculator-scenarios.json",
        Download::MonthlyCsv => "outflow-calculator-months.csv",
        Download::YearCsv => "outflow-calculator-years.csv",
        Download::GroupCsv => "outflow-calculator-groups.csv",
        Download::PartiesCsv => "outflow-calculator-who-pays.csv",
        Download::Excel => "outflow-calculator-business-case.xlsx",
        Download::ExcelSet => "outflow-calculator-scenario-set.xlsx",
        Download::ComparisonCsv => "outflow-calculator-comparison.csv",
        Download::Unreadable => "outflow-calculator-unreadable.json",
    }),

    copy_suffix: " (copy)",
    months_short: "mo",
    title: "Outflow calculator (Uitstroomrekenaar)",

    intro: "How many clients of a re-integration project leave social assistance, by which route, and \
        what does that save the benefits budget (BUIG)? Enter your project's figures: the results \
        follow as you type.",

    presets_label: "Examples",
    form_title: "Your project",

    form_group: Keyed(|group| match group {
        FormGroup::Project => "Project and exits",
        FormGroup::Money => "Money",
        FormGroup::Assumptions => "Comparison and horizon",
    }),

    results_title: "Results",
    skip_to_results: "Skip to the results",
    chart_title: "Clients on benefit, with and without the project",
    open_full: "Open in the full calculator",
    update_available: "New version available —",
    update_reload: "reload",

    footer: "This calculator runs entirely in your browser: no data is sent to a server. The page \
        address holds your input; copy it to share a scenario.",

    preset_label: Keyed(|preset| match preset {
        Preset::Schiedam => "Schiedam 2008–2010",
        Preset::Haarlem => "Haarlem SAMEN 1997–2002",
        Preset::Empty => "Empty",
    }),

    preset_source: Keyed(|preset| match preset {
        Preset::Schiedam => "Source: article Schiedam Kompas (2010)",
        Preset::Haarlem => "Source: press release municipality of Haarlem (2002); start month, period and amount assumed",
        Preset::Empty => "Empty scenario: enter your own project",
    }),

    preset_note: Keyed(|preset| match preset {
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
    }),

    preset_edited: "You have changed values of this example.",
    manage_scenario: "Rename, duplicate, new scenario …",
    realised_pending_notice: "You are looking at the realised results from the link. The realised results this browser keeps stay unchanged until you choose.",
    keep_link_realised: "Keep the link's realised results (replaces the saved ones)",
    open_saved_realised: "Open the saved realised results",
    realised_proposal_title: "For your award entry or evaluation",
    realised_proposal_intro: "A paragraph on what the project achieved, to paste into an award entry (such as the Werksleutel) or an evaluation, and a one-page report to print or save as PDF.",
    realised_summary_label: "Text about the realised results",
    print_realised: "Print the realised results' report or save it as PDF",
    realised_report_title: "Outflow calculator: realised results",

    realised_summary_exits: |f| {
        let RealisedExits { caseload, period, exits, share, work, work_share } = *f;
        let within = period.map(|p| format!(" within {p}")).unwrap_or_default();
        format!("Of the {caseload} clients, {exits} left social assistance{within} ({share}), {work} of them for work ({work_share}). ")
    },

    realised_summary_ladder: |&LadderSteps { steps, share }| format!("{steps} clients ({share}) moved up one or more steps of the participation ladder. "),
    realised_summary_saving: |&RealisedSaving { saving, exits, cost }| format!("On a yearly basis that saves {saving} in benefit payments ({exits} exits × {cost}), the earnings effect as the source computes it. "),
    realised_summary_gross: "These figures are gross: without a comparison group it is not known how many clients would have left without the project, so they say nothing about the net effect. ",
    realised_summary_checks: "Checking the source:",
    realised_summary_checks_ok: "The percentages it states follow from its counts, and nothing is left unexplained. ",
    plan_label: "Compare with the plan",
    plan_none: "No plan",
    plan_title: "Plan against actual",

    plan_column: Keyed(|column| match column {
        PlanColumn::Figure => "Figure",
        PlanColumn::Plan => "Plan",
        PlanColumn::Actual => "Realised",
        PlanColumn::Difference => "Difference",
        PlanColumn::Relative => "Difference in %",
    }),

    plan_metric_label: Keyed(|metric| match metric {
        PlanMetric::Exits => "Exits within the period",
        PlanMetric::ExitShare => "Exit rate",
        PlanMetric::ExitsWork => "To work",
        PlanMetric::WorkShare => "Share to work",
        PlanMetric::SavingsPerYear => "Saving per year",
    }),

    plan_period_differs: |&Periods { plan, actual }| format!("Note: the plan assumes a period of {plan}, the realised results cover {actual}. The figures are not rescaled."),
    csv_years: "By calendar year as CSV",
    csv_groups: "By group as CSV",
    excel_download: "Download as Excel",
    excel_set_download: "Download the set as Excel",
    excel_about: "As a spreadsheet: every result is a formula over the inputs, so you can try another assumption. The first file holds the scenario you are editing, the second every scenario with a comparison.",
    excel_busy: "The Excel file is being made…",
    excel_failed: "The Excel file could not be made. Please try again.",
    years_title: "By calendar year",
    years_intro: "How the project lands in the budget: for each calendar year the months of the horizon, how many fewer clients on benefit on average, the saving, the project cost and the difference, undiscounted. The last column is discounted; added up it is the net result.",
    year_column: "Year",
    year_total: "Total",

    year_metric_label: Keyed(|metric| match metric {
        YearMetric::Months => "Months",
        YearMetric::ReductionAverage => "Fewer on benefit, on average",
        YearMetric::SubsidyCost => "Wage-cost subsidies",
        YearMetric::ParttimeSaving => "Less benefit, part-timers",
        YearMetric::Saving => "Saving",
        YearMetric::ProjectCost => "Project cost",
        YearMetric::Net => "Net",
        YearMetric::NetDiscounted => "Net, discounted",
    }),

    summary_first_year: |year, saving| format!("In {year}, the first full calendar year, that saves {saving} in benefit payments. "),

    month_name: |month| match month {
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
    },

    not_a_month: "Enter a month as yyyy-mm, for example 2008-09.",

    field_label: Keyed(|field| match field {
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
        Field::Inhabitants => "Inhabitants of the municipality",
        Field::PerCoach => "Clients per coach in the project",
        Field::PerCoachRegular => "Clients per coach without the project",
        Field::FteCost => "Cost of a coach",
        Field::Subsidised => "Of which with a wage-cost subsidy",
        Field::SubsidyCost => "Wage-cost subsidy per placement",
        Field::Parttime => "Clients who start working part-time beside their benefit",
        Field::ParttimeSaving => "Less benefit per part-timer",
        Field::ExecutionCost => "Execution cost per benefit",
        Field::IncomeGain => "Income gain per client who starts work",
    }),

    field_unit: Keyed(|field| match field {
        Field::Caseload | Field::Exits => "clients",
        Field::Period | Field::Horizon => "months",
        Field::ExitShare => "% of the clients",
        Field::Work | Field::Return => "% of the exits",
        Field::Cost => "€ a year",
        Field::ProjectCost => "€ a year, while the project runs",
        Field::Baseline | Field::Discount => "% a year",
        Field::Start => "yyyy-mm",
        Field::Inhabitants => "inhabitants",
        Field::PerCoach | Field::PerCoachRegular => "clients per FTE",
        Field::FteCost => "€ per FTE per year",
        Field::Subsidised => "% of the exits to work",
        Field::SubsidyCost => "€ a year",
        Field::Parttime => "clients",
        Field::ParttimeSaving => "€ a month",
        Field::ExecutionCost => "€ a year",
        Field::IncomeGain => "€ net a year",
    }),

    field_hint: Keyed(|field| match field {
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
        Field::Inhabitants => "For what the BUIG budget keeps of the saving. Below 15,000 inhabitants \
                the budget follows the municipality's own spending of two years earlier, from 40,000 the \
                distribution model. Empty = unknown (CBS, regional key figures).",
        Field::PerCoach => "Intensive guidance: 25–35 clients per coach (Almere trial: at most 25; \
                pilot: about 35). With the cost of a coach, the team is the project's cost. Empty = \
                no team.",
        Field::PerCoachRegular => "Regular guidance: about 150 clients per case manager, 100–300 \
                occurs (svland.nl, knowledge base). Empty = every coach of the project is extra.",
        Field::FteCost => "Salary (CAO Gemeenten) with employer costs and overhead. We found no \
                national figure per FTE for a case manager in a source we could read: enter your \
                municipality's. For comparison: Zwolle charged €60,726 per FTE for overhead alone in \
                2017 (budget 2017).",
        Field::Subsidised => "Placements with a wage-cost subsidy (loonkostensubsidie): the municipality \
                pays the subsidy from the same BUIG budget. About 33,000 people worked with one in \
                2022 (gemeente.nu, 2024). With the subsidy per placement; empty = none.",
        Field::SubsidyCost => "The statutory minimum wage less the wage value, plus 23.5% employer costs. At \
                the average wage value of 51% (Divosa 2017) and the 2026 minimum wage, about €16,700 \
                a year full-time (derived): about a single person's benefit, so almost no saving.",
        Field::Parttime => "Not an exit: the benefit goes on, the earnings are deducted. About 8% of \
                recipients work part-time (Divosa 2019). At most the clients who do not leave; they \
                start evenly over the period and keep working. Empty = none.",
        Field::ParttimeSaving => "On average €489 a month earned (Divosa 2019). With 25% disregarded \
                (article 31(2)(n) Participatiewet, the rule of 2026, at most 6 months) that is €367 \
                less benefit, €489 after. The rule changes on 1 January 2027 (article 34a, \
                Participatiewet in balans). At most the benefit a month.",
        Field::ExecutionCost => "What executing one benefit costs the municipality itself: on average \
                €2,883 a year over 30 municipalities, mainly staff for income and re-integration \
                (Berenschot 2019). An average: a smaller caseload does not shrink the staff at once. \
                Empty = not counted.",
        Field::IncomeGain => "Net income a year with work over the benefit; negative is the poverty \
                trap. A single parent at the minimum wage: about €2,100 a year more working 4 days, \
                €4,700 working 5 days; before 2015 -€1,000 and €1,800 (Divosa 2019). Empty = not \
                counted.",
    }),

    metric_label: Keyed(|metric| match metric {
        Metric::SavingsPerYear => "Saving per year (structural)",
        Metric::Exits => "Exits within the period",
        Metric::ExitShare => "Exit rate",
        Metric::ExitsWork => "of which to work",
        Metric::ExitsOther => "of which other exits",
        Metric::ExitsBaseline => "Exits that would have happened without the project",
        Metric::BenefitSavingsPerYear => "Less benefit a year for the exits",
        Metric::SubsidisedPlacements => "Placements with a wage-cost subsidy",
        Metric::SubsidyCostPerYear => "Wage-cost subsidies a year",
        Metric::ParttimeSavingsPerYear => "Less benefit a year for part-timers",
        Metric::CaseloadEnd => "Clients on benefit at the end",
        Metric::SavingsTotal => "Saving over the horizon, discounted",
        Metric::ProjectCostTotal => "Project cost, discounted",
        Metric::NetResult => "Net result",
        Metric::ExecutionSavingsTotal => "Execution cost saved, discounted",
        Metric::ClientIncomeTotal => "Clients' income gain, discounted",
        Metric::MunicipalityNet => "Net for the municipality (BUIG and own budget)",
        Metric::ReturnRatio => "Return per euro of project cost",
        Metric::BreakEvenMonth => "Break-even in month",
        Metric::BreakEvenExits => "Exits needed to pay back",
        Metric::BreakEvenExitShare => "Exit share needed to pay back",
        Metric::TeamFte => "Extra coaches for the project",
        Metric::TeamCostPerYear => "The team's cost per year",
        Metric::NetExits => "Net exits due to the project",
        Metric::CostPerExit => "Project cost per exit (undiscounted)",
        Metric::CostPerNetExit => "Project cost per net exit (undiscounted)",
        Metric::HistoricShare => "Share of the BUIG budget that follows own spending",
        Metric::BudgetKept => "Saving the BUIG budget keeps (undiscounted)",
    }),

    no_exits: Keyed(|net| if net {
        "no net exits"
    } else {
        "no exits"
    }),

    sticky_label: "Saving per year",
    no_project_cost: "no project cost entered",
    not_within: |horizon| format!("not within {horizon}"),
    chart_x_axis: "Months from the start",
    chart_y_axis: "Clients on benefit",
    chart_without_label: "Without the project",
    chart_period: "Project period",
    chart_intro: "Line chart of the number of clients on benefit per month.",
    method_title: "How do we calculate?",
    accessibility_title: "Accessibility",
    accessibility: &[
        "This calculator aims to meet WCAG 2.1 levels A and AA. On every change, automated tests \
            with axe-core check the page in both languages, with bad fields, ranges, realised \
            results and the embedded page; other tests operate the page with the keyboard and \
            check that the answer is on the first screen, on a phone too.",
        "Not done: an expert audit after WCAG-EM, and tests with screen readers or by disabled \
            users. Automated tests find only some of the problems.",
        "A municipality that puts this calculator on its site publishes its own accessibility \
            statement for it (digitoegankelijk.nl). The file ACCESSIBILITY.md beside the source \
            says what is tested and how to draw up the statement.",
    ],

    method_formulas: &[
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
    ],

    caveats_title: "What to keep in mind",

    caveats: &[
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
    ],

    sources_title: "Sources of the example values",
    sources_columns: ["Figure", "Value", "Source"],

    sources: &[
        ("Schiedam, Kompas 2008–2010", "569 clients, 139 exits in 18 months, 73 to work, €15,000 per benefit", "article 'Met Kompas Koersen Naar Eigen Kracht' (2010)"),
        ("Haarlem, SAMEN 1997–2002", "280 clients, 85 working, 43 benefit ended", "press release municipality of Haarlem, Werksleutel 2002"),
        ("Benefit cost per year", "€14,400 (2019); about €17,500 (2025, derived)", "national budget 2019 and 2025; Berenschot 2019 (consultancy.nl)"),
        ("Exits per year, all clients", "23%–26%", "Divosa benchmark werk & inkomen 2023"),
        ("Exits per year, over 3 years on assistance", "8%", "CBS 2008"),
        ("Return within 12 months", "12–16% after work; 20–22% of all exits", "Divosa; CBS; Divosa monitor 2014"),
        ("Net effect of intensive support", "about +8 percentage points", "Almere 45+, randomised trial (ZonMw)"),
        ("Discount rate", "2.25% (since 2021)", "Werkgroep discontovoet 2020"),
        ("Re-integration cost per client per year", "€1,500–2,000", "Divosa factsheet 2015; Almere"),
        ("Clients per coach, intensive guidance", "25–35", "Almere: trial at most 25, pilot about 35 (Regioplan; ZonMw)"),
        ("Clients per case manager, regular guidance", "about 150 (100–300)", "svland.nl, knowledge base"),
        ("Cost of a coach per FTE per year", "no national figure found; overhead alone €60,726 (Zwolle, 2017)", "CAO Gemeenten; Zwolle budget 2017"),
    ],

    scenarios_title: "Scenarios",

    scenarios_intro: "Compare variants of your project. Choose a scenario to edit it; the others are compared \
        with the base scenario.",

    base_badge: "base",
    name_label: "Name of this scenario",
    name_hint: |max| format!("At most {max} characters."),
    name_full: |max| format!("The name is {max} characters long: the maximum. Anything more you type is not taken."),
    add: "New scenario",
    duplicate: "Duplicate",
    make_base: "Use as base",
    move_up: "Move up",
    move_down: "Move down",
    delete: "Delete",
    list_full: |max| format!("A set holds at most {max} scenarios."),
    comparison_title: "Comparison",
    comparison_intro: "Every result per scenario, with the difference from the base scenario.",
    comparison_unlike: "Note: these scenarios differ in the number of clients or in the horizon, so \
        their totals (exits, savings, net result) differ for that reason too. Compare the rates and \
        the amounts per exit.",
    comparison_result: "Result",
    files_title: "Save, share and export",

    files_intro: "Your scenarios are kept in this browser while you work. The address of this page holds all \
        scenarios: copy it to share them.",

    save_file: "Save as file (JSON)",
    open_file: "Open file",
    csv_monthly: "Monthly projection as CSV",
    csv_comparison: "Comparison as CSV",
    csv_dialect: "CSV for",
    csv_dutch: "Dutch spreadsheet (semicolon, decimal comma)",
    csv_standard: "Standard (comma, decimal point)",

    csv_monthly_header: Keyed(|column| match column {
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
        MonthlyColumn::SubsidyCost => "wage-cost subsidies",
        MonthlyColumn::ParttimeSaving => "less benefit part-timers",
        MonthlyColumn::ExecutionSaving => "execution cost saved",
        MonthlyColumn::ClientIncome => "clients' income gain",
    }),

    csv_comparison_header: Keyed(|column| match column {
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
    }),

    yes_no: Keyed(|yes| if yes {
        "yes"
    } else {
        "no"
    }),

    pending_notice: |saved| format!(
        "You are viewing the scenarios from a link. This browser also keeps scenarios of your own \
             ({saved}); they stay unchanged until you choose. Changes to the scenarios from the link \
             are only kept once you keep them."
    ),

    keep_link_set: "Keep the scenarios from the link (replaces the kept ones)",
    open_saved_set: "Open my kept scenarios",

    unreadable_notice: |error, kept_aside| {
        let kept = if kept_aside {
            "They have been put aside unchanged; you can download them."
        } else {
            "They could not be put aside: they remain unchanged where they are, and the page saves \
             nothing in their place. Download them to keep them safe."
        };
        // Not what the page shows instead: the example, or a link's set.
        format!("The scenarios kept in this browser could not be read: {error} {kept}")
    },

    storage_refused: "This browser does not keep your scenarios (in a private window, for example, or because \
        storage is full). Save them as a file or keep the page address, or they are gone when you \
        close the page.",

    download_unreadable: "Download the unreadable data",
    dismiss: "Close message",
    file_problem: |error| format!("The file was not opened: {} Nothing has changed.", error),

    load_error: |error| match error {
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
        LoadError::BadGroups(i) => format!(
            "the groups of scenario {i} are not a list of at most 8 groups, each with a name (at most 60 \
             characters) and caseload, exit or exits, work and baseline as texts."
        ),
        LoadError::BadName(i) => format!("the name of scenario {i} is missing or longer than 60 characters."),
        LoadError::BadInputs(i) => {
            format!("the input of scenario {i} is not a list of texts of at most 200 characters.")
        }
        LoadError::UnknownInput(i, key) => format!("scenario {i} holds an unknown field: '{key}'."),
    },

    proposal_title: "For your proposal",

    proposal_intro: "A paragraph about this scenario to paste into a project proposal or award entry, and a \
        report to print or save as PDF.",

    summary_label: "Text about this scenario",
    copy: "Copy text",
    copied: "The text is on the clipboard.",
    copy_selected: "Copying did not work automatically. The text is selected: copy it with Ctrl+C (or Cmd+C).",
    print_scenario: "Print this scenario's report or save it as PDF",
    print_comparison: "Print the comparison's report or save it as PDF",
    report_title: "Outflow calculator: report",
    report_comparison: "Comparison of scenarios",
    report_date: "Date",
    report_inputs: "Inputs and sources",
    report_input_columns: ["Input", "Value", "Source"],
    own_assumption: "own assumption",
    report_link: "This scenario online",
    report_link_text: "Open this address to see and change the calculation:",
    mode_label: "What do you want to do?",

    mode: Keyed(|mode| match mode {
        Mode::Projection => "Projection",
        Mode::Realised => "Realised results",
    }),

    realised_title: "Realised results: what actually happened?",

    realised_intro: "Enter what your project achieved. You see the exits and the saving as the sources compute \
        them, and where the figures do not add up. Then you can turn them into a scenario for a next \
        project.",

    realised_examples: "Examples from the sources",

    realised_example: Keyed(|example| match example {
        Example::Schiedam => "Schiedam 2008–2010",
        Example::Haarlem => "Haarlem SAMEN 1997–2002",
    }),

    realised_clear: "Clear",

    realised_group: Keyed(|group| match group {
        RealisedGroup::Counts => "What happened",
        RealisedGroup::Stated => "What the source itself states (to check it)",
    }),

    realised_field: Keyed(|field| match field {
        RealisedField::Caseload => FieldText { label: "Clients at the start", unit: "clients", hint: "Required. Schiedam: 569; Haarlem: 280." },
        RealisedField::ExitsWork => FieldText { label: "Left for work", unit: "clients", hint: "Required. Schiedam: 73; Haarlem: 85." },
        RealisedField::ExitsOther => FieldText { label: "Left otherwise", unit: "clients", hint: "Required: benefit ended for another reason than work. Schiedam: 139 − 73 = 66; Haarlem: 43." },
        RealisedField::InTrajectory => FieldText { label: "Still in a trajectory", unit: "clients", hint: "Optional: still under way or with a good job prospect. Haarlem: 10." },
        RealisedField::Closed => FieldText { label: "Closed trajectories", unit: "trajectories", hint: "Optional, if the source counts them. Haarlem: 238." },
        RealisedField::LadderSteps => FieldText { label: "Steps up the participation ladder", unit: "clients", hint: "Optional: one or more steps forward. Schiedam: 236." },
        RealisedField::Period => FieldText { label: "Period", unit: "months", hint: "Optional; needed for a scenario. Schiedam: 18 (a year and a half)." },
        RealisedField::Cost => FieldText { label: "Benefit cost per client", unit: "euros a year", hint: "Optional; for the saving per year. Schiedam: 15,000." },
        RealisedField::StatedExitShare => FieldText { label: "Exits", unit: "% of the clients", hint: "Schiedam states 24% (\u{201c}just over 24%\u{201d})." },
        RealisedField::StatedWorkShare => FieldText { label: "To work", unit: "% of the exits", hint: "Schiedam states 54%." },
        RealisedField::StatedLadderShare => FieldText { label: "Up the ladder", unit: "% of the clients", hint: "Schiedam states 42%." },
    }),

    realised_outcome: "Outcome, as the sources compute it",

    realised_metric: Keyed(|metric| match metric {
        RealisedMetric::Exits => "Exits (to work + otherwise)",
        RealisedMetric::ExitShare => "Exits as a share of the clients",
        RealisedMetric::WorkShare => "Of which to work",
        RealisedMetric::LadderShare => "Up the participation ladder",
        RealisedMetric::SavingsPerYear => "Saving per year (exits × benefit cost)",
    }),

    realised_not_given: "not entered",
    realised_incomplete: "Enter valid clients at the start, exits to work and other exits to see the outcome.",

    realised_gross: "This is gross, as in the sources: exits that would have happened without the project and \
        returns are not deducted.",

    checks_title: "Do the figures add up?",

    checks_ok: "Yes: no part is larger than its whole, nothing is left unexplained and the stated \
        percentages follow from the counts.",

    count_label: Keyed(|count| match count {
        Count::Caseload => "clients at the start",
        Count::ExitsWork => "to work",
        Count::ExitsOther => "left otherwise",
        Count::InTrajectory => "still in a trajectory",
        Count::Closed => "closed trajectories",
        Count::LadderSteps => "steps up the ladder",
    }),

    realised_use: "Turn this into a scenario for a next project",
    realised_use_name: "Next project (from realised results)",

    realised_use_note: "The scenario takes the same clients, the realised exits as the expectation and the same \
        share to work, and the period and benefit cost if you entered them; the rest comes from the \
        Schiedam example.",

    headline_basis: |f| {
        let HeadlineBasis { fewer, period, cost } = *f;
        format!("{fewer} fewer clients on benefit after {period} × {cost} a year (the structural saving per year).")
    },

    headline_note: Keyed(|gross| if gross {
        "Gross: exits that would have happened without the project are not deducted."
    } else {
        "Net: exits that would have happened without the project are deducted."
    }),

    chart_line_text: |f| {
        let ChartLine { name, start, period, at_period, horizon, at_end } = *f;
        format!("{name}: at the start {start}, after {period} (end of the project) {at_period}, after {horizon} {at_end}.")
    },

    euros_text: |euros| format!("€{euros}"),
    points_text: |points| format!("{points} percentage points"),
    month_text: |month| format!("month {month}"),
    range_text: |&Span { from, to }| format!("{from} to {to}"),
    allowed_text: |range, whole| format!("Allowed: {range}{}.", if whole { ", whole numbers" } else { "" }),

    problem_kind_text: |kind| match kind {
        ProblemKind::Empty => "Enter a number.",
        ProblemKind::NotANumber => "This is not a number; use digits, such as 569 or 24.4.",
        ProblemKind::NotWhole => "Enter a whole number.",
        ProblemKind::TooManyDecimals => "Use at most two decimals.",
        _ => "This value is out of range.",
    },

    horizon_before_period: |period| format!("The horizon must be at least as long as the period ({period})."),
    too_many_exits: "There cannot be more exits than clients.",

    fallback_text: |used, opened_from_link| {
        let which = if opened_from_link { "the default value of the Schiedam example" } else { "the last valid value" };
        format!("Not all input is valid. Until you correct it, the results use {which} for the marked fields: {used}.")
    },

    source_name: Keyed(|source| match source {
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
        Source::IntensiveCaseload => "Almere trial (at most 25) and pilot (about 35)",
        Source::RegularCaseload => "svland.nl, knowledge base: 1 in 150",
        Source::SubsidyDerived2026 => "derived: wage value 51% (Divosa 2017), 2026 minimum wage",
        Source::ParttimeDivosa2019 => "Divosa, factsheet on part-time work on assistance 2019",
        Source::ExecutionBerenschot2019 => "Berenschot 2019",
        Source::IncomeDivosa2019 => "Divosa 2019",
        Source::IncomeDivosaBefore2015 => "Divosa 2019, before 2015",
    }),

    share_label: Keyed(|share| match share {
        ShareOf::Exits => "Exits",
        ShareOf::Work => "To work",
        ShareOf::Ladder => "Up the ladder",
    }),

    exceeds_text: |&Exceeds { parts, whole }| format!("More than the whole: {parts}, but {whole}."),

    unexplained_text: |f| {
        let Unexplained { parts, whole, remainder } = *f;
        format!("Not explained: {parts}, but {whole}. The source says nothing about {remainder}.")
    },

    share_differs_text: |f| {
        let ShareDiffers { what, numerator, denominator, computed, rounded, stated } = *f;
        format!("Percentage does not match: {what} is {numerator} of {denominator} = {computed}, {rounded} rounded; the source states {stated}.")
    },

    summary_exits: |f| {
        let SummaryExits { name, caseload, period, exits, share, work } = *f;
        format!(
            "{name}: of the {caseload} clients, we expect {exits} to leave social assistance within {period} \
             ({share}), {work} of them for work. "
        )
    },

    summary_saving: |f| {
        let SummarySaving { saving, fewer, cost } = *f;
        format!(
            "That gives a structural saving on benefit cost of {saving} a year: {fewer} fewer clients on \
             benefit at the end of the project, times {cost} per benefit per year. "
        )
    },

    summary_gross: "This is a gross amount: exits that would have happened without the project are not deducted. ",
    summary_deadweight: |&Deadweight { per_year, exits }| format!("What would happen without the project is deducted ({per_year} a year, {exits} clients within the period). "),
    summary_returns: |share| format!("We assume that {share} of those who leave return within a year; those returns are deducted. "),

    summary_cost: |f| {
        let SummaryCost { horizon, cost, saving, rate, net } = *f;
        format!(
            "Over {horizon}, project cost of {cost} is set against a saving of {saving} (discounted at \
             {rate} a year): {net} net. "
        )
    },

    summary_pays_back: |month| format!("The project pays for itself in month {month}. "),
    summary_no_pay_back: |horizon| format!("The project does not pay for itself within {horizon}. "),
    uncertainty: &super::uncertainty::EN,
    budget: &super::budget::EN,
    groups: &super::groups::EN,
    team: &super::team::EN,
    routes: &super::routes::EN,
    parties: &super::parties::EN,

    summary_caveat: Keyed(|caveat| match caveat {
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
    }),
};
