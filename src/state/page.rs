//! What belongs to the page rather than to a set or the realised results: the mode, the
//! language, the date, a waiting update and whether the page is embedded; its small reducer.

use super::*;

/// The page's own state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageState {
    /// Projection or realised results.
    pub mode: Mode,
    /// The language of the page.
    pub lang: Lang,
    /// Whether the user chose the language with the switch (then the browser remembers it).
    pub lang_chosen: bool,
    /// The current month ([`crate::model::core::number::month_index`]), read at the edge: where a new
    /// empty scenario starts. None where no date is known.
    pub this_month: Option<u32>,
    /// Whether a new version of the page has installed and waits for the user to reload.
    pub update_waiting: bool,
    /// Whether the page is embedded (`embed=1`): one scenario, nothing read from or saved to
    /// the browser's storage.
    pub embed: bool,
}

impl PageState {
    /// The page after `action`.
    pub fn apply(&self, action: &Action) -> PageState {
        let mut next = self.clone();
        match action {
            Action::SetMode(mode) => next.mode = *mode,
            Action::OpenFile(doc) => next.mode = doc.extras.mode,
            Action::SetLang(lang) => {
                next.lang = *lang;
                next.lang_chosen = true;
            }
            Action::UpdateWaiting => next.update_waiting = true,
            _ => {}
        }
        next
    }
}
