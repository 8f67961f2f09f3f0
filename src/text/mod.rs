//! Every text the user reads, one file per language: [`nl`] (the default) and [`en`]. Both
//! implement [`Texts`], so a text missing in either language does not compile, and the tests
//! check that every text is there and translated. A third language is one more file with one
//! more `impl Texts`, and a variant of [`Lang`].
//!
//! Numbers follow the language: [`Texts::money`], [`Texts::number`] and [`Texts::percent`]
//! format through `Intl.NumberFormat` for the language's locale (`€ 2.085.000`, `€2,085,000`).
//! Figures in hints come from `shared/reference/domain.md`, each with its source.

pub mod en;
pub mod nl;
pub mod uncertainty;

use crate::format;
use crate::model::number::month_index;
use crate::model::projection::YearMetric;
use crate::model::realised::{Count, Example, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::set_file::LoadError;
use crate::model::{Field, FormGroup, Mode, Metric, Preset, ProblemKind};
use uncertainty::UncertaintyWords;

pub use crate::lang::Lang;

/// The texts of a language.
pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::Nl => &nl::Dutch,
        Lang::En => &en::English,
    }
}

/// A label as it reads mid-sentence: its first letter in lower case. Labels start with an ASCII
/// letter; full Unicode case mapping would carry a 7 KB (brotli) table into the page for this.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The sign of a difference, a true minus for less: `+`, `−` or `±`.
pub fn sign(difference: f64) -> &'static str {
    if difference > 0.0 {
        "+"
    } else if difference < 0.0 {
        "−"
    } else {
        "±"
    }
}

/// Where an input's value comes from, when it is a figure of a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Schiedam's article: caseload, period, exits, cost.
    SchiedamArticle,
    /// Schiedam: 73 of 139 to work.
    SchiedamWork,
    /// Haarlem's press release: the caseload.
    HaarlemRelease,
    /// Haarlem: 85 working + 43 benefit ended.
    HaarlemExits,
    /// Haarlem: 85 of 128 to work.
    HaarlemWork,
    /// Haarlem's period, assumed.
    HaarlemPeriodAssumed,
    /// Haarlem's cost, assumed.
    HaarlemCostAssumed,
    /// Haarlem's start: 1997, the month unknown, January assumed.
    HaarlemStartAssumed,
    /// The national budget of 2019 (Berenschot).
    Budget2019,
    /// Derived from the national budget of 2025.
    Derived2025,
    /// CBS 2008: over 3 years on assistance.
    Cbs2008,
    /// Divosa benchmark 2023.
    DivosaBenchmark,
    /// Divosa monitor 2014.
    DivosaMonitor,
    /// Divosa and CBS on returns after work.
    ReturnAfterWork,
    /// Werkgroep discontovoet 2020.
    DiscountNorm,
    /// A zero that leaves the effect out.
    NotIncluded,
}

impl Source {
    /// Every source.
    pub const ALL: [Source; 16] = [
        Source::SchiedamArticle,
        Source::SchiedamWork,
        Source::HaarlemRelease,
        Source::HaarlemExits,
        Source::HaarlemWork,
        Source::HaarlemPeriodAssumed,
        Source::HaarlemCostAssumed,
        Source::HaarlemStartAssumed,
        Source::Budget2019,
        Source::Derived2025,
        Source::Cbs2008,
        Source::DivosaBenchmark,
        Source::DivosaMonitor,
        Source::ReturnAfterWork,
        Source::DiscountNorm,
        Source::NotIncluded,
    ];
}

/// Where an input's value comes from: the article of the preset it started from (while it is
/// still that preset's value), a figure of `domain.md`, or none (the user's own assumption).
pub fn source_of(field: Field, value: f64, origin: Option<Preset>) -> Option<Source> {
    let same = |v: f64| (value - v).abs() < 1e-9;
    Some(match (origin, field) {
        (Some(Preset::Schiedam), Field::Caseload) if same(569.0) => Source::SchiedamArticle,
        (Some(Preset::Schiedam), Field::Period) if same(18.0) => Source::SchiedamArticle,
        (Some(Preset::Schiedam), Field::Exits) if same(139.0) => Source::SchiedamArticle,
        (Some(Preset::Schiedam), Field::Work) if same(52.5) => Source::SchiedamWork,
        (Some(Preset::Schiedam), Field::Cost) if same(15_000.0) => Source::SchiedamArticle,
        (Some(Preset::Schiedam), Field::Start) if same(f64::from(month_index(2008, 9))) => Source::SchiedamArticle,
        (Some(Preset::Haarlem), Field::Start) if same(f64::from(month_index(1997, 1))) => Source::HaarlemStartAssumed,
        (Some(Preset::Haarlem), Field::Caseload) if same(280.0) => Source::HaarlemRelease,
        (Some(Preset::Haarlem), Field::Exits) if same(128.0) => Source::HaarlemExits,
        (Some(Preset::Haarlem), Field::Work) if same(85.0 / 128.0 * 100.0) => Source::HaarlemWork,
        (Some(Preset::Haarlem), Field::Period) if same(60.0) => Source::HaarlemPeriodAssumed,
        (Some(Preset::Haarlem), Field::Cost) if same(14_400.0) => Source::HaarlemCostAssumed,
        (_, Field::Cost) if same(14_400.0) => Source::Budget2019,
        (_, Field::Cost) if same(17_500.0) => Source::Derived2025,
        (_, Field::Baseline) if same(8.0) => Source::Cbs2008,
        (_, Field::Baseline) if same(23.0) || same(23.4) => Source::DivosaBenchmark,
        (_, Field::Return) if same(22.0) => Source::DivosaMonitor,
        (_, Field::Return) if (12.0..=16.0).contains(&value) => Source::ReturnAfterWork,
        (_, Field::Discount) if same(2.25) => Source::DiscountNorm,
        (_, Field::Baseline | Field::Return | Field::ProjectCost) if same(0.0) => Source::NotIncluded,
        _ => return None,
    })
}

/// The caveat the pasted paragraph ends with: the one that matters most for the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// No deadweight given: the figure is gross.
    Deadweight,
    /// Deadweight given, no returns: not every exit lasts.
    Returns,
    /// Both given: a saved benefit is not always a saved budget.
    Budget,
}

/// Every text the user reads, in one language. What a text says with which figures is decided
/// once, in the provided methods here; each language gives its words and sentences.
/// What the yearly saving rests on: the caseload reduction at the end of the period, the period and the benefit cost. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct HeadlineBasis<'a> {
    /// `{fewer}` in the sentence.
    pub fewer: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
}

/// One line of the chart in words: its name, the caseload at the start, at the end of the period and at the horizon. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct ChartLine<'a> {
    /// `{name}` in the sentence.
    pub name: &'a str,
    /// `{start}` in the sentence.
    pub start: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{at_period}` in the sentence.
    pub at_period: &'a str,
    /// `{horizon}` in the sentence.
    pub horizon: &'a str,
    /// `{at_end}` in the sentence.
    pub at_end: &'a str,
}

/// A check that found parts adding up to less than their whole: the sum of the parts, the whole and what is left. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct Unexplained<'a> {
    /// `{parts}` in the sentence.
    pub parts: &'a str,
    /// `{whole}` in the sentence.
    pub whole: &'a str,
    /// `{remainder}` in the sentence.
    pub remainder: &'a str,
}

/// A share a source states that does not follow from its counts: which share, its counts, the share computed and the share stated. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct ShareDiffers<'a> {
    /// `{what}` in the sentence.
    pub what: &'a str,
    /// `{numerator}` in the sentence.
    pub numerator: &'a str,
    /// `{denominator}` in the sentence.
    pub denominator: &'a str,
    /// `{computed}` in the sentence.
    pub computed: &'a str,
    /// `{stated}` in the sentence.
    pub stated: &'a str,
}

/// Who leaves: the scenario, the caseload, the period, the exits, their share and how many to work. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummaryExits<'a> {
    /// `{name}` in the sentence.
    pub name: &'a str,
    /// `{caseload}` in the sentence.
    pub caseload: &'a str,
    /// `{period}` in the sentence.
    pub period: &'a str,
    /// `{exits}` in the sentence.
    pub exits: &'a str,
    /// `{share}` in the sentence.
    pub share: &'a str,
    /// `{work}` in the sentence.
    pub work: &'a str,
}

/// The structural saving: per year, the caseload reduction it rests on and the benefit cost. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummarySaving<'a> {
    /// `{saving}` in the sentence.
    pub saving: &'a str,
    /// `{fewer}` in the sentence.
    pub fewer: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
}

/// The cost side: the horizon, the project cost, the discounted saving, the discount rate and the net result. Each figure already written in the page's language.
#[derive(Clone, Copy, Debug)]
pub struct SummaryCost<'a> {
    /// `{horizon}` in the sentence.
    pub horizon: &'a str,
    /// `{cost}` in the sentence.
    pub cost: &'a str,
    /// `{saving}` in the sentence.
    pub saving: &'a str,
    /// `{rate}` in the sentence.
    pub rate: &'a str,
    /// `{net}` in the sentence.
    pub net: &'a str,
}

/// What a project achieved, for the realised-results paragraph. Each figure already written in
/// the page's language; `period` is none when the months are not given.
#[derive(Clone, Copy, Debug)]
pub struct RealisedExits<'a> {
    /// `{caseload}` clients at the start.
    pub caseload: &'a str,
    /// Within `{period}`, when given.
    pub period: Option<&'a str>,
    /// `{exits}` left benefit.
    pub exits: &'a str,
    /// Their share of the caseload.
    pub share: &'a str,
    /// `{work}` of them to work.
    pub work: &'a str,
    /// Their share of the exits.
    pub work_share: &'a str,
}

/// A column of the plan against the actual.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanColumn {
    /// The figure's name.
    Figure,
    /// What the plan expected.
    Plan,
    /// What happened.
    Actual,
    /// actual − plan.
    Difference,
    /// That difference in percent of the plan.
    Relative,
}

impl PlanColumn {
    /// The columns, in order.
    pub const ALL: [PlanColumn; 5] =
        [PlanColumn::Figure, PlanColumn::Plan, PlanColumn::Actual, PlanColumn::Difference, PlanColumn::Relative];
}

/// A file the page offers to save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// The scenario set as JSON.
    Set,
    /// The monthly projection as CSV.
    MonthlyCsv,
    /// The comparison as CSV.
    ComparisonCsv,
    /// Every scenario by calendar year as CSV.
    YearCsv,
    /// A stored entry that could not be read, as it was.
    Unreadable,
}

impl Download {
    /// Every file, for the tests of the texts.
    pub const ALL: [Download; 5] =
        [Download::Set, Download::MonthlyCsv, Download::ComparisonCsv, Download::YearCsv, Download::Unreadable];
}

/// What the form says about one input: its label, its unit and a hint under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// The label.
    pub label: &'static str,
    /// The unit beside the input.
    pub unit: &'static str,
    /// The hint under it.
    pub hint: &'static str,
}

pub trait Texts {
    /// Which language this is.
    fn lang(&self) -> Lang;

    /// The language switch: the name of the other language, in that language.
    fn other_language(&self) -> (Lang, &'static str);

    /// The label of the language switch.
    fn language_label(&self) -> &'static str;

    /// Euros without cents, the language's way.
    fn money(&self, euros: f64) -> String {
        format::money(self.lang(), euros)
    }

    /// A number with at most `max_decimals` decimals, the language's way.
    fn number(&self, value: f64, max_decimals: u8) -> String {
        format::number(self.lang(), value, max_decimals)
    }

    /// A fraction as a percentage with `decimals` decimals, the language's way.
    fn percent(&self, fraction: f64, decimals: u8) -> String {
        format::percent(self.lang(), fraction, decimals)
    }

    /// The names of downloaded files: the saved set, the monthly CSV, the comparison CSV and an
    /// unreadable stored entry.
    fn file_name(&self, file: Download) -> &'static str;

    /// The suffix of a duplicated scenario's name: ` (kopie)`.
    fn copy_suffix(&self) -> &'static str;

    /// The unit of months in the chart's period label: `mnd`.
    fn months_short(&self) -> &'static str;
    /// The page title.
    fn title(&self) -> &'static str;
    /// One sentence under the title.
    fn intro(&self) -> &'static str;
    /// Heading of the presets.
    fn presets_label(&self) -> &'static str;
    /// Heading of the form.
    fn form_title(&self) -> &'static str;
    /// Headings of the form's groups: project and exits, money, comparison and horizon.
    fn form_group(&self, group: FormGroup) -> &'static str;
    /// Heading of the results.
    fn results_title(&self) -> &'static str;
    /// Heading of the chart.
    fn chart_title(&self) -> &'static str;
    /// The link from an embedded page to the full calculator, with its scenario.
    fn open_full(&self) -> &'static str;
    /// The notice that a new version of the page has installed (offline copy), before its button.
    fn update_available(&self) -> &'static str;
    /// The button that reloads the page in the new version.
    fn update_reload(&self) -> &'static str;
    /// Footer.
    fn footer(&self) -> &'static str;
    /// The button text of a preset.
    fn preset_label(&self, preset: Preset) -> &'static str;
    /// A preset's source in one line, with what is assumed (the summary of its note).
    fn preset_source(&self, preset: Preset) -> &'static str;
    /// What a preset rests on and what it assumes.
    fn preset_note(&self, preset: Preset) -> &'static str;
    /// Said when the scenario on screen has been changed since the preset was chosen.
    fn preset_edited(&self) -> &'static str;
    /// The label of a field.
    fn field_label(&self, field: Field) -> &'static str;
    /// The unit a field is typed in.
    fn field_unit(&self, field: Field) -> &'static str;
    /// A short hint with a suggested value and its source.
    fn field_hint(&self, field: Field) -> &'static str;
    /// The label of a result.
    fn metric_label(&self, metric: Metric) -> &'static str;
    /// The short label of the bar that keeps the headline in view on small screens.
    fn sticky_label(&self) -> &'static str;
    /// Shown for a cost per exit that cannot be computed: no exits (or no net exits).
    fn no_exits(&self, net: bool) -> &'static str;
    /// Shown for a ratio or month that does not exist.
    fn no_project_cost(&self) -> &'static str;
    /// Shown when the cost is not earned back within the horizon.
    fn not_within(&self, horizon: u32) -> String;
    /// Axis titles of the chart.
    fn chart_x_axis(&self) -> &'static str;
    /// Y axis title.
    fn chart_y_axis(&self) -> &'static str;
    /// Legend entry for the baseline.
    fn chart_without_label(&self) -> &'static str;
    /// Label of the shaded project period.
    fn chart_period(&self) -> &'static str;
    /// The chart's text alternative, first sentence.
    fn chart_intro(&self) -> &'static str;
    /// Heading of the method section.
    fn method_title(&self) -> &'static str;
    /// The formulas in words, one paragraph each.
    fn method_formulas(&self) -> &'static [&'static str];
    /// Heading of the caveats.
    fn caveats_title(&self) -> &'static str;
    /// The caveats of `domain.md`: title and explanation.
    fn caveats(&self) -> &'static [(&'static str, &'static str)];
    /// Heading of the sources table.
    fn sources_title(&self) -> &'static str;
    /// Columns of the sources table: what, value, source.
    fn sources_columns(&self) -> [&'static str; 3];
    /// The sources behind the suggested values: what, value, source.
    fn sources(&self) -> &'static [(&'static str, &'static str, &'static str)];
    /// Heading of the scenario list.
    fn scenarios_title(&self) -> &'static str;
    /// Explains the list.
    fn scenarios_intro(&self) -> &'static str;
    /// Marks the base scenario.
    fn base_badge(&self) -> &'static str;
    /// Label of the name field.
    fn name_label(&self) -> &'static str;
    /// Hint under the name field.
    fn name_hint(&self, max: usize) -> String;
    /// Shown when the name has reached its limit.
    fn name_full(&self, max: usize) -> String;
    /// Buttons of the scenario list.
    fn add(&self) -> &'static str;
    /// Duplicate button.
    fn duplicate(&self) -> &'static str;
    /// Make-base button.
    fn make_base(&self) -> &'static str;
    /// Move buttons.
    fn move_up(&self) -> &'static str;
    /// Move down.
    fn move_down(&self) -> &'static str;
    /// Delete button.
    fn delete(&self) -> &'static str;
    /// Why no more scenarios can be added.
    fn list_full(&self, max: usize) -> String;
    /// Heading of the comparison.
    fn comparison_title(&self) -> &'static str;
    /// Explains the comparison.
    fn comparison_intro(&self) -> &'static str;
    /// Header of the first column.
    fn comparison_result(&self) -> &'static str;
    /// Heading of the files and exports panel.
    fn files_title(&self) -> &'static str;
    /// How saving and sharing work.
    fn files_intro(&self) -> &'static str;
    /// Save-as-file button.
    fn save_file(&self) -> &'static str;
    /// Open-file label.
    fn open_file(&self) -> &'static str;
    /// CSV buttons.
    fn csv_monthly(&self) -> &'static str;
    /// CSV of the comparison.
    fn csv_comparison(&self) -> &'static str;
    /// The dialect choice.
    fn csv_dialect(&self) -> &'static str;
    /// Dutch spreadsheet dialect.
    fn csv_dutch(&self) -> &'static str;
    /// Standard dialect.
    fn csv_standard(&self) -> &'static str;
    /// Column headers of the monthly CSV.
    fn csv_monthly_header(&self, column: MonthlyColumn) -> &'static str;
    /// Column headers of the comparison CSV.
    fn csv_comparison_header(&self, column: ComparisonColumn) -> &'static str;
    /// The words for the base column.
    fn yes_no(&self, yes: bool) -> &'static str;
    /// Said when the page opened from a link while another set is saved.
    fn pending_notice(&self, saved: usize) -> String;
    /// Keep the link's set.
    fn keep_link_set(&self) -> &'static str;
    /// Show the saved set.
    fn open_saved_set(&self) -> &'static str;
    /// Said when the stored entry could not be read.
    fn unreadable_notice(&self, error: &LoadError) -> String;
    /// Said when the browser refuses to store the set.
    fn storage_refused(&self) -> &'static str;
    /// Download the unreadable entry.
    fn download_unreadable(&self) -> &'static str;
    /// Close a message.
    fn dismiss(&self) -> &'static str;
    /// Said when an opened file could not be read.
    fn file_problem(&self, error: &LoadError) -> String;
    /// What is wrong with a document, in a sentence.
    fn load_error(&self, error: &LoadError) -> String;
    /// Heading of the proposal section.
    fn proposal_title(&self) -> &'static str;
    /// Explains the section.
    fn proposal_intro(&self) -> &'static str;
    /// Label of the generated paragraph.
    fn summary_label(&self) -> &'static str;
    /// Copy button.
    fn copy(&self) -> &'static str;
    /// Said when copied.
    fn copied(&self) -> &'static str;
    /// Said when the clipboard refused: the text is selected instead.
    fn copy_selected(&self) -> &'static str;
    /// Print buttons.
    fn print_scenario(&self) -> &'static str;
    /// Print the comparison.
    fn print_comparison(&self) -> &'static str;
    /// Report texts.
    fn report_title(&self) -> &'static str;
    /// Subtitle of the comparison report.
    fn report_comparison(&self) -> &'static str;
    /// Label of the date.
    fn report_date(&self) -> &'static str;
    /// Heading of the inputs table.
    fn report_inputs(&self) -> &'static str;
    /// Columns of the inputs table.
    fn report_input_columns(&self) -> [&'static str; 3];
    /// When an input has no source.
    fn own_assumption(&self) -> &'static str;
    /// Heading of the link.
    fn report_link(&self) -> &'static str;
    /// Explains the link.
    fn report_link_text(&self) -> &'static str;

    // Realised results (nacalculatie).
    /// The label of the switch between the two modes.
    fn mode_label(&self) -> &'static str;
    /// The two modes: projection and realised results.
    fn mode(&self, mode: Mode) -> &'static str;
    /// The title of the realised-results section.
    fn realised_title(&self) -> &'static str;
    /// What the realised-results section is for.
    fn realised_intro(&self) -> &'static str;
    /// The label of the examples of realised results.
    fn realised_examples(&self) -> &'static str;
    /// The name of a source's example of realised results.
    fn realised_example(&self, example: Example) -> &'static str;
    /// Empties the realised-results form.
    fn realised_clear(&self) -> &'static str;
    /// The title of a group of the realised-results form.
    fn realised_group(&self, group: RealisedGroup) -> &'static str;
    /// A realised-results input's label, unit and hint.
    fn realised_field(&self, field: RealisedField) -> FieldText;
    /// The title of the realised outcome.
    fn realised_outcome(&self) -> &'static str;
    /// The label of a figure of the realised outcome.
    fn realised_metric(&self, metric: RealisedMetric) -> &'static str;
    /// Shown for a realised figure that needs an input that is empty.
    fn realised_not_given(&self) -> &'static str;
    /// Said instead of the outcome while a required input is missing or wrong.
    fn realised_incomplete(&self) -> &'static str;
    /// Said under the realised saving: what it is and is not.
    fn realised_gross(&self) -> &'static str;
    /// The title of the consistency checks.
    fn checks_title(&self) -> &'static str;
    /// Said when every check passes.
    fn checks_ok(&self) -> &'static str;
    /// A count as a check names it.
    fn count_label(&self, count: Count) -> &'static str;
    /// Turns the realised results into a scenario.
    fn realised_use(&self) -> &'static str;
    /// The name of that scenario.
    fn realised_use_name(&self) -> &'static str;
    /// What that scenario takes over.
    fn realised_use_note(&self) -> &'static str;

    /// Opens the name and the actions of the edited scenario.
    fn manage_scenario(&self) -> &'static str;
    /// Said while a link's realised results are shown and the browser keeps others.
    fn realised_pending_notice(&self) -> &'static str;
    /// Keeps the link's realised results.
    fn keep_link_realised(&self) -> &'static str;
    /// Shows the saved realised results.
    fn open_saved_realised(&self) -> &'static str;
    /// The title of the realised results' paragraph and report section.
    fn realised_proposal_title(&self) -> &'static str;
    /// What that section offers.
    fn realised_proposal_intro(&self) -> &'static str;
    /// The label of the realised results' paragraph.
    fn realised_summary_label(&self) -> &'static str;
    /// The button that prints the realised results' report.
    fn print_realised(&self) -> &'static str;
    /// The title of the realised results' report.
    fn realised_report_title(&self) -> &'static str;
    /// The paragraph's sentence on who left, how many, within how long, to work.
    fn realised_summary_exits(&self, f: &RealisedExits) -> String;
    /// The paragraph's sentence on the ladder: steps and their share of the caseload.
    fn realised_summary_ladder(&self, steps: &str, share: &str) -> String;
    /// The paragraph's sentence on the saving: per year, exits and cost it rests on.
    fn realised_summary_saving(&self, saving: &str, exits: &str, cost: &str) -> String;
    /// The paragraph's sentence that the figures are gross: no comparison group, no net effect.
    fn realised_summary_gross(&self) -> &'static str;
    /// The paragraph's lead-in to what the checks found.
    fn realised_summary_checks(&self) -> &'static str;
    /// The paragraph's sentence when the checks found nothing.
    fn realised_summary_checks_ok(&self) -> &'static str;
    /// The label of the plan chooser.
    fn plan_label(&self) -> &'static str;
    /// The chooser's option for no plan.
    fn plan_none(&self) -> &'static str;
    /// The title of the plan against the actual.
    fn plan_title(&self) -> &'static str;
    /// A column heading of the plan against the actual.
    fn plan_column(&self, column: PlanColumn) -> &'static str;
    /// A row label of the plan against the actual.
    fn plan_metric_label(&self, metric: PlanMetric) -> &'static str;
    /// Said beside the table when the periods differ: the plan's and the realised one.
    fn plan_period_differs(&self, plan: &str, actual: &str) -> String;
    /// The button for the calendar-year CSV.
    fn csv_years(&self) -> &'static str;
    /// The title of the year table.
    fn years_title(&self) -> &'static str;
    /// What the year table shows: undiscounted except the last column; the total's discounted
    /// net is the net result.
    fn years_intro(&self) -> &'static str;
    /// The heading of the year column.
    fn year_column(&self) -> &'static str;
    /// The heading of the total row.
    fn year_total(&self) -> &'static str;
    /// The heading of a figure of the year table.
    fn year_metric_label(&self, metric: YearMetric) -> &'static str;
    /// The paragraph's sentence about the first full calendar year's saving.
    fn summary_first_year(&self, year: u32, saving: &str) -> String;
    /// A month's name, 1 to 12, as in a date: `september`, `September`.
    fn month_name(&self, month: u32) -> &'static str;
    /// Said for a start month that cannot be read.
    fn not_a_month(&self) -> &'static str;
























    // Words and sentences each language gives.

    /// What the yearly saving rests on: fewer clients after the period × the cost per year.
    fn headline_basis(&self, f: &HeadlineBasis) -> String;
    /// Whether the saving is gross (no deadweight deducted) or net of deadweight.
    fn headline_note(&self, gross: bool) -> &'static str;
    /// A chart line's figures: at the start, at the end of the project, at the horizon.
    fn chart_line_text(&self, f: &ChartLine) -> String;
    /// Euros with up to two decimals: `€ 1,25`.
    fn euros_text(&self, euros: f64) -> String;
    /// A difference in percentage points: `2,5 procentpunt`.
    fn points_text(&self, points: f64) -> String;
    /// A month: `maand 14`.
    fn month_text(&self, month: f64) -> String;
    /// A range: `van 1 tot en met 120 maanden`.
    fn range_text(&self, from: &str, to: &str) -> String;
    /// What is allowed: `Toegestaan: van 1 tot en met 120 maanden, hele getallen.`
    fn allowed_text(&self, range: &str, whole: bool) -> String;
    /// What is wrong with a text, for the problems every field shares: `Vul een getal in.`
    fn problem_kind_text(&self, kind: &ProblemKind) -> &'static str;
    /// The horizon is shorter than the period (written in its unit).
    fn horizon_before_period(&self, period: &str) -> String;
    /// More exits than clients.
    fn too_many_exits(&self) -> &'static str;
    /// The notice above the results, with the fields and the values used for them.
    fn fallback_text(&self, used: &str, opened_from_link: bool) -> String;
    /// The name of a source.
    fn source_name(&self, source: Source) -> &'static str;
    /// The share a check is about: `Naar werk`.
    fn share_label(&self, share: ShareOf) -> &'static str;
    /// Parts larger than their whole (both with their arithmetic).
    fn exceeds_text(&self, parts: &str, whole: &str) -> String;
    /// Parts smaller than the whole they should account for, and the remainder.
    fn unexplained_text(&self, f: &Unexplained) -> String;
    /// A stated share that does not follow from its counts.
    fn share_differs_text(&self, f: &ShareDiffers) -> String;
    /// The paragraph's first sentence: clients, period, exits and their share, to work.
    fn summary_exits(&self, f: &SummaryExits) -> String;
    /// The saving per year and what it rests on.
    fn summary_saving(&self, f: &SummarySaving) -> String;
    /// Said when no deadweight is given.
    fn summary_gross(&self) -> &'static str;
    /// Said when deadweight is deducted: per year and within the period.
    fn summary_deadweight(&self, per_year: &str, exits: &str) -> String;
    /// Said when returns are assumed: they are deducted (in the paragraph and the headline).
    fn summary_returns(&self, share: &str) -> String;
    /// The cost side: horizon, cost, discounted saving, discount rate, net.
    fn summary_cost(&self, f: &SummaryCost) -> String;
    /// Paid back in a month.
    fn summary_pays_back(&self, month: u32) -> String;
    /// Not paid back within the horizon.
    fn summary_no_pay_back(&self, horizon: &str) -> String;
    /// The closing caveat.
    fn summary_caveat(&self, caveat: Caveat) -> &'static str;
    /// The words and sentences of ranges, bands and the tornado.
    fn uncertainty(&self) -> &'static UncertaintyWords;
}
