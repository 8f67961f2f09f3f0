//! Saving the set as a file, opening one, and the CSV exports in the chosen dialect.

use crate::app::Excel;
use crate::model::document::csv::Dialect;
use super::use_texts;
use yew::prelude::*;

/// What the user can ask of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRequest {
    /// Save the set as JSON.
    SaveJson,
    /// The monthly projection as CSV.
    MonthlyCsv(Dialect),
    /// The comparison as CSV.
    ComparisonCsv(Dialect),
    /// Every scenario by calendar year as CSV.
    YearCsv(Dialect),
    /// Every group of every scenario with groups as CSV.
    GroupCsv(Dialect),
    /// Who pays and who gains in every scenario as CSV.
    PartiesCsv(Dialect),
    /// The scenario being edited as an Excel file with its formulas.
    Excel,
    /// The whole set as an Excel file: a sheet per scenario and a comparison.
    ExcelSet,
}

/// What the panel does.
#[derive(Properties, PartialEq)]
pub struct FilePanelProps {
    /// Called with a save or export request.
    pub on_request: Callback<FileRequest>,
    /// Called with the input of the file chooser when the user picked a file.
    pub on_open: Callback<web_sys::HtmlInputElement>,
    /// Whether any scenario's caseload is split into groups: only then is there a per-group
    /// export.
    #[prop_or_default]
    pub groups: bool,
    /// Where making the Excel file stands.
    #[prop_or_default]
    pub excel: Excel,
}

/// The panel.
#[component]
pub fn FilePanel(props: &FilePanelProps) -> Html {
    let t = use_texts();
    let dialect = use_state(|| Dialect::Dutch);
    let request = |make: fn(Dialect) -> FileRequest| {
        let (on_request, d) = (props.on_request.clone(), *dialect);
        Callback::from(move |_: MouseEvent| on_request.emit(make(d)))
    };
    let choose = |d: Dialect| {
        let dialect = dialect.clone();
        Callback::from(move |_: Event| dialect.set(d))
    };
    let on_change = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| on_open.emit(e.target_unchecked_into()))
    };
    html! {
        <section class="file-panel" aria-labelledby="files-title">
            <h2 class="utrecht-heading-2" id="files-title">{ t.files_title }</h2>
            <p>{ t.files_intro }</p>
            <div class="file-actions">
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(|_| FileRequest::SaveJson)}>{ t.save_file }</button>
                <label class="file-open">
                    { t.open_file }
                    <input type="file" accept=".json,application/json" onchange={on_change} />
                </label>
            </div>
            <fieldset class="utrecht-form-fieldset file-dialect">
                <legend>{ t.csv_dialect }</legend>
                <label><input type="radio" name="csv-dialect" checked={*dialect == Dialect::Dutch}
                    onchange={choose(Dialect::Dutch)} />{ t.csv_dutch }</label>
                <label><input type="radio" name="csv-dialect" checked={*dialect == Dialect::Standard}
                    onchange={choose(Dialect::Standard)} />{ t.csv_standard }</label>
            </fieldset>
            <div class="file-actions">
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(FileRequest::MonthlyCsv)}>{ t.csv_monthly }</button>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(FileRequest::ComparisonCsv)}>{ t.csv_comparison }</button>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(FileRequest::YearCsv)}>{ t.csv_years }</button>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(FileRequest::PartiesCsv)}>{ t.parties.csv }</button>
                if props.groups {
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={request(FileRequest::GroupCsv)}>{ t.csv_groups }</button>
                }
            </div>
            // The business case as a spreadsheet with its formulas: of the scenario being edited,
            // or of the whole set.
            <div class="file-actions file-excel">
                <button class="utrecht-button utrecht-button--secondary-action" type="button" id="excel-download"
                    disabled={props.excel == Excel::Busy}
                    aria-describedby="excel-status"
                    onclick={request(|_| FileRequest::Excel)}>{ t.excel_download }</button>
                <button class="utrecht-button utrecht-button--secondary-action" type="button" id="excel-set-download"
                    disabled={props.excel == Excel::Busy}
                    aria-describedby="excel-status"
                    onclick={request(|_| FileRequest::ExcelSet)}>{ t.excel_set_download }</button>
                <p class="file-excel-status" id="excel-status" role="status">
                    { match props.excel {
                        Excel::Busy => t.excel_busy,
                        Excel::Failed => t.excel_failed,
                        Excel::Idle => t.excel_about,
                    } }
                </p>
            </div>
        </section>
    }
}
