//! The page's state and its one reducer: a set of scenarios, each with the raw texts of its
//! form and their checked values, and what the browser's storage holds. Pure: no browser
//! access, so it is tested natively. The address, storage and files are read at the edge
//! (`app.rs`, `browser.rs`) and passed in; saving happens in effects there.

use crate::model::number::{input_text, month_text};
use crate::model::scenarios::{self, clean_name, Scenario, ScenarioSet, MAX_SCENARIOS};
use crate::model::set_file::{self, Document, Extras, LoadError};
use crate::model::realised::{self, Example, Realised, RealisedField, RealisedTexts};
pub use crate::model::Mode;
use crate::model::uncertainty::Bound;
use crate::model::{link, validate, Checked, ExitSource, Field, Preset, ProblemKind, RawInputs};
use crate::text::{self, Lang};

mod scenario;
mod storage;

pub use scenario::ScenarioState;
pub use storage::Storage;

/// The realised-results form as read: what it says, and the problems of its fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealisedReading {
    /// The realised result (a field with a problem counts as empty).
    pub result: Realised,
    /// The fields with a problem, and what is wrong.
    pub problems: Vec<(RealisedField, ProblemKind)>,
}

/// Which form texts an action has the page write anew.
#[derive(Clone, Copy)]
enum Rewrites {
    None,
    DerivedExit,
    All,
}

/// What the user typed, and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The scenarios, at least one, at most [`MAX_SCENARIOS`].
    pub scenarios: Vec<ScenarioState>,
    /// The scenario the others are compared with.
    pub base: usize,
    /// The scenario being edited.
    pub editing: usize,
    /// True until the first action after the page opened from a link: fallback values are then
    /// the default scenario's rather than the last valid ones.
    pub opened_from_link: bool,
    /// What the storage holds beside the set on screen.
    pub storage: Storage,
    /// Why the last file the user opened was not read, until the next action.
    pub file_problem: Option<LoadError>,
    /// True while the browser refuses to store the set (a private window, full storage).
    pub storage_refused: bool,
    /// Projection or realised results.
    pub mode: Mode,
    /// The realised-results form's texts, as typed.
    pub realised: RealisedTexts,
    /// The language of the page.
    pub lang: Lang,
    /// Whether the user chose the language with the switch (then the browser remembers it).
    pub lang_chosen: bool,
    /// The current month ([`crate::model::number::month_index`]), read at the edge: where a new
    /// empty scenario starts. None where no date is known.
    pub this_month: Option<u32>,
    /// The scenario the realised results are held against (`plan=N` in the link, from 1).
    pub plan: Option<usize>,
    /// What the browser keeps of the realised-results form while the page shows a link's: kept,
    /// and not saved over, until the user chooses.
    pub realised_pending: Option<RealisedTexts>,
    /// Whether the address brought realised results.
    pub realised_from_link: bool,
    /// Whether a new version of the page has installed and waits for the user to reload.
    pub update_waiting: bool,
    /// Whether the page is embedded (`embed=1`): one scenario, nothing read from or saved to
    /// the browser's storage.
    pub embed: bool,
}

/// Everything the user can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text of a field of the edited scenario changed.
    Edit(Field, String),
    /// The text of one end of a range of the edited scenario changed.
    EditRange(Field, Bound, String),
    /// A preset was chosen for the edited scenario.
    Preset(Preset),
    /// Edit this scenario.
    Select(usize),
    /// A new scenario (the empty preset), edited next.
    Add,
    /// A copy of this scenario after it, edited next.
    Duplicate(usize),
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
    /// Close the message about an unreadable stored entry (it stays aside in storage).
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
        if link::param(query, "embed").as_deref() == Some("1") {
            return State::embedded(query);
        }
        State::opened(query, stored)
    }

    fn opened(query: &str, stored: Option<&str>) -> State {
        let defaults = Preset::Schiedam.raw();
        let from_link = scenarios::from_query(query, &defaults).or_else(|| {
            link::has_scenario(query).then(|| {
                let single = Scenario { name: String::new(), raw: link::from_query(query, &defaults) };
                ScenarioSet::new(vec![single.clone()], 0, 0, single)
            })
        });
        let opened_from_link = from_link.is_some();
        let saved = stored.map(|text| set_file::from_json(text, &defaults).map_err(|e| (text, e)));
        let (set, storage) = match (from_link, saved) {
            (Some(link), Some(Ok(saved))) if saved != link => (Some(link), Storage::Pending(saved)),
            (link, Some(Err((text, error)))) => (link, Storage::Unreadable { text: text.to_string(), error }),
            (Some(link), _) => (Some(link), Storage::InStep),
            (None, Some(Ok(saved))) => (Some(saved), Storage::InStep),
            (None, None) => (None, Storage::InStep),
        };
        let state = match set {
            Some(set) => State::from_set(&set),
            None => State::from_scenarios(vec![ScenarioState::preset(String::new(), Preset::Schiedam, None)], 0, 0),
        };
        let n = state.scenarios.len();
        let plan = link::param(query, "plan").and_then(|p| p.parse::<usize>().ok()).filter(|p| (1..=n).contains(p)).map(|p| p - 1);
        let mode = if link::param(query, "mode").as_deref() == Some("realised") { Mode::Realised } else { Mode::Projection };
        let from_link = realised::texts_from_query(query);
        State {
            opened_from_link,
            storage,
            plan,
            mode,
            realised_from_link: from_link.is_some(),
            realised: from_link.unwrap_or_default(),
            ..state
        }
    }

    /// The embedded page (`embed=1`): the link's edited scenario alone, in projections, with
    /// nothing from storage and nothing saved to it.
    fn embedded(query: &str) -> State {
        let full = State::opened(query, None);
        let scenario = full.editing().clone();
        State { embed: true, opened_from_link: full.opened_from_link, ..State::from_scenarios(vec![scenario], 0, 0) }
    }

    fn from_scenarios(scenarios: Vec<ScenarioState>, base: usize, editing: usize) -> State {
        State {
            scenarios,
            base,
            editing,
            opened_from_link: false,
            storage: Storage::InStep,
            file_problem: None,
            storage_refused: false,
            mode: Mode::Projection,
            realised: RealisedTexts::default(),
            lang: Lang::default(),
            lang_chosen: false,
            this_month: None,
            plan: None,
            realised_pending: None,
            realised_from_link: false,
            update_waiting: false,
            embed: false,
        }
    }

    /// The state in the language the address asks for (`lang=en`), else the one the browser
    /// stored (`stored`, a language code), else DUTCH.
    pub fn with_language(self, query: &str, stored: Option<&str>) -> State {
        let from_link = link::param(query, "lang").and_then(|code| Lang::from_code(&code));
        let lang = from_link.or_else(|| stored.and_then(Lang::from_code)).unwrap_or_default();
        State { lang, ..self }.localized(Rewrites::All)
    }

    /// The query string of the page address: [`State::full_address`], and `embed=1` when the
    /// page is embedded.
    pub fn address(&self, set: &ScenarioSet) -> String {
        let query = self.full_address(set);
        if self.embed { format!("{query}&embed=1") } else { query }
    }

    /// The query string of the full calculator for what is on screen: the set, the plan, the
    /// mode, the realised results when any, and the language when it is not the default.
    pub fn full_address(&self, set: &ScenarioSet) -> String {
        let mut query = scenarios::to_query(set);
        if let Some(plan) = self.plan {
            query.push_str(&format!("&plan={}", plan + 1));
        }
        if self.mode == Mode::Realised {
            query.push_str("&mode=realised");
        }
        let realised = realised::texts_to_query(&self.realised);
        if !realised.is_empty() {
            query.push('&');
            query.push_str(&realised);
        }
        if self.lang != Lang::Nl {
            query.push_str(&format!("&lang={}", self.lang.code()));
        }
        query
    }

    /// The state that knows the current month (a new empty scenario starts in it).
    pub fn with_this_month(self, month: u32) -> State {
        State { this_month: Some(month), ..self }
    }

    /// The state with the realised-results form filled from what the browser stored.
    /// A link's realised results stay on screen; the stored ones are then kept aside, unsaved
    /// over, until the user chooses (when they differ).
    pub fn with_realised(self, texts: RealisedTexts) -> State {
        match self.realised_from_link {
            false => State { realised: texts, ..self },
            true if texts == self.realised => self,
            true => State { realised_pending: Some(texts), ..self },
        }
    }

    /// Whether the realised-results form may be written to storage.
    pub fn may_save_realised(&self) -> bool {
        self.realised_pending.is_none() && !self.embed
    }

    /// Whether the realised results can become a scenario: their required fields are valid
    /// and another scenario fits.
    pub fn can_use_realised(&self) -> bool {
        self.can_use_reading(&self.realised_reading())
    }

    /// The realised-results form read once: what it says and the problems of its fields. The
    /// page reads it here and hands the reading down.
    pub fn realised_reading(&self) -> RealisedReading {
        let (result, problems) = realised::read(&self.realised);
        RealisedReading { result, problems }
    }

    /// Whether a reading of the realised results can become a scenario: its fields are valid
    /// and another scenario fits. The one place of that rule.
    pub fn can_use_reading(&self, reading: &RealisedReading) -> bool {
        self.can_add() && reading.problems.is_empty()
    }

    fn from_set(set: &ScenarioSet) -> State {
        let scenarios = set.scenarios().iter().map(ScenarioState::from_scenario).collect();
        State::from_scenarios(scenarios, set.base(), set.editing())
    }

    /// The scenario being edited.
    pub fn editing(&self) -> &ScenarioState {
        &self.scenarios[self.editing]
    }

    /// The set as the model knows it, for the address, storage and files.
    pub fn set(&self) -> ScenarioSet {
        let scenarios = self.scenarios.iter().map(|s| Scenario { name: s.name.clone(), raw: s.raw.clone() }).collect();
        let fallback = Scenario { name: String::new(), raw: Preset::Schiedam.raw() };
        ScenarioSet::new(scenarios, self.base, self.editing, fallback)
    }

    /// The query string that reproduces the set and the language.
    pub fn query(&self) -> String {
        self.address(&self.set())
    }

    /// Whether the set on screen may be written to storage.
    pub fn may_save(&self) -> bool {
        !matches!(self.storage, Storage::Pending(_)) && !self.embed
    }

    /// Whether another scenario fits.
    pub fn can_add(&self) -> bool {
        self.scenarios.len() < MAX_SCENARIOS
    }

    /// What a saved file carries beside the set: the mode, the plan, the realised results.
    pub fn extras(&self) -> Extras {
        Extras { mode: self.mode, plan: self.plan, realised: Some(self.realised.clone()) }
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        // Which numbers the page writes anew, to be written the language's way: the derived
        // exit view while the user types, every field when scenarios or the language change.
        let rewrites = match &action {
            Action::Edit(..) => Rewrites::DerivedExit,
            Action::Preset(_) | Action::Add | Action::Duplicate(_) | Action::OpenFile(_) | Action::OpenSavedSet
            | Action::UseRealised(_) | Action::SetLang(_) => Rewrites::All,
            _ => Rewrites::None,
        };
        let mut next = State { opened_from_link: false, file_problem: None, ..self.clone() };
        let n = next.scenarios.len();
        match action {
            Action::Edit(field, text) => next.scenarios[next.editing] = self.editing().edit(field, text),
            Action::EditRange(field, bound, text) => next.scenarios[next.editing] = self.editing().edit_range(field, bound, text),
            Action::Preset(preset) => {
                let name = self.editing().name.clone();
                next.scenarios[next.editing] = ScenarioState::preset(name, preset, self.this_month);
            }
            Action::Select(i) if i < n => next.editing = i,
            Action::Add if self.can_add() => {
                next.scenarios.push(ScenarioState::preset(String::new(), Preset::Empty, self.this_month));
                next.editing = n;
            }
            Action::Duplicate(i) if i < n && self.can_add() => {
                let mut copy = self.scenarios[i].clone();
                // An unnamed scenario's copy stays unnamed (the page numbers it).
                if !copy.name.trim().is_empty() {
                    copy.name = clean_name(&format!("{}{}", copy.name.trim(), text::texts(self.lang).copy_suffix));
                }
                next.scenarios.insert(i + 1, copy);
                next.editing = i + 1;
                if next.base > i {
                    next.base += 1;
                }
            }
            Action::Rename(i, name) if i < n => {
                next.scenarios[i].name = name.chars().filter(|c| !c.is_control()).take(scenarios::MAX_NAME_CHARS).collect();
            }
            Action::Delete(i) if i < n && n > 1 => {
                next.scenarios.remove(i);
                let shift = |k: usize| if k > i { k - 1 } else if k == i { i.min(n - 2) } else { k };
                next.base = if self.base == i { 0 } else { shift(self.base) };
                next.editing = shift(self.editing);
                next.plan = self.plan.filter(|p| *p != i).map(shift);
            }
            Action::Move(i, step) => {
                let j = i as isize + step;
                if i < n && (0..n as isize).contains(&j) {
                    let j = j as usize;
                    next.scenarios.swap(i, j);
                    let follow = |k: usize| if k == i { j } else if k == j { i } else { k };
                    next.base = follow(self.base);
                    next.editing = follow(self.editing);
                    next.plan = self.plan.map(follow);
                }
            }
            Action::SetBase(i) if i < n => next.base = i,
            Action::FileProblem(error) => next.file_problem = Some(error),
            Action::KeepLinkSet => next.storage = Storage::InStep,
            Action::OpenSavedSet => {
                if let Storage::Pending(saved) = &self.storage {
                    next = self.keeping_page(State::from_set(saved));
                }
            }
            Action::DismissUnreadable => next.storage = Storage::InStep,
            Action::StorageRefused(refused) => {
                // Only what storage said changes; the link flag and file message stay.
                next = State { storage_refused: refused, ..self.clone() };
            }
            Action::UpdateWaiting => next = State { update_waiting: true, ..self.clone() },
            Action::OpenFile(doc) => {
                let doc = *doc;
                next = State { storage: self.storage.clone(), ..self.keeping_page(State::from_set(&doc.set)) };
                next.mode = doc.extras.mode;
                next.plan = doc.extras.plan;
                if let Some(texts) = doc.extras.realised {
                    next.realised = texts;
                    next.realised_pending = None;
                }
            }
            Action::SetMode(mode) => next.mode = mode,
            Action::SetPlan(plan) => next.plan = plan.filter(|p| *p < n),
            Action::KeepLinkRealised => next.realised_pending = None,
            Action::OpenSavedRealised => {
                if let Some(saved) = next.realised_pending.take() {
                    next.realised = saved;
                }
            }
            Action::SetLang(lang) => {
                next.lang = lang;
                next.lang_chosen = true;
            }
            Action::EditRealised(field, text) => next.realised.set(field, text),
            Action::RealisedExample(example) => next.realised = example.map(Example::texts).unwrap_or_default(),
            Action::UseRealised(name) if self.can_use_realised() => {
                let mut raw = realised::to_projection(&self.realised_reading().result, &Preset::Schiedam.raw());
                // The start month, when known: the plan's.
                if let Some(plan) = self.plan.and_then(|p| self.scenarios.get(p)) {
                    raw.set(Field::Start, plan.raw.get(Field::Start).to_string());
                }
                let previous = Preset::Schiedam.checked();
                next.scenarios.push(ScenarioState::new(clean_name(&name), raw, &previous, None));
                next.editing = n;
                next.mode = Mode::Projection;
            }
            _ => {}
        }
        next.localized(rewrites)
    }

    /// The state with numbers the page wrote in the language's form (`52,5` or `52.5`).
    fn localized(mut self, rewrites: Rewrites) -> State {
        let point = self.lang.decimal_point();
        match rewrites {
            Rewrites::None => {}
            Rewrites::DerivedExit => {
                let raw = &mut self.scenarios[self.editing].raw;
                let derived = raw.derived_exit_field();
                raw.localize(point, &[derived]);
            }
            Rewrites::All => self.scenarios.iter_mut().for_each(|s| {
                s.raw.localize(point, &Field::ALL);
                s.raw.ranges.localize(point);
            }),
        }
        self
    }

    /// `set`'s state with what belongs to the page rather than to a set: storage refusal,
    /// mode, realised results and language.
    fn keeping_page(&self, set: State) -> State {
        State {
            storage_refused: self.storage_refused,
            mode: self.mode,
            realised: self.realised.clone(),
            realised_pending: self.realised_pending.clone(),
            realised_from_link: self.realised_from_link,
            lang: self.lang,
            lang_chosen: self.lang_chosen,
            this_month: self.this_month,
            update_waiting: self.update_waiting,
            embed: self.embed,
            ..set
        }
    }
}
