//! Every text the user reads, one file per language: [`nl`] (the default) and [`en`]. Each is
//! one `const` [`Texts`]: constant words are fields, words chosen by a key are [`Keyed`], and
//! sentences with figures are functions over a named struct, so a word missing in either language
//! does not compile, and the tests read every word by name to check it is there and translated.
//! A third language is one more file with one more `const Texts`, and a variant of [`Lang`].
//!
//! Figures in hints come from `shared/reference/domain.md`, each with its source. How figures
//! are written and which sentence is said when is `crate::present`'s.

pub mod budget;
pub mod en;
pub mod groups;
mod figures;
mod keyed;
pub mod nl;
pub mod parties;
pub mod routes;
pub mod team;
pub mod uncertainty;
pub mod workbook;

use crate::model::{Caveat, Download, Source};
use crate::model::results::YearMetric;
use crate::model::realised::{Count, Example, PlanColumn, PlanMetric, RealisedField, RealisedGroup, RealisedMetric, ShareOf};
use crate::model::document::csv::{ComparisonColumn, MonthlyColumn};
use crate::model::document::set_file::LoadError;
use crate::model::{Field, FormGroup, Metric, Mode, Preset, ProblemKind};
use serde::Serialize;
use uncertainty::UncertaintyWords;

pub use figures::*;
pub use keyed::{Every, Keyed};

pub use crate::lang::Lang;

/// The texts of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &nl::DUTCH,
        Lang::En => &en::ENGLISH,
    }
}

/// Every word and sentence the user reads, in one language: one `const` per language ([`nl::DUTCH`],
/// [`en::ENGLISH`]), so a word missing in either does not compile. Constant words are fields;
/// words chosen by a key ([`Keyed`]) are a `match` per language; sentences with figures are
/// functions over a small named struct, each figure already written in the page's language.
/// Which sentence is said when, and how figures are formatted, is decided once, in
/// [`crate::present`]. The words serialise by name, so the tests compare languages word by word.
#[derive(Serialize)]
pub struct Texts {
    /// Which language this is.
    #[serde(skip)]
    pub lang: Lang,

    /// The language switch: the name of the other language, in that language.
    #[serde(skip)]
    pub other_language: (Lang, &'static str),

    /// The label of the language switch.
    pub language_label: &'static str,

    /// The names of downloaded files: the saved set, the monthly CSV, the comparison CSV and an
    /// unreadable stored entry.
    pub file_name: Keyed<Download>,

    /// The suffix of a duplicated scenario's name: ` (kopie)`.
    pub copy_suffix: &'static str,

    /// The unit of months in the chart's period label: `mnd`.
    pub months_short: &'static str,
    /// The page title.
    pub title: &'static str,
    /// One sentence under the title.
    pub intro: &'static str,
    /// Heading of the presets.
    pub presets_label: &'static str,
    /// Heading of the form.
    pub form_title: &'static str,
    /// Headings of the form's groups: project and exits, money, comparison and horizon.
    pub form_group: Keyed<FormGroup>,
    /// Heading of the results.
    pub results_title: &'static str,
    /// The first link of the page, seen when focused: past the form to the results.
    pub skip_to_results: &'static str,
    /// Heading of the chart.
    pub chart_title: &'static str,
    /// The link from an embedded page to the full calculator, with its scenario.
    pub open_full: &'static str,
    /// The notice that a new version of the page has installed (offline copy), before its button.
    pub update_available: &'static str,
    /// The button that reloads the page in the new version.
    pub update_reload: &'static str,
    /// Footer.
    pub footer: &'static str,
    /// The button text of a preset.
    pub preset_label: Keyed<Preset>,
    /// A preset's source in one line, with what is assumed (the summary of its note).
    pub preset_source: Keyed<Preset>,
    /// What a preset rests on and what it assumes.
    pub preset_note: Keyed<Preset>,
    /// Said when the scenario on screen has been changed since the preset was chosen.
    pub preset_edited: &'static str,
    /// The label of a field.
    pub field_label: Keyed<Field>,
    /// The unit a field is typed in.
    pub field_unit: Keyed<Field>,
    /// A short hint with a suggested value and its source.
    pub field_hint: Keyed<Field>,
    /// The label of a result.
    pub metric_label: Keyed<Metric>,
    /// The short label of the bar that keeps the headline in view on small screens.
    pub sticky_label: &'static str,
    /// Shown for a cost per exit that cannot be computed: no exits (or no net exits).
    pub no_exits: Keyed<bool>,
    /// Shown for a ratio or month that does not exist.
    pub no_project_cost: &'static str,
    /// Shown when the cost is not earned back within the horizon.
    #[serde(skip)]
    pub not_within: fn(&str) -> String,
    /// Axis titles of the chart.
    pub chart_x_axis: &'static str,
    /// Y axis title.
    pub chart_y_axis: &'static str,
    /// Legend entry for the baseline.
    pub chart_without_label: &'static str,
    /// Label of the shaded project period.
    pub chart_period: &'static str,
    /// The chart's text alternative, first sentence.
    pub chart_intro: &'static str,
    /// Heading of the method section.
    pub method_title: &'static str,
    /// Heading of the accessibility section (ACCESSIBILITY.md in short).
    pub accessibility_title: &'static str,
    /// The accessibility section: what is tested, what is not, and the host's statement.
    pub accessibility: &'static [&'static str],
    /// The formulas in words, one paragraph each.
    pub method_formulas: &'static [&'static str],
    /// Heading of the caveats.
    pub caveats_title: &'static str,
    /// The caveats of `domain.md`: title and explanation.
    pub caveats: &'static [(&'static str, &'static str)],
    /// Heading of the sources table.
    pub sources_title: &'static str,
    /// Columns of the sources table: what, value, source.
    pub sources_columns: [&'static str; 3],
    /// The sources behind the suggested values: what, value, source.
    pub sources: &'static [(&'static str, &'static str, &'static str)],
    /// Heading of the scenario list.
    pub scenarios_title: &'static str,
    /// Explains the list.
    pub scenarios_intro: &'static str,
    /// Marks the base scenario.
    pub base_badge: &'static str,
    /// Label of the name field.
    pub name_label: &'static str,
    /// Hint under the name field.
    #[serde(skip)]
    pub name_hint: fn(usize) -> String,
    /// Shown when the name has reached its limit.
    #[serde(skip)]
    pub name_full: fn(usize) -> String,
    /// Buttons of the scenario list.
    pub add: &'static str,
    /// Duplicate button.
    pub duplicate: &'static str,
    /// Make-base button.
    pub make_base: &'static str,
    /// Move buttons.
    pub move_up: &'static str,
    /// Move down.
    pub move_down: &'static str,
    /// Delete button.
    pub delete: &'static str,
    /// Why no more scenarios can be added.
    #[serde(skip)]
    pub list_full: fn(usize) -> String,
    /// Heading of the comparison.
    pub comparison_title: &'static str,
    /// Explains the comparison.
    pub comparison_intro: &'static str,
    /// Under the intro when the scenarios differ in caseload or horizon: their totals do not
    /// compare as they stand.
    pub comparison_unlike: &'static str,
    /// Header of the first column.
    pub comparison_result: &'static str,
    /// Heading of the files and exports panel.
    pub files_title: &'static str,
    /// How saving and sharing work.
    pub files_intro: &'static str,
    /// Save-as-file button.
    pub save_file: &'static str,
    /// Open-file label.
    pub open_file: &'static str,
    /// CSV buttons.
    pub csv_monthly: &'static str,
    /// CSV of the comparison.
    pub csv_comparison: &'static str,
    /// The dialect choice.
    pub csv_dialect: &'static str,
    /// Dutch spreadsheet dialect.
    pub csv_dutch: &'static str,
    /// Standard dialect.
    pub csv_standard: &'static str,
    /// Column headers of the monthly CSV.
    pub csv_monthly_header: Keyed<MonthlyColumn>,
    /// Column headers of the comparison CSV.
    pub csv_comparison_header: Keyed<ComparisonColumn>,
    /// The words for the base column.
    pub yes_no: Keyed<bool>,
    /// Said when the page opened from a link while another set is saved.
    #[serde(skip)]
    pub pending_notice: fn(usize) -> String,
    /// Keep the link's set.
    pub keep_link_set: &'static str,
    /// Show the saved set.
    pub open_saved_set: &'static str,
    /// Said when the stored entry could not be read.
    #[serde(skip)]
    pub unreadable_notice: fn(&str, bool) -> String,
    /// Said when the browser refuses to store the set.
    pub storage_refused: &'static str,
    /// Download the unreadable entry.
    pub download_unreadable: &'static str,
    /// Close a message.
    pub dismiss: &'static str,
    /// Said when an opened file could not be read.
    #[serde(skip)]
    pub file_problem: fn(&str) -> String,
    /// What is wrong with a document, in a sentence.
    #[serde(skip)]
    pub load_error: fn(&LoadError) -> String,
    /// Heading of the proposal section.
    pub proposal_title: &'static str,
    /// Explains the section.
    pub proposal_intro: &'static str,
    /// Label of the generated paragraph.
    pub summary_label: &'static str,
    /// Copy button.
    pub copy: &'static str,
    /// Said when copied.
    pub copied: &'static str,
    /// Said when the clipboard refused: the text is selected instead.
    pub copy_selected: &'static str,
    /// Print buttons.
    pub print_scenario: &'static str,
    /// Print the comparison.
    pub print_comparison: &'static str,
    /// Report texts.
    pub report_title: &'static str,
    /// Subtitle of the comparison report.
    pub report_comparison: &'static str,
    /// Label of the date.
    pub report_date: &'static str,
    /// Heading of the inputs table.
    pub report_inputs: &'static str,
    /// Columns of the inputs table.
    pub report_input_columns: [&'static str; 3],
    /// When an input has no source.
    pub own_assumption: &'static str,
    /// Heading of the link.
    pub report_link: &'static str,
    /// Explains the link.
    pub report_link_text: &'static str,

    // Realised results (nacalculatie).
    /// The label of the switch between the two modes.
    pub mode_label: &'static str,
    /// The two modes: projection and realised results.
    pub mode: Keyed<Mode>,
    /// The title of the realised-results section.
    pub realised_title: &'static str,
    /// What the realised-results section is for.
    pub realised_intro: &'static str,
    /// The label of the examples of realised results.
    pub realised_examples: &'static str,
    /// The name of a source's example of realised results.
    pub realised_example: Keyed<Example>,
    /// Empties the realised-results form.
    pub realised_clear: &'static str,
    /// The title of a group of the realised-results form.
    pub realised_group: Keyed<RealisedGroup>,
    /// A realised-results input's label, unit and hint.
    pub realised_field: Keyed<RealisedField, FieldText>,
    /// The title of the realised outcome.
    pub realised_outcome: &'static str,
    /// The label of a figure of the realised outcome.
    pub realised_metric: Keyed<RealisedMetric>,
    /// Shown for a realised figure that needs an input that is empty.
    pub realised_not_given: &'static str,
    /// Said instead of the outcome while a required input is missing or wrong.
    pub realised_incomplete: &'static str,
    /// Said under the realised saving: what it is and is not.
    pub realised_gross: &'static str,
    /// The title of the consistency checks.
    pub checks_title: &'static str,
    /// Said when every check passes.
    pub checks_ok: &'static str,
    /// A count as a check names it.
    pub count_label: Keyed<Count>,
    /// Turns the realised results into a scenario.
    pub realised_use: &'static str,
    /// The name of that scenario.
    pub realised_use_name: &'static str,
    /// What that scenario takes over.
    pub realised_use_note: &'static str,

    /// Opens the name and the actions of the edited scenario.
    pub manage_scenario: &'static str,
    /// Said while a link's realised results are shown and the browser keeps others.
    pub realised_pending_notice: &'static str,
    /// Keeps the link's realised results.
    pub keep_link_realised: &'static str,
    /// Shows the saved realised results.
    pub open_saved_realised: &'static str,
    /// The title of the realised results' paragraph and report section.
    pub realised_proposal_title: &'static str,
    /// What that section offers.
    pub realised_proposal_intro: &'static str,
    /// The label of the realised results' paragraph.
    pub realised_summary_label: &'static str,
    /// The button that prints the realised results' report.
    pub print_realised: &'static str,
    /// The title of the realised results' report.
    pub realised_report_title: &'static str,
    /// The paragraph's sentence on who left, how many, within how long, to work.
    #[serde(skip)]
    pub realised_summary_exits: fn(&RealisedExits) -> String,
    /// The paragraph's sentence on the ladder: steps and their share of the caseload.
    #[serde(skip)]
    pub realised_summary_ladder: fn(&LadderSteps) -> String,
    /// The paragraph's sentence on the saving: per year, exits and cost it rests on.
    #[serde(skip)]
    pub realised_summary_saving: fn(&RealisedSaving) -> String,
    /// The paragraph's sentence that the figures are gross: no comparison group, no net effect.
    pub realised_summary_gross: &'static str,
    /// The paragraph's lead-in to what the checks found.
    pub realised_summary_checks: &'static str,
    /// The paragraph's sentence when the checks found nothing.
    pub realised_summary_checks_ok: &'static str,
    /// The label of the plan chooser.
    pub plan_label: &'static str,
    /// The chooser's option for no plan.
    pub plan_none: &'static str,
    /// The title of the plan against the actual.
    pub plan_title: &'static str,
    /// A column heading of the plan against the actual.
    pub plan_column: Keyed<PlanColumn>,
    /// A row label of the plan against the actual.
    pub plan_metric_label: Keyed<PlanMetric>,
    /// Said beside the table when the periods differ: the plan's and the realised one.
    #[serde(skip)]
    pub plan_period_differs: fn(&Periods) -> String,
    /// The button for the calendar-year CSV.
    pub csv_years: &'static str,
    /// The per-group CSV export button.
    pub csv_groups: &'static str,
    /// The button that downloads the scenario being edited as an Excel file.
    pub excel_download: &'static str,
    /// The button that downloads the whole set as an Excel file.
    pub excel_set_download: &'static str,
    /// What the Excel file is, beside its button.
    pub excel_about: &'static str,
    /// Said while the file is made.
    pub excel_busy: &'static str,
    /// Said when it could not be made.
    pub excel_failed: &'static str,
    /// The title of the year table.
    pub years_title: &'static str,
    /// What the year table shows: undiscounted except the last column; the total's discounted
    /// net is the net result.
    pub years_intro: &'static str,
    /// The heading of the year column.
    pub year_column: &'static str,
    /// The heading of the total row.
    pub year_total: &'static str,
    /// The heading of a figure of the year table.
    pub year_metric_label: Keyed<YearMetric>,
    /// The paragraph's sentence about the first full calendar year's saving.
    #[serde(skip)]
    pub summary_first_year: fn(u32, &str) -> String,
    /// A month's name, 1 to 12, as in a date: `september`, `September`.
    #[serde(skip)]
    pub month_name: fn(u32) -> &'static str,
    /// Said for a start month that cannot be read.
    pub not_a_month: &'static str,

    // Words and sentences each language gives.

    /// What the yearly saving rests on: fewer clients after the period × the cost per year.
    #[serde(skip)]
    pub headline_basis: fn(&HeadlineBasis) -> String,
    /// Whether the saving is gross (no deadweight deducted) or net of deadweight.
    pub headline_note: Keyed<bool>,
    /// A chart line's figures: at the start, at the end of the project, at the horizon.
    #[serde(skip)]
    pub chart_line_text: fn(&ChartLine) -> String,
    /// Euros with up to two decimals: `€ 1,25`.
    #[serde(skip)]
    pub euros_text: fn(&str) -> String,
    /// A difference in percentage points: `2,5 procentpunt`.
    #[serde(skip)]
    pub points_text: fn(&str) -> String,
    /// A month: `maand 14`.
    #[serde(skip)]
    pub month_text: fn(&str) -> String,
    /// A range: `van 1 tot en met 120 maanden`.
    #[serde(skip)]
    pub range_text: fn(&Span) -> String,
    /// What is allowed: `Toegestaan: van 1 tot en met 120 maanden, hele getallen.`
    #[serde(skip)]
    pub allowed_text: fn(&str, bool) -> String,
    /// What is wrong with a text, for the problems every field shares: `Vul een getal in.`
    #[serde(skip)]
    pub problem_kind_text: fn(&ProblemKind) -> &'static str,
    /// The horizon is shorter than the period (written in its unit).
    #[serde(skip)]
    pub horizon_before_period: fn(&str) -> String,
    /// More exits than clients.
    pub too_many_exits: &'static str,
    /// The notice above the results, with the fields and the values used for them.
    #[serde(skip)]
    pub fallback_text: fn(&str, bool) -> String,
    /// The name of a source.
    pub source_name: Keyed<Source>,
    /// The share a check is about: `Naar werk`.
    pub share_label: Keyed<ShareOf>,
    /// Parts larger than their whole (both with their arithmetic).
    #[serde(skip)]
    pub exceeds_text: fn(&Exceeds) -> String,
    /// Parts smaller than the whole they should account for, and the remainder.
    #[serde(skip)]
    pub unexplained_text: fn(&Unexplained) -> String,
    /// A stated share that does not follow from its counts.
    #[serde(skip)]
    pub share_differs_text: fn(&ShareDiffers) -> String,
    /// The paragraph's first sentence: clients, period, exits and their share, to work.
    #[serde(skip)]
    pub summary_exits: fn(&SummaryExits) -> String,
    /// The saving per year and what it rests on.
    #[serde(skip)]
    pub summary_saving: fn(&SummarySaving) -> String,
    /// Said when no deadweight is given.
    pub summary_gross: &'static str,
    /// Said when deadweight is deducted: per year and within the period.
    #[serde(skip)]
    pub summary_deadweight: fn(&Deadweight) -> String,
    /// Said when returns are assumed: they are deducted (in the paragraph and the headline).
    #[serde(skip)]
    pub summary_returns: fn(&str) -> String,
    /// The cost side: horizon, cost, discounted saving, discount rate, net.
    #[serde(skip)]
    pub summary_cost: fn(&SummaryCost) -> String,
    /// Paid back in a month.
    #[serde(skip)]
    pub summary_pays_back: fn(u32) -> String,
    /// Not paid back within the horizon.
    #[serde(skip)]
    pub summary_no_pay_back: fn(&str) -> String,
    /// The closing caveat.
    pub summary_caveat: Keyed<Caveat>,
    /// The words and sentences of ranges, bands and the tornado.
    pub uncertainty: &'static UncertaintyWords,
    /// The words and sentences of what the BUIG budget keeps.
    pub budget: &'static budget::BudgetWords,
    /// The words and sentences of a caseload split into groups.
    pub groups: &'static groups::GroupWords,
    /// The words and sentences of the team as the cost and the exits it takes to pay back.
    pub team: &'static team::TeamWords,
    /// The words of the routes out of benefit.
    pub routes: &'static routes::RouteWords,
    /// The words of who pays and who gains.
    pub parties: &'static parties::PartyWords,
}
