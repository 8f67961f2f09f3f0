//! The callbacks the page's parts report through, made once: each stays the same object from
//! render to render while what it does stays the same (yew compares callbacks by identity), so
//! a part whose props did not change is not rendered again at a keystroke elsewhere.

use crate::components::group_form::GroupChange;
use crate::model::core::units::Bound;
use crate::model::realised::{Example, RealisedField};
use crate::model::{Field, Preset};
use crate::state::{Action, Mode, State};
use crate::text::Lang;
use yew::prelude::*;

/// Every callback of the page, by what it does.
pub(super) struct Actions {
    pub edit: Callback<(Field, String)>,
    pub edit_range: Callback<(Field, Bound, String)>,
    pub group: Callback<GroupChange>,
    pub set_lang: Callback<Lang>,
    pub set_mode: Callback<Mode>,
    pub keep_link_set: Callback<()>,
    pub open_saved_set: Callback<()>,
    pub dismiss_unreadable: Callback<()>,
    pub keep_link_realised: Callback<()>,
    pub open_saved_realised: Callback<()>,
    pub select: Callback<usize>,
    pub preset: Callback<Preset>,
    pub edit_realised: Callback<(RealisedField, String)>,
    pub realised_example: Callback<Option<Example>>,
    pub use_realised: Callback<String>,
    pub set_plan: Callback<Option<usize>>,
    /// Any action: a file opened.
    pub any: Callback<Action>,
    // The edited scenario's, by its place.
    pub rename: Callback<String>,
    pub duplicate: Callback<()>,
    pub set_base: Callback<()>,
    pub move_to: Callback<isize>,
    pub delete: Callback<()>,
    pub add_scenario: Callback<()>,
}

/// The page's callbacks, made again only when another scenario is edited or the edited one's
/// copy would get another name (the reducer's dispatcher stays the same).
#[hook]
pub(super) fn use_actions(dispatcher: UseReducerDispatcher<State>, editing: usize, copy_name: String) -> std::rc::Rc<Actions> {
    use_memo((dispatcher, editing, copy_name), |(dispatcher, editing, copy_name)| {
        let (on, e, copy_name) = (dispatcher.to_callback(), *editing, copy_name.clone());
        Actions {
            edit: on.reform(|(field, text)| Action::Edit(field, text)),
            edit_range: on.reform(|(field, bound, text)| Action::EditRange(field, bound, text)),
            group: on.reform(group_action),
            set_lang: on.reform(Action::SetLang),
            set_mode: on.reform(Action::SetMode),
            keep_link_set: on.reform(|()| Action::KeepLinkSet),
            open_saved_set: on.reform(|()| Action::OpenSavedSet),
            dismiss_unreadable: on.reform(|()| Action::DismissUnreadable),
            keep_link_realised: on.reform(|()| Action::KeepLinkRealised),
            open_saved_realised: on.reform(|()| Action::OpenSavedRealised),
            select: on.reform(Action::Select),
            preset: on.reform(Action::Preset),
            edit_realised: on.reform(|(field, text)| Action::EditRealised(field, text)),
            realised_example: on.reform(Action::RealisedExample),
            use_realised: on.reform(Action::UseRealised),
            set_plan: on.reform(Action::SetPlan),
            rename: on.reform(move |name| Action::Rename(e, name)),
            duplicate: on.reform(move |()| Action::Duplicate(e, copy_name.clone())),
            set_base: on.reform(move |()| Action::SetBase(e)),
            move_to: on.reform(move |step| Action::Move(e, step)),
            delete: on.reform(move |()| Action::Delete(e)),
            add_scenario: on.reform(|()| Action::Add),
            any: on,
        }
    })
}

/// The action of a change to the edited scenario's groups.
fn group_action(change: GroupChange) -> Action {
    match change {
        GroupChange::Edit(i, field, text) => Action::EditGroup(i, field, text),
        GroupChange::EditRange(i, field, bound, text) => Action::EditGroupRange(i, field, bound, text),
        GroupChange::Rename(i, name) => Action::RenameGroup(i, name),
        GroupChange::Add => Action::AddGroup,
        GroupChange::Remove(i) => Action::RemoveGroup(i),
        GroupChange::Move(i, step) => Action::MoveGroup(i, step),
    }
}
