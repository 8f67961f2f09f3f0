//! What can be wrong with a field's text, and the reading of one field's text under its row of
//! facts: parsed in its number style and checked against its range.

use super::field::Field;
use super::number::{parse_number, NumberStyle, ParseError};
use super::units::Share;

/// What is wrong with a field's text. The page turns it into a message that says what is
/// allowed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProblemKind {
    /// Nothing typed.
    Empty,
    /// Not a number.
    NotANumber,
    /// A fraction where whole numbers are wanted.
    NotWhole,
    /// More than two decimals in an amount.
    TooManyDecimals,
    /// Outside the field's range.
    OutOfRange {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// The horizon is shorter than the period it must cover.
    HorizonBeforePeriod {
        /// The period in months.
        period: u32,
    },
    /// More exits than clients.
    ExitsAboveCaseload {
        /// The caseload.
        caseload: u32,
    },
    /// Left empty while another field that needs it is given (the team: clients per coach and
    /// the cost of a coach go together).
    NeededWith {
        /// The field given that needs this one.
        with: Field,
    },
    /// Not larger than the value it must exceed (clients per coach without the project, more
    /// than in it).
    NotAbove {
        /// The value it must exceed.
        min: f64,
    },
}

/// A problem with one field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Problem {
    /// The field the problem is in.
    pub field: Field,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// E = exits / N; zero when there are no clients.
pub fn exit_share_of(exits: f64, caseload: u32) -> Share {
    if caseload == 0 {
        Share::default()
    } else {
        Share::from_fraction(exits / f64::from(caseload))
    }
}

/// The exit share an exit value read from `field` gives: a percentage as it is; a count of
/// exits as a share of `caseload`, which it may not exceed. The one place of that rule, for the
/// scenario and for a group of its caseload.
pub fn exit_share_from(field: Field, value: f64, caseload: u32) -> Result<Share, ProblemKind> {
    if field != Field::Exits {
        Ok(Share::from_percent(value))
    } else if value > f64::from(caseload) {
        Err(ProblemKind::ExitsAboveCaseload { caseload })
    } else {
        Ok(exit_share_of(value, caseload))
    }
}

/// Parses one field's text and checks its range.
pub fn read_field(text: &str, field: Field) -> Result<f64, ProblemKind> {
    let (min, max) = field.range();
    read_number(text, field.style(), min, max)
}

/// Parses a number of `style` and checks that it lies in `min ..= max`; what is wrong
/// otherwise. Serves every form of the page.
pub fn read_number(text: &str, style: NumberStyle, min: f64, max: f64) -> Result<f64, ProblemKind> {
    let value = parse_number(text, style).map_err(|e| match e {
        ParseError::Empty => ProblemKind::Empty,
        ParseError::NotANumber => ProblemKind::NotANumber,
        ParseError::NotWhole => ProblemKind::NotWhole,
        ParseError::TooManyDecimals => ProblemKind::TooManyDecimals,
    })?;
    if value < min || value > max {
        return Err(ProblemKind::OutOfRange { min, max });
    }
    Ok(value)
}
