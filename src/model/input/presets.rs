//! The worked examples the page offers: the two reference projects and an empty scenario.
//! Their figures, each with its source, are in each field's row of facts (`field.rs`), from the
//! articles about them (see `docs/computing.md`); what an article does not give is an
//! assumption, and the page says so (`Texts::preset_note`).

use super::checked::Checked;
use super::raw::RawInputs;
use super::validate::validate;
use super::values::Inputs;
use crate::model::core::every::every;
use crate::model::core::{ExitSource, Field, Given, Source};
use strum::{EnumCount, VariantArray};

/// A ready scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumCount, VariantArray)]
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

impl Preset {
    /// Every preset, in the order the page offers them.
    pub const ALL: [Preset; Preset::COUNT] = every(Preset::VARIANTS);

    /// The preset's texts, as a user would type them, from each field's row of facts. The
    /// exit share is derived from the count of exits.
    pub fn raw(self) -> RawInputs {
        let texts = Field::ALL.into_iter().filter_map(|field| self.given(field).map(|given| (field, given.0)));
        let mut raw = RawInputs::from_pairs(texts, ExitSource::Count);
        let checked = validate(&raw, &Inputs::SMALLEST);
        raw.derive_other_exit_view(&checked);
        raw
    }

    /// The preset's texts checked: inputs and (for every preset) no problems.
    pub fn checked(self) -> Checked {
        validate(&self.raw(), &Inputs::SMALLEST)
    }

    /// The preset's inputs.
    pub fn inputs(self) -> Inputs {
        self.checked().inputs
    }
}

impl Preset {
    /// What the preset gives for `field`, as typed, with its source; none for a field derived
    /// from another (the exit share, from the count of exits).
    pub fn given(self, field: Field) -> Option<Given> {
        field.facts().presets.map(|presets| match self {
            Preset::Schiedam => presets.schiedam,
            Preset::Haarlem => presets.haarlem,
            Preset::Empty => presets.empty,
        })
    }
}

/// Where an input's value comes from: the preset it started from (while it is still that
/// preset's value), a figure of `domain.md`, or none (the user's own assumption).
pub fn source_of(field: Field, value: f64, origin: Option<Preset>) -> Option<Source> {
    let facts = field.facts();
    let preset = origin.and_then(|preset| Some((preset, preset.given(field)?))).and_then(|(preset, Given(_, source))| {
        source.filter(|_| preset.inputs().value(field).is_some_and(|v| (v - value).abs() < 1e-9))
    });
    preset.or_else(|| facts.known.iter().find(|k| k.covers(value)).map(|k| k.source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_gives_every_field() {
        for preset in Preset::ALL {
            let raw = preset.raw();
            for field in Field::ALL {
                // An optional field may stay unknown (the examples' articles give no inhabitants).
                assert!(field.facts().optional || !raw.get(field).is_empty(), "{preset:?} lacks {field:?}");
            }
        }
    }
}
