//! The root: one reducer for the state; the address, storage, language and printing kept in
//! step in effects, each in a hook of its own; the projections derived from the checked inputs;
//! files and downloads at the edge. Components get the callbacks they need, not the reducer.

use crate::bands::{use_analyses, Job, Uncertainty};
use crate::browser;
use crate::components::{
    accessibility::Accessibility,
    chart::Chart,
    Shared,
    GroupProjections,
    Projections,
    comparison::Comparison,
    file_panel::{FilePanel, FileRequest},
    later::Later,
    group_table::GroupTable,
    plan_table::{plan_table, PlanView},
    method::Method,
    preset_bar::PresetBar,
    language_switch::LanguageSwitch,
    proposal::{Proposal, ReportKind, ScenarioProposal},
    realised_panel::RealisedPanel,
    report::{Report, ReportScenario},
    results::Results,
    scenario_form::ScenarioForm,
    scenario_list::ScenarioList,
    storage_notice::StorageNotice,
    uncertainty::{Bands, Tornado},
    year_table::YearTable,
    party_table::PartyTable,
    budget_table::BudgetTable,
};
use crate::model::results::{band_values, PartyMetric};
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

mod actions;
mod excel;
mod files;
mod print;

use actions::use_actions;
use files::{file_request_callback, open_file_callback};
pub use excel::Excel;
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

/// The calculator: its state, and the page's language as a context for its parts.
///
/// The context's provider holds its children as a prop, compared with the last ones and dropped
/// at every render: so its child is the page as one component ([`Page`], compared by the state's
/// allocation), not the page's elements (issue 37: the whole page's elements compared and
/// dropped at each keystroke, a tenth of the first keystroke's task).
#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let state = use_calculator_state(props);
    html! {
        <ContextProvider<Lang> context={state.page.lang}>
            <Page state={StateHandle::new(state)} printing={props.printing} hold_tail={props.hold_tail} />
        </ContextProvider<Lang>>
    }
}

/// The state as the page gets it: the reducer's handle, and the state it held when the
/// calculator rendered, known by its allocation ([`StateHandle::identity`]). Two are equal when
/// that state is the same allocation (every action makes a new one), not compared field by
/// field. (The handle itself cannot tell: it reads as the newest state, and yew's comparison of
/// two compares their states' every field.) A new state is made while the last is alive, and
/// both are alive while two props are compared, each kept by its handle, so their addresses
/// differ exactly when they are two states.
struct StateHandle {
    handle: UseReducerHandle<State>,
    held: *const State,
}

impl StateHandle {
    fn new(handle: UseReducerHandle<State>) -> StateHandle {
        let held: *const State = &*handle;
        StateHandle { handle, held }
    }

    /// The held state's allocation: another exactly when the state is another.
    fn identity(&self) -> usize {
        self.held as usize
    }
}

impl PartialEq for StateHandle {
    fn eq(&self, other: &Self) -> bool {
        self.identity() == other.identity()
    }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    state: StateHandle,
    /// See [`CalculatorProps::printing`].
    printing: bool,
    /// See [`CalculatorProps::hold_tail`].
    hold_tail: bool,
}

/// The calculator page: the effects that keep the browser in step, and its parts.
#[component]
fn Page(props: &PageProps) -> Html {
    let state = props.state.handle.clone();
    let t = text::texts(state.page.lang);
    // An embedded page saves nothing, not even the language.
    use_language(state.page.lang, state.page.lang_chosen && !state.page.embed);
    // A link's realised results are not saved over the browser's own until the user chooses.
    use_effect_with((state.realised.texts.clone(), state.may_save_realised()), |(texts, may_save)| {
        if *may_save {
            browser::save(browser::REALISED_KEY, &realised::texts_to_json(texts));
        }
    });
    // The address and the stored set follow the state once its frame is painted.
    use_address_and_storage(&props.state);

    let (projections, group_projections) = use_projections(&state);
    // The bands and the tornado: asked of the worker after this render, shown when it answers.
    let jobs: Vec<Option<Job>> =
        state.set.scenarios.iter().map(|s| Job::of_groups(&s.checked.inputs, &s.checked.groups, &s.checked.ranges)).collect();
    // The same list, the same allocation, while no answer or scenario changes: what shows
    // every scenario's bands (the comparison) is not rendered again at each keystroke.
    let uncertainties = use_analyses(jobs, state.set.editing);
    let uncertainties = Shared(use_memo(uncertainties, Clone::clone));
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

    let editing = state.editing();
    let e = state.set.editing;
    let actions = use_actions(state.dispatcher(), e, t.copy_name(&editing.name));
    // Made when asked, from what is on screen then: the callback itself stays the same.
    let files = use_mut_ref(|| None::<Callback<FileRequest>>);
    let (excel, ask_excel) = excel::use_excel();
    *files.borrow_mut() = Some(file_request_callback(
        t,
        state.clone(),
        names.clone(),
        projections.clone(),
        group_projections.clone(),
        uncertainties.clone(),
        ask_excel,
    ));
    let on_request = use_callback((), move |request, ()| {
        let on_request = files.borrow().clone();
        if let Some(on_request) = on_request {
            on_request.emit(request);
        }
    });
    let on_open = use_memo(actions.any.clone(), |on| open_file_callback(on.clone()));
    let on_download_unreadable = use_callback(state.set.storage.clone(), move |(), storage| {
        if let Storage::Unreadable { text, .. } = storage {
            browser::download(t.file_name.of(Download::Unreadable), "application/json", text);
        }
    });
    let group_names: Vec<AttrValue> = t.group_names(&editing.raw.groups).into_iter().map(AttrValue::from).collect();
    let notice = (!editing.checked.problems.is_empty()).then(|| {
        let used: Vec<(Field, f64)> =
            editing.checked.problems.iter().filter_map(|p| Some((p.field, editing.checked.inputs.value(p.field)?))).collect();
        AttrValue::from(t.fallback_notice(&used, state.set.opened_from_link))
    });
    let file_problem = state.set.file_problem.as_ref().map(|e| AttrValue::from((t.file_problem)(&(t.load_error)(e))));
    // The paragraph about the edited scenario, for its report (the page's own is written where
    // it is shown: `ScenarioProposal`).
    let summary = || {
        AttrValue::from(t.summary_of(&names[e], &editing.checked.inputs, &editing.checked.groups, &projections[e], uncertainty.analysis()))
    };
    // The full calculator's link for this scenario: only an embedded page shows and posts it.
    let full_link = if state.page.embed {
        AttrValue::from(format!("{}{}", browser::page_address(), state.full_address(&state.scenario_set())))
    } else {
        AttrValue::default()
    };
    use_tell_host(state.page.embed, &projections[state.set.editing], &uncertainty, full_link.clone());
    // Read again only when their texts change.
    let reading = {
        let realised = state.realised.clone();
        use_memo(state.realised.texts.clone(), move |_| realised.reading())
    };
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
                on_edit={actions.edit.clone()} on_edit_range={actions.edit_range.clone()} on_group={actions.group.clone()} />
            // On wide screens the output scrolls on its own (it stays in view beside the form),
            // so it is a region the keyboard can reach and scroll.
            <div class="page-output" id="results" tabindex="0" role="region" aria-label={t.results_title}>
                <Results projection={projections[e].clone()} inputs={editing.checked.inputs}
                    name={names[state.set.editing].clone()} {notice} uncertainty={uncertainty.clone()} />
                // Who pays and who gains, under the headline it splits; not in the compact
                // embedded page (its host has the figures in the message).
                if !state.page.embed {
                    <PartyTable projection={projections[e].clone()} id="parties-title" data={true} />
                }
                <GroupTable names={group_names.clone()} groups={group_projections[e].clone()} total={projections[e].clone()}
                    id="groups-results-title" data={true} />
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
            <main class="page-main page-main--embed">
                <div class="embed-bar">
                    <h1 class="utrecht-heading-1 embed-title">{ t.title }</h1>
                    <LanguageSwitch lang={state.page.lang} on_select={actions.set_lang.clone()} />
                    <p class="embed-open"><a class="utrecht-link" href={full_link} target="_blank" rel="noopener">{ t.open_full }</a></p>
                </div>
                { columns }
            </main>
        };
    }
    html! {
        <>
            // Past the form (some thirty fields) to the results, for the keyboard: the page's
            // first link, shown when it has the focus (the design system's skip link).
            <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#results">{ t.skip_to_results }</a>
            <header class="page-header">
                <LanguageSwitch lang={state.page.lang} on_select={actions.set_lang.clone()} />
                <h1 class="utrecht-heading-1">{ t.title }</h1>
                <p class="utrecht-paragraph page-intro">{ t.intro }</p>
                <StorageNotice storage={state.set.storage.clone()} refused={state.set.storage_refused} {file_problem}
                    on_keep_link_set={actions.keep_link_set.clone()} on_open_saved_set={actions.open_saved_set.clone()}
                    on_dismiss={actions.dismiss_unreadable.clone()} {on_download_unreadable}
                    realised_pending={state.realised.pending.is_some()}
                    on_keep_link_realised={actions.keep_link_realised.clone()} on_open_saved_realised={actions.open_saved_realised.clone()}
                    update_waiting={state.page.update_waiting} />
                { for state.set.link_notices.iter().map(|notice| html! {
                    <p class="utrecht-alert utrecht-alert--error notice notice--problem" role="alert">{ t.link_notice(notice, &shown_names) }</p>
                }) }
                <div class="mode-switch" role="group" aria-label={t.mode_label}>
                    { for Mode::ALL.into_iter().map(|mode| html! {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action preset-button" aria-pressed={if state.page.mode == mode { "true" } else { "false" }}
                            onclick={actions.set_mode.reform(move |_| mode)}>{ t.mode.of(mode) }</button>
                    }) }
                </div>
                if state.page.mode == Mode::Projection {
                    <ScenarioList names={state.set.scenarios.iter().map(|s| AttrValue::from(s.name.clone())).collect::<Vec<_>>()} shown={names.clone()}
                        base={state.set.base} editing={e}
                        on_select={actions.select.clone()} on_rename={actions.rename.clone()} on_duplicate={actions.duplicate.clone()}
                        on_set_base={actions.set_base.clone()} on_move={actions.move_to.clone()} on_delete={actions.delete.clone()}
                        on_add={actions.add_scenario.clone()} />
                    <PresetBar origin={editing.origin} edited={editing.edited()} on_select={actions.preset.clone()} />
                }
            </header>
            if state.page.mode == Mode::Realised {
                <main class="page-main">
                    <RealisedPanel texts={state.realised.texts.clone()} can_add={state.set.can_add()}
                        can_use={state.can_use_reading(&reading)} reading={(*reading).clone()}
                        on_edit={actions.edit_realised.clone()} on_example={actions.realised_example.clone()}
                        on_use={actions.use_realised.clone()}>
                        { plan_table(t, &PlanView { names: &names, projections: &projections, plan: state.realised.plan, realised: &realised,
                            on_select: Some(actions.set_plan.clone()), id: "plan-title", data: true }) }
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
                    <YearTable projection={projections[e].clone()} id="years-title" data={true} />
                    <BudgetTable projection={projections[e].clone()} id="budget-title" data={true} />
                    if state.set.scenarios.len() > 1 {
                        <Comparison names={names.clone()} projections={projections.clone()} base={state.set.base} uncertainties={uncertainties.clone()} />
                    }
                    <ScenarioProposal name={names[e].clone()} inputs={editing.checked.inputs} groups={editing.checked.groups.clone()}
                        projection={projections[e].clone()} uncertainty={uncertainty.clone()} prints={projection_prints} on_print={on_print.clone()} />
                    <FilePanel {on_request} on_open={(*on_open).clone()}
                        groups={state.set.scenarios.iter().any(|s| s.raw.has_groups())} {excel} />
                    <Method />
                    <Accessibility />
                </Later>
            </main>
            }
            <footer class="page-footer"><p>{ t.footer }</p></footer>
            // Its scenarios, link and date are made only when the page is printed.
            if let Some(kind) = report_kind {
                <Report {kind} date={AttrValue::from(browser::today(state.page.lang.locale()))}
                    link={AttrValue::from(format!("{}{}", browser::page_address(), state.query()))} scenarios={report_scenarios(&state, &names)}
                    projections={projections.clone()} group_projections={group_projections.clone()} base={state.set.base}
                    editing={state.set.editing} summary={summary()}
                    uncertainties={uncertainties.clone()}
                    {realised} plan={state.realised.plan} {realised_summary} />
            }
        </>
    }
}

/// Every scenario projected (the totals, for the results, the chart, the comparison), and
/// each scenario's groups projected (none when its caseload is not split), each shared: made
/// anew exactly when a scenario's checked inputs or groups change, and then only that
/// scenario's: a keystroke in one of twelve scenarios projects one (with its break-even
/// search), and takes the other eleven from the last time, the same allocations, so what shows
/// them is not rendered again.
#[hook]
fn use_projections(state: &State) -> (Projections, GroupProjections) {
    type Plan = (Inputs, Vec<Group>);
    type Projected = (Shared<Projection>, Shared<Vec<Projection>>);
    let plans: Vec<Plan> = state.set.scenarios.iter().map(|s| (s.checked.inputs, s.checked.groups.clone())).collect();
    let last = use_mut_ref(Vec::<(Plan, Projected)>::new);
    let projected = use_memo(plans, move |plans| {
        let mut last = last.borrow_mut();
        let now: Vec<(Plan, Projected)> = plans
            .iter()
            .map(|plan| {
                let known = last.iter().position(|(before, _)| before == plan).map(|i| last.swap_remove(i).1);
                let projected = known.unwrap_or_else(|| {
                    let GroupProjection { total, groups } = project_plan(&plan.0, &plan.1);
                    (Shared(Rc::new(total)), Shared(Rc::new(groups)))
                });
                (plan.clone(), projected)
            })
            .collect();
        let shared: (Projections, GroupProjections) = now.iter().map(|(_, p)| p.clone()).unzip();
        *last = now;
        shared
    });
    (projected.0.clone(), projected.1.clone())
}

/// The page's state: from the address, the stored set, the stored realised results and the
/// stored language, on the first render.
#[hook]
fn use_calculator_state(props: &CalculatorProps) -> UseReducerHandle<State> {
    let (query, stored, realised, lang) =
        (props.query.clone(), props.stored.clone(), props.stored_realised.clone(), props.stored_lang.clone());
    let state = use_reducer(move || {
        // An unreadable entry is kept aside before its notice is shown, which says whether it
        // was; the saves never write in its place until it is.
        let mut state =
            State::open(&query, stored.as_deref()).with_language(&query, lang.as_deref()).kept_aside(browser::keep_aside);
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

/// Writes the address and saves the set once the frame that shows a new state is painted,
/// coalesced while typing (`browser::write_after_frame`): a keystroke neither encodes the set
/// for the address nor serialises it for storage before its result is on screen. The set is
/// saved when its JSON changes and the page may save, but not over an unreadable entry the
/// browser refused to keep aside; the page is told when the browser refuses or takes the set
/// again.
#[hook]
fn use_address_and_storage(state: &StateHandle) {
    // What was last saved: the JSON, whether the page might save, whether an unreadable entry
    // was in the way.
    let saved = use_mut_ref(|| None::<(String, bool, bool)>);
    // The page renders again for other reasons (the bands' answers): only a new state is
    // written.
    let (now, state) = (state.identity(), state.handle.clone());
    use_effect_with(now, move |_| {
        browser::write_after_frame(move || {
            let set = state.scenario_set();
            browser::replace_query(&state.address(&set));
            // An unreadable entry that could not be kept aside is not saved over.
            let over_unreadable = matches!(state.set.storage, Storage::Unreadable { kept_aside: false, .. });
            let now = (set_file::to_json(&set), state.may_save(), over_unreadable);
            if saved.borrow().as_ref() == Some(&now) {
                return;
            }
            let (json, may_save, over_unreadable) = &now;
            if *may_save {
                let stored = !over_unreadable && browser::store(json);
                if stored == state.set.storage_refused {
                    state.dispatch(Action::StorageRefused(!stored));
                }
            }
            *saved.borrow_mut() = Some(now);
        });
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
    let (metrics, pockets): (Vec<(&'static str, Option<f64>)>, Option<browser::Pockets>) = if embed {
        let results = Metric::ALL.iter().map(|m| (m.name(), m.value(projection).filter(|v| v.is_finite())));
        let table = crate::model::results::parties(projection);
        let rows = table.rows.iter().map(|r| (r.party.name(), PartyMetric::ALL.map(|m| (m.name(), m.value(r))))).collect();
        (results.chain(band_values(uncertainty.analysis().map(|a| &a.bands))).collect(), Some(browser::Pockets { rows, total: table.total }))
    } else {
        (Vec::new(), None)
    };
    use_effect_with((embed, metrics, pockets, link), |(embed, metrics, pockets, link)| {
        if let (true, Some(pockets)) = (*embed, pockets) {
            browser::tell_host(metrics, pockets, link);
        }
    });
}
