//! A group as typed, how it is checked, and how it travels in a link: one parameter
//! `NAME,CASELOAD,EXIT,WORK,BASELINE`, every part percent-encoded, EXIT `p` and a percent or `n`
//! and a count (`g=` after its scenario's `s=` in the set link, `group=` in the single link).

use super::Group;
use crate::model::inputs::{exit_share_from, read_field, ExitSource, Inputs, ProblemKind, Share};
use crate::model::ranges::{check_ranges, range_suffix, split_range, Bound, RangeProblem, Ranges, RawRanges};
use crate::model::link::{decode, encode, form_text, link_value};
use crate::model::number::{in_convention, input_text};
use crate::model::scenarios::clean_name;
use crate::model::Field;

/// The inputs of a group that can have a range: its exit (in either unit) and its deadweight.
pub const GROUP_RANGES: [Field; 3] = [Field::ExitShare, Field::Exits, Field::Baseline];

/// A group's texts exactly as typed or as a link or file gave them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawGroup {
    /// Its name.
    pub name: String,
    /// The caseload's text.
    pub caseload: String,
    /// The exit's text, in the unit of `exit_source`.
    pub exit: String,
    /// Whether the exit is a share (`p`) or a count (`n`).
    pub exit_source: ExitSource,
    /// The share to work's text.
    pub work: String,
    /// The deadweight's text.
    pub baseline: String,
    /// The low and high texts of its exit (in the exit's unit) and its deadweight, as typed.
    pub ranges: RawRanges,
}

/// A group checked: its values (a field with a problem takes `fallback`'s), and its problems.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedGroup {
    /// The values the projection uses.
    pub group: Group,
    /// The fields with a problem (the exit as `ExitShare` or `Exits`, in the unit typed).
    pub problems: Vec<(Field, ProblemKind)>,
    /// The ends of its ranges with a problem; the range is then left out.
    pub range_problems: Vec<RangeProblem>,
}

impl RawGroup {
    /// The field that holds the exit: the share or the count.
    pub fn exit_field(&self) -> Field {
        self.exit_source.field()
    }

    /// Checks the texts under the scenario's rules for the same inputs; exits at most the
    /// group's caseload. A field with a problem takes `fallback`'s value, so the other groups
    /// and the results keep working.
    pub fn check(&self, fallback: &Group) -> CheckedGroup {
        let mut problems = Vec::new();
        let mut read = |field: Field, text: &str| read_field(text, field).map_err(|kind| problems.push((field, kind))).ok();
        let caseload = read(Field::Caseload, &self.caseload).map_or(fallback.caseload, |v| v as u32);
        let exit = read(self.exit_field(), &self.exit);
        let work = read(Field::Work, &self.work).map_or(fallback.work_share, Share::from_percent);
        let baseline = read(Field::Baseline, &self.baseline).map_or(fallback.baseline_per_year, Share::from_percent);
        let exit_share = match exit.map(|value| exit_share_from(self.exit_field(), value, caseload)) {
            None => fallback.exit_share,
            Some(Ok(share)) => share,
            Some(Err(kind)) => {
                problems.push((self.exit_field(), kind));
                fallback.exit_share
            }
        };
        let group = Group { name: clean_name(&self.name), caseload, exit_share, work_share: work, baseline_per_year: baseline, ranges: Ranges::default() };
        // The ranges around the values checked, under the scenario's rules (the exit's in the
        // unit typed, at most the group's caseload as a count); only the exit's and the
        // deadweight's count.
        let mut own = RawRanges::default();
        for (field, bound, text) in self.ranges.iter().filter(|(f, _, _)| GROUP_RANGES.contains(f) && (*f == Field::Baseline || *f == self.exit_field())) {
            own.set(field, bound, text.to_string());
        }
        let (ranges, range_problems) = check_ranges(&own, &group.inputs(&Inputs::SMALLEST), self.exit_field());
        CheckedGroup { group: Group { ranges, ..group }, problems, range_problems }
    }

    /// A group of the scenario's own texts: what its caseload was before it was split, the
    /// ranges of its exit and deadweight included.
    pub fn of(raw: &crate::model::RawInputs) -> RawGroup {
        let mut ranges = RawRanges::default();
        for (field, bound, text) in raw.ranges.iter().filter(|(f, _, _)| *f == raw.exit_field() || *f == Field::Baseline) {
            ranges.set(field, bound, text.to_string());
        }
        RawGroup {
            name: String::new(),
            caseload: raw.get(Field::Caseload).to_string(),
            exit: raw.get(raw.exit_field()).to_string(),
            exit_source: raw.exit_source,
            work: raw.get(Field::Work).to_string(),
            baseline: raw.get(Field::Baseline).to_string(),
            ranges,
        }
    }

    /// A group added after `last`: no clients yet, none leaving, `last`'s work and deadweight,
    /// no ranges.
    pub fn after(last: &RawGroup) -> RawGroup {
        RawGroup {
            caseload: "0".into(),
            exit: "0".into(),
            exit_source: ExitSource::Share,
            name: String::new(),
            ranges: RawRanges::default(),
            ..last.clone()
        }
    }

    /// The group with the `bound` end of `field`'s range (its exit, in the unit typed, or its
    /// deadweight) typed as `text`.
    pub fn edit_range(&self, field: Field, bound: Bound, text: String) -> RawGroup {
        let mut next = self.clone();
        if GROUP_RANGES.contains(&field) {
            next.ranges.set(field, bound, text);
        }
        next
    }

    /// The text of `field` (a group field; the exit in either unit, the other empty).
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Caseload => &self.caseload,
            Field::Work => &self.work,
            Field::Baseline => &self.baseline,
            f if f == self.exit_field() => &self.exit,
            _ => "",
        }
    }

    /// The group with `field` typed as `text`. Typing the share or the count makes it the
    /// exit's unit; a new caseload holds the exit's share, exactly, as the scenario's does
    /// (`held`: the group's checked share before, none while its exit has a problem), so the
    /// count follows the caseload.
    pub fn edit(&self, field: Field, text: String, held: Option<Share>) -> RawGroup {
        let mut next = self.clone();
        match field {
            Field::Caseload => {
                if let (ExitSource::Count, Some(share)) = (self.exit_source, held) {
                    next.exit_source = ExitSource::Share;
                    next.exit = input_text(share.percent());
                    // Its range follows, as shares of the caseload it had.
                    if let Ok(before) = read_field(&self.caseload, Field::Caseload) {
                        next.ranges.counts_to_shares(before as u32);
                    }
                }
                next.caseload = text;
            }
            Field::ExitShare | Field::Exits => {
                next.exit_source = if field == Field::Exits { ExitSource::Count } else { ExitSource::Share };
                if next.exit_source != self.exit_source {
                    // A range in the other unit does not carry over.
                    next.ranges.set(self.exit_field(), Bound::Low, String::new());
                    next.ranges.set(self.exit_field(), Bound::High, String::new());
                }
                next.exit = text;
            }
            Field::Work => next.work = text,
            Field::Baseline => next.baseline = text,
            _ => {}
        }
        next
    }

    /// The numbers the page wrote (`52,5`), written the language's way.
    pub fn localize(&mut self, decimal_point: bool) {
        let exit_field = self.exit_field();
        for (field, text) in [(Field::Caseload, &mut self.caseload), (exit_field, &mut self.exit), (Field::Work, &mut self.work), (Field::Baseline, &mut self.baseline)] {
            if let Some(local) = in_convention(text, field.style(), decimal_point) {
                *text = local;
            }
        }
        self.ranges.localize(decimal_point);
    }

    /// The group as one link parameter's value: `Kort,300,p40,60,22`; an exit or deadweight
    /// with a range as `value:LOW:HIGH` (`p40:30:50`, `22:15:30`).
    pub fn to_param(&self) -> String {
        let unit = match self.exit_source {
            ExitSource::Share => 'p',
            ExitSource::Count => 'n',
        };
        format!(
            "{},{},{unit}{}{},{},{}{}",
            encode(&self.name),
            link_value(Field::Caseload, &self.caseload),
            link_value(self.exit_field(), &self.exit),
            range_suffix(&self.ranges, self.exit_field()),
            link_value(Field::Work, &self.work),
            link_value(Field::Baseline, &self.baseline),
            range_suffix(&self.ranges, Field::Baseline),
        )
    }

    /// The group a link parameter's value describes. Missing parts are empty (and so marked
    /// when checked); an exit without `p` or `n` is a share. The `:` of a range is literal and
    /// every part percent-encoded, so the range is split off before decoding.
    pub fn from_param(value: &str) -> RawGroup {
        let mut parts = value.split(',');
        let mut next = || parts.next().unwrap_or_default();
        let name = clean_name(&decode(next()));
        let caseload = form_text(Field::Caseload, &decode(next()));
        let (exit, exit_range) = split_range(next());
        let exit = decode(exit);
        let (exit_source, exit) = match exit.split_at_checked(1) {
            Some(("n", count)) => (ExitSource::Count, form_text(Field::Exits, count)),
            Some(("p", share)) => (ExitSource::Share, form_text(Field::ExitShare, share)),
            _ => (ExitSource::Share, form_text(Field::ExitShare, &exit)),
        };
        let work = form_text(Field::Work, &decode(next()));
        let (baseline, baseline_range) = split_range(next());
        let mut ranges = RawRanges::default();
        for (field, range) in [(exit_source.field(), exit_range), (Field::Baseline, baseline_range)] {
            for (bound, text) in range.into_iter().flat_map(|(low, high)| [(Bound::Low, low), (Bound::High, high)]) {
                ranges.set(field, bound, form_text(field, &decode(text)));
            }
        }
        RawGroup { name, caseload, exit, exit_source, work, baseline: form_text(Field::Baseline, &decode(baseline)), ranges }
    }
}
