//! The root: one reducer for the state; the address and storage kept in step in effects; the
//! projections derived from the checked inputs; files and downloads at the edge.

use crate::browser;
use crate::components::{
    chart::Chart,
    Shared,
    comparison::Comparison,
    file_panel::{FilePanel, FileRequest},
    method::Method,
    preset_bar::PresetBar,
    language_switch::LanguageSwitch,
    proposal::{Proposal, ReportKind},
    realised_panel::RealisedPanel,
    report::{Report, ReportScenario},
    results::Results,
    scenario_form::ScenarioForm,
    scenario_list::ScenarioList,
    storage_notice::StorageNotice,
};
use crate::model::{csv, project, realised, set_file, Field, Inputs, Preset};
use crate::state::{Action, Mode, State, Storage};
use crate::text::{self, Lang};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The app as mounted in the browser: the calculator for the page's address and storage.
#[component]
pub fn App() -> Html {
    let stored = browser::load_stored().map(AttrValue::from);
    let stored_realised = browser::load(browser::REALISED_KEY).map(AttrValue::from);
    let stored_lang = browser::load(browser::LANG_KEY).map(AttrValue::from);
    html! { <Calculator query={browser::query()} {stored} {stored_realised} {stored_lang} /> }
}

/// What the calculator starts from.
#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The query string of the page address.
    pub query: AttrValue,
    /// What the browser's storage holds, exactly as stored.
    #[prop_or_default]
    pub stored: Option<AttrValue>,
    /// What the browser's storage holds of the realised-results form, exactly as stored.
    #[prop_or_default]
    pub stored_realised: Option<AttrValue>,
    /// The language code the browser's storage holds.
    #[prop_or_default]
    pub stored_lang: Option<AttrValue>,
}

/// The calculator page.
#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let state = {
        let (query, stored, realised, lang) =
            (props.query.clone(), props.stored.clone(), props.stored_realised.clone(), props.stored_lang.clone());
        use_reducer(move || {
            let state = State::open(&query, stored.as_deref()).with_language(&query, lang.as_deref());
            match realised.as_deref().and_then(realised::texts_from_json) {
                Some(texts) => state.with_realised(texts),
                None => state,
            }
        })
    };
    use_effect_with(state.realised.clone(), |texts| {
        browser::save(browser::REALISED_KEY, &realised::texts_to_json(texts));
    });
    let t = text::texts(state.lang);
    use_effect_with(state.lang, move |lang| browser::set_language(lang.code(), t.title()));
    // Only a language the user chose is remembered; one a link brought is not.
    use_effect_with((state.lang, state.lang_chosen), |(lang, chosen)| {
        if *chosen {
            browser::save(browser::LANG_KEY, lang.code());
        }
    });
    // The set once per render: the address, storage, the saved file and the report read it.
    let set = state.set();
    let query = state.address(&set);
    let json = set_file::to_json(&set);
    use_effect_with(query.clone(), |query| browser::replace_query(query));
    {
        // One effect, so an unreadable entry is kept aside before anything is saved over it.
        let aside = match &state.storage {
            Storage::Unreadable { text, .. } => Some(text.clone()),
            _ => None,
        };
        let (dispatch, refused) = (state.dispatcher(), state.storage_refused);
        use_effect_with((json.clone(), state.may_save(), aside), move |(json, may_save, aside)| {
            // An unreadable entry that could not be kept aside is not saved over.
            let kept = aside.as_deref().is_none_or(browser::keep_aside);
            if *may_save {
                // Say so when the browser refuses (or the entry could not be kept aside), and
                // when it takes the set again.
                let stored = kept && browser::store(json);
                if stored == refused {
                    dispatch.dispatch(Action::StorageRefused(!stored));
                }
            }
        });
    }
    let inputs: Vec<Inputs> = state.scenarios.iter().map(|s| s.checked.inputs).collect();
    let projections = Shared(use_memo(inputs, |inputs| inputs.iter().map(project).collect::<Vec<_>>()));
    let names: Vec<AttrValue> =
        state.scenarios.iter().enumerate().map(|(i, s)| AttrValue::from(t.scenario_name(&s.name, i))).collect();

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_edit = on_action.reform(|(field, text): (Field, String)| Action::Edit(field, text));
    let on_preset = on_action.reform(Action::Preset);
    let on_request = {
        let (state, projections, names, json) = (state.clone(), projections.clone(), names.clone(), json.clone());
        Callback::from(move |request: FileRequest| {
            let rows: Vec<(&str, &crate::model::Projection)> =
                names.iter().map(|n| n.as_str()).zip(projections.iter()).collect();
            let [json_name, monthly_name, comparison_name, _] = t.file_names();
            let (name, mime, content) = match request {
                FileRequest::SaveJson => (json_name, "application/json", json.clone()),
                FileRequest::MonthlyCsv(d) => {
                    (monthly_name, "text/csv;charset=utf-8", csv::monthly(&rows, t.csv_monthly_headers(), d))
                }
                FileRequest::ComparisonCsv(d) => (
                    comparison_name,
                    "text/csv;charset=utf-8",
                    csv::comparison(&rows, state.base, t.csv_comparison_headers(), |m| t.metric_label(m), t.yes_no(), d),
                ),
            };
            browser::download(name, mime, &content);
        })
    };
    let on_open = open_file_callback(on_action.clone());
    let on_download_unreadable = {
        let storage = state.storage.clone();
        Callback::from(move |_| {
            if let Storage::Unreadable { text, .. } = &storage {
                browser::download(t.file_names()[3], "application/json", text);
            }
        })
    };

    // Printing: choose the report, render it, then open the print dialog.
    let report_kind = use_state(|| ReportKind::Scenario);
    let print_requests = use_state(|| 0u32);
    use_effect_with(*print_requests, |n| {
        if *n > 0 {
            browser::print();
        }
    });
    let on_print = {
        let (report_kind, print_requests) = (report_kind.clone(), print_requests.clone());
        Callback::from(move |kind: ReportKind| {
            report_kind.set(kind);
            print_requests.set(*print_requests + 1);
        })
    };

    let editing = state.editing();
    let notice = (!editing.checked.problems.is_empty()).then(|| {
        let used: Vec<(Field, f64)> =
            editing.checked.problems.iter().map(|p| (p.field, editing.checked.inputs.value(p.field))).collect();
        AttrValue::from(t.fallback_notice(&used, state.opened_from_link))
    });
    let file_problem = state.file_problem.as_ref().map(|e| AttrValue::from(t.file_problem(e)));
    let summary =
        AttrValue::from(t.summary(&names[state.editing], &editing.checked.inputs, &projections[state.editing]));
    let report_scenarios = Shared(Rc::new(
        state
            .scenarios
            .iter()
            .zip(&names)
            .map(|(s, name)| ReportScenario { name: name.clone(), inputs: s.checked.inputs, origin: s.origin })
            .collect::<Vec<_>>(),
    ));
    let link = AttrValue::from(format!("{}{query}", browser::page_address()));

    html! {
        <ContextProvider<Lang> context={state.lang}>
            <header class="page-header">
                <LanguageSwitch lang={state.lang} on_action={on_action.clone()} />
                <h1>{ t.title() }</h1>
                <p class="page-intro">{ t.intro() }</p>
                <StorageNotice storage={state.storage.clone()} refused={state.storage_refused} {file_problem} on_action={on_action.clone()} {on_download_unreadable} />
                <div class="mode-switch" role="group" aria-label={t.mode_label()}>
                    { for [Mode::Projection, Mode::Realised].into_iter().zip(t.modes()).map(|(mode, label)| html! {
                        <button type="button" class="preset-button" aria-pressed={if state.mode == mode { "true" } else { "false" }}
                            onclick={on_action.reform(move |_| Action::SetMode(mode))}>{ label }</button>
                    }) }
                </div>
                if state.mode == Mode::Projection {
                    <ScenarioList names={state.scenarios.iter().map(|s| AttrValue::from(s.name.clone())).collect::<Vec<_>>()}
                        base={state.base} editing={state.editing} on_action={on_action.clone()} />
                    <PresetBar origin={editing.origin} edited={editing.edited()} on_select={on_preset} />
                }
            </header>
            if state.mode == Mode::Realised {
                <main class="page-main">
                    <RealisedPanel texts={state.realised.clone()} can_add={state.can_add()} on_action={on_action.clone()} />
                    <Method />
                </main>
            } else {
            <main class="page-main">
                <div class="page-columns">
                    <ScenarioForm raw={editing.raw.clone()} checked={editing.checked.clone()} {on_edit} />
                    <div class="page-output">
                        <Results projections={projections.clone()} index={state.editing} inputs={editing.checked.inputs}
                            name={names[state.editing].clone()} {notice} />
                        <Chart names={names.clone()} projections={projections.clone()} base={state.base} editing={state.editing} />
                    </div>
                </div>
                if state.scenarios.len() > 1 {
                    <Comparison names={names.clone()} projections={projections.clone()} base={state.base} />
                }
                <Proposal summary={summary.clone()} can_compare={state.scenarios.len() > 1} {on_print} />
                <FilePanel {on_request} {on_open} />
                <Method />
            </main>
            }
            <footer class="page-footer"><p>{ t.footer() }</p></footer>
            <Report kind={*report_kind} date={AttrValue::from(browser::today(state.lang.locale()))} {link} scenarios={report_scenarios}
                projections={projections.clone()} base={state.base} editing={state.editing} {summary} />
        </ContextProvider<Lang>>
    }
}

/// Reads the file the user chose and opens its set, or reports why not.
fn open_file_callback(on_action: Callback<Action>) -> Callback<web_sys::HtmlInputElement> {
    Callback::from(move |input: web_sys::HtmlInputElement| {
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            let on_action = on_action.clone();
            browser::read_file(file, move |text| {
                let action = match text {
                    None => Action::FileProblem(set_file::LoadError::Unreadable),
                    Some(text) => match set_file::from_json(&text, &Preset::Schiedam.raw()) {
                        Ok(set) => Action::Open(set),
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
