//! The page address as a share link: `?caseload=569&period=18&exits=139&work=52.5&…`.
//!
//! Each field travels under its link name ([`Field::link_name`]). A value that parses is written
//! in canonical form (decimal point, no grouping); one that does not is written as typed, so a
//! link with bad values opens with those fields marked and their text shown. Of `exit` and
//! `exits` only the given one is written; a link with both takes `exits`. Parameters a link
//! lacks take the defaults; unknown ones are ignored; of repeated ones the first counts. Ranges
//! follow as `NAME_low` and `NAME_high`; each group of a split caseload as `group=` with its
//! slots ([`super::slots`]).

use super::slots::{group_from_param, group_to_param};
use crate::model::core::codec::{decode, form_text, link_value, pairs};
use crate::model::core::limits::{MAX_GROUPS, MAX_SCENARIOS};
use crate::model::core::{Bound, ExitSource, Field};
use crate::model::input::{RawInputs, RawRanges};

/// The query string (with its leading `?`) that reproduces `raw`, its ranges after the fields
/// (`&exit_low=18&exit_high=30`).
pub fn to_query(raw: &RawInputs) -> String {
    let pairs: Vec<String> = raw
        .given_fields()
        // With groups, the groups hold the caseload, exit, work and deadweight.
        .filter(|field| !(raw.has_groups() && field.is_per_group()))
        .map(|field| format!("{}={}", field.link_name(), link_value(field, raw.get(field))))
        .chain(raw.groups.iter().map(|g| format!("{GROUP}={}", group_to_param(g))))
        .collect();
    format!("?{}{}", pairs.join("&"), ranges_to_query(raw))
}

/// The raw inputs a query string (with or without its leading `?`) describes, starting from
/// `defaults` for what it lacks. Values that parse are shown the Dutch way (`52,5`); others
/// exactly as the link has them.
pub fn from_query(query: &str, defaults: &RawInputs) -> RawInputs {
    let mut raw = defaults.clone();
    let mut seen = [false; Field::ALL.len()];
    for (name, value) in pairs(query) {
        let Some(field) = Field::from_link_name(&name) else { continue };
        if std::mem::replace(&mut seen[field.index()], true) {
            continue;
        }
        raw.set(field, form_text(field, &decode(value)));
    }
    if seen[Field::Exits.index()] {
        raw.exit_source = ExitSource::Count;
    } else if seen[Field::ExitShare.index()] {
        raw.exit_source = ExitSource::Share;
    }
    raw.ranges = ranges_from_query(query);
    // Groups, repeated `group=` (the exception to "the first counts"): the first eight.
    raw.groups = pairs(query).filter(|(name, _)| name == GROUP).take(MAX_GROUPS).map(|(_, value)| group_from_param(value)).collect();
    raw.fold_single_group();
    raw
}

/// The single link's parameter of one group.
pub const GROUP: &str = "group";

/// The set link's parameter of one group, after its scenario's `s`.
pub const SET_GROUP: &str = "g";

/// Whether the query string names any input of a scenario, a range or a group of one (in this
/// single-scenario format).
pub fn has_scenario(query: &str) -> bool {
    pairs(query).any(|(name, _)| Field::from_link_name(&name).is_some() || name == GROUP) || has_range(query)
}

/// What a link held that the page sets aside, each said in one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkNotice {
    /// A scenario (its number from 1; none in the single link) with more than [`MAX_GROUPS`]
    /// groups: the first count.
    TooManyGroups {
        /// The scenario, from 1.
        scenario: Option<usize>,
        /// How many groups the link gave it.
        given: usize,
    },
    /// A single link with groups also gave the scenario's own caseload, exit, work or
    /// deadweight: the groups count.
    FieldsBesideGroups,
    /// A single link with groups also gave ranges on the scenario's own exit or deadweight
    /// (`exit_low`, `baseline_high`, …): with groups they are each group's, so they do not count.
    RangesBesideGroups,
    /// A single link gave a range on the exit in the other unit than the exit itself
    /// (`exit_low` beside `exits=139`, or `exits_low` where the exit is a share): it does not
    /// count. `range` is the field the range was given for.
    RangeInOtherUnit {
        /// `ExitShare` for `exit_low`/`exit_high`, `Exits` for `exits_low`/`exits_high`.
        range: Field,
    },
}

/// What `query` holds that the page sets aside (see [`LinkNotice`]).
pub fn notices(query: &str) -> Vec<LinkNotice> {
    let mut out = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let (mut single_groups, mut own) = (0, false);
    for (name, _) in pairs(query) {
        match name.as_str() {
            "s" => counts.push(0),
            SET_GROUP => {
                if let Some(n) = counts.last_mut() {
                    *n += 1;
                }
            }
            GROUP => single_groups += 1,
            _ => {
                own |= Field::from_link_name(&name).is_some_and(Field::is_per_group);
            }
        }
    }
    if counts.is_empty() {
        // Ranges the single link gives that the page does not use: named, never dropped silently.
        let given = |field: Field| pairs(query).any(|(name, _)| Field::from_link_name(&name) == Some(field));
        let ranged = |field: Field| pairs(query).any(|(name, _)| range_end(&name).is_some_and(|(f, _)| f == field));
        if single_groups > 0 {
            if Field::GROUP_RANGES.into_iter().any(ranged) {
                out.push(LinkNotice::RangesBesideGroups);
            }
        } else {
            // The exit's unit: `exits` when given (it wins over `exit`), else `exit` when given,
            // else the example's, a count.
            let used = if !given(Field::Exits) && given(Field::ExitShare) { Field::ExitShare } else { Field::Exits };
            let other = if used == Field::Exits { Field::ExitShare } else { Field::Exits };
            if ranged(other) {
                out.push(LinkNotice::RangeInOtherUnit { range: other });
            }
        }
        if single_groups > MAX_GROUPS {
            out.push(LinkNotice::TooManyGroups { scenario: None, given: single_groups });
        }
        if single_groups > 0 && own {
            out.push(LinkNotice::FieldsBesideGroups);
        }
    }
    for (i, &n) in counts.iter().enumerate().take(MAX_SCENARIOS) {
        if n > MAX_GROUPS {
            out.push(LinkNotice::TooManyGroups { scenario: Some(i + 1), given: n });
        }
    }
    out
}

/// The single-scenario link's range parameters (`&exit_low=18&exit_high=30`) of the given
/// fields, in the form's order; values that parse in canonical form, others as typed (encoded).
pub fn ranges_to_query(raw: &RawInputs) -> String {
    raw.given_ranges().map(|(field, bound, text)| format!("&{}={}", bound.link_name(field), link_value(field, text))).collect()
}

/// The uncertain input and the end of its range that a link name names (`exits_low`: the low
/// end of the exits): the one reader of these names, for links and files alike.
pub fn range_end(name: &str) -> Option<(Field, Bound)> {
    Field::UNCERTAIN.into_iter().find_map(|field| Bound::ALL.into_iter().find(|b| b.link_name(field) == name).map(|b| (field, b)))
}

/// The range texts a single-scenario link carries (`exit_low`, `cost_high`, …), shown the
/// Dutch way when they parse; of repeated parameters the first counts.
pub fn ranges_from_query(query: &str) -> RawRanges {
    let mut raw = RawRanges::default();
    let mut seen = Vec::new();
    for (name, value) in pairs(query) {
        let Some((field, bound)) = range_end(&name) else { continue };
        if !seen.contains(&(field, bound)) {
            seen.push((field, bound));
            raw.set(field, bound, form_text(field, &decode(value)));
        }
    }
    raw
}

/// Whether a query string names any range (`exit_low`, `cost_high`, …).
pub fn has_range(query: &str) -> bool {
    pairs(query).any(|(name, _)| range_end(&name).is_some())
}
