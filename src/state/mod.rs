//! The page's state in three parts, each with its small reducer: the scenario set (each
//! scenario with the raw texts of its form and their checked values, and what the browser's
//! storage holds), the realised results, and the page. No words: a name the page makes comes
//! with its action. Pure: no browser access, so it is tested natively. The address, storage and files are read at the edge
//! (`app.rs`, `browser.rs`) and passed in; saving happens in effects there.

use crate::model::core::number::{input_text, month_text};
use crate::model::document::set_link;
use crate::model::core::limits::{self, clean_name, MAX_SCENARIOS};
use crate::model::core::codec;
use crate::model::document::{Scenario, ScenarioSet};
use crate::model::document::set_file;
use crate::model::document::set_file::{Document, Extras, LoadError};
use crate::model::realised::{Example, Realised, RealisedField, RealisedTexts};
use crate::model;
pub use crate::model::Mode;
use crate::model::core::units::Bound;
use crate::model::input::RawGroup;
use crate::model::core::limits::MAX_GROUPS;
use crate::model::input::validate_with;
use crate::model::document::link;
use crate::model::{Checked, ExitSource, Field, Preset, ProblemKind, RawInputs};
use crate::lang::Lang;

mod page;
mod realised;
mod scenario;
mod set;
mod storage;

pub use page::PageState;
pub use realised::{RealisedReading, RealisedState};
pub use scenario::ScenarioState;
pub use set::{Renumbering, SetState};
pub use storage::Storage;

/// Which form texts an action has the page write anew.
#[derive(Clone, Copy)]
enum Rewrites {
    None,
    DerivedExit,
    All,
}

/// What the user typed, and what it means: the scenario set, the realised results and the page,
/// each a part with its own small reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The scenario set on screen.
    pub set: SetState,
    /// The realised results.
    pub realised: RealisedState,
    /// What belongs to the page.
    pub page: PageState,
}

/// Everything the user can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text of a field of the edited scenario changed.
    Edit(Field, String),
    /// The text of one end of a range of the edited scenario changed.
    EditRange(Field, Bound, String),
    /// A field of a group of the edited scenario changed: the group (from 0), the field (one
    /// of `groups::GROUP_FIELDS`), the text.
    EditGroup(usize, Field, String),
    /// The text of one end of a range of a group of the edited scenario changed: the group
    /// (from 0), its exit (in the unit typed) or deadweight, the end, the text.
    EditGroupRange(usize, Field, Bound, String),
    /// A new name for a group of the edited scenario.
    RenameGroup(usize, String),
    /// Another group for the edited scenario: the first split makes its own caseload group 1
    /// and adds group 2 (at most `groups::MAX_GROUPS`).
    AddGroup,
    /// Remove this group; with one left, it becomes the scenario's own inputs again.
    RemoveGroup(usize),
    /// Move this group one place up (`-1`) or down (`1`).
    MoveGroup(usize, isize),
    /// A preset was chosen for the edited scenario.
    Preset(Preset),
    /// Edit this scenario.
    Select(usize),
    /// A new scenario (the empty preset), edited next.
    Add,
    /// A copy of this scenario after it, with this name, edited next (the page names it, in
    /// its language: `Plan (kopie)`).
    Duplicate(usize, String),
    /// A new name for this scenario.
    Rename(usize, String),
    /// Remove this scenario (not the last one).
    Delete(usize),
    /// Move this scenario one place up (`-1`) or down (`1`).
    Move(usize, isize),
    /// Compare the others with this scenario.
    SetBase(usize),
    /// A file the user opened: its set replaces the one on screen, and its mode, plan and
    /// realised results (when it has them) those on screen.
    OpenFile(Box<Document>),
    /// A file the user opened could not be read; nothing changes but the message.
    FileProblem(LoadError),
    /// Keep the set from the link: it replaces the saved one and is saved from now on.
    KeepLinkSet,
    /// Show the saved set instead of the link's.
    OpenSavedSet,
    /// Close the message about an unreadable stored entry, once it is kept aside (it stays
    /// aside in storage); while it is not, nothing changes.
    DismissUnreadable,
    /// Whether the browser refused the last attempt to store the set.
    StorageRefused(bool),
    /// A new version of the page has installed and waits.
    UpdateWaiting,
    /// Show projections or realised results.
    SetMode(Mode),
    /// The text of a realised-results field changed.
    EditRealised(RealisedField, String),
    /// Fill the realised-results form with a source's example, or empty it (`None`).
    RealisedExample(Option<Example>),
    /// A new scenario, with this name, for a next project like the realised one; edited next.
    UseRealised(String),
    /// Show the page in this language.
    SetLang(Lang),
    /// Hold the realised results against this scenario, or against none.
    SetPlan(Option<usize>),
    /// Keep the realised results from the link: they replace the saved ones and are saved.
    KeepLinkRealised,
    /// Show the saved realised results instead of the link's.
    OpenSavedRealised,
}

impl State {
    /// The state the page opens with, from its address and what the storage holds (`None`
    /// when nothing). A set in the address wins, without overwriting a saved one; without one,
    /// the saved set; without that, the Schiedam example. An embedded page (`embed=1`) shows
    /// the link's edited scenario alone and leaves storage alone.
    pub fn open(query: &str, stored: Option<&str>) -> State {
        if codec::param(query, "embed").as_deref() == Some("1") {
            return State::embedded(query);
        }
        State::opened(query, stored)
    }

    fn opened(query: &str, stored: Option<&str>) -> State {
        let defaults = Preset::Schiedam.raw();
        let from_link = set_link::from_query(query, &defaults).or_else(|| {
            link::has_scenario(query).then(|| {
                let single = Scenario { name: String::new(), raw: link::from_query(query, &defaults) };
                ScenarioSet::new(vec![single.clone()], 0, 0, single)
            })
        });
        let opened_from_link = from_link.is_some();
        let saved = stored.map(|text| set_file::from_json(text, &defaults).map_err(|e| (text, e)));
        let (set, storage) = match (from_link, saved) {
            (Some(link), Some(Ok(saved))) if saved != link => (Some(link), Storage::Pending(saved)),
            (link, Some(Err((text, error)))) => (link, Storage::Unreadable { text: text.to_string(), error, kept_aside: false }),
            (Some(link), _) => (Some(link), Storage::InStep),
            (None, Some(Ok(saved))) => (Some(saved), Storage::InStep),
            (None, None) => (None, Storage::InStep),
        };
        let set = match set {
            Some(set) => SetState::from_set(&set),
            None => SetState::new(vec![ScenarioState::preset(String::new(), Preset::Schiedam, None)], 0, 0),
        };
        let n = set.scenarios.len();
        let plan = codec::param(query, "plan").and_then(|p| p.parse::<usize>().ok()).filter(|p| (1..=n).contains(p)).map(|p| p - 1);
        let mode = if codec::param(query, "mode").as_deref() == Some("realised") { Mode::Realised } else { Mode::Projection };
        let from_link = model::realised::texts_from_query(query);
        State {
            set: SetState { opened_from_link, storage, link_notices: link::notices(query), ..set },
            realised: RealisedState { from_link: from_link.is_some(), texts: from_link.unwrap_or_default(), plan, pending: None },
            page: PageState { mode, ..PageState::default() },
        }
    }

    /// The embedded page (`embed=1`): the link's edited scenario alone, in projections, with
    /// nothing from storage and nothing saved to it.
    fn embedded(query: &str) -> State {
        let full = State::opened(query, None);
        let set = SetState { opened_from_link: full.set.opened_from_link, ..SetState::new(vec![full.editing().clone()], 0, 0) };
        State { set, realised: RealisedState::default(), page: PageState { embed: true, ..PageState::default() } }
    }

    /// The state in the language the address asks for (`lang=en`), else the one the browser
    /// stored (`stored`, a language code), else Dutch.
    pub fn with_language(self, query: &str, stored: Option<&str>) -> State {
        let from_link = codec::param(query, "lang").and_then(|code| Lang::from_code(&code));
        let lang = from_link.or_else(|| stored.and_then(Lang::from_code)).unwrap_or_default();
        State { page: PageState { lang, ..self.page.clone() }, ..self }.localized(Rewrites::All)
    }

    /// The query string of the page address: [`State::full_address`], and `embed=1` when the
    /// page is embedded.
    pub fn address(&self, set: &ScenarioSet) -> String {
        let query = self.full_address(set);
        if self.page.embed { format!("{query}&embed=1") } else { query }
    }

    /// The query string of the full calculator for what is on screen: the set, the plan, the
    /// mode, the realised results when any, and the language when it is not the default.
    pub fn full_address(&self, set: &ScenarioSet) -> String {
        let mut query = set_link::to_query(set);
        if let Some(plan) = self.realised.plan {
            query.push_str(&format!("&plan={}", plan + 1));
        }
        if self.page.mode == Mode::Realised {
            query.push_str("&mode=realised");
        }
        let realised = model::realised::texts_to_query(&self.realised.texts);
        if !realised.is_empty() {
            query.push('&');
            query.push_str(&realised);
        }
        if self.page.lang != Lang::Nl {
            query.push_str(&format!("&lang={}", self.page.lang.code()));
        }
        query
    }

    /// The state after an unreadable stored entry was kept aside (`keep_aside` says whether that
    /// worked; it is asked only when there is such an entry).
    pub fn kept_aside(mut self, keep_aside: impl FnOnce(&str) -> bool) -> State {
        if let Storage::Unreadable { text, kept_aside, .. } = &mut self.set.storage {
            *kept_aside = keep_aside(text);
        }
        self
    }

    /// The state that knows the current month (a new empty scenario starts in it).
    pub fn with_this_month(self, month: u32) -> State {
        State { page: PageState { this_month: Some(month), ..self.page.clone() }, ..self }
    }

    /// The state with the realised-results form filled from what the browser stored (see
    /// [`RealisedState::with_stored`]).
    pub fn with_realised(self, texts: RealisedTexts) -> State {
        State { realised: self.realised.clone().with_stored(texts), ..self }
    }

    /// Whether the realised-results form may be written to storage.
    pub fn may_save_realised(&self) -> bool {
        self.realised.may_save() && !self.page.embed
    }

    /// Whether the realised results can become a scenario: their required fields are valid
    /// and another scenario fits.
    pub fn can_use_realised(&self) -> bool {
        self.can_use_reading(&self.realised.reading())
    }

    /// Whether a reading of the realised results can become a scenario: its fields are valid
    /// and another scenario fits. The one place of that rule.
    pub fn can_use_reading(&self, reading: &RealisedReading) -> bool {
        self.set.can_add() && reading.problems.is_empty()
    }

    /// The scenario being edited.
    pub fn editing(&self) -> &ScenarioState {
        self.set.editing()
    }

    /// The set as the model knows it, for the address, storage and files.
    pub fn scenario_set(&self) -> ScenarioSet {
        let scenarios = self.set.scenarios.iter().map(|s| Scenario { name: s.name.clone(), raw: s.raw.clone() }).collect();
        let fallback = Scenario { name: String::new(), raw: Preset::Schiedam.raw() };
        ScenarioSet::new(scenarios, self.set.base, self.set.editing, fallback)
    }

    /// The query string that reproduces the set and the language.
    pub fn query(&self) -> String {
        self.address(&self.scenario_set())
    }

    /// Whether the set on screen may be written to storage.
    pub fn may_save(&self) -> bool {
        !matches!(self.set.storage, Storage::Pending(_)) && !self.page.embed
    }

    /// What a saved file carries beside the set: the mode, the plan, the realised results.
    pub fn extras(&self) -> Extras {
        Extras { mode: self.page.mode, plan: self.realised.plan, realised: Some(self.realised.texts.clone()) }
    }

    /// The state after `action`: each part after its own reducer, and the one action across
    /// parts (the realised results becoming a scenario) here.
    pub fn apply(&self, action: Action) -> State {
        // Which numbers the page writes anew, to be written the language's way: the derived
        // exit view while the user types, every field when scenarios or the language change.
        let rewrites = match &action {
            Action::Edit(..) => Rewrites::DerivedExit,
            Action::RemoveGroup(_) => Rewrites::All,
            Action::Preset(_) | Action::Add | Action::Duplicate(..) | Action::OpenFile(_) | Action::OpenSavedSet
            | Action::UseRealised(_) | Action::SetLang(_) => Rewrites::All,
            _ => Rewrites::None,
        };
        let (set, places) = self.set.apply(&action, self.page.this_month);
        let mut next = State {
            realised: self.realised.apply(&action, &places, set.scenarios.len()),
            page: self.page.apply(&action),
            set,
        };
        if let Action::UseRealised(name) = action {
            let reading = self.realised.reading();
            if self.can_use_reading(&reading) {
                next.set = next.set.adding(self.scenario_from_realised(&name, &reading.result));
                next.page.mode = Mode::Projection;
            }
        }
        next.localized(rewrites)
    }

    /// A scenario for a next project like the realised one (`result`), named `name`: the
    /// realised figures, the start month of the plan when there is one.
    fn scenario_from_realised(&self, name: &str, result: &Realised) -> ScenarioState {
        let mut raw = model::realised::to_projection(result, &Preset::Schiedam.raw());
        if let Some(plan) = self.realised.plan.and_then(|p| self.set.scenarios.get(p)) {
            raw.set(Field::Start, plan.raw.get(Field::Start).to_string());
        }
        ScenarioState::new(clean_name(name), raw, &Preset::Schiedam.checked(), None)
    }

    /// The state with numbers the page wrote in the language's form (`52,5` or `52.5`).
    fn localized(mut self, rewrites: Rewrites) -> State {
        let point = self.page.lang.decimal_point();
        match rewrites {
            Rewrites::None => {}
            Rewrites::DerivedExit => {
                let raw = &mut self.set.scenarios[self.set.editing].raw;
                let derived = raw.derived_exit_field();
                raw.localize(point, &[derived]);
            }
            Rewrites::All => self.set.scenarios.iter_mut().for_each(|s| {
                s.raw.localize(point, &Field::ALL);
                s.raw.ranges.localize(point);
                s.raw.groups.iter_mut().for_each(|g| g.localize(point));
            }),
        }
        self
    }
}
