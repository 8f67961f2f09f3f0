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
    /// offers it for download; nothing is saved over it where it is until it has been kept
    /// aside.
    Unreadable {
        /// The entry exactly as stored.
        text: String,
        /// Why it could not be read.
        error: LoadError,
        /// Whether it has been kept aside under a key of its own (the page does so when it opens,
        /// [`State::kept_aside`]). When the browser refused, it stays where it was: nothing is
        /// saved in its place, and its notice cannot be dismissed.
        kept_aside: bool,
    },
}
