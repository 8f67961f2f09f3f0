//! The page's state and its one reducer: the raw form texts and their checked values.
//! Pure: no browser access, so it is tested natively. The address and other browser state are
//! read at the edge (`app.rs`) and passed in.

use crate::model::number::rounded_input_text;
use crate::model::{link, validate, Checked, ExitSource, Field, Preset, RawInputs};

/// What the user typed, and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The form's texts, exactly as typed or as the link gave them.
    pub raw: RawInputs,
    /// The checked inputs and the problems of `raw`. Fields with a problem hold their last valid
    /// value (the default scenario's when the page opened from a link).
    pub checked: Checked,
    /// The preset the scenario started from: Schiedam when the page opens without a scenario in
    /// its address, none when a link gave one.
    pub origin: Option<Preset>,
    /// True until the first action after the page opened: fallback values are then the
    /// default scenario's rather than the last valid ones.
    pub opened_from_link: bool,
}

/// Everything the user can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text of a field changed.
    Edit(Field, String),
    /// A preset was chosen.
    Preset(Preset),
}

impl State {
    /// The state a page address describes: the default scenario (Schiedam) with what the query
    /// string changes. Fields the link gives badly are marked and fall back to the default.
    pub fn from_query(query: &str) -> State {
        let default = Preset::Schiedam;
        let raw = link::from_query(query, &default.raw());
        let origin = (raw == default.raw()).then_some(default);
        State { opened_from_link: origin.is_none(), ..State::checked(raw, &default.checked(), origin) }
    }

    /// The state of a preset.
    pub fn preset(preset: Preset) -> State {
        State::checked(preset.raw(), &preset.checked(), Some(preset))
    }

    fn checked(mut raw: RawInputs, previous: &Checked, origin: Option<Preset>) -> State {
        let checked = validate(&raw, &previous.inputs);
        raw.derive_other_exit_view(&checked);
        State { raw, checked, origin, opened_from_link: false }
    }

    /// Whether the scenario differs from the preset it started from.
    pub fn edited(&self) -> bool {
        self.origin.is_some_and(|p| p.raw() != self.raw)
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Preset(preset) => State::preset(preset),
            Action::Edit(field, text) => {
                let mut raw = self.raw.clone();
                raw.set(field, text);
                match field {
                    Field::ExitShare => raw.exit_source = ExitSource::Share,
                    Field::Exits => raw.exit_source = ExitSource::Count,
                    // The share is held and the count follows the caseload.
                    Field::Caseload if self.checked.problem(raw.exit_field()).is_none() => {
                        raw.exit_source = ExitSource::Share;
                        let share = self.checked.inputs.exit_share.percent();
                        raw.set(Field::ExitShare, rounded_input_text(share, 2));
                    }
                    _ => {}
                }
                State::checked(raw, &self.checked, self.origin)
            }
        }
    }

    /// The query string that reproduces this state.
    pub fn query(&self) -> String {
        link::to_query(&self.raw)
    }
}
