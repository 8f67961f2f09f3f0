//! The units the model computes in: a share (a fraction inside the model, a percentage only at
//! the edges), an amount of euros, which view of the exit a user gave, and an end of a range.

use super::every::every;
use super::field::Field;
use serde::{Deserialize, Serialize};
use strum::{EnumCount, VariantArray};

/// A fraction between 0 and 1. Shares are fractions inside the model and percentages only at
/// the edges (the form, the link, the page).
// Serialised (as its fraction) only to reach the bands' worker, which computes with it.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
pub struct Share(f64);

impl Share {
    /// No share at all.
    pub const ZERO: Share = Share(0.0);
    /// A share from a fraction, clamped to 0..=1 (callers have checked the range already).
    pub fn from_fraction(fraction: f64) -> Share {
        Share(if fraction.is_finite() { fraction.clamp(0.0, 1.0) } else { 0.0 })
    }
    /// A share from a percentage (0 to 100).
    pub fn from_percent(percent: f64) -> Share {
        Share::from_fraction(percent / 100.0)
    }
    /// The fraction, 0 to 1.
    pub fn fraction(self) -> f64 {
        self.0
    }
    /// The percentage, 0 to 100.
    pub fn percent(self) -> f64 {
        self.0 * 100.0
    }
}

/// An amount of money in euros.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
pub struct Euros(pub f64);

/// Which view of the exit input the user gave: the share E or the expected number of exits.
/// The link carries the one that was given; the other is derived from it and the caseload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ExitSource {
    /// The percentage field `exit` holds the value.
    #[default]
    Share,
    /// The number field `exits` holds the value.
    Count,
}

impl ExitSource {
    /// The field that holds the value: `exit` for a share, `exits` for a count.
    pub fn field(self) -> Field {
        match self {
            ExitSource::Share => Field::ExitShare,
            ExitSource::Count => Field::Exits,
        }
    }

    /// The view of the exit that `field` is: a count for `exits`, a share for `exit`; none for
    /// any other field.
    pub fn of(field: Field) -> Option<ExitSource> {
        [ExitSource::Share, ExitSource::Count].into_iter().find(|source| source.field() == field)
    }

    /// The letter before the exit's value in a set link's slot and a group's part: `p` for a
    /// share (percent), `n` for a count.
    pub fn letter(self) -> char {
        match self {
            ExitSource::Share => 'p',
            ExitSource::Count => 'n',
        }
    }

    /// The field that is derived from this view: the other one.
    pub fn derived_field(self) -> Field {
        match self {
            ExitSource::Share => Field::Exits,
            ExitSource::Count => Field::ExitShare,
        }
    }
}

/// The low or the high end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, EnumCount, VariantArray)]
pub enum Bound {
    /// The low value.
    Low,
    /// The high value.
    High,
}

impl Bound {
    /// Both ends, low first.
    pub const ALL: [Bound; Bound::COUNT] = every(Bound::VARIANTS);

    /// The link name of `field`'s end: `exit_low`, `project_cost_high`, ….
    pub fn link_name(self, field: Field) -> String {
        let suffix = match self {
            Bound::Low => "_low",
            Bound::High => "_high",
        };
        format!("{}{suffix}", field.link_name())
    }
}
