//! Messages about what the browser keeps and what a file held: a link's set shown while
//! another is saved, a stored entry that could not be read, a file that was not opened, a new
//! version of the page (kept for offline use) that waits for the user to reload.

use crate::browser;
use crate::state::Storage;
use super::use_texts;
use yew::prelude::*;

/// What the notices show.
#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// What the storage holds beside the set on screen.
    pub storage: Storage,
    /// Whether the browser refuses to store the set.
    #[prop_or_default]
    pub refused: bool,
    /// The message about the last file opened, if it was not read.
    #[prop_or_default]
    pub file_problem: Option<AttrValue>,
    /// Called to keep the link's set (it replaces the saved one).
    pub on_keep_link_set: Callback<()>,
    /// Called to show the saved set instead of the link's.
    pub on_open_saved_set: Callback<()>,
    /// Called to close the message about an unreadable entry.
    pub on_dismiss: Callback<()>,
    /// Called to download the unreadable entry.
    pub on_download_unreadable: Callback<()>,
    /// Whether the page shows a link's realised results while the browser keeps others.
    #[prop_or_default]
    pub realised_pending: bool,
    /// Called to keep the link's realised results (they replace the saved ones).
    #[prop_or_default]
    pub on_keep_link_realised: Callback<()>,
    /// Called to show the saved realised results instead.
    #[prop_or_default]
    pub on_open_saved_realised: Callback<()>,
    /// Whether a new version of the page waits: its button reloads the page in it.
    #[prop_or_default]
    pub update_waiting: bool,
}

/// The notices, if any.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let t = use_texts();
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let storage = match &props.storage {
        Storage::InStep => html! {},
        Storage::Pending(saved) => with_actions(
            Kind::Pending,
            (t.pending_notice)(saved.scenarios().len()),
            html! {
                <>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_keep_link_set)}>{ t.keep_link_set }</button>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_open_saved_set)}>{ t.open_saved_set }</button>
                </>
            },
        ),
        Storage::Unreadable { error, kept_aside, .. } => with_actions(
            Kind::Problem,
            (t.unreadable_notice)(&(t.load_error)(error), *kept_aside),
            html! {
                <>
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_download_unreadable)}>{ t.download_unreadable }</button>
                    // Not kept aside, it is not saved over while the notice is shown.
                    if *kept_aside {
                        <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_dismiss)}>{ t.dismiss }</button>
                    }
                </>
            },
        ),
    };
    html! {
        <>
            if props.update_waiting {
                <p class="utrecht-alert utrecht-alert--info notice notice--update" role="status">
                    { t.update_available }{ " " }
                    <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={Callback::from(|_: MouseEvent| browser::take_update())}>{ t.update_reload }</button>
                </p>
            }
            { storage }
            if props.realised_pending {
                { with_actions(Kind::Pending, t.realised_pending_notice.to_string(), html! {
                    <>
                        <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_keep_link_realised)}>{ t.keep_link_realised }</button>
                        <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={click(&props.on_open_saved_realised)}>{ t.open_saved_realised }</button>
                    </>
                }) }
            }
            if props.refused {
                <div class="utrecht-alert utrecht-alert--error notice notice--problem" role="alert"><p>{ t.storage_refused }</p></div>
            }
            if let Some(problem) = &props.file_problem {
                <div class="utrecht-alert utrecht-alert--error notice notice--problem" role="alert"><p>{ problem.clone() }</p></div>
            }
        </>
    }
}

/// Which notice with actions: a choice that waits (a status) or a problem (an alert).
#[derive(Clone, Copy)]
enum Kind {
    Pending,
    Problem,
}

/// A notice with its buttons in a row of their own under its text: the design system's alert
/// lays its children out side by side, which on a phone squeezed the buttons over the text.
fn with_actions(kind: Kind, text: String, actions: Html) -> Html {
    let (class, role) = match kind {
        Kind::Pending => ("utrecht-alert utrecht-alert--warning notice notice--pending", "status"),
        Kind::Problem => ("utrecht-alert utrecht-alert--error notice notice--problem", "alert"),
    };
    html! {
        <div {class} {role}>
            <div class="utrecht-alert__content">
                <p class="utrecht-alert__message">{ text }</p>
                <div class="notice-actions">{ actions }</div>
            </div>
        </div>
    }
}
