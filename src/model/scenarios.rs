//! A set of named scenarios, one of them the base the others are compared with, and its form
//! in the page address.
//!
//! Link format (documented in the README): one `s` parameter per scenario, in order,
//!
//! ```text
//! ?base=1&edit=2&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25&s=Voorzichtig,569,18,p20,50,15000,60,8,16,400000,2.25
//! ```
//!
//! Each `s` holds, separated by commas: the name, then caseload, period, exit, work, cost,
//! horizon, baseline, return, project_cost, discount and start (`2008-09`; a link without it,
//! written before it existed, takes the default's). The exit is `n` and a number of exits,
//! or `p` and a percentage (whichever was typed). A value is canonical when valid and as typed
//! (percent-encoded, so a comma in it cannot split the list) when not. `base` and `edit` count
//! from 1. A value with a range is `value:LOW:HIGH` (`p24.43:18:30`; either end may be empty;
//! the `:` literal, each part percent-encoded). A link without `s` is read in the
//! single-scenario format of [`super::link`].
//!
//! A scenario whose caseload is split into groups has its groups after its `s=`, one `g=` a
//! group (`g=Kort,300,p40,60,22`: name, caseload, exit, work, deadweight; see
//! [`super::groups::RawGroup::to_param`]); its own slots then hold the groups' totals, which a
//! reader ignores when `g=` follows. Of more than [`MAX_GROUPS`] groups the first count.

use super::field::Field;
use super::groups::{RawGroup, MAX_GROUPS};
use super::inputs::{ExitSource, RawInputs};
use super::link::{decode, encode, form_text, link_value, pairs, SET_GROUP};
use super::ranges::{range_suffix, split_range, Bound};

/// The most scenarios a set holds.
pub const MAX_SCENARIOS: usize = 12;
/// The longest name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// One named scenario: its name and its form's texts as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The name the user gave, at most [`MAX_NAME_CHARS`] characters; may be empty.
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
    /// to [`MAX_NAME_CHARS`], the derived exit view left empty, and indexes put back in range
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

/// A name as the set keeps it: without control characters, trimmed at the ends, at most
/// [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    typed_name(name).trim().to_string()
}

/// A name as it is being typed (a scenario's or a group's): without control characters, at
/// most [`MAX_NAME_CHARS`] characters, its spaces kept while the user types.
pub fn typed_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect()
}

/// The query string (with `?`) that reproduces the set.
pub fn to_query(set: &ScenarioSet) -> String {
    let mut out = format!("?base={}&edit={}", set.base + 1, set.editing + 1);
    for s in &set.scenarios {
        out.push_str("&s=");
        out.push_str(&encode(&s.name));
        for slot in slots(&s.raw) {
            out.push(',');
            out.push_str(&slot);
        }
        for group in &s.raw.groups {
            out.push_str(&format!("&{SET_GROUP}="));
            out.push_str(&group.to_param());
        }
    }
    out
}

/// A scenario's slots in its `s=` after the name, in the order of [`Field::ALL`] (of `exit` and
/// `exits`, the given one): every slot at its place, so that a reader can take each by its
/// position. An optional input left empty is an empty slot (`…,2008-09,,40,150,85000`), and the
/// empty optional slots at the end are left out, so that a link of a scenario without the later
/// inputs is the link written before they existed.
fn slots(raw: &RawInputs) -> Vec<String> {
    let derived = raw.derived_exit_field();
    let mut slots: Vec<(bool, String)> = Field::ALL
        .into_iter()
        .filter(|f| *f != derived)
        .map(|field| {
            let text = raw.get(field);
            let unknown = field.facts().optional && text.trim().is_empty();
            let prefix = match field {
                Field::Exits => "n",
                Field::ExitShare => "p",
                _ => "",
            };
            let slot = if unknown { String::new() } else { format!("{prefix}{}", link_value(field, text)) };
            (unknown, slot + &range_suffix(&raw.ranges, field))
        })
        .collect();
    while slots.last().is_some_and(|(unknown, slot)| *unknown && slot.is_empty()) {
        slots.pop();
    }
    slots.into_iter().map(|(_, slot)| slot).collect()
}

/// The set a query string describes, or none when it has no `s` parameter. Values a scenario
/// lacks come from `defaults`; values that parse are shown the Dutch way (`52,5`).
pub fn from_query(query: &str, defaults: &RawInputs) -> Option<ScenarioSet> {
    let (mut base, mut edit) = (None, None);
    let mut scenarios = Vec::new();
    // Past the last scenario a set holds, its groups go with it.
    let mut full = false;
    for (name, value) in pairs(query) {
        match name.as_str() {
            "s" if scenarios.len() < MAX_SCENARIOS => scenarios.push(scenario_from_param(value, defaults)),
            "s" => full = true,
            // A group belongs to the nearest `s` before it (none before the first).
            SET_GROUP if !full => {
                if let Some(s) = scenarios.last_mut().filter(|s: &&mut Scenario| s.raw.groups.len() < MAX_GROUPS) {
                    s.raw.groups.push(RawGroup::from_param(value));
                }
            }
            "base" if base.is_none() => base = decode(value).parse::<usize>().ok(),
            "edit" if edit.is_none() => edit = decode(value).parse::<usize>().ok(),
            _ => {}
        }
    }
    if scenarios.is_empty() {
        return None;
    }
    for s in &mut scenarios {
        s.raw.fold_single_group();
    }
    let index = |one_based: Option<usize>| one_based.and_then(|i| i.checked_sub(1)).unwrap_or(0);
    let fallback = Scenario { name: String::new(), raw: defaults.clone() };
    Some(ScenarioSet::new(scenarios, index(base), index(edit), fallback))
}

fn scenario_from_param(value: &str, defaults: &RawInputs) -> Scenario {
    let mut parts = value.split(',');
    let name = decode(parts.next().unwrap_or(""));
    let mut raw = defaults.clone();
    let fields = Field::ALL.into_iter().filter(|f| *f != Field::ExitShare);
    for (field, part) in fields.zip(parts) {
        // `value:LOW:HIGH`: a `:` inside a value is percent-encoded, so splitting comes first.
        let (part, range) = split_range(part);
        let part = decode(part);
        let (field, text) = match field {
            Field::Exits => match part.split_at_checked(1) {
                Some(("p", rest)) => (Field::ExitShare, rest.to_string()),
                Some(("n", rest)) => (Field::Exits, rest.to_string()),
                _ => (Field::Exits, part),
            },
            _ => (field, part),
        };
        if matches!(field, Field::Exits | Field::ExitShare) {
            raw.exit_source = if field == Field::Exits { ExitSource::Count } else { ExitSource::Share };
        }
        if let Some((low, high)) = range {
            for (bound, text) in [(Bound::Low, low), (Bound::High, high)] {
                let text = decode(text);
                if !text.is_empty() {
                    raw.ranges.set(field, bound, form_text(field, &text));
                }
            }
        }
        raw.set(field, form_text(field, &text));
    }
    Scenario { name, raw }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Preset;

    fn named(name: &str, preset: Preset) -> Scenario {
        Scenario { name: name.to_string(), raw: preset.raw() }
    }

    #[test]
    fn a_set_round_trips_through_its_link() {
        let mut variant = Preset::Schiedam.raw();
        variant.set(Field::ExitShare, "20".into());
        variant.exit_source = ExitSource::Share;
        variant.set(Field::Period, "abc,d".into());
        let set = ScenarioSet::new(
            vec![named("Plan", Preset::Schiedam), Scenario { name: "Voorzichtig, 20%".into(), raw: variant }],
            1,
            0,
            named("", Preset::Schiedam),
        );
        let q = to_query(&set);
        assert!(q.starts_with("?base=2&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09&s=Voorzichtig%2C%2020%25,569,abc%2Cd,p20,"), "{q}");
        let back = from_query(&q, &Preset::Empty.raw()).expect("a set");
        assert_eq!(to_query(&back), q);
        assert_eq!(back.scenarios()[1].raw.get(Field::Period), "abc,d");
        assert_eq!(back.scenarios()[1].name, "Voorzichtig, 20%");
        assert_eq!(back.base(), 1);
    }

    #[test]
    fn odd_links_are_put_right() {
        assert_eq!(from_query("?caseload=569", &Preset::Empty.raw()), None);
        let set = from_query("?base=9&edit=0&s=&s=A,1", &Preset::Schiedam.raw()).expect("a set");
        assert_eq!((set.base(), set.editing()), (0, 0));
        assert_eq!(set.scenarios()[1].raw.get(Field::Caseload), "1");
        assert_eq!(set.scenarios()[1].raw.get(Field::Period), "18", "missing values from the defaults");
        let many = format!("?{}", vec!["s=x"; 20].join("&"));
        assert_eq!(from_query(&many, &Preset::Empty.raw()).map(|s| s.scenarios().len()), Some(MAX_SCENARIOS));
    }

    #[test]
    fn names_are_cut_and_cleaned() {
        assert_eq!(clean_name(&"a".repeat(100)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(clean_name("  Plan\n B \u{7} "), "Plan B");
    }
}
