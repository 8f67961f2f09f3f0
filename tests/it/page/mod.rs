//! The page, natively: the state reducer, the texts in both languages, the numbers against Node's
//! `Intl`, and the HTML the components render through yew's `ssr` feature (the page, groups on it,
//! ranges, bands and the tornado).

mod format;
mod groups;
mod render;
mod routes;
mod sets;
mod state;
mod team;
mod texts;
mod uncertainty;

use uitstroomrekenaar::state::{Action, State};

/// Duplicates scenario `i` as the page does: the copy named in the page's words and language.
pub fn duplicate(state: &State, i: usize) -> State {
    let name = uitstroomrekenaar::text::texts(state.page.lang).copy_name(&state.set.scenarios[i].name);
    state.apply(Action::Duplicate(i, name))
}
