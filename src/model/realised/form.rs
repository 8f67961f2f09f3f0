//! The realised-results form: its inputs, their texts as typed, their groups and ranges, and
//! the one step that reads them ([`read`]).

use super::*;
use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

/// The inputs of the realised-results form, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum RealisedField {
    /// Clients at the start (required).
    Caseload,
    /// Exits to work (required).
    ExitsWork,
    /// Other exits (required).
    ExitsOther,
    /// Still in a trajectory, or with a good prospect of a job.
    InTrajectory,
    /// Closed trajectories.
    Closed,
    /// Clients up the participation ladder.
    LadderSteps,
    /// Months the project ran.
    Period,
    /// Benefit cost per client per year.
    Cost,
    /// The exit share the source states.
    StatedExitShare,
    /// The share to work the source states.
    StatedWorkShare,
    /// The share up the ladder the source states.
    StatedLadderShare,
}

/// The texts of the realised-results form as typed, one named text per [`RealisedField`]. The
/// browser keeps them as a JSON object under the fields' names ([`RealisedField::name`], which
/// a test holds to the names here); a key that is not a field, or a missing one, is refused (a
/// field added later gets `#[serde(default)]`, so that what was stored before still opens).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RealisedTexts {
    /// Clients at the start.
    #[serde(rename = "realised_caseload")]
    pub caseload: String,
    /// Exits to work.
    #[serde(rename = "realised_work")]
    pub exits_work: String,
    /// Other exits.
    #[serde(rename = "realised_other")]
    pub exits_other: String,
    /// Still in a trajectory.
    #[serde(rename = "realised_in_trajectory")]
    pub in_trajectory: String,
    /// Closed trajectories.
    #[serde(rename = "realised_closed")]
    pub closed: String,
    /// Steps up the ladder.
    #[serde(rename = "realised_ladder")]
    pub ladder_steps: String,
    /// Months the project ran.
    #[serde(rename = "realised_period")]
    pub period: String,
    /// Benefit cost per client per year.
    #[serde(rename = "realised_cost")]
    pub cost: String,
    /// The exit share the source states.
    #[serde(rename = "stated_exit_share")]
    pub stated_exit_share: String,
    /// The share to work the source states.
    #[serde(rename = "stated_work_share")]
    pub stated_work_share: String,
    /// The share up the ladder the source states.
    #[serde(rename = "stated_ladder_share")]
    pub stated_ladder_share: String,
}

impl RealisedTexts {
    /// The text of `field`.
    pub fn get(&self, field: RealisedField) -> &str {
        match field {
            RealisedField::Caseload => &self.caseload,
            RealisedField::ExitsWork => &self.exits_work,
            RealisedField::ExitsOther => &self.exits_other,
            RealisedField::InTrajectory => &self.in_trajectory,
            RealisedField::Closed => &self.closed,
            RealisedField::LadderSteps => &self.ladder_steps,
            RealisedField::Period => &self.period,
            RealisedField::Cost => &self.cost,
            RealisedField::StatedExitShare => &self.stated_exit_share,
            RealisedField::StatedWorkShare => &self.stated_work_share,
            RealisedField::StatedLadderShare => &self.stated_ladder_share,
        }
    }

    /// Replaces the text of `field`.
    pub fn set(&mut self, field: RealisedField, text: String) {
        let slot = match field {
            RealisedField::Caseload => &mut self.caseload,
            RealisedField::ExitsWork => &mut self.exits_work,
            RealisedField::ExitsOther => &mut self.exits_other,
            RealisedField::InTrajectory => &mut self.in_trajectory,
            RealisedField::Closed => &mut self.closed,
            RealisedField::LadderSteps => &mut self.ladder_steps,
            RealisedField::Period => &mut self.period,
            RealisedField::Cost => &mut self.cost,
            RealisedField::StatedExitShare => &mut self.stated_exit_share,
            RealisedField::StatedWorkShare => &mut self.stated_work_share,
            RealisedField::StatedLadderShare => &mut self.stated_ladder_share,
        };
        *slot = text;
    }

    /// Texts from `(field, text)` pairs; fields not named stay empty.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (RealisedField, &'a str)>) -> RealisedTexts {
        let mut texts = RealisedTexts::default();
        for (field, text) in pairs {
            texts.set(field, text.to_string());
        }
        texts
    }
}

/// The two groups of the realised-results form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum RealisedGroup {
    /// What happened: the counts, the period and the cost.
    Counts,
    /// The shares the source states, to check them.
    Stated,
}

impl RealisedGroup {
    /// The groups, in form order.
    pub const ALL: [RealisedGroup; RealisedGroup::COUNT] = every(RealisedGroup::VARIANTS);
}

impl RealisedField {
    /// Every field, in form order.
    pub const ALL: [RealisedField; RealisedField::COUNT] = every(RealisedField::VARIANTS);

    /// The group of the form it is in.
    pub fn group(self) -> RealisedGroup {
        match self {
            RealisedField::Caseload
            | RealisedField::ExitsWork
            | RealisedField::ExitsOther
            | RealisedField::InTrajectory
            | RealisedField::Closed
            | RealisedField::LadderSteps
            | RealisedField::Period
            | RealisedField::Cost => RealisedGroup::Counts,
            RealisedField::StatedExitShare | RealisedField::StatedWorkShare | RealisedField::StatedLadderShare => {
                RealisedGroup::Stated
            }
        }
    }

    /// Whether the form needs it; the others may stay empty.
    pub fn required(self) -> bool {
        matches!(self, RealisedField::Caseload | RealisedField::ExitsWork | RealisedField::ExitsOther)
    }

    /// The scenario input whose number style and range it shares: the counts the caseload's,
    /// the stated shares the share to work's, the period and the cost their own.
    fn like(self) -> Field {
        match self {
            RealisedField::Period => Field::Period,
            RealisedField::Cost => Field::Cost,
            RealisedField::StatedExitShare | RealisedField::StatedWorkShare | RealisedField::StatedLadderShare => Field::Work,
            RealisedField::Caseload
            | RealisedField::ExitsWork
            | RealisedField::ExitsOther
            | RealisedField::InTrajectory
            | RealisedField::Closed
            | RealisedField::LadderSteps => Field::Caseload,
        }
    }

    /// The smallest and largest value allowed.
    pub fn range(self) -> (f64, f64) {
        self.like().range()
    }

    /// Whether it is typed in whole numbers.
    pub fn whole(self) -> bool {
        self.like().style() == NumberStyle::Whole
    }

    /// The name of its input (`name` attribute, element ids), its parameter in a link and its
    /// key in a stored or saved document.
    pub fn name(self) -> &'static str {
        match self {
            RealisedField::Caseload => "realised_caseload",
            RealisedField::ExitsWork => "realised_work",
            RealisedField::ExitsOther => "realised_other",
            RealisedField::InTrajectory => "realised_in_trajectory",
            RealisedField::Closed => "realised_closed",
            RealisedField::LadderSteps => "realised_ladder",
            RealisedField::Period => "realised_period",
            RealisedField::Cost => "realised_cost",
            RealisedField::StatedExitShare => "stated_exit_share",
            RealisedField::StatedWorkShare => "stated_work_share",
            RealisedField::StatedLadderShare => "stated_ladder_share",
        }
    }
}

/// Reads the form: the realised result (empty optional fields are none) and the problems of
/// fields that are required and empty, not numbers, or out of range. A field with a problem
/// counts as empty (a required one as zero).
pub fn read(texts: &RealisedTexts) -> (Realised, Vec<(RealisedField, ProblemKind)>) {
    let mut problems = Vec::new();
    let mut value = |field: RealisedField| -> Option<f64> {
        let text = texts.get(field);
        let (min, max) = field.range();
        match read_number(text, field.like().style(), min, max) {
            Ok(v) => Some(v),
            Err(ProblemKind::Empty) if !field.required() => None,
            Err(kind) => {
                problems.push((field, kind));
                None
            }
        }
    };
    let values: Vec<(RealisedField, Option<f64>)> = RealisedField::ALL.into_iter().map(|f| (f, value(f))).collect();
    let get = |field: RealisedField| values.iter().find(|(f, _)| *f == field).and_then(|(_, v)| *v);
    let stated = |field: RealisedField| {
        get(field).map(|percent| {
            // "54" is stated to the unit, "24,4" to a tenth: that sets how close it must be.
            let t = texts.get(field).trim().trim_end_matches('%').trim();
            let decimals = t.rfind([',', '.']).map_or(0, |i| t[i + 1..].chars().filter(char::is_ascii_digit).count());
            Stated { percent, decimals: decimals.min(6) as u8 }
        })
    };
    let realised = Realised {
        caseload: get(RealisedField::Caseload).unwrap_or(0.0),
        exits_work: get(RealisedField::ExitsWork).unwrap_or(0.0),
        exits_other: get(RealisedField::ExitsOther).unwrap_or(0.0),
        in_trajectory: get(RealisedField::InTrajectory),
        closed: get(RealisedField::Closed),
        ladder_steps: get(RealisedField::LadderSteps),
        period_months: get(RealisedField::Period).map(|p| p as u32),
        cost_per_year: get(RealisedField::Cost),
        stated_exit_share: stated(RealisedField::StatedExitShare),
        stated_work_share: stated(RealisedField::StatedWorkShare),
        stated_ladder_share: stated(RealisedField::StatedLadderShare),
    };
    (realised, problems)
}
