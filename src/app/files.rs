//! The page's files: saving the set or a CSV export as the file panel asks, and opening a
//! file the user chose.

use crate::bands::Uncertainty;
use crate::browser;
use crate::components::{file_panel::FileRequest, GroupProjections, Projections, Shared};
use crate::model::document::csv;
use crate::model::document::set_file;
use crate::model::{Download, Preset, Projection};
use crate::state::{Action, State};
use crate::text::Texts;
use crate::model::input::Group;
use crate::workbook::{About, Part, Request};
use yew::prelude::*;

/// Saves the set (with the mode, plan and realised results) or a CSV export, as the file panel
/// asks; written when asked, not on every render.
pub(super) fn file_request_callback(
    t: &'static Texts,
    state: UseReducerHandle<State>,
    names: Vec<AttrValue>,
    projections: Projections,
    group_projections: GroupProjections,
    uncertainties: Shared<Vec<Uncertainty>>,
    excel: Callback<Request>,
) -> Callback<FileRequest> {
    Callback::from(move |request: FileRequest| {
        // The Excel file is made by its worker, which downloads it when it answers.
        if matches!(request, FileRequest::Excel | FileRequest::ExcelSet) {
            let part = |k: usize| {
                let checked = &state.set.scenarios[k].checked;
                // Each group by the name the page shows ("Groep 2" for one left unnamed).
                let groups = checked.groups.iter().enumerate().map(|(i, g)| Group { name: t.group_name(&g.name, i), ..g.clone() }).collect();
                let about = About { name: names.get(k).map(|n| n.to_string()).unwrap_or_default(), problems: checked.problems.iter().map(|p| p.field).collect() };
                Part { inputs: checked.inputs, groups, about }
            };
            let whole_set = request == FileRequest::ExcelSet;
            let parts = if whole_set { (0..state.set.scenarios.len()).map(part).collect() } else { vec![part(state.set.editing)] };
            excel.emit(Request { lang: t.lang, parts, whole_set });
            return;
        }
        let rows: Vec<(&str, &Projection)> = names.iter().map(|n| n.as_str()).zip(projections.iter().map(|p| &**p)).collect();
        let base = state.set.base;
        let (file, mime, content) = match request {
            FileRequest::SaveJson => (Download::Set, "application/json", set_file::to_json_with(&state.scenario_set(), &state.extras())),
            FileRequest::MonthlyCsv(d) => {
                (Download::MonthlyCsv, "text/csv;charset=utf-8", csv::monthly(&rows, |c| t.csv_monthly_header.of(c), d))
            }
            FileRequest::ComparisonCsv(d) => {
                let compared: Vec<csv::Compared> = rows
                    .iter()
                    .zip(uncertainties.iter())
                    .map(|((name, projection), u)| csv::Compared { name, projection, bands: u.analysis().map(|a| &a.bands) })
                    .collect();
                let content = csv::comparison(&compared, base, |c| t.csv_comparison_header.of(c), |m| t.metric_label.of(m), |b| t.yes_no.of(b), d);
                (Download::ComparisonCsv, "text/csv;charset=utf-8", content)
            }
            FileRequest::YearCsv(d) => (Download::YearCsv, "text/csv;charset=utf-8", csv::years(&rows, |c| t.csv_year_header(c), d)),
            FileRequest::PartiesCsv(d) => {
                let content = csv::parties(&rows, |c| t.csv_party_header(c), |party| t.parties.party.of(party), t.parties.total, d);
                (Download::PartiesCsv, "text/csv;charset=utf-8", content)
            }
            FileRequest::GroupCsv(d) => {
                let names: Vec<Vec<String>> = state.set.scenarios.iter().map(|s| t.group_names(&s.raw.groups)).collect();
                let grouped: Vec<csv::Grouped> = rows
                    .iter()
                    .zip(group_projections.iter())
                    .zip(&names)
                    .map(|((&(name, _), groups), group_names)| csv::Grouped {
                        name,
                        groups: group_names.iter().map(String::as_str).zip(groups.iter()).collect(),
                    })
                    .collect();
                (Download::GroupCsv, "text/csv;charset=utf-8", csv::groups(&grouped, |c| t.csv_group_header(c), d))
            }
            FileRequest::Excel | FileRequest::ExcelSet => return,
        };
        browser::download(t.file_name.of(file), mime, &content);
    })
}

/// Reads the file the user chose and opens its set, or reports why not.
pub(super) fn open_file_callback(on_action: Callback<Action>) -> Callback<web_sys::HtmlInputElement> {
    Callback::from(move |input: web_sys::HtmlInputElement| {
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            let on_action = on_action.clone();
            browser::read_file(file, move |text| {
                let action = match text {
                    None => Action::FileProblem(set_file::LoadError::Unreadable),
                    Some(text) => match set_file::read_document(&text, &Preset::Schiedam.raw()) {
                        Ok(doc) => Action::OpenFile(Box::new(doc)),
                        Err(e) => Action::FileProblem(e),
                    },
                };
                on_action.emit(action);
            });
        }
        // The same file may be chosen again after a fix.
        input.set_value("");
    })
}
