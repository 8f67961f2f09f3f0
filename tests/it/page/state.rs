//! Native tests of the page's reducer: what each action does to the form and its checked values.

use approx::assert_relative_eq;
use uitstroomrekenaar::model::{ExitSource, Field, Preset, project};
use uitstroomrekenaar::model::realised::{Example, RealisedField};
use uitstroomrekenaar::state::{Action, Mode, State};
use super::duplicate;

fn edit(state: &State, field: Field, text: &str) -> State {
    state.apply(Action::Edit(field, text.to_string()))
}

#[test]
fn opens_on_schiedam_without_a_query() {
    let state = State::open("", None);
    assert_eq!(state.editing().origin, Some(Preset::Schiedam));
    assert!(!state.editing().edited());
    assert!(!state.set.opened_from_link);
    assert_eq!(state.editing().raw, Preset::Schiedam.raw());
}

#[test]
fn typing_the_count_updates_the_share_and_back() {
    let state = edit(&State::open("", None), Field::Exits, "200");
    assert_eq!(state.editing().raw.exit_source, ExitSource::Count);
    assert_eq!(state.editing().raw.get(Field::ExitShare), "35,15"); // 200 / 569 = 35,149…%
    assert_relative_eq!(state.editing().checked.inputs.exit_share.fraction(), 200.0 / 569.0);
    assert!(state.editing().edited());

    let state = edit(&state, Field::ExitShare, "10");
    assert_eq!(state.editing().raw.exit_source, ExitSource::Share);
    assert_eq!(state.editing().raw.get(Field::Exits), "56,9");
    // The set's link carries the share (p), not the count (n). (The whole format is pinned in
    // `document::sets`' tests; here only what this test is about.)
    let query = state.query();
    assert!(query.contains("&s=,569,18,p10,") && !query.contains(",n"), "{query}");
}

#[test]
fn a_new_caseload_holds_the_share_and_moves_the_count() {
    let state = edit(&State::open("", None), Field::Caseload, "1000");
    assert_eq!(state.editing().raw.exit_source, ExitSource::Share);
    // The share is held exactly (139 / 569), not as the rounded 24,43.
    assert_eq!(state.editing().raw.get(Field::ExitShare), "24,42882249560633");
    assert_eq!(state.editing().raw.get(Field::Exits), "244,3");
    assert_eq!(state.editing().checked.inputs.caseload, 1000);
}

/// Issue 9, defect 3: Schiedam at twice its caseload showed 278.0134 exits and € 4.170.201 a
/// year, because the held share was the rounded 24,43.
#[test]
fn doubling_the_caseload_doubles_every_figure_in_the_page_and_its_link() {
    let state = edit(&State::open("", None), Field::Caseload, "1138");
    let p = project(&state.editing().checked.inputs);
    assert_relative_eq!(p.exits, 278.0, max_relative = 1e-9);
    assert_relative_eq!(p.savings_per_year, 4_170_000.0, max_relative = 1e-9);
    let reopened = State::open(&state.query(), None);
    let q = project(&reopened.editing().checked.inputs);
    assert_relative_eq!(q.exits, 278.0, max_relative = 1e-9);
    assert_relative_eq!(q.savings_per_year, 4_170_000.0, max_relative = 1e-9);
}

#[test]
fn a_bad_count_is_kept_while_the_caseload_changes() {
    let state = edit(&State::open("", None), Field::Exits, "veel");
    let state = edit(&state, Field::Caseload, "600");
    assert_eq!(state.editing().raw.exit_source, ExitSource::Count);
    assert_eq!(state.editing().raw.get(Field::Exits), "veel");
    assert_eq!(state.editing().checked.problems.len(), 1);
}

#[test]
fn bad_text_falls_back_to_the_last_valid_value() {
    let state = edit(&State::open("", None), Field::Period, "24");
    let state = edit(&state, Field::Period, "2x");
    assert_eq!(state.editing().raw.get(Field::Period), "2x");
    assert_eq!(state.editing().checked.inputs.period_months, 24, "the last valid value, not the default");
    assert_eq!(state.editing().checked.problems[0].field, Field::Period);
}

#[test]
fn a_link_with_bad_values_says_so_until_the_next_action() {
    let state = State::open("?period=abc", None);
    assert!(state.set.opened_from_link);
    assert_eq!(state.editing().origin, None);
    assert_eq!(state.editing().checked.inputs.period_months, 18);
    let state = edit(&state, Field::Work, "50");
    assert!(!state.set.opened_from_link);
}

#[test]
fn a_preset_replaces_everything() {
    let state = edit(&State::open("?period=abc", None), Field::Caseload, "5");
    let state = state.apply(Action::Preset(Preset::Haarlem));
    assert_eq!(state.editing().raw, Preset::Haarlem.raw());
    assert!(state.editing().checked.problems.is_empty());
    assert_eq!(state.editing().origin, Some(Preset::Haarlem));
    assert_eq!(state.editing().raw.get(Field::ExitShare), "45,71");
}

#[test]
fn realised_results_become_a_scenario_for_a_next_project() {
    let state = State::open("", None).apply(Action::SetMode(Mode::Realised));
    assert!(!state.can_use_realised(), "nothing entered yet");
    let state = state.apply(Action::RealisedExample(Some(Example::Schiedam)));
    let state = state.apply(Action::EditRealised(RealisedField::Cost, "16000".to_string()));
    assert_eq!(state.realised.texts.get(RealisedField::Cost), "16000");
    let next = state.apply(Action::UseRealised("Volgend project".to_string()));
    assert_eq!(next.page.mode, Mode::Projection);
    assert_eq!(next.set.scenarios.len(), 2);
    assert_eq!(next.set.editing, 1);
    let s = next.editing();
    assert_eq!(s.name, "Volgend project");
    assert!(s.checked.problems.is_empty(), "{:?}", s.checked.problems);
    assert_eq!(s.checked.inputs.caseload, 569);
    assert_relative_eq!(s.checked.inputs.exit_share.fraction(), 139.0 / 569.0, epsilon = 1e-12);
    assert_relative_eq!(s.checked.inputs.work_share.fraction(), 73.0 / 139.0, epsilon = 1e-4);
    assert_eq!(s.checked.inputs.period_months, 18);
    assert_relative_eq!(s.checked.inputs.cost_per_year.0, 16_000.0);
    assert_eq!(next.realised.texts, state.realised.texts, "the realised results stay");

    let cleared = next.apply(Action::RealisedExample(None));
    assert!(RealisedField::ALL.iter().all(|f| cleared.realised.texts.get(*f).is_empty()));
}

#[test]
fn realised_results_with_a_bad_required_field_do_not_become_a_scenario() {
    let state = State::open("", None).apply(Action::RealisedExample(Some(Example::Haarlem)));
    let state = state.apply(Action::EditRealised(RealisedField::ExitsWork, "veel".to_string()));
    assert!(!state.can_use_realised());
    assert_eq!(state.apply(Action::UseRealised("x".to_string())).set.scenarios.len(), 1);
}

#[test]
fn the_language_comes_from_the_link_then_storage_and_goes_into_the_address() {
    use uitstroomrekenaar::text::Lang;
    let open = |query: &str, stored: Option<&str>| State::open(query, None).with_language(query, stored);
    assert_eq!(open("", None).page.lang, Lang::Nl, "Dutch is the default");
    assert_eq!(open("", Some("en")).page.lang, Lang::En, "remembered");
    assert_eq!(open("?lang=nl", Some("en")).page.lang, Lang::Nl, "the link wins");
    assert_eq!(open("?caseload=280&lang=en", None).page.lang, Lang::En);
    assert_eq!(open("?lang=fr", Some("xx")).page.lang, Lang::Nl, "unknown codes are ignored");

    assert!(!open("?lang=en", None).page.lang_chosen, "a link's language is not remembered");
    let english = open("", None).apply(Action::SetLang(Lang::En));
    assert!(english.page.lang_chosen, "the switch's is");
    assert_eq!(english.query(), format!("{}&lang=en", open("", None).query()), "the Dutch link and the language");
    let shared = open(&english.query(), None);
    assert_eq!((shared.page.lang, shared.editing().raw.clone()), (Lang::En, english.editing().raw.clone()));
    let copy = duplicate(&english.apply(Action::Rename(0, "Plan".to_string())), 0);
    assert_eq!(copy.set.scenarios[1].name, "Plan (copy)");
    let dutch = copy.apply(Action::SetLang(Lang::Nl));
    assert!(!dutch.query().contains("lang="), "Dutch links stay as they were");
    assert_eq!(duplicate(&dutch, 0).set.scenarios[1].name, "Plan (kopie)");
}

#[test]
fn numbers_the_page_writes_follow_the_language_and_typed_ones_stay() {
    use uitstroomrekenaar::text::Lang;
    let dutch = State::open("", None);
    assert_eq!(dutch.editing().raw.get(Field::ExitShare), "24,43");
    let english = dutch.apply(Action::SetLang(Lang::En));
    assert_eq!(english.editing().raw.get(Field::ExitShare), "24.43");
    assert_eq!(english.editing().raw.get(Field::Work), "52.5");
    let typed = edit(&english, Field::Exits, "200");
    assert_eq!(typed.editing().raw.get(Field::ExitShare), "35.15", "derived, the English way");
    let typed = edit(&typed, Field::Work, "1,5");
    assert_eq!(typed.editing().raw.get(Field::Work), "1,5", "what the user types stays");
    assert_relative_eq!(typed.editing().checked.inputs.work_share.fraction(), 0.015);
    let back = typed.apply(Action::SetLang(Lang::Nl));
    assert_eq!(back.editing().raw.get(Field::ExitShare), "35,15");
    assert_eq!(back.editing().raw, State::open(&back.query(), None).editing().raw, "the link reproduces it");
}

#[test]
fn an_empty_scenario_starts_this_month_and_examples_keep_theirs() {
    let state = State::open("", None).with_this_month(2026 * 12 + 10);
    assert_eq!(state.editing().checked.inputs.start_month, 2008 * 12 + 8, "Schiedam: September 2008");
    let empty = state.apply(Action::Preset(Preset::Empty));
    assert_eq!(empty.editing().raw.get(Field::Start), "2026-11");
    assert!(!empty.editing().edited());
    let added = State::open("", None).with_this_month(2030 * 12).apply(Action::Add);
    assert_eq!(added.editing().raw.get(Field::Start), "2030-01");
    let haarlem = state.apply(Action::Preset(Preset::Haarlem));
    assert_eq!(haarlem.editing().raw.get(Field::Start), "1997-01");
    // A link without `start` takes the example's.
    let old = State::open("?caseload=280", None);
    assert_eq!(old.editing().raw.get(Field::Start), "2008-09");
    let bad = State::open("?start=2008-13", None);
    assert_eq!(bad.editing().checked.problem(Field::Start).map(|p| p.field), Some(Field::Start));
    assert_eq!(bad.editing().raw.get(Field::Start), "2008-13", "shown as typed");
}

// --- Realised results travel (issue 13) ------------------------------------------------------

const HAARLEM_REALISED: &str = "realised_caseload=280&realised_work=85&realised_other=43&realised_in_trajectory=10&realised_closed=238";

#[test]
fn realised_results_open_from_a_link_and_write_it_back() {
    let query = format!("?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09&mode=realised&{HAARLEM_REALISED}");
    let state = State::open(&query, None);
    assert_eq!(state.page.mode, Mode::Realised);
    assert_eq!(state.realised.texts, Example::Haarlem.texts());
    assert_eq!(state.query(), query);
    // Bad values are kept as typed and marked by the form's reading.
    let bad = State::open("?realised_caseload=veel&realised_work=85&realised_other=43", None);
    assert_eq!(bad.realised.texts.get(RealisedField::Caseload), "veel");
    assert_eq!(uitstroomrekenaar::model::realised::read(&bad.realised.texts).1.len(), 1);
}

#[test]
fn a_links_realised_results_do_not_replace_the_saved_ones_until_chosen() {
    let state = State::open(&format!("?{HAARLEM_REALISED}"), None).with_realised(Example::Schiedam.texts());
    assert_eq!(state.realised.texts, Example::Haarlem.texts());
    assert!(!state.may_save_realised());
    let kept = state.apply(Action::KeepLinkRealised);
    assert!(kept.may_save_realised());
    assert_eq!(kept.realised.texts, Example::Haarlem.texts());
    let saved = state.apply(Action::OpenSavedRealised);
    assert!(saved.may_save_realised());
    assert_eq!(saved.realised.texts, Example::Schiedam.texts());
    // The same results as saved: nothing to choose.
    let same = State::open(&format!("?{HAARLEM_REALISED}"), None).with_realised(Example::Haarlem.texts());
    assert!(same.may_save_realised());
    // Without realised results in the link the saved ones open.
    let plain = State::open("", None).with_realised(Example::Schiedam.texts());
    assert_eq!(plain.realised.texts, Example::Schiedam.texts());
}

#[test]
fn the_plan_is_in_the_link_and_follows_its_scenario() {
    let state = State::open("?base=1&edit=1&s=A,569&s=B,280&plan=2", None);
    assert_eq!(state.realised.plan, Some(1));
    assert!(state.query().contains("&plan=2"));
    // A copy of an earlier scenario goes before the plan, which stays with its scenario (it
    // stayed at its place, on the copy, before the state was in parts).
    let copied = duplicate(&state, 0);
    assert_eq!(copied.realised.plan, Some(2));
    assert_eq!(copied.set.scenarios[2].name, "B");
    assert_eq!(duplicate(&state, 1).realised.plan, Some(1), "a copy after the plan leaves it");
    let moved = state.apply(Action::Move(1, -1));
    assert_eq!(moved.realised.plan, Some(0));
    let deleted = moved.apply(Action::Delete(0));
    assert_eq!(deleted.realised.plan, None);
    assert_eq!(State::open("?s=A&plan=5", None).realised.plan, None, "no such scenario");
    // A scenario made from the realised results takes the plan's start month.
    let mut schiedam = State::open("?s=Plan,569&plan=1", None).apply(Action::RealisedExample(Some(Example::Schiedam)));
    schiedam = schiedam.apply(Action::Edit(Field::Start, "2011-03".into()));
    let made = schiedam.apply(Action::UseRealised("Volgende".into()));
    assert_eq!(made.editing().raw.get(Field::Start), "2011-03");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Realised texts of any kind travel through the link and the file unchanged.
    #[test]
    fn realised_texts_round_trip_through_link_and_file(values in proptest::collection::vec("[^\u{0}-\u{1f}]{0,12}", 11), realised_mode in proptest::bool::ANY) {
        use uitstroomrekenaar::model::realised::RealisedTexts;
        use uitstroomrekenaar::model::document::set_file;
        let texts = RealisedTexts::from_pairs(RealisedField::ALL.into_iter().zip(values.iter().map(String::as_str)));
        let mut state = State::open("?s=Plan,569&s=Twee,280", None).apply(Action::SetPlan(Some(1)));
        for field in RealisedField::ALL {
            state = state.apply(Action::EditRealised(field, texts.get(field).to_string()));
        }
        if realised_mode {
            state = state.apply(Action::SetMode(Mode::Realised));
        }
        let reopened = State::open(&state.query(), None);
        proptest::prop_assert_eq!(&reopened.realised.texts, &texts);
        proptest::prop_assert_eq!(reopened.realised.plan, Some(1));
        proptest::prop_assert_eq!(reopened.page.mode, state.page.mode);
        let file = set_file::to_json_with(&state.scenario_set(), &state.extras());
        let doc = set_file::read_document(&file, &Preset::Schiedam.raw()).map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{e:?}")))?;
        let opened = State::open("", None).apply(Action::OpenFile(Box::new(doc)));
        proptest::prop_assert_eq!(&opened.realised.texts, &texts);
        proptest::prop_assert_eq!(opened.realised.plan, Some(1));
        proptest::prop_assert_eq!(opened.page.mode, state.page.mode);
    }
}

#[test]
fn a_waiting_new_version_stays_offered_whatever_the_user_opens() {
    let state = State::open("", None);
    assert!(!state.page.update_waiting);
    let waiting = state.apply(Action::UpdateWaiting);
    assert!(waiting.page.update_waiting);
    let after = waiting.apply(Action::Preset(Preset::Haarlem)).apply(Action::Add).apply(Action::SetMode(Mode::Realised));
    assert!(after.page.update_waiting);
    let opened = after.apply(Action::OpenSavedSet).apply(Action::Delete(1));
    assert!(opened.page.update_waiting);
}

#[test]
fn an_embedded_page_shows_the_links_edited_scenario_alone_and_leaves_storage_alone() {
    let query = "?base=1&edit=2&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25&s=Variant,280,60,n128,66.40625,14400,120,8,0,150000,2.25&embed=1&mode=realised";
    let saved = uitstroomrekenaar::model::document::set_file::to_json(&State::open("", None).scenario_set());
    let state = State::open(query, Some(&saved));
    assert!(state.page.embed);
    assert_eq!(state.set.scenarios.len(), 1);
    assert_eq!(state.set.scenarios[0].name, "Variant");
    assert_eq!(state.page.mode, Mode::Projection);
    assert!(!state.may_save() && !state.may_save_realised());
    let set = state.scenario_set();
    let address = state.address(&set);
    assert!(address.ends_with("&embed=1"), "{address}");
    assert_eq!(state.full_address(&set), address.trim_end_matches("&embed=1"));
    assert!(state.full_address(&set).contains("s=Variant,280,60,n128,"));
    // What the user types keeps it embedded.
    let edited = edit(&state, Field::Caseload, "560");
    assert!(edited.page.embed && !edited.may_save());
    // Without embed=1 the same link opens the whole set, and is held against the saved one.
    let full = State::open(&query.replace("&embed=1", ""), Some(&saved));
    assert_eq!(full.set.scenarios.len(), 2);
    assert!(!full.page.embed && !full.may_save());
}

#[test]
fn an_example_in_english_is_not_edited_by_being_written_the_english_way() {
    for preset in [Preset::Schiedam, Preset::Haarlem] {
        let state = State::open("", None).apply(Action::Preset(preset)).with_language("?lang=en", None);
        assert!(!state.editing().edited(), "{preset:?}");
        let state = state.apply(Action::SetLang(uitstroomrekenaar::lang::Lang::Nl));
        assert!(!state.editing().edited(), "{preset:?}");
        assert!(edit(&state, Field::Caseload, "570").editing().edited());
        // A bad text is an edit, even where the value used stays the example's.
        assert!(edit(&state, Field::Caseload, "569x").editing().edited());
    }
}

#[test]
fn a_link_with_an_examples_values_is_that_example_also_after_a_reload() {
    // The address the page writes for the Schiedam example, as a reload reads it.
    let first = State::open("", None);
    assert_eq!(first.editing().origin, Some(Preset::Schiedam));
    let reloaded = State::open(&first.address(&first.scenario_set()), None);
    assert_eq!(reloaded.editing().origin, Some(Preset::Schiedam));
    assert!(!reloaded.editing().edited());
    let haarlem = State::open("", None).apply(Action::Preset(Preset::Haarlem));
    assert_eq!(State::open(&haarlem.address(&haarlem.scenario_set()), None).editing().origin, Some(Preset::Haarlem));
    // One value off, or a value marked, and it is not the example.
    let edited = edit(&first, Field::Caseload, "570");
    assert_eq!(State::open(&edited.address(&edited.scenario_set()), None).editing().origin, None);
    assert_eq!(State::open("?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&baseline=0&return=0&project_cost=0&discount=2.25&start=2008-09x", None).editing().origin, None);
}

mod ranges {
    use super::*;
    use uitstroomrekenaar::model::core::units::Bound;
    use uitstroomrekenaar::model::input::Range;

    fn edit_range(state: &State, field: Field, bound: Bound, text: &str) -> State {
        state.apply(Action::EditRange(field, bound, text.to_string()))
    }

    #[test]
    fn a_typed_range_is_checked_kept_in_the_link_and_keeps_the_example() {
        let state = edit_range(&State::open("", None), Field::Exits, Bound::Low, "110");
        let state = edit_range(&state, Field::Exits, Bound::High, "160");
        assert_eq!(state.editing().checked.ranges.get(Field::Exits), Some(Range { low: 110.0, high: 160.0 }));
        // The count with its range, `value:low:high` (the format is pinned in `document::ranges`).
        assert_eq!(state.query(), State::open("", None).query().replace(",n139,", ",n139:110:160,"));
        // Schiedam with ranges is still Schiedam: its name and source stay.
        assert_eq!(state.editing().origin, Some(Preset::Schiedam));
        assert!(!state.editing().edited());
        // The link opens the same ranges, in a fresh page.
        let back = State::open(&state.query(), None);
        assert_eq!(back.editing().checked.ranges, state.editing().checked.ranges);
        assert_eq!(back.editing().origin, Some(Preset::Schiedam));
    }

    #[test]
    fn a_new_caseload_turns_a_count_range_into_a_share_range() {
        let state = edit_range(&State::open("", None), Field::Exits, Bound::Low, "110");
        let state = edit(&state, Field::Caseload, "1138");
        assert_eq!(state.editing().raw.exit_source, ExitSource::Share);
        let range = state.editing().checked.ranges.get(Field::ExitShare).expect("the range moved to the share");
        assert_relative_eq!(range.low, 110.0 / 569.0 * 100.0, max_relative = 1e-12);
        assert_relative_eq!(range.high, 139.0 / 569.0 * 100.0, max_relative = 1e-12);
        assert!(state.editing().raw.ranges.get(Field::Exits, Bound::Low).is_empty());
    }

    #[test]
    fn range_texts_follow_the_language_and_a_bad_one_is_marked() {
        let state = State::open("?caseload=569&period=18&exit=24.43&exit_low=18.5", None).with_language("", Some("en"));
        assert_eq!(state.editing().raw.ranges.get(Field::ExitShare, Bound::Low), "18.5");
        let state = state.apply(Action::SetLang(uitstroomrekenaar::text::Lang::Nl));
        assert_eq!(state.editing().raw.ranges.get(Field::ExitShare, Bound::Low), "18,5");
        let state = edit_range(&state, Field::ExitShare, Bound::High, "20");
        assert_eq!(state.editing().checked.range_problems.len(), 1);
        assert!(state.editing().checked.ranges.is_empty(), "an input with a bad end has no range");
        // The point results are untouched by it.
        assert_eq!(state.editing().checked.problems, vec![]);
        assert_relative_eq!(project(&state.editing().checked.inputs).exits, 569.0 * 0.2443, max_relative = 1e-12);
    }
}
