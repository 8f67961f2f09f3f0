//! The scenario set on screen: its scenarios, which is the base and which is edited, and what
//! the browser's storage and the last opened file said about it; its small reducer.

use super::*;
use crate::model::document::link::LinkNotice;

/// The scenario set as the page holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetState {
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
    /// What the link the page opened from held that the page set aside, until another set
    /// replaces the link's.
    pub link_notices: Vec<LinkNotice>,
}

/// Where each scenario went in an action: by its old place, its new one, or none (removed, or
/// the whole set replaced). What follows a scenario by its place (the plan) follows this.
#[derive(Clone, Debug, PartialEq)]
pub struct Renumbering(Vec<Option<usize>>);

impl Renumbering {
    /// Every scenario where it was.
    fn same(n: usize) -> Renumbering {
        Renumbering((0..n).map(Some).collect())
    }
    /// The new place of the scenario that was at `old`, if it is still there.
    pub fn place(&self, old: usize) -> Option<usize> {
        self.0.get(old).copied().flatten()
    }
}

impl SetState {
    /// The set of `scenarios`, nothing said about storage or files.
    pub fn new(scenarios: Vec<ScenarioState>, base: usize, editing: usize) -> SetState {
        SetState {
            scenarios,
            base,
            editing,
            opened_from_link: false,
            storage: Storage::InStep,
            file_problem: None,
            storage_refused: false,
            link_notices: Vec::new(),
        }
    }

    /// The set of a model's set.
    pub fn from_set(set: &ScenarioSet) -> SetState {
        let scenarios = set.scenarios().iter().map(ScenarioState::from_scenario).collect();
        SetState::new(scenarios, set.base(), set.editing())
    }

    /// The scenario being edited.
    pub fn editing(&self) -> &ScenarioState {
        &self.scenarios[self.editing]
    }

    /// Whether another scenario fits.
    pub fn can_add(&self) -> bool {
        self.scenarios.len() < MAX_SCENARIOS
    }

    /// `scenario` added at the end and edited next, when it fits.
    pub fn adding(&self, scenario: ScenarioState) -> SetState {
        let mut next = self.clone();
        if self.can_add() {
            next.editing = next.scenarios.len();
            next.scenarios.push(scenario);
        }
        next
    }

    /// The set after `action`, and where each scenario went. `this_month` is where a new empty
    /// scenario starts. Actions that are not the set's leave it as it is, but for the link flag
    /// and the file message, which last until the next action.
    pub fn apply(&self, action: &Action, this_month: Option<u32>) -> (SetState, Renumbering) {
        let n = self.scenarios.len();
        if let Action::StorageRefused(refused) = action {
            // Only what storage said changes; the link flag and file message stay.
            return (SetState { storage_refused: *refused, ..self.clone() }, Renumbering::same(n));
        }
        if let Action::UpdateWaiting = action {
            return (self.clone(), Renumbering::same(n));
        }
        let mut next = SetState { opened_from_link: false, file_problem: None, ..self.clone() };
        let mut places: Vec<Option<usize>> = (0..n).map(Some).collect();
        match action {
            Action::Edit(field, text) => next.scenarios[next.editing] = self.editing().edit(*field, text.clone()),
            Action::EditRange(field, bound, text) => next.scenarios[next.editing] = self.editing().edit_range(*field, *bound, text.clone()),
            Action::EditGroup(..) | Action::EditGroupRange(..) | Action::RenameGroup(..) | Action::AddGroup | Action::RemoveGroup(_) | Action::MoveGroup(..) => {
                next.scenarios[next.editing] = self.editing().edit_groups(action);
            }
            Action::Preset(preset) => {
                let name = self.editing().name.clone();
                next.scenarios[next.editing] = ScenarioState::preset(name, *preset, this_month);
            }
            Action::Select(i) if *i < n => next.editing = *i,
            Action::Add if self.can_add() => next = next.adding(ScenarioState::preset(String::new(), Preset::Empty, this_month)),
            Action::Duplicate(i, name) if *i < n && self.can_add() => {
                let i = *i;
                let mut copy = self.scenarios[i].clone();
                copy.name = clean_name(name);
                next.scenarios.insert(i + 1, copy);
                next.editing = i + 1;
                places = (0..n).map(|k| Some(if k > i { k + 1 } else { k })).collect();
                next.base = places[self.base].unwrap_or(0);
            }
            Action::Rename(i, name) if *i < n => {
                next.scenarios[*i].name = limits::typed_name(name);
            }
            Action::Delete(i) if *i < n && n > 1 => {
                let i = *i;
                next.scenarios.remove(i);
                let shift = |k: usize| if k > i { k - 1 } else if k == i { i.min(n - 2) } else { k };
                next.base = if self.base == i { 0 } else { shift(self.base) };
                next.editing = shift(self.editing);
                places = (0..n).map(|k| (k != i).then(|| shift(k))).collect();
            }
            Action::Move(i, step) => {
                let (i, j) = (*i, *i as isize + step);
                if i < n && (0..n as isize).contains(&j) {
                    let j = j as usize;
                    next.scenarios.swap(i, j);
                    let follow = |k: usize| if k == i { j } else if k == j { i } else { k };
                    next.base = follow(self.base);
                    next.editing = follow(self.editing);
                    places = (0..n).map(|k| Some(follow(k))).collect();
                }
            }
            Action::SetBase(i) if *i < n => next.base = *i,
            Action::FileProblem(error) => next.file_problem = Some(error.clone()),
            Action::KeepLinkSet => {
                if let Storage::Pending(_) = self.storage {
                    next.storage = Storage::InStep;
                }
            }
            // Only once the entry is kept aside: until then the notice stays, and nothing is
            // saved over the entry where it is.
            Action::DismissUnreadable => {
                if let Storage::Unreadable { kept_aside: true, .. } = self.storage {
                    next.storage = Storage::InStep;
                }
            }
            Action::OpenSavedSet => {
                if let Storage::Pending(saved) = &self.storage {
                    next = SetState { storage_refused: self.storage_refused, ..SetState::from_set(saved) };
                    places = vec![None; n];
                }
            }
            Action::OpenFile(doc) => {
                next = SetState { storage: self.storage.clone(), storage_refused: self.storage_refused, ..SetState::from_set(&doc.set) };
                places = vec![None; n];
            }
            _ => {}
        }
        (next, Renumbering(places))
    }
}
