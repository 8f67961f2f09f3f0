//! The texts of a scenario exactly as typed, or as a link or file gave them: the form's
//! ([`RawInputs`]), a group's ([`RawGroup`]) and the ranges' ([`RawRanges`]). Bad input is a
//! normal state here; [`super::validate`] turns these texts into checked values.

use super::validate::{check_group, derived_exit_text, fallback};
use super::values::{totals, Group, Inputs};
use super::checked::Checked;
use crate::model::core::number::{in_convention, input_text, parse_number, rounded_input_text};
use crate::model::core::{read_field, Bound, ExitSource, Field, Share};
use strum::EnumCount;

/// The texts of a scenario's form exactly as typed (or as a link gave them), one per field,
/// and which exit view is the one given.
#[derive(Clone, Debug, PartialEq)]
pub struct RawInputs {
    /// One text per field (read and written only through [`RawInputs::get`] and
    /// [`RawInputs::set`]).
    texts: Texts,
    /// Which of `exit` and `exits` holds the value; the other is derived.
    pub exit_source: ExitSource,
    /// The low and high texts of the uncertain inputs, as typed (empty: no ranges).
    pub ranges: RawRanges,
    /// The groups the caseload is split into, as typed: none, or 2 to
    /// [`crate::model::core::limits::MAX_GROUPS`]. With groups, the scenario's own caseload, exit, work and
    /// deadweight are theirs (see [`super::validate`]); the texts of those fields are not read.
    pub groups: Vec<RawGroup>,
}

impl RawInputs {
    /// Raw inputs from `(field, text)` pairs; fields not named are empty.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Field, &'a str)>, exit_source: ExitSource) -> RawInputs {
        let mut raw = RawInputs { texts: Default::default(), exit_source, ranges: RawRanges::default(), groups: Vec::new() };
        for (field, text) in pairs {
            raw.set(field, text.to_string());
        }
        raw
    }
    /// The text of `field`.
    pub fn get(&self, field: Field) -> &str {
        self.texts.get(field)
    }
    /// Replaces the text of `field`.
    pub fn set(&mut self, field: Field, text: String) {
        self.texts.set(field, text);
    }

    /// Rewrites numbers in `fields` that the page wrote (`52,5`; not `52.50` or `15.000`) with
    /// a decimal point or comma, for the page's language.
    pub fn localize(&mut self, decimal_point: bool, fields: &[Field]) {
        for &field in fields {
            if let Some(text) = in_convention(self.get(field), field.style(), decimal_point) {
                self.set(field, text);
            }
        }
    }
    /// Writes the exit view that was not given (`exit` or `exits`) from the checked inputs, so
    /// that typing either updates the other. Left as it is while the given view has a problem.
    /// The derived share is rounded to two decimals, the derived count to one.
    pub fn derive_other_exit_view(&mut self, checked: &Checked) {
        if checked.problem(self.exit_field()).is_some() {
            return;
        }
        let text = derived_exit_text(self.exit_source, checked.inputs.exit_share, checked.inputs.caseload);
        self.set(self.derived_exit_field(), text);
    }

    /// The exit view derived from the other: `exit` when `exits` was given, and back.
    pub fn derived_exit_field(&self) -> Field {
        self.exit_source.derived_field()
    }

    /// The fields the user gave, in the address's order: all but the derived exit view and an
    /// optional field left empty. What links and files carry.
    pub fn given_fields(&self) -> impl Iterator<Item = Field> + '_ {
        let derived = self.derived_exit_field();
        Field::ALL.into_iter().filter(move |f| *f != derived && !(f.is_optional() && self.get(*f).trim().is_empty()))
    }

    /// The range texts that links and files carry: those of the given fields (of `exit` and
    /// `exits`, only the given view's), in the form's order, low before high.
    pub fn given_ranges(&self) -> impl Iterator<Item = (Field, Bound, &str)> + '_ {
        let derived = self.derived_exit_field();
        self.ranges.iter().filter(move |(f, _, _)| *f != derived)
    }

    /// The field that holds the exit value, `exit` or `exits`.
    pub fn exit_field(&self) -> Field {
        self.exit_source.field()
    }

    /// A caseload "split" into one group is not split: that group's texts become the
    /// scenario's own caseload, exit, work and deadweight (its name goes).
    pub fn fold_single_group(&mut self) {
        if let [group] = self.groups.as_slice() {
            let group = group.clone();
            self.groups.clear();
            self.exit_source = group.exit_source;
            for field in group.fields() {
                self.set(field, group.get(field).to_string());
            }
            self.clear_group_ranges();
            for (field, bound, text) in group.ranges.iter() {
                self.ranges.set(field, bound, text.to_string());
            }
        }
    }

    /// Clears the scenario's own ranges on the exit and the deadweight: with groups, those are
    /// the groups' own.
    pub fn clear_group_ranges(&mut self) {
        for field in Field::GROUP_RANGES {
            for bound in Bound::ALL {
                self.ranges.set(field, bound, String::new());
            }
        }
    }

    /// Whether the caseload is split into groups.
    pub fn has_groups(&self) -> bool {
        !self.groups.is_empty()
    }

    /// With groups, the scenario's own caseload, exit (as a count), work and deadweight texts
    /// written as the groups' totals (each to at most two decimals), so that a link or file
    /// read by a page that knows no groups still shows something sensible; without groups, the
    /// texts as they are.
    pub fn with_group_totals(&self) -> RawInputs {
        let mut raw = self.clone();
        if self.has_groups() {
            raw.clear_group_ranges();
            let checked: Vec<Group> = self.groups.iter().enumerate().map(|(i, g)| check_group(g, &fallback(&[], i, &Inputs::SMALLEST)).group).collect();
            let totals = totals(&checked);
            raw.exit_source = ExitSource::Count;
            raw.set(Field::Caseload, input_text(f64::from(totals.caseload)));
            raw.set(Field::Exits, rounded_input_text(totals.exits, 2));
            raw.set(Field::ExitShare, String::new());
            raw.set(Field::Work, rounded_input_text(totals.work_share.percent(), 2));
            raw.set(Field::Baseline, rounded_input_text(totals.baseline_per_year.percent(), 2));
        }
        raw
    }
}

/// A group's texts exactly as typed or as a link or file gave them: its name, and a text for
/// each input a group has its own of ([`Field::PER_GROUP`]), keyed by the field as the
/// scenario's are (of the exit, only the view given).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawGroup {
    /// Its name.
    pub name: String,
    /// One text per input of a group, read and written through [`RawGroup::get`] and
    /// [`RawGroup::set`]; the other fields' stay empty.
    texts: Texts,
    /// Whether the exit is a share (`p`) or a count (`n`).
    pub exit_source: ExitSource,
    /// The low and high texts of its exit (in the exit's unit) and its deadweight, as typed.
    pub ranges: RawRanges,
}

impl RawGroup {
    /// A group from its name, `(field, text)` pairs of its inputs (of the exit, the view
    /// `exit_source` says) and its range texts.
    pub fn new<'a>(name: String, pairs: impl IntoIterator<Item = (Field, &'a str)>, exit_source: ExitSource, ranges: RawRanges) -> RawGroup {
        let mut group = RawGroup { name, texts: Texts::default(), exit_source, ranges };
        for (field, text) in pairs {
            group.set(field, text.to_string());
        }
        group
    }

    /// The field that holds the exit: the share or the count.
    pub fn exit_field(&self) -> Field {
        self.exit_source.field()
    }

    /// The inputs the group has a text of, in the address's order: every input of a group,
    /// of the exit the view given.
    pub fn fields(&self) -> impl Iterator<Item = Field> {
        let derived = self.exit_source.derived_field();
        Field::ALL.into_iter().filter(move |f| f.is_per_group() && *f != derived)
    }

    /// A group of the scenario's own texts: what its caseload was before it was split, the
    /// ranges of its exit and deadweight included.
    pub fn of(raw: &RawInputs) -> RawGroup {
        let mut group = RawGroup { exit_source: raw.exit_source, ..RawGroup::default() };
        for field in group.fields().collect::<Vec<_>>() {
            group.set(field, raw.get(field).to_string());
        }
        let ranges: Vec<_> = raw.ranges.iter().filter(|(f, _, _)| group.has_range(*f)).collect();
        for (field, bound, text) in ranges {
            group.ranges.set(field, bound, text.to_string());
        }
        group
    }

    /// A group added after `last`: no clients yet, none leaving, `last`'s other inputs (its
    /// work and deadweight), no ranges.
    pub fn after(last: &RawGroup) -> RawGroup {
        let mut next = RawGroup { name: String::new(), exit_source: ExitSource::Share, ranges: RawRanges::default(), ..last.clone() };
        next.set(Field::Caseload, "0".into());
        next.set(Field::ExitShare, "0".into());
        next
    }

    /// Whether `field` can have a range in this group: its deadweight, and its exit in the
    /// view given.
    fn has_range(&self, field: Field) -> bool {
        Field::GROUP_RANGES.contains(&field) && ExitSource::of(field).is_none_or(|source| source == self.exit_source)
    }

    /// The group with the `bound` end of `field`'s range (its exit, in the unit typed, or its
    /// deadweight) typed as `text`.
    pub fn edit_range(&self, field: Field, bound: Bound, text: String) -> RawGroup {
        let mut next = self.clone();
        if Field::GROUP_RANGES.contains(&field) {
            next.ranges.set(field, bound, text);
        }
        next
    }

    /// The text of `field` (an input of a group; the exit in the view given, the other
    /// empty; any other field empty).
    pub fn get(&self, field: Field) -> &str {
        self.texts.get(field)
    }

    /// Sets the text of `field`, an input of a group; a text for the exit makes its view the
    /// one given (the other's text goes). Any other field keeps no text.
    pub fn set(&mut self, field: Field, text: String) {
        if !field.is_per_group() {
            return;
        }
        if let Some(source) = ExitSource::of(field) {
            self.exit_source = source;
            self.texts.set(source.derived_field(), String::new());
        }
        self.texts.set(field, text);
    }

    /// The group with `field` typed as `text`. Typing the share or the count makes it the
    /// exit's unit; a new caseload holds the exit's share, exactly, as the scenario's does
    /// (`held`: the group's checked share before, none while its exit has a problem), so the
    /// count follows the caseload.
    pub fn edit(&self, field: Field, text: String, held: Option<Share>) -> RawGroup {
        let mut next = self.clone();
        if field == Field::Caseload {
            if let (ExitSource::Count, Some(share)) = (self.exit_source, held) {
                next.set(Field::ExitShare, input_text(share.percent()));
                // Its range follows, as shares of the caseload it had.
                if let Ok(before) = read_field(self.get(Field::Caseload), Field::Caseload) {
                    next.ranges.counts_to_shares(before as u32);
                }
            }
        }
        if ExitSource::of(field).is_some_and(|source| source != self.exit_source) {
            // A range in the other unit does not carry over.
            next.ranges.set(self.exit_field(), Bound::Low, String::new());
            next.ranges.set(self.exit_field(), Bound::High, String::new());
        }
        next.set(field, text);
        next
    }

    /// The numbers the page wrote (`52,5`), written the language's way.
    pub fn localize(&mut self, decimal_point: bool) {
        for field in self.fields().collect::<Vec<_>>() {
            if let Some(local) = in_convention(self.get(field), field.style(), decimal_point) {
                self.set(field, local);
            }
        }
        self.ranges.localize(decimal_point);
    }
}

/// One text per field, indexed by the field: the texts of a scenario's form, or of a group's.
#[derive(Clone, Debug, Default, PartialEq)]
struct Texts([String; Field::COUNT]);

impl Texts {
    fn get(&self, field: Field) -> &str {
        &self.0[field.index()]
    }
    fn set(&mut self, field: Field, text: String) {
        self.0[field.index()] = text;
    }
}

/// The range texts of a scenario as typed: a low and a high text for each uncertain input
/// (empty: no range). Only the texts of the exit view the user typed in count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRanges(Vec<(Field, Bound, String)>);

impl RawRanges {
    /// The text of `field`'s `bound` (empty when none).
    pub fn get(&self, field: Field, bound: Bound) -> &str {
        self.0.iter().find(|(f, b, _)| (*f, *b) == (field, bound)).map_or("", |(_, _, t)| t.as_str())
    }

    /// Replaces the text of `field`'s `bound`; an empty text removes it. Only the inputs of
    /// [`Field::UNCERTAIN`] have ranges.
    pub fn set(&mut self, field: Field, bound: Bound, text: String) {
        self.0.retain(|(f, b, _)| (*f, *b) != (field, bound));
        if let Some(at) = Field::UNCERTAIN.iter().position(|u| *u == field).filter(|_| !text.trim().is_empty()) {
            // Kept in the form's order, low before high, by where it is inserted.
            let key = |f: Field, b: Bound| (Field::UNCERTAIN.iter().position(|u| *u == f), b);
            let i = self.0.iter().position(|(f, b, _)| key(*f, *b) > (Some(at), bound)).unwrap_or(self.0.len());
            self.0.insert(i, (field, bound, text));
        }
    }

    /// Whether no range text is given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Rewrites the numbers the page wrote (`18,5`) with a decimal point or comma, for the
    /// page's language, as [`RawInputs::localize`] does for the fields.
    pub fn localize(&mut self, decimal_point: bool) {
        for (field, _, text) in &mut self.0 {
            if let Some(local) = in_convention(text, field.style(), decimal_point) {
                *text = local;
            }
        }
    }

    /// The ranges of the exit typed as a count (`exits`) as shares of `caseload` (`exit`), for
    /// when the page turns the count into a share (a new caseload scales the exits). Ends that
    /// do not parse stay with the count, as typed.
    pub fn counts_to_shares(&mut self, caseload: u32) {
        if caseload == 0 {
            return;
        }
        for bound in Bound::ALL {
            let count = parse_number(self.get(Field::Exits, bound), Field::Exits.style());
            if let Ok(count) = count {
                let share = input_text(count / f64::from(caseload) * 100.0);
                self.set(Field::ExitShare, bound, share);
                self.set(Field::Exits, bound, String::new());
            }
        }
    }

    /// Every given text, in the form's order, low before high.
    pub fn iter(&self) -> impl Iterator<Item = (Field, Bound, &str)> + '_ {
        self.0.iter().map(|(f, b, t)| (*f, *b, t.as_str()))
    }
}
