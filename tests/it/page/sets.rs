//! Scenario sets on the page: storage and the page's own link reopen the set, any link or stored entry
//! opens a page, and what each action on the set does (from the scenario sets' tests).

use proptest::prelude::*;
use super::duplicate;
use crate::common::{defaults, given, set_of, valid_set};
use uitstroomrekenaar::model::core::limits::{MAX_NAME_CHARS, MAX_SCENARIOS};
use uitstroomrekenaar::model::document::set_file::{self, LoadError};
use uitstroomrekenaar::model::document::{Scenario, set_link};
use uitstroomrekenaar::model::{Field, Preset};
use uitstroomrekenaar::state::{Action, State, Storage};

fn named(name: &str, preset: Preset) -> Scenario {
    Scenario { name: name.to_string(), raw: preset.raw() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_set_survives_storage_and_the_page(set in valid_set()) {
        // What the page stores, it opens again the next day, unchanged.
        let state = State::open("", Some(&set_file::to_json(&set)));
        prop_assert_eq!(&state.set.storage, &Storage::InStep);
        prop_assert_eq!(given(&state.scenario_set()), given(&set));
        // And a link of it opens the same set in a fresh browser.
        let shared = State::open(&state.query(), None);
        prop_assert_eq!(given(&shared.scenario_set()), given(&set));
    }

    #[test]
    fn any_link_opens_a_page(query in any::<String>()) {
        let state = State::open(&query, None);
        prop_assert!(!state.set.scenarios.is_empty() && state.set.scenarios.len() <= MAX_SCENARIOS);
        prop_assert!(state.set.base < state.set.scenarios.len() && state.set.editing < state.set.scenarios.len());
    }

    #[test]
    fn any_link_like_text_opens_a_page(query in "[?&=s,a-z0-9%.pn]{0,80}") {
        let state = State::open(&query, None);
        prop_assert!(state.set.editing < state.set.scenarios.len());
    }

    #[test]
    fn any_stored_entry_is_read_or_kept_aside(stored in any::<String>()) {
        let state = State::open("", Some(&stored));
        match &state.set.storage {
            Storage::Unreadable { text, .. } => prop_assert_eq!(text, &stored),
            Storage::InStep => prop_assert!(set_file::from_json(&stored, &defaults()).is_ok()),
            Storage::Pending(_) => prop_assert!(false, "no link, so nothing pending"),
        }
    }
}

#[test]
fn a_name_that_would_be_html_stays_text() {
    let name = "<img src=x onerror=alert(1)>";
    let set = set_of(vec![named(name, Preset::Schiedam)], 0, 0);
    let state = State::open(&set_link::to_query(&set), None);
    assert_eq!(state.set.scenarios[0].name, name);
}

// --- Actions ---------------------------------------------------------------------------------

fn two() -> State {
    let set = set_of(vec![named("Plan", Preset::Schiedam), named("Haarlem", Preset::Haarlem)], 0, 1);
    State::open(&set_link::to_query(&set), None)
}

#[test]
fn duplicate_makes_an_edited_copy_after_the_original() {
    let state = duplicate(&two(), 0);
    let names: Vec<&str> = state.set.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Plan", "Plan (kopie)", "Haarlem"]);
    assert_eq!(state.set.editing, 1);
    assert_eq!(state.set.scenarios[1].raw, state.set.scenarios[0].raw);
    let unnamed = duplicate(&two().apply(Action::Rename(0, String::new())), 0);
    assert_eq!(unnamed.set.scenarios[1].name, "", "an unnamed copy stays unnamed");
    let long = two().apply(Action::Rename(0, "x".repeat(80)));
    assert_eq!(long.set.scenarios[0].name.chars().count(), MAX_NAME_CHARS);
    let copy = duplicate(&long, 0);
    assert_eq!(copy.set.scenarios[1].name.chars().count(), MAX_NAME_CHARS);
}

#[test]
fn edits_go_to_the_edited_scenario_only() {
    let state = two().apply(Action::Edit(Field::Caseload, "1000".into()));
    assert_eq!(state.set.scenarios[1].raw.get(Field::Caseload), "1000");
    assert_eq!(state.set.scenarios[0].raw.get(Field::Caseload), "569");
    let state = state.apply(Action::Select(0)).apply(Action::Edit(Field::Work, "60".into()));
    assert_eq!(state.set.scenarios[0].raw.get(Field::Work), "60");
    assert_eq!(state.set.scenarios[1].raw.get(Field::Work), "66,40625");
}

#[test]
fn delete_and_move_keep_base_and_editing_on_their_scenarios() {
    let state = two().apply(Action::Add).apply(Action::SetBase(1));
    assert_eq!((state.set.scenarios.len(), state.set.base, state.set.editing), (3, 1, 2));
    let moved = state.apply(Action::Move(1, -1));
    assert_eq!(moved.set.scenarios[0].name, "Haarlem");
    assert_eq!((moved.set.base, moved.set.editing), (0, 2));
    let deleted = moved.apply(Action::Delete(0));
    assert_eq!(deleted.set.scenarios.len(), 2);
    assert_eq!(deleted.set.base, 0, "the base was deleted: the first becomes the base");
    assert_eq!(deleted.set.editing, 1);
    let one = deleted.apply(Action::Delete(1)).apply(Action::Delete(0));
    assert_eq!(one.set.scenarios.len(), 1, "the last scenario stays");
    let mut full = one;
    for _ in 0..20 {
        full = full.apply(Action::Add);
    }
    assert_eq!(full.set.scenarios.len(), MAX_SCENARIOS);
    assert!(!full.set.can_add());
}

#[test]
fn a_link_does_not_overwrite_a_saved_set_until_the_user_chooses() {
    let saved = set_of(vec![named("Mijn plan", Preset::Haarlem)], 0, 0);
    let stored = set_file::to_json(&saved);
    let link = set_link::to_query(&set_of(vec![named("Van collega", Preset::Schiedam)], 0, 0));

    let state = State::open(&link, Some(&stored));
    assert_eq!(state.set.scenarios[0].name, "Van collega");
    assert!(!state.may_save());
    assert_eq!(state.set.storage, Storage::Pending(saved.clone()));
    // Working on the link's set does not make it saved.
    let state = state.apply(Action::Edit(Field::Caseload, "100".into()));
    assert!(!state.may_save());

    let back = state.apply(Action::OpenSavedSet);
    assert_eq!(back.set.scenarios[0].name, "Mijn plan");
    assert!(back.may_save());
    let kept = state.apply(Action::KeepLinkSet);
    assert_eq!(kept.set.scenarios[0].name, "Van collega");
    assert!(kept.may_save());

    // The same set in link and storage: nothing to choose.
    assert_eq!(State::open(&set_link::to_query(&saved), Some(&stored)).set.storage, Storage::InStep);
}

#[test]
fn an_unreadable_entry_is_kept_and_reported() {
    let corrupt = "{\"format\":\"uitstroomrekenaar-scenarios\",\"version\":1,\"scenarios\":[";
    let state = State::open("", Some(corrupt));
    assert_eq!(state.set.scenarios.len(), 1, "starts from the defaults");
    assert_eq!(state.editing().origin, Some(Preset::Schiedam));
    match &state.set.storage {
        Storage::Unreadable { text, error, .. } => {
            assert_eq!(text, corrupt);
            assert!(matches!(error, LoadError::NotJson { .. }));
        }
        other => panic!("{other:?}"),
    }
    let newer = set_file::to_json(&set_of(vec![named("x", Preset::Empty)], 0, 0)).replace("\"version\": 1", "\"version\": 2");
    assert!(matches!(State::open("", Some(&newer)).set.storage, Storage::Unreadable { error: LoadError::NewerVersion(2), .. }));
}

#[test]
fn an_unreadable_entry_not_kept_aside_keeps_its_notice() {
    let corrupt = "kapot";
    let opened = |kept: bool| State::open("", Some(corrupt)).kept_aside(|text| text == corrupt && kept);
    // Kept aside: the notice can be dismissed.
    let kept = opened(true);
    assert!(matches!(kept.set.storage, Storage::Unreadable { kept_aside: true, .. }));
    assert_eq!(kept.apply(Action::DismissUnreadable).set.storage, Storage::InStep);
    // Refused: the notice stays (and with it, nothing is saved over the entry), also after edits.
    let refused = opened(false);
    assert!(matches!(refused.set.storage, Storage::Unreadable { kept_aside: false, .. }));
    let after = refused
        .apply(Action::DismissUnreadable)
        .apply(Action::KeepLinkSet)
        .apply(Action::Edit(Field::Caseload, "600".into()));
    assert_eq!(after.set.storage, refused.set.storage);
    // Nothing to keep aside: the browser is not asked.
    let asked = std::cell::Cell::new(false);
    let plain = State::open("", None).kept_aside(|_| {
        asked.set(true);
        true
    });
    assert!(!asked.get());
    assert_eq!(plain.set.storage, Storage::InStep);
}

#[test]
fn a_bad_file_changes_nothing_but_the_message() {
    let state = two();
    let after = state.apply(Action::FileProblem(LoadError::NotOurs));
    assert_eq!(after.set.scenarios, state.set.scenarios);
    assert_eq!(after.set.file_problem, Some(LoadError::NotOurs));
    assert_eq!(after.apply(Action::Select(0)).set.file_problem, None);
    let file = set_file::Document { set: set_of(vec![named("Uit bestand", Preset::Empty)], 0, 0), extras: set_file::Extras::default() };
    let opened = state.apply(Action::OpenFile(Box::new(file)));
    assert_eq!(opened.set.scenarios[0].name, "Uit bestand");
}

#[test]
fn a_storage_refusal_is_shown_until_storage_works_again() {
    let state = two().apply(Action::StorageRefused(true));
    assert!(state.set.storage_refused);
    let state = state.apply(Action::Edit(Field::Work, "1".into()));
    assert!(state.set.storage_refused, "an edit does not hide it");
    assert!(!state.apply(Action::StorageRefused(false)).set.storage_refused);
}
