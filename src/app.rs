//! The root: one reducer for the state; the address, storage, language and printing kept in
//! step in effects, each in a hook of its own; the projections derived from the checked inputs;
//! files and downloads at the edge. Components get the callbacks they need, not the reducer.

use crate::bands::{use_analyses, Job, Uncertainty};
use crate::browser;
use crate::components::{
    accessibility::Accessibility,
    chart::Chart,
    Shared,
    comparison::Comparison,
    file_panel::FilePanel,
    later::Later,
    group_form::GroupChange,
    group_table::GroupTable,
    plan_table::{plan_table, PlanView},
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
    uncertainty::{Bands, Tornado},
    year_table::YearTable,
    budget_table::BudgetTable,
};
use crate::model::results::band_values;
use crate::model::projection::{GroupProjection, project_plan};
use crate::model::input::Group;
use crate::model::realised;
use crate::model::document::set_file;
use crate::model::{Field, Inputs, Metric, Preset, Projection};
use crate::state::{Action, Mode, State, Storage};
use crate::model::Download;
use crate::text::{self, Lang};
use std::rc::Rc;
use yew::prelude::*;

mod files;
mod print;

use files::{file_request_callback, open_file_callback};
use print::use_print;

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
    html! { <Calculator query={browser::query()} {stored} {stored_realised} {stored_lang} hold_tail={true} /> }
}

/// What the calculator starts from.
#[derive(Properties, PartialEq, Default)]
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
    /// Whether the page starts as printed, with its report rendered (the page itself renders
    /// the report only when it is printed; the render tests read it).
    #[prop_or_default]
    pub printing: bool,
    /// Whether the sections below the first screen are shown one task after the first render
    /// ([`Later`]): the browser's page, and its prerender, which must match its first render.
    /// The render tests read the whole page at once.
    #[prop_or_default]
    pub hold_tail: bool,
}

/// The calculator page: its state, the effects that keep the browser in step, and its parts.
#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let state = use_calculator_state(props);
    let t = text::texts(state.page.lang);
    // An embedded page saves nothing, not even the language.
    use_language(state.page.lang, state.page.lang_chosen && !state.page.embed);
    // A link's realised results are not saved over the browser's own until the user chooses.
    use_effect_with((state.realised.texts.clone(), state.may_save_realised()), |(texts, may_save)| {
        if *may_save {
            browser::save(browser::REALISED_KEY, &realised::texts_to_json(texts));
        }
    });
    // The set once per render, for the address; serialised only when it changes.
    let set = state.scenario_set();
    let query = state.address(&set);
    use_effect_with(query.clone(), |query| browser::replace_query(query));
    let json = use_memo(set.clone(), set_file::to_json);
    use_stored_set(&state, json.clone());

    let (projections, group_projections) = use_projections(&state);
    // The bands and the tornado: asked of the worker after this render, shown when it answers.
    let jobs: Vec<Option<Job>> =
        state.set.scenarios.iter().map(|s| Job::of_groups(&s.checked.inputs, &s.checked.groups, &s.checked.ranges)).collect();
    let uncertainties = Shared(Rc::new(use_analyses(jobs, state.set.editing)));
    let uncertainty = uncertainties[state.set.editing].clone();
    let given: Vec<(&str, Option<Preset>)> = state.set.scenarios.iter().map(|s| (s.name.as_str(), s.origin)).collect();
    let shown_names = t.scenario_names(&given);
    let names: Vec<AttrValue> = shown_names.iter().cloned().map(AttrValue::from).collect();
    // A print waits for the bands of the inputs on screen.
    // The page is ready once its last held-back section is shown (`Later`): the service worker
    // may start caching (static/sw-register.js) and the takeover is done. Sections shown again
    // later (the other mode's) are shown at once.
    let hold = use_mut_ref(|| props.hold_tail);
    let on_tail_shown = use_callback(hold.clone(), |(), hold| {
        *hold.borrow_mut() = false;
        browser::announce_ready();
    });
    let held = *hold.borrow();
    // The embedded page has no sections below its results, so nothing to wait for.
    use_effect_with(state.page.embed, |&embed| {
        if embed {
            browser::announce_ready();
        }
    });
    let (report_kind, on_print) = use_print(props.printing, !uncertainties.contains(&Uncertainty::Pending));

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_request =
        file_request_callback(t, state.clone(), names.clone(), projections.clone(), group_projections.clone(), uncertainties.clone());
    let on_download_unreadable = {
        let storage = state.set.storage.clone();
        Callback::from(move |()| {
            if let Storage::Unreadable { text, .. } = &storage {
                browser::download(t.file_name.of(Download::Unreadable), "application/json", text);
            }
        })
    };
    let editing = state.editing();
    let e = state.set.editing;
    let group_names: Vec<AttrValue> = t.group_names(&editing.raw.groups).into_iter().map(AttrValue::from).collect();
    let copy_name = t.copy_name(&state.editing().name);
    let notice = (!editing.checked.problems.is_empty()).then(|| {
        let used: Vec<(Field, f64)> =
            editing.checked.problems.iter().filter_map(|p| Some((p.field, editing.checked.inputs.value(p.field)?))).collect();
        AttrValue::from(t.fallback_notice(&used, state.set.opened_from_link))
    });
    let file_problem = state.set.file_problem.as_ref().map(|e| AttrValue::from((t.file_problem)(&(t.load_error)(e))));
    let summary =
        AttrValue::from(t.summary_of(
            &names[state.set.editing],
            &editing.checked.inputs,
            &editing.checked.groups,
            &projections[state.set.editing],
            uncertainty.analysis(),
        ));
    let page_address = browser::page_address();
    // The full calculator's link for this scenario: only an embedded page shows and posts it.
    let full_link = if state.page.embed {
        AttrValue::from(format!("{page_address}{}", state.full_address(&set)))
    } else {
        AttrValue::default()
    };
    use_tell_host(state.page.embed, &projections[state.set.editing], &uncertainty, full_link.clone());
    let reading = state.realised.reading();
    let realised = reading.result.clone();
    // The realised results' paragraph only where it is shown: their page and their report.
    let realised_summary = if state.page.mode == Mode::Realised || report_kind == Some(ReportKind::Realised) {
        AttrValue::from(t.realised_summary(&realised))
    } else {
        AttrValue::default()
    };
    // The report printed from projections: the scenario, and the comparison when there is one.
    let projection_prints = if state.set.scenarios.len() > 1 {
        vec![ReportKind::Scenario, ReportKind::Comparison]
    } else {
        vec![ReportKind::Scenario]
    };

    // The form, the results and the chart: the heart of the page, embedded or not.
    let columns = html! {
        <div class="page-columns">
            <ScenarioForm raw={editing.raw.clone()} checked={editing.checked.clone()}
                on_edit={on_action.reform(|(field, text)| Action::Edit(field, text))}
                on_edit_range={on_action.reform(|(field, bound, text)| Action::EditRange(field, bound, text))}
                on_group={on_action.reform(group_action)} />
            // On wide screens the output scrolls on its own (it stays in view beside the form),
            // so it is a region the keyboard can reach and scroll.
            <div class="page-output" tabindex="0" role="region" aria-label={t.results_title}>
                <Results projections={projections.clone()} index={state.set.editing} inputs={editing.checked.inputs}
                    name={names[state.set.editing].clone()} {notice} uncertainty={uncertainty.clone()} />
                <GroupTable names={group_names.clone()} groups={group_projections.clone()} projections={projections.clone()}
                    index={state.set.editing} id="groups-results-title" data={true} />
                <Bands uncertainty={uncertainty.clone()} with_cost={projections[state.set.editing].has_cost()} />
                <Chart names={names.clone()} projections={projections.clone()} base={state.set.base} editing={state.set.editing}
                    uncertainty={uncertainty.clone()} />
                <Tornado uncertainty={uncertainty.clone()} expected={projections[state.set.editing].net_result}
                    has_team={editing.checked.inputs.team.is_some()} />
            </div>
        </div>
    };
    if state.page.embed {
        return html! {
            <ContextProvider<Lang> context={state.page.lang}>
                <main class="page-main page-main--embed">
                    <div class="embed-bar">
                        <h1 class="utrecht-heading-1 embed-title">{ t.title }</h1>
                        <LanguageSwitch lang={state.page.lang} on_select={on_action.reform(Action::SetLang)} />
                        <p class="embed-open"><a class="utrecht-link" href={full_link} target="_blank" rel="noopener">{ t.open_full }</a></p>
                    </div>
                    { columns }
                </main>
            </ContextProvider<Lang>>
        };
    }
    html! {
        <ContextProvider<Lang> context={state.page.lang}>
            <header class="page-header">
                <LanguageSwitch lang={state.page.lang} on_select={on_action.reform(Action::SetLang)} />
                <h1 class="utrecht-heading-1">{ t.title }</h1>
                <p class="utrecht-paragraph page-intro">{ t.intro }</p>
                <StorageNotice storage={state.set.storage.clone()} refused={state.set.storage_refused} {file_problem}
                    on_keep_link_set={on_action.reform(|()| Action::KeepLinkSet)}
                    on_open_saved_set={on_action.reform(|()| Action::OpenSavedSet)}
                    on_dismiss={on_action.reform(|()| Action::DismissUnreadable)} {on_download_unreadable}
                    realised_pending={state.realised.pending.is_some()}
                    on_keep_link_realised={on_action.reform(|()| Action::KeepLinkRealised)}
                    on_open_saved_realised={on_action.reform(|()| Action::OpenSavedRealised)}
                    update_waiting={state.page.update_waiting} />
                { for state.set.link_notices.iter().map(|notice| html! {
                    <p class="utrecht-alert utrecht-alert--error notice notice--problem" role="alert">{ t.link_notice(notice, &shown_names) }</p>
                }) }
                <div class="mode-switch" role="group" aria-label={t.mode_label}>
                    { for Mode::ALL.into_iter().map(|mode| html! {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action preset-button" aria-pressed={if state.page.mode == mode { "true" } else { "false" }}
                            onclick={on_action.reform(move |_| Action::SetMode(mode))}>{ t.mode.of(mode) }</button>
                    }) }
                </div>
                if state.page.mode == Mode::Projection {
                    <ScenarioList names={state.set.scenarios.iter().map(|s| AttrValue::from(s.name.clone())).collect::<Vec<_>>()} shown={names.clone()}
                        base={state.set.base} editing={e}
                        on_select={on_action.reform(Action::Select)}
                        on_rename={on_action.reform(move |name| Action::Rename(e, name))}
                        on_duplicate={on_action.reform(move |()| Action::Duplicate(e, copy_name.clone()))}
                        on_set_base={on_action.reform(move |()| Action::SetBase(e))}
                        on_move={on_action.reform(move |step| Action::Move(e, step))}
                        on_delete={on_action.reform(move |()| Action::Delete(e))}
                        on_add={on_action.reform(|()| Action::Add)} />
                    <PresetBar origin={editing.origin} edited={editing.edited()} on_select={on_action.reform(Action::Preset)} />
                }
            </header>
            if state.page.mode == Mode::Realised {
                <main class="page-main">
                    <RealisedPanel texts={state.realised.texts.clone()} can_add={state.set.can_add()}
                        can_use={state.can_use_reading(&reading)} reading={reading.clone()}
                        on_edit={on_action.reform(|(field, text)| Action::EditRealised(field, text))}
                        on_example={on_action.reform(Action::RealisedExample)}
                        on_use={on_action.reform(Action::UseRealised)}>
                        { plan_table(t, &PlanView { names: &names, projections: &projections, plan: state.realised.plan, realised: &realised,
                            on_select: Some(on_action.reform(Action::SetPlan)), id: "plan-title", data: true }) }
                    </RealisedPanel>
                    <Later hold={held} on_shown={on_tail_shown.clone()}>
                        <Proposal summary={realised_summary.clone()} prints={vec![ReportKind::Realised]} on_print={on_print.clone()} realised={true} />
                        <Method />
                        <Accessibility />
                    </Later>
                </main>
            } else {
            <main class="page-main">
                { columns }
                <Later hold={held} on_shown={on_tail_shown}>
                    <YearTable projections={projections.clone()} index={state.set.editing} id="years-title" data={true} />
                    <BudgetTable projections={projections.clone()} index={state.set.editing} id="budget-title" data={true} />
                    if state.set.scenarios.len() > 1 {
                        <Comparison names={names.clone()} projections={projections.clone()} base={state.set.base} uncertainties={uncertainties.clone()} />
                    }
                    <Proposal summary={summary.clone()} prints={projection_prints} on_print={on_print.clone()} />
                    <FilePanel {on_request} on_open={open_file_callback(on_action.clone())}
                        groups={state.set.scenarios.iter().any(|s| s.raw.has_groups())} />
                    <Method />
                    <Accessibility />
                </Later>
            </main>
            }
            <footer class="page-footer"><p>{ t.footer }</p></footer>
            // Its scenarios, link and date are made only when the page is printed.
            if let Some(kind) = report_kind {
                <Report {kind} date={AttrValue::from(browser::today(state.page.lang.locale()))}
                    link={AttrValue::from(format!("{page_address}{query}"))} scenarios={report_scenarios(&state, &names)}
                    projections={projections.clone()} group_projections={group_projections.clone()} base={state.set.base}
                    editing={state.set.editing} {summary}
                    uncertainties={uncertainties.clone()}
                    {realised} plan={state.realised.plan} {realised_summary} />
            }
        </ContextProvider<Lang>>
    }
}

/// The action of a change to the edited scenario's groups.
fn group_action(change: GroupChange) -> Action {
    match change {
        GroupChange::Edit(i, field, text) => Action::EditGroup(i, field, text),
        GroupChange::EditRange(i, field, bound, text) => Action::EditGroupRange(i, field, bound, text),
        GroupChange::Rename(i, name) => Action::RenameGroup(i, name),
        GroupChange::Add => Action::AddGroup,
        GroupChange::Remove(i) => Action::RemoveGroup(i),
        GroupChange::Move(i, step) => Action::MoveGroup(i, step),
    }
}

/// Every scenario projected (the totals, for the results, the chart, the comparison), and
/// each scenario's groups projected (none when its caseload is not split); made anew exactly
/// when a scenario's checked inputs or groups change, and then only that scenario's: a
/// keystroke in one of twelve scenarios projects one (with its break-even search), and takes
/// the other eleven from the last time.
#[hook]
fn use_projections(state: &State) -> (Shared<Vec<Projection>>, Shared<Vec<Vec<Projection>>>) {
    type Plan = (Inputs, Vec<Group>);
    let plans: Vec<Plan> = state.set.scenarios.iter().map(|s| (s.checked.inputs, s.checked.groups.clone())).collect();
    let last = use_mut_ref(Vec::<(Plan, GroupProjection)>::new);
    let projected = use_memo(plans, move |plans| {
        let mut last = last.borrow_mut();
        let now: Vec<(Plan, GroupProjection)> = plans
            .iter()
            .map(|plan| {
                let known = last.iter().position(|(before, _)| before == plan).map(|i| last.swap_remove(i).1);
                (plan.clone(), known.unwrap_or_else(|| project_plan(&plan.0, &plan.1)))
            })
            .collect();
        let (totals, groups): (Vec<Projection>, Vec<Vec<Projection>>) = now.iter().map(|(_, p)| (p.total.clone(), p.groups.clone())).unzip();
        *last = now;
        (Rc::new(totals), Rc::new(groups))
    });
    (Shared(projected.0.clone()), Shared(projected.1.clone()))
}

/// The page's state: from the address, the stored set, the stored realised results and the
/// stored language, on the first render.
#[hook]
fn use_calculator_state(props: &CalculatorProps) -> UseReducerHandle<State> {
    let (query, stored, realised, lang) =
        (props.query.clone(), props.stored.clone(), props.stored_realised.clone(), props.stored_lang.clone());
    let state = use_reducer(move || {
        let mut state = State::open(&query, stored.as_deref()).with_language(&query, lang.as_deref());
        if let Some(month) = browser::this_month() {
            state = state.with_this_month(month);
        }
        // An embedded page's link carries no realised results of the user's own.
        match realised.as_deref().filter(|_| !state.page.embed).and_then(realised::texts_from_json) {
            Some(texts) => state.with_realised(texts),
            None => state,
        }
    });
    // A new version that installs while the page is open is offered.
    let dispatch = state.dispatcher();
    use_effect_with((), move |()| browser::on_update(move || dispatch.dispatch(Action::UpdateWaiting)));
    state
}

/// The document's language and title follow the page's; only a language the user chose is
/// remembered, not one a link brought.
#[hook]
fn use_language(lang: Lang, chosen: bool) {
    use_effect_with(lang, |lang| browser::set_language(lang.code(), text::texts(*lang).title));
    use_effect_with((lang, chosen), |(lang, chosen)| {
        if *chosen {
            browser::save(browser::LANG_KEY, lang.code());
        }
    });
}

/// Saves the set (`json`) whenever it changes and the page may save; an unreadable entry is
/// kept aside first (one effect, so nothing is saved over it before), and the page is told
/// when the browser refuses or takes the set again.
#[hook]
fn use_stored_set(state: &UseReducerHandle<State>, json: Rc<String>) {
    let aside = match &state.set.storage {
        Storage::Unreadable { text, .. } => Some(text.clone()),
        _ => None,
    };
    let (dispatch, refused) = (state.dispatcher(), state.set.storage_refused);
    use_effect_with((json, state.may_save(), aside), move |(json, may_save, aside)| {
        // An unreadable entry that could not be kept aside is not saved over.
        let kept = aside.as_deref().is_none_or(browser::keep_aside);
        if *may_save {
            let stored = kept && browser::store(json);
            if stored == refused {
                dispatch.dispatch(Action::StorageRefused(!stored));
            }
        }
    });
}

/// The scenarios as the report lists them: their names as shown, inputs and origins.
fn report_scenarios(state: &State, names: &[AttrValue]) -> Shared<Vec<ReportScenario>> {
    Shared(Rc::new(
        state
            .set
            .scenarios
            .iter()
            .zip(names)
            .map(|(s, name)| ReportScenario {
                name: name.clone(),
                inputs: s.checked.inputs,
                ranges: s.checked.ranges.clone(),
                origin: s.origin,
                groups: s.checked.groups.clone(),
            })
            .collect(),
    ))
}

/// An embedded page tells its host the results of its scenario, their bands (none while they
/// are computed, or without ranges), and the link that opens it in the full calculator,
/// whenever they change.
#[hook]
fn use_tell_host(embed: bool, projection: &Projection, uncertainty: &Uncertainty, link: AttrValue) {
    // Only an embedded page has a host: the full page collects nothing at its keystrokes.
    let metrics: Vec<(&'static str, Option<f64>)> = if embed {
        let results = Metric::ALL.iter().map(|m| (m.name(), m.value(projection).filter(|v| v.is_finite())));
        results.chain(band_values(uncertainty.analysis().map(|a| &a.bands))).collect()
    } else {
        Vec::new()
    };
    use_effect_with((embed, metrics, link), |(embed, metrics, link)| {
        if *embed {
            browser::tell_host(metrics, link);
        }
    });
}
