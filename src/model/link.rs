//! The page address as a share link: `?caseload=569&period=18&exits=139&work=52.5&…`.
//!
//! Each field travels under its link name ([`Field::link_name`]). A value that parses is written
//! in canonical form (decimal point, no grouping); one that does not is written as typed, so a
//! link with bad values opens with those fields marked and their text shown. Of `exit` and
//! `exits` only the given one is written; a link with both takes `exits`. Parameters a link
//! lacks take the defaults; unknown ones are ignored; of repeated ones the first counts. Ranges
//! follow as `NAME_low` and `NAME_high` (see [`super::uncertainty`]).

use super::field::Field;
use super::groups::{RawGroup, GROUP_FIELDS, MAX_GROUPS};
use super::inputs::{ExitSource, RawInputs};
use super::number::{field_text, link_text, parse_number};
use super::ranges::{has_range, range_end, ranges_from_query, ranges_to_query};

/// The longest value a link can put into a field, in characters; longer ones are cut.
pub const MAX_VALUE_CHARS: usize = 200;

/// A field's text as a link carries it: canonical when it parses, else as typed, encoded.
/// Shared by this format and the set's (`scenarios`).
pub fn link_value(field: Field, text: &str) -> String {
    match parse_number(text, field.style()) {
        Ok(v) => link_text(v, field.style()),
        Err(_) => encode(text),
    }
}

/// The form text for a (decoded) value from a link: cut to [`MAX_VALUE_CHARS`], shown the
/// Dutch way when it parses (`52,5`), else exactly as the link has it.
pub fn form_text(field: Field, value: &str) -> String {
    let value: String = value.chars().take(MAX_VALUE_CHARS).collect();
    match parse_number(&value, field.style()) {
        Ok(v) => field_text(v, field.style()),
        Err(_) => value,
    }
}

/// The query string (with its leading `?`) that reproduces `raw`, its ranges after the fields
/// (`&exit_low=18&exit_high=30`).
pub fn to_query(raw: &RawInputs) -> String {
    let pairs: Vec<String> = raw
        .given_fields()
        // With groups, the groups hold the caseload, exit, work and deadweight.
        .filter(|field| !(raw.has_groups() && GROUP_FIELDS.contains(field)))
        .map(|field| format!("{}={}", field.link_name(), link_value(field, raw.get(field))))
        .chain(raw.groups.iter().map(|g| format!("{GROUP}={}", g.to_param())))
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
    raw.groups = pairs(query).filter(|(name, _)| name == GROUP).take(MAX_GROUPS).map(|(_, value)| RawGroup::from_param(value)).collect();
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
                own |= Field::from_link_name(&name).is_some_and(|f| GROUP_FIELDS.contains(&f));
            }
        }
    }
    if counts.is_empty() {
        // Ranges the single link gives that the page does not use: named, never dropped silently.
        let given = |field: Field| pairs(query).any(|(name, _)| Field::from_link_name(&name) == Some(field));
        let ranged = |field: Field| pairs(query).any(|(name, _)| range_end(&name).is_some_and(|(f, _)| f == field));
        if single_groups > 0 {
            if [Field::ExitShare, Field::Exits, Field::Baseline].into_iter().any(ranged) {
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
    for (i, &n) in counts.iter().enumerate().take(super::scenarios::MAX_SCENARIOS) {
        if n > MAX_GROUPS {
            out.push(LinkNotice::TooManyGroups { scenario: Some(i + 1), given: n });
        }
    }
    out
}

/// The (decoded) value of the first parameter `name` of a query string, if any.
pub fn param(query: &str, name: &str) -> Option<String> {
    pairs(query).find_map(|(key, value)| (key == name).then(|| decode(value)))
}

/// The parameters of a query string (with or without its leading `?`), in order: each name
/// decoded, each value still encoded (the set link splits its values before decoding them).
/// The one reader of every link format: the single link, the set link, the realised results.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(name), value)
    })
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte; a `%` not
/// followed by two hex digits stays as it is, and invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|&h| hex(h)), bytes.get(i + 2).and_then(|&l| hex(l))) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
