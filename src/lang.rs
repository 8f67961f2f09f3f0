//! The languages of the page: Dutch first, English second. Its own module, because both the
//! texts (`text`) and the number formats (`format`) depend on it, and `text` on `format`.

use crate::model::core::every::every;
use strum::{EnumCount, VariantArray};

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumCount, VariantArray, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; Lang::COUNT] = every(Lang::VARIANTS);

    /// Its code in the page address (`lang=en`), in storage and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language of a code; none for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether numbers the page writes into the form take a decimal point (else a comma).
    pub fn decimal_point(self) -> bool {
        self == Lang::En
    }

    /// The locale numbers and dates are written in.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        }
    }
}
