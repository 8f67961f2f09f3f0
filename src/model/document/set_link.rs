//! The set link: a set of named scenarios in the page address (documented in
//! `docs/contract.md`): one `s` parameter per scenario, in order,
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
//! [`super::slots::group_to_param`]); its own slots then hold the groups' totals, which a
//! reader ignores when `g=` follows. Of more than [`MAX_GROUPS`] groups the first count. The
//! slots of both are [`super::slots`].

use super::set::{Scenario, ScenarioSet};
use super::slots;
use crate::model::core::codec::{decode, encode, pairs};
use crate::model::core::limits::{MAX_GROUPS, MAX_SCENARIOS};
use crate::model::core::{ExitSource, Field};
use crate::model::input::RawInputs;
use super::link::SET_GROUP;

/// The query string (with `?`) that reproduces the set.
pub fn to_query(set: &ScenarioSet) -> String {
    let mut out = format!("?base={}&edit={}", set.base() + 1, set.editing() + 1);
    for s in set.scenarios() {
        out.push_str("&s=");
        out.push_str(&encode(&s.name));
        let derived = s.raw.derived_exit_field();
        for slot in slots::write(Field::ALL.into_iter().filter(|f| *f != derived), |f| s.raw.get(f).to_string(), &s.raw.ranges) {
            out.push(',');
            out.push_str(&slot);
        }
        for group in &s.raw.groups {
            out.push_str(&format!("&{SET_GROUP}="));
            out.push_str(&slots::group_to_param(group));
        }
    }
    out
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
                    s.raw.groups.push(slots::group_from_param(value));
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
    let read = slots::read(parts, slots::slot_fields(Field::ALL.into_iter()), ExitSource::Count);
    for (field, bound, text) in read.ranges.iter() {
        raw.ranges.set(field, bound, text.to_string());
    }
    for (field, text) in read.texts {
        raw.set(field, text);
    }
    if let Some(source) = read.exit_source {
        raw.exit_source = source;
    }
    Scenario { name, raw }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::core::limits::{clean_name, MAX_NAME_CHARS};
    use crate::model::input::Preset;

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
