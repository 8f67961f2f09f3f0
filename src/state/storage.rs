//! What the browser's storage holds beside the set on screen.

use super::*;

/// What the browser's storage holds beside the set on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Storage {
    /// Nothing to report; the set on screen is saved as the user works.
    InStep,
    /// The page opened from a link while another set is saved: that set is kept, and the set on
    /// screen is not saved, until the user chooses.
    Pending(ScenarioSet),
    /// The stored entry could not be read. The page keeps it aside untouched (`text`) and
    /// offers it for download.
    Unreadable {
        /// The entry exactly as stored.
        text: String,
        /// Why it could not be read.
        error: LoadError,
    },
}
