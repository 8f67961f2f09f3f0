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

use crate::format;
use crate::model::realised::{Check, Count, Example, RealisedField, Stated};
use crate::model::set_file::LoadError;
use crate::model::{Field, Inputs, Metric, Preset, Problem, ProblemKind, Projection};

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// Its code in the page address (`lang=en`), in storage and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language of a code; none for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether numbers the page writes into the form take a decimal point (else a comma).
    pub fn decimal_point(self) -> bool {
        self == Lang::En
    }

    /// The locale numbers and dates are written in.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        }
    }
}

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

/// Every text the user reads, in one language.
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
    fn file_names(&self) -> [&'static str; 4];

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
    fn form_groups(&self) -> [&'static str; 3];
    /// Heading of the results.
    fn results_title(&self) -> &'static str;
    /// Heading of the chart.
    fn chart_title(&self) -> &'static str;
    /// Footer.
    fn footer(&self) -> &'static str;
    /// The button text of a preset.
    fn preset_label(&self, preset: Preset) -> &'static str;
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
    /// A field's value written in its unit, for messages: `18 maanden`, `52,5%`, `€ 15.000`.
    fn value_in_unit(&self, field: Field, value: f64) -> String;
    /// What a field allows, for its message: `Toegestaan: van 1 tot en met 120 maanden.`
    fn allowed(&self, field: Field) -> String;
    /// The message beside a field with a problem: what is wrong and what is allowed.
    fn problem_message(&self, problem: &Problem) -> String;
    /// Said above the results when fields have problems: the results use other values for them.
    /// `opened_from_link` says whether the values are the default scenario's (a link opened with
    /// bad values) or the last valid ones (the user is typing).
    fn fallback_notice(&self, fields: &[(Field, f64)], opened_from_link: bool) -> String;
    /// The label of a result.
    fn metric_label(&self, metric: Metric) -> &'static str;
    /// A result's value as the page shows it. `value` is none where the projection has none;
    /// `has_cost` and `horizon` say why (no cost entered, or not paid back within the horizon).
    fn metric_value(&self, metric: Metric, value: Option<f64>, has_cost: bool, horizon: u32) -> String;
    /// A difference from the base scenario as the comparison shows it: `+€ 120.000` or `−11 cliënten`.
    fn metric_difference(&self, metric: Metric, difference: f64) -> String;
    /// The explanation under the headline: what the yearly saving rests on.
    fn headline_explanation(&self, reduction: f64, period: u32, cost: f64, gross: bool) -> String;
    /// The short label of the bar that keeps the headline in view on small screens.
    fn sticky_label(&self) -> &'static str;
    /// Shown for a ratio or month that does not exist.
    fn no_project_cost(&self) -> &'static str;
    /// Shown when the cost is not earned back within the horizon.
    fn not_within(&self, horizon: u32) -> String;
    /// A count of clients with a period: `139 cliënten`.
    fn clients_text(&self, count: f64) -> String;
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
    /// The chart's text alternative for one line: the figures it shows.
    fn chart_line_description(&self, name: &str, start: f64, period: u32, at_period: f64, horizon: u32, at_end: f64) -> String;
    /// The legend entry of the path without the project.
    fn chart_without(&self, base_name: &str) -> String;
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
    /// The name of a scenario as shown: its name, or `Scenario 2` when it has none.
    fn scenario_name(&self, name: &str, index: usize) -> String;
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
    /// A difference with its relative size: `+€ 120.000 (+5,8%)`, `−11 (−7,9%)`.
    fn difference_text(&self, metric: Metric, absolute: f64, relative: Option<f64>) -> String;
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
    fn csv_monthly_headers(&self) -> [&'static str; 12];
    /// Column headers of the comparison CSV.
    fn csv_comparison_headers(&self) -> [&'static str; 7];
    /// The words for the base column.
    fn yes_no(&self) -> [&'static str; 2];
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
    /// The paragraph a proposal quotes: who, how many, by when, to work, the structural saving and
    /// what it rests on, the cost side when there is one, and the caveat that matters most here.
    /// It never claims more than the inputs support: without deadweight it says the figure is gross.
    fn summary(&self, name: &str, inputs: &Inputs, p: &Projection) -> String;
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
    /// Where an input's value comes from: the article of the preset it started from (when it is
    /// still that preset's value), a figure of `domain.md`, or none (the user's own assumption).
    fn input_source(&self, field: Field, value: f64, origin: Option<Preset>) -> Option<&'static str>;

    // Realised results (nacalculatie).
    /// The label of the switch between the two modes.
    fn mode_label(&self) -> &'static str;
    /// The two modes: projection and realised results.
    fn modes(&self) -> [&'static str; 2];
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
    /// The two groups of the realised-results form.
    fn realised_groups(&self) -> [&'static str; 2];
    /// A realised-results input's label, unit and hint.
    fn realised_field(&self, field: RealisedField) -> [&'static str; 3];
    /// The message beside a realised-results input with a problem.
    fn realised_problem(&self, field: RealisedField, kind: &ProblemKind) -> String;
    /// The title of the realised outcome.
    fn realised_outcome(&self) -> &'static str;
    /// The labels of the realised outcome: exits, their share, the share to work, the share up the
    /// ladder, the saving per year.
    fn realised_metrics(&self) -> [&'static str; 5];
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
    /// Parts with their arithmetic: `naar werk + anders uitgestroomd = 85 + 43 = 128`.
    fn parts_sum(&self, parts: &[(Count, f64)]) -> String {
        let labels: Vec<&str> = parts.iter().map(|(c, _)| self.count_label(*c)).collect();
        let values: Vec<String> = parts.iter().map(|(_, v)| self.number(*v, 0)).collect();
        let total = self.number(parts.iter().map(|(_, v)| v).sum(), 0);
        if parts.len() == 1 {
            format!("{} = {total}", labels[0])
        } else {
            format!("{} = {} = {total}", labels.join(" + "), values.join(" + "))
        }
    }
    /// What a check found, with the arithmetic.
    fn check_message(&self, check: &Check) -> String;
    /// A stated share as the source gave it: `54%`.
    fn stated_percent(&self, stated: Stated) -> String {
        self.percent(stated.percent / 100.0, stated.decimals)
    }
    /// Turns the realised results into a scenario.
    fn realised_use(&self) -> &'static str;
    /// The name of that scenario.
    fn realised_use_name(&self) -> &'static str;
    /// What that scenario takes over.
    fn realised_use_note(&self) -> &'static str;
}
