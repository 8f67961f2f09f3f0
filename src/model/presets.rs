//! The worked examples the page offers: the two reference projects and an empty scenario.
//! Their figures come from the articles in `shared/reference/` (see `domain.md`); what an article
//! does not give is an assumption, and the page says so (`text::preset_note`).

use super::field::Field;
use super::inputs::{validate, Checked, Euros, ExitSource, Inputs, RawInputs, Share};

/// A ready scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Schiedam, "Met Kompas Koersen Naar Eigen Kracht", Sept 2008 to April 2010: 569 clients,
    /// 139 exits in 18 months, 73 to work, € 15.000 per benefit. What the page shows first.
    Schiedam,
    /// Haarlem, SAMEN, 1997 to 2002: 280 clients, 85 to work and 43 benefit ended. The article
    /// gives no period or cost: assumed 60 months (1997 to 2002) and € 14.400 (macrobudget 2019).
    Haarlem,
    /// Zeros and neutral settings, to start from scratch.
    Empty,
}

/// Inputs valid by construction, used only as the fallback while checking a preset's own
/// texts (which the tests show to be valid, so nothing of it is ever taken).
const NEUTRAL: Inputs = Inputs {
    caseload: 0,
    period_months: 1,
    exit_share: Share::ZERO,
    work_share: Share::ZERO,
    cost_per_year: Euros(0.0),
    horizon_months: 1,
    baseline_per_year: Share::ZERO,
    return_share: Share::ZERO,
    project_cost_per_year: Euros(0.0),
    discount_per_year: Share::ZERO,
    start_month: 1990 * 12,
};

/// The start of the empty preset where the page knows no date.
pub const EMPTY_START: &str = "2026-01";

impl Preset {
    /// Every preset, in the order the page offers them.
    pub const ALL: [Preset; 3] = [Preset::Schiedam, Preset::Haarlem, Preset::Empty];

    /// The preset's texts, as a user would type them. `exit` is derived from `exits`.
    pub fn raw(self) -> RawInputs {
        use Field::*;
        // `exit` is derived from `exits` below.
        let texts: [(Field, &str); 11] = match self {
            // 73 / 139 = 52,5% to work; 139 × 15.000 = 2.085.000; started 1 September 2008
            // (schiedam-kompas-2010.txt).
            Preset::Schiedam => [
                (Caseload, "569"), (Period, "18"), (Exits, "139"), (Work, "52,5"), (Cost, "15000"),
                (Horizon, "60"), (Baseline, "0"), (Return, "0"), (ProjectCost, "0"), (Discount, "2,25"),
                (Start, "2008-09"),
            ],
            // 85 / 128 = 66,40625% to work, exactly, so that 85 comes out. Started in 1997, the
            // month unknown: January assumed (the page says so).
            Preset::Haarlem => [
                (Caseload, "280"), (Period, "60"), (Exits, "128"), (Work, "66,40625"), (Cost, "14400"),
                (Horizon, "120"), (Baseline, "0"), (Return, "0"), (ProjectCost, "0"), (Discount, "2,25"),
                (Start, "1997-01"),
            ],
            // The start is this month when the page applies the preset (`State`), which knows the
            // date; this fixed month only stands in where no date is known (native tests).
            Preset::Empty => [
                (Caseload, "0"), (Period, "12"), (Exits, "0"), (Work, "0"), (Cost, "0"),
                (Horizon, "60"), (Baseline, "0"), (Return, "0"), (ProjectCost, "0"), (Discount, "2,25"),
                (Start, EMPTY_START),
            ],
        };
        let mut raw = RawInputs::from_pairs(texts, ExitSource::Count);
        let checked = validate(&raw, &NEUTRAL);
        raw.derive_other_exit_view(&checked);
        raw
    }

    /// The preset's texts checked: inputs and (for every preset) no problems.
    pub fn checked(self) -> Checked {
        validate(&self.raw(), &NEUTRAL)
    }

    /// The preset's inputs.
    pub fn inputs(self) -> Inputs {
        self.checked().inputs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_gives_every_field() {
        for preset in Preset::ALL {
            let raw = preset.raw();
            for field in Field::ALL {
                assert!(!raw.get(field).is_empty(), "{preset:?} lacks {field:?}");
            }
        }
    }
}
