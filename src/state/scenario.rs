//! One scenario as the page holds it: its name, its form's texts, their checked values and the
//! example it started from; what an edit of a field or a range does to it.

use super::*;

/// One scenario as the page holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioState {
    /// The name the user gave; may be empty (the page then shows "Scenario n").
    pub name: String,
    /// The form's texts, exactly as typed or as a link or file gave them.
    pub raw: RawInputs,
    /// The checked inputs and the problems of `raw`. Fields with a problem hold their last
    /// valid value (the default scenario's when the scenario came from a link or file).
    pub checked: Checked,
    /// The preset the scenario started from, if any.
    pub origin: Option<Preset>,
}

impl ScenarioState {
    pub(super) fn new(name: String, mut raw: RawInputs, previous: &Checked, origin: Option<Preset>) -> ScenarioState {
        let checked = validate_with(&raw, &previous.inputs, &previous.groups);
        raw.derive_other_exit_view(&checked);
        ScenarioState { name, raw, checked, origin }
    }

    pub(super) fn from_scenario(s: &Scenario) -> ScenarioState {
        let mut state = ScenarioState::new(s.name.clone(), s.raw.clone(), &Preset::Schiedam.checked(), None);
        // A scenario with an example's values is that example, though a link or a file does
        // not say so: it keeps the example's name and source, also after a reload.
        state.origin = [Preset::Schiedam, Preset::Haarlem]
            .into_iter()
            .find(|p| !state.raw.has_groups() && !state.checked.has_problems() && p.checked().inputs == state.checked.inputs);
        state
    }

    /// A scenario from a preset; the empty one starts in `this_month` when the page knows it.
    pub(super) fn preset(name: String, preset: Preset, this_month: Option<u32>) -> ScenarioState {
        let mut raw = preset.raw();
        if let (Preset::Empty, Some(month)) = (preset, this_month) {
            raw.set(Field::Start, month_text(month));
        }
        ScenarioState::new(name, raw, &preset.checked(), Some(preset))
    }

    /// Whether the scenario differs from the preset it started from: in a value, or in a text
    /// that cannot be read. Values, not texts: the same example written the English way
    /// (`24.43` for `24,43`) is not an edit. The empty preset's start is the month it was
    /// chosen in, so its start does not count.
    pub fn edited(&self) -> bool {
        self.origin.is_some_and(|p| {
            let mut preset = p.checked().inputs;
            if p == Preset::Empty {
                preset.start_month = self.checked.inputs.start_month;
            }
            self.raw.has_groups() || self.checked.has_problems() || preset != self.checked.inputs
        })
    }

    pub(super) fn edit(&self, field: Field, text: String) -> ScenarioState {
        let mut raw = self.raw.clone();
        raw.set(field, text);
        if let Some(source) = ExitSource::of(field) {
            raw.exit_source = source;
        } else if field == Field::Caseload && self.checked.problem(raw.exit_field()).is_none() {
            // The share is held, exactly (not rounded for show), so that scaling the caseload
            // scales every figure; the count follows the caseload.
            if raw.exit_source == ExitSource::Count {
                raw.ranges.counts_to_shares(self.checked.inputs.caseload);
            }
            raw.exit_source = ExitSource::Share;
            raw.set(Field::ExitShare, input_text(self.checked.inputs.exit_share.percent()));
        }
        ScenarioState::new(self.name.clone(), raw, &self.checked, self.origin)
    }

    /// The scenario after an action on its groups (see [`Action::EditGroup`] and the four
    /// after it); other actions leave it as it is.
    pub(super) fn edit_groups(&self, action: &Action) -> ScenarioState {
        let mut raw = self.raw.clone();
        let n = raw.groups.len();
        // A move's other place, when it is within the groups.
        let swapped = |i: usize, step: isize| Some(i as isize + step).filter(|j| i < n && (0..n as isize).contains(j)).map(|j| j as usize);
        match action {
            Action::EditGroup(i, field, text) if *i < n => {
                let held = self.checked.group_problem(*i, raw.groups[*i].exit_field()).is_none().then(|| self.checked.groups[*i].exit_share);
                raw.groups[*i] = raw.groups[*i].edit(*field, text.clone(), held);
            }
            Action::EditGroupRange(i, field, bound, text) if *i < n => {
                raw.groups[*i] = raw.groups[*i].edit_range(*field, *bound, text.clone());
            }
            Action::RenameGroup(i, name) if *i < n => {
                raw.groups[*i].name = limits::typed_name(name);
            }
            Action::AddGroup if n == 0 => {
                // The scenario's own exit and deadweight, with their ranges, become group 1's.
                let first = RawGroup::of(&raw);
                raw.clear_group_ranges();
                raw.groups = vec![first.clone(), RawGroup::after(&first)];
            }
            Action::AddGroup if n < MAX_GROUPS => raw.groups.push(RawGroup::after(&raw.groups[n - 1])),
            Action::RemoveGroup(i) if *i < n => {
                raw.groups.remove(*i);
                raw.fold_single_group();
            }
            Action::MoveGroup(i, step) => match swapped(*i, *step) {
                Some(j) => raw.groups.swap(*i, j),
                None => return self.clone(),
            },
            _ => return self.clone(),
        }
        // The last valid values follow their groups: a moved or removed group's fallback is
        // its own, never its neighbour's.
        let mut previous = self.checked.clone();
        previous.groups = match action {
            Action::MoveGroup(i, step) if previous.groups.len() == n => {
                let mut groups = previous.groups.clone();
                if let Some(j) = swapped(*i, *step) {
                    groups.swap(*i, j);
                }
                groups
            }
            Action::RemoveGroup(i) if *i < previous.groups.len() => {
                let mut groups = previous.groups.clone();
                groups.remove(*i);
                groups
            }
            _ => previous.groups,
        };
        ScenarioState::new(self.name.clone(), raw, &previous, self.origin)
    }

    pub(super) fn edit_range(&self, field: Field, bound: Bound, text: String) -> ScenarioState {
        let mut raw = self.raw.clone();
        raw.ranges.set(field, bound, text);
        ScenarioState::new(self.name.clone(), raw, &self.checked, self.origin)
    }
}
