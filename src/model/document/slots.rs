//! A list of values in one link parameter, one slot a field: the set link's `s=` (a scenario's
//! inputs) and a group's part (`g=` in the set link, `group=` in the single link) are the same
//! list of slots after a name, each in the order of [`Field::ALL`], so that a later input takes
//! a new trailing slot and every link written before it still reads.
//!
//! ```text
//! NAME,SLOT,SLOT,…       a slot: VALUE or VALUE:LOW:HIGH (a range; either end may be empty)
//! ```
//!
//! Of `exit` and `exits` one slot holds the view given: `p` and a percentage or `n` and a
//! count. A value is canonical when valid and as typed (percent-encoded, so a comma in it
//! cannot split the list) when not; the `:` of a range is literal and each part
//! percent-encoded. An optional input left empty is an empty slot, and the empty optional slots
//! at the end are left out.

use crate::model::core::codec::{decode, encode, form_text, link_value, split_range, RANGE_SEPARATOR};
use crate::model::core::{Bound, ExitSource, Field};
use crate::model::input::{RawGroup, RawRanges};

/// The slots of the texts `get` gives for `fields` (of the exit, the field of the view given),
/// each with its range from `ranges`.
pub fn write(fields: impl Iterator<Item = Field>, get: impl Fn(Field) -> String, ranges: &RawRanges) -> Vec<String> {
    let mut slots: Vec<(bool, String)> = fields
        .map(|field| {
            let text = get(field);
            let unknown = field.is_optional() && text.trim().is_empty();
            let letter = ExitSource::of(field).map(ExitSource::letter).map(String::from).unwrap_or_default();
            let slot = if unknown { String::new() } else { format!("{letter}{}", link_value(field, &text)) };
            (unknown, slot + &range_suffix(ranges, field))
        })
        .collect();
    while slots.last().is_some_and(|(unknown, slot)| *unknown && slot.is_empty()) {
        slots.pop();
    }
    slots.into_iter().map(|(_, slot)| slot).collect()
}

/// `field`'s range as a slot appends it to the field's value: `:LOW:HIGH` (either may be
/// empty), or nothing without a range.
pub fn range_suffix(raw: &RawRanges, field: Field) -> String {
    let (low, high) = (raw.get(field, Bound::Low), raw.get(field, Bound::High));
    if low.is_empty() && high.is_empty() {
        return String::new();
    }
    let value = |t: &str| if t.is_empty() { String::new() } else { link_value(field, t) };
    format!("{RANGE_SEPARATOR}{}{RANGE_SEPARATOR}{}", value(low), value(high))
}

/// What a list of slots says: each field's form text, the view of the exit given (when the
/// list reaches its slot) and the range texts.
#[derive(Debug, Default)]
pub struct Read {
    /// Each slot's field (of the exit, the view its letter says) and form text.
    pub texts: Vec<(Field, String)>,
    /// The view of the exit given.
    pub exit_source: Option<ExitSource>,
    /// The ranges given.
    pub ranges: RawRanges,
}

/// Reads `parts` (still encoded) as the slots of `fields`, the exit's slot at the place of
/// `exits` (of `exit` and `exits` only `exits` is in `fields`); an exit without `p` or `n` is
/// `bare`. Slots past `fields` are ignored, fields past the slots not read.
pub fn read<'a>(parts: impl Iterator<Item = &'a str>, fields: impl Iterator<Item = Field>, bare: ExitSource) -> Read {
    let mut out = Read::default();
    for (field, part) in fields.zip(parts) {
        // `value:LOW:HIGH`: a `:` inside a value is percent-encoded, so splitting comes first.
        let (part, range) = split_range(part);
        let part = decode(part);
        let (field, text) = if field == Field::Exits {
            let (source, text) = match part.split_at_checked(1) {
                Some(("p", rest)) => (ExitSource::Share, rest.to_string()),
                Some(("n", rest)) => (ExitSource::Count, rest.to_string()),
                _ => (bare, part),
            };
            out.exit_source = Some(source);
            (source.field(), text)
        } else {
            (field, part)
        };
        for (bound, text) in range.into_iter().flat_map(|(low, high)| [(Bound::Low, low), (Bound::High, high)]) {
            let text = decode(text);
            if !text.is_empty() {
                out.ranges.set(field, bound, form_text(field, &text));
            }
        }
        out.texts.push((field, form_text(field, &text)));
    }
    out
}

/// The fields a list of slots holds, of `exit` and `exits` one slot (at `exits`' place).
pub fn slot_fields(fields: impl Iterator<Item = Field>) -> impl Iterator<Item = Field> {
    fields.filter(|f| *f != Field::ExitShare)
}

/// A group as one link parameter's value: `Kort,300,p40,60,22` (name, caseload, exit, work,
/// deadweight: its inputs in the order of [`Field::ALL`]); an exit or deadweight with a range
/// as `value:LOW:HIGH` (`p40:30:50`, `22:15:30`).
pub fn group_to_param(group: &RawGroup) -> String {
    let slots = write(group.fields(), |f| group.get(f).to_string(), &group.ranges);
    format!("{},{}", encode(&group.name), slots.join(","))
}

/// The group a link parameter's value describes. Missing parts are empty (and so marked when
/// checked); an exit without `p` or `n` is a share.
pub fn group_from_param(value: &str) -> RawGroup {
    let mut parts = value.split(',');
    let name = crate::model::core::limits::clean_name(&decode(parts.next().unwrap_or_default()));
    let read = read(parts, slot_fields(Field::ALL.into_iter().filter(|f| f.is_per_group())), ExitSource::Share);
    let exit_source = read.exit_source.unwrap_or_default();
    RawGroup::new(name, read.texts.iter().map(|(f, t)| (*f, t.as_str())), exit_source, read.ranges)
}
