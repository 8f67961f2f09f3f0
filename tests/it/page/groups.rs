//! Groups on the page (issue 26): the single link carries them with any names; the reducer splits,
//! edits, moves and removes them, a one-group scenario being today's; the page's own address
//! reopens to the same figures; the group form and table render in both languages. (That the set
//! link and the file carry any groups is in `document::groups`.)

use approx::assert_relative_eq;
use proptest::prelude::*;
use crate::common::{any_group, set_with};
use uitstroomrekenaar::model::projection::project_groups;
use uitstroomrekenaar::model::core::limits::MAX_GROUPS;
use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::document::link::LinkNotice;
use uitstroomrekenaar::model::document::set_link;
use uitstroomrekenaar::model::{ExitSource, Field, Preset, ProblemKind, project, validate};
use uitstroomrekenaar::state::{Action, State};
use uitstroomrekenaar::{Calculator, CalculatorProps};
use yew::{AttrValue, LocalServerRenderer};

/// The issue's example: 300 short-term clients at 40% and 269 long-term at 10%.
const TWO: &str = "?group=Kort,300,p40,60,22&group=Lang,269,p10,40,8";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The page's own address reopens to the same figures.
    #[test]
    fn the_page_address_reopens_the_same_figures(groups in proptest::collection::vec(any_group(), 2..=4)) {
        let state = State::open(&set_link::to_query(&set_with(groups)), None);
        let again = State::open(&state.query(), None);
        prop_assert_eq!(&again.editing().checked, &state.editing().checked);
        prop_assert_eq!(&again.editing().raw.groups, &state.editing().raw.groups);
    }
}

#[test]
fn a_set_link_with_groups_holds_their_totals_for_older_pages() {
    let state = State::open(TWO, None);
    let query = state.query();
    // 120 + 26.9 exits; 72 + 10.76 to work of them; (300 × 22 + 269 × 8) / 569 deadweight.
    assert!(query.contains("&s=,569,18,n146.9,56.34,15000,60,15.38,0,0,2.25,2008-09&g=Kort,300,p40,60,22&g=Lang,269,p10,40,8"), "{query}");
    // Read by this page, the totals are ignored: the groups count.
    let mut odd = query.replace(",569,18,n146.9,", ",12,18,n3,");
    odd.push_str("&lang=en");
    assert_eq!(State::open(&odd, None).editing().checked.inputs, state.editing().checked.inputs);
}

#[test]
fn groups_total_to_the_scenario() {
    let state = State::open(TWO, None);
    let s = state.editing();
    assert_eq!(s.checked.groups.len(), 2);
    let i = &s.checked.inputs;
    assert_eq!(i.caseload, 569);
    assert_relative_eq!(i.exit_share.fraction() * 569.0, 146.9, epsilon = 1e-9);
    assert_relative_eq!(i.work_share.fraction(), (72.0 + 10.76) / 146.9, epsilon = 1e-12);
    assert_relative_eq!(i.baseline_per_year.fraction(), (300.0 * 0.22 + 269.0 * 0.08) / 569.0, epsilon = 1e-12);
    let by_groups = project_groups(i, &s.checked.groups).total;
    assert_eq!(by_groups.savings_per_year, project_groups(i, &s.checked.groups).total.savings_per_year);
    assert_relative_eq!(by_groups.exits, 146.9, epsilon = 1e-9);
}

#[test]
fn splitting_changes_no_figure_and_removing_down_to_one_gives_the_scenario_back() {
    let start = State::open("", None);
    let split = start.apply(Action::AddGroup);
    let s = split.editing();
    assert_eq!(s.raw.groups.len(), 2);
    assert_eq!(s.raw.groups[0].get(Field::Caseload), "569");
    assert_eq!((s.raw.groups[0].get(Field::Exits), s.raw.groups[0].exit_source), ("139", ExitSource::Count));
    assert_eq!(s.raw.groups[1].get(Field::Caseload), "0");
    let before = project(&start.editing().checked.inputs);
    let after = project_groups(&s.checked.inputs, &s.checked.groups).total;
    assert_relative_eq!(after.savings_per_year, before.savings_per_year, max_relative = 1e-12);
    assert_relative_eq!(after.net_result, before.net_result, max_relative = 1e-12);
    assert!(s.edited(), "a split scenario is not the example any more");

    let back = split.apply(Action::RemoveGroup(1));
    assert!(back.editing().raw.groups.is_empty());
    assert_eq!(back.editing().checked.inputs, start.editing().checked.inputs);
    assert_eq!(back.query(), start.query());
    // Removing the first leaves the second as the scenario's own inputs.
    let other = split.apply(Action::EditGroup(1, Field::Caseload, "40".into())).apply(Action::RemoveGroup(0));
    assert_eq!(other.editing().raw.get(Field::Caseload), "40");
    assert_eq!(other.editing().checked.inputs.caseload, 40);
}

#[test]
fn groups_are_added_named_edited_and_moved_up_to_eight() {
    let mut state = State::open(TWO, None);
    for _ in 0..10 {
        state = state.apply(Action::AddGroup);
    }
    assert_eq!(state.editing().raw.groups.len(), MAX_GROUPS);
    let state = state.apply(Action::RenameGroup(2, "Jongeren <b>".into())).apply(Action::EditGroup(2, Field::Caseload, "50".into()));
    let state = state.apply(Action::EditGroup(2, Field::Exits, "20".into()));
    assert_relative_eq!(state.editing().checked.groups[2].exit_share.fraction(), 0.4);
    assert_eq!(state.editing().checked.inputs.caseload, 619);
    let moved = state.apply(Action::MoveGroup(2, -1)).apply(Action::MoveGroup(1, -1));
    assert_eq!(moved.editing().raw.groups[0].name, "Jongeren <b>");
    assert_eq!(moved.editing().raw.groups[1].name, "Kort");
    assert_eq!(moved.editing().checked.inputs, state.editing().checked.inputs, "order changes no total");
    // Out of bounds: nothing.
    assert_eq!(moved.apply(Action::MoveGroup(0, -1)).editing().raw, moved.editing().raw);
}

#[test]
fn a_new_caseload_holds_a_groups_share() {
    let state = State::open(TWO, None).apply(Action::EditGroup(0, Field::Exits, "150".into()));
    let state = state.apply(Action::EditGroup(0, Field::Caseload, "600".into()));
    let g = &state.editing().raw.groups[0];
    assert_eq!(g.exit_source, ExitSource::Share);
    assert_relative_eq!(state.editing().checked.groups[0].exit_share.fraction(), 0.5);
    assert_relative_eq!(state.editing().checked.groups[0].exit_share.fraction() * 600.0, 300.0);
}

#[test]
fn bad_groups_are_marked_and_the_others_keep_working() {
    let query = "?group=Kort,300,n400,60,22&group=Lang,veel,p10,40,8&group=&group=Goed,100,p20,50,5";
    let state = State::open(query, None);
    let s = state.editing();
    assert_eq!(s.raw.groups.len(), 4);
    let kinds: Vec<(usize, Field, ProblemKind)> = s.checked.group_problems.iter().map(|p| (p.group, p.field, p.kind)).collect();
    assert!(kinds.contains(&(0, Field::Exits, ProblemKind::ExitsAboveCaseload { caseload: 300 })), "{kinds:?}");
    assert!(kinds.contains(&(1, Field::Caseload, ProblemKind::NotANumber)));
    for field in [Field::Caseload, Field::ExitShare, Field::Work, Field::Baseline] {
        assert!(kinds.contains(&(2, field, ProblemKind::Empty)), "the empty group's {field:?}");
    }
    assert!(s.checked.problems.is_empty(), "the scenario's own fields are not the groups'");
    // What was typed stays in the address; the good group counts fully.
    assert!(state.query().contains("&g=Lang,veel,p10,40,8"));
    assert_eq!(s.checked.groups[3].caseload, 100);
    let totals = s.checked.inputs.caseload;
    assert_eq!(totals, 300 + 100, "a bad caseload counts as none, from a link");
}

#[test]
fn a_link_says_what_it_sets_aside() {
    let nine: String = (1..=9).map(|i| format!("&group=G{i},10,p10,50,5")).collect();
    let query = format!("?caseload=100{nine}");
    assert_eq!(link::notices(&query), vec![LinkNotice::TooManyGroups { scenario: None, given: 9 }, LinkNotice::FieldsBesideGroups]);
    let state = State::open(&query, None);
    assert_eq!(state.editing().raw.groups.len(), MAX_GROUPS);
    assert_eq!(state.editing().checked.inputs.caseload, 80, "the groups count, not caseload=100");
    let set: String = (1..=10).map(|i| format!("&g=G{i},10,p10,50,5")).collect();
    let query = format!("?s=A,569&s=B,100{set}");
    assert_eq!(link::notices(&query), vec![LinkNotice::TooManyGroups { scenario: Some(2), given: 10 }]);
    assert_eq!(State::open(&query, None).set.scenarios[1].raw.groups.len(), MAX_GROUPS);
    // A group before any scenario belongs to none; a single group is the scenario's own.
    let one = State::open("?g=X,1,p1,1,1&s=A,569&g=Alleen,40,p50,60,10", None);
    assert!(one.editing().raw.groups.is_empty());
    assert_eq!(one.editing().checked.inputs.caseload, 40);
    // `group=` beside `s=` is ignored, as single parameters are.
    assert!(State::open("?s=A,569&group=X,1,p1,1,1", None).editing().raw.groups.is_empty());
}

#[test]
fn with_groups_the_exit_and_deadweight_ranges_are_set_aside() {
    let query = format!("{TWO}&exit_low=10&exit_high=30&cost_low=14000&cost_high=16000&baseline_high=30");
    let state = State::open(&query, None);
    let checked = &state.editing().checked;
    let fields: Vec<Field> = checked.ranges.iter().map(|(f, _)| f).collect();
    assert_eq!(fields, vec![Field::Cost]);
    // Without groups the same ranges count.
    let plain = validate(&link::from_query("?exit=24&exit_low=10&exit_high=30", &Preset::Schiedam.raw()), &Preset::Schiedam.inputs());
    assert_eq!(plain.ranges.iter().count(), 1);
}

async fn page(query: String) -> String {
    LocalServerRenderer::<Calculator>::with_props(CalculatorProps { query: AttrValue::from(query), ..Default::default() })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_group_form_and_table_render_in_both_languages() {
    for (lang, group, split, column) in [("", "Groep 2: ", "Splits in groepen", "Per groep"), ("&lang=en", "Group 2: ", "Split into groups", "By group")] {
        let plain = page(format!("?caseload=569{lang}")).await;
        assert!(plain.contains(split), "{lang}: the split button");
        assert!(!plain.contains("data-group="), "{lang}: no group table without groups");

        let html = page(format!("{TWO}{lang}")).await;
        assert!(!html.contains(split));
        assert!(html.contains(&format!(r#"<span class="visually-hidden">{group}</span>"#)), "{lang}: labels say the group");
        assert!(html.contains(r#"name="group-2-caseload""#) && html.contains(r#"value="269""#));
        assert!(!html.contains(r#"name="caseload""#), "{lang}: the scenario's own caseload is the groups'");
        assert!(html.contains(column));
        assert!(html.contains(r#"<tr data-group="1">"#) && html.contains(r#"<tr data-group="2">"#));
        assert!(html.contains(r#"data-group-metric="exits" data-value="120""#), "{lang}");
        assert!(html.contains(r#"data-group-metric="caseload" data-value="269""#));
        assert!(!html.contains(r#"data-group="3""#));
        assert!(html.contains(r#"data-metric="exits" data-value="146.9""#) || html.contains(r#"data-metric="exits" data-value="146.89999999999998""#), "{lang}: totals");
        assert!(html.contains("<bdi>Kort</bdi>"));
    }
    let nl = page(TWO.to_string()).await;
    assert!(nl.contains("De caseload bestaat uit 2 groepen: de groep ‘Kort’, 300 cliënten, van wie 40,0% uitstroomt"), "the paragraph");
    let en = page(format!("{TWO}&lang=en")).await;
    assert!(en.contains("the group ‘Kort’, 300 clients, of whom 40.0% leave"));
}

#[tokio::test]
async fn a_link_with_nine_groups_says_so() {
    let nine: String = (1..=9).map(|i| format!("&group=G{i},10,p10,50,5")).collect();
    let html = page(format!("?{}", &nine[1..])).await;
    assert!(html.contains(r#"role="alert""#) && html.contains("De link gaf 9 groepen; er passen er 8, dus de eerste 8 tellen."), "{html}");
    assert!(html.contains(r#"data-group="8""#) && !html.contains(r#"data-group="9""#));
}

#[tokio::test]
async fn a_name_with_markup_is_inert_text() {
    let html = page("?group=%3Cimg%20src%3Dx%3E,300,p40,60,22&group=B,269,p10,40,8".to_string()).await;
    assert!(!html.contains("<img"), "markup is text");
    assert!(html.contains("&lt;img src=x&gt;"));
}
