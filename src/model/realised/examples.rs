//! The sources' realised results, to fill the form with.

use super::*;
use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

/// A source's example of realised results, to fill the form with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
pub enum Example {
    /// schiedam-kompas-2010.txt.
    Schiedam,
    /// haarlem-samen-2002.txt.
    Haarlem,
}

impl Example {
    /// Every example.
    pub const ALL: [Example; Example::COUNT] = every(Example::VARIANTS);
}

impl Example {
    /// The form's texts for the example, as the source gives them.
    pub fn texts(self) -> RealisedTexts {
        use RealisedField::*;
        match self {
            Example::Schiedam => RealisedTexts::from_pairs([
                (Caseload, "569"),
                (ExitsWork, "73"),
                (ExitsOther, "66"),
                (LadderSteps, "236"),
                (Period, "18"),
                (Cost, "15000"),
                (StatedExitShare, "24"),
                (StatedWorkShare, "54"),
                (StatedLadderShare, "42"),
            ]),
            Example::Haarlem => RealisedTexts::from_pairs([
                (Caseload, "280"),
                (ExitsWork, "85"),
                (ExitsOther, "43"),
                (InTrajectory, "10"),
                (Closed, "238"),
            ]),
        }
    }
}
