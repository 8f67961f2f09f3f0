//! A set of named scenarios, one of them the base the others are compared with and one being
//! edited: what the set link ([`super::set_link`]), the file ([`super::set_file`]) and the
//! browser's storage hold.

use crate::model::core::limits::{clean_name, MAX_SCENARIOS};
use crate::model::core::Bound;
use crate::model::input::RawInputs;

/// One named scenario: its name and its form's texts as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The name the user gave, at most [`crate::model::core::limits::MAX_NAME_CHARS`] characters; may be empty.
    pub name: String,
    /// The form's texts.
    pub raw: RawInputs,
}

/// Scenarios with one base and one being edited. Made through [`ScenarioSet::new`], which
/// keeps the indexes in range and the count within 1 ..= [`MAX_SCENARIOS`].
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioSet {
    scenarios: Vec<Scenario>,
    base: usize,
    editing: usize,
}

impl ScenarioSet {
    /// A set from scenarios (the first [`MAX_SCENARIOS`]; none gives `fallback` alone), names cut
    /// to [`crate::model::core::limits::MAX_NAME_CHARS`], the derived exit view left empty, and indexes put back in range
    /// (to the first scenario).
    pub fn new(mut scenarios: Vec<Scenario>, base: usize, editing: usize, fallback: Scenario) -> ScenarioSet {
        scenarios.truncate(MAX_SCENARIOS);
        if scenarios.is_empty() {
            scenarios.push(fallback);
        }
        for s in &mut scenarios {
            s.name = clean_name(&s.name);
            s.raw = s.raw.with_group_totals();
            // The exit view that was not given is derived from the other (the page writes it
            // on validation); clearing it here lets sets compare by what the user gave.
            let derived = s.raw.derived_exit_field();
            s.raw.set(derived, String::new());
            for bound in Bound::ALL {
                s.raw.ranges.set(derived, bound, String::new());
            }
        }
        let n = scenarios.len();
        ScenarioSet { scenarios, base: if base < n { base } else { 0 }, editing: if editing < n { editing } else { 0 } }
    }
    /// The scenarios, in order.
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }
    /// The index of the base scenario.
    pub fn base(&self) -> usize {
        self.base
    }
    /// The index of the scenario being edited.
    pub fn editing(&self) -> usize {
        self.editing
    }
}
