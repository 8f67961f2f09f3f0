//! Helpers that tests of several layers share: the Schiedam example's inputs, valid inputs drawn
//! field by field, a team, a group, a set of scenarios and ranges as typed. A helper used by one
//! module only stays in that module.

use proptest::prelude::*;
use uitstroomrekenaar::model::core::units::Bound;
use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
use uitstroomrekenaar::model::core::number::NumberStyle;
use uitstroomrekenaar::model::core::limits::MAX_SCENARIOS;
use uitstroomrekenaar::model::input::{RawGroup, RawRanges};
use uitstroomrekenaar::model::{Euros, ExitSource, Field, Inputs, Preset, RawInputs, validate};

// --- The examples ---------------------------------------------------------------------------

/// The Schiedam example's inputs.
pub fn schiedam() -> Inputs {
    Preset::Schiedam.inputs()
}

/// Schiedam with € 400.000 project cost a year: the scenario of the ranges per group (issue 29).
pub fn schiedam_with_project_cost() -> Inputs {
    Inputs { project_cost_per_year: Euros(400_000.0), ..Preset::Schiedam.inputs() }
}

/// The inputs of a single link, opened as the page opens it (missing inputs the Schiedam
/// example's); the link must have no problem.
pub fn opened(query: &str) -> Inputs {
    let checked = validate(&uitstroomrekenaar::model::document::link::from_query(query, &Preset::Schiedam.raw()), &Preset::Schiedam.inputs());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    checked.inputs
}

// --- Valid inputs, drawn field by field (from the model's properties) -----------------------

/// Valid inputs drawn field by field from [`Field::ALL`]: each field's text a value within its
/// own range (whole where it takes whole numbers; an optional field sometimes empty), checked
/// by `validate`. A new input is fuzzed without a line here. Texts that break a rule across
/// fields (a horizon shorter than the period, clients per coach without the project not above
/// those in it) take the fallback's values, as on the page.
pub fn arb_inputs() -> impl Strategy<Value = Inputs> {
    let fields: Vec<Field> = Field::ALL.into_iter().filter(|f| *f != Field::Exits).collect();
    let texts: Vec<BoxedStrategy<String>> = fields.iter().map(|f| arb_text(*f)).collect();
    texts.prop_map(move |texts| {
        let raw = RawInputs::from_pairs(fields.iter().copied().zip(texts.iter().map(String::as_str)), ExitSource::Share);
        validate(&raw, &schiedam()).inputs
    })
}

/// A valid text of `field`, written as the form writes it.
pub fn arb_text(field: Field) -> BoxedStrategy<String> {
    use uitstroomrekenaar::model::core::number::field_text;
    let (min, max) = field.range();
    let style = field.style();
    let value = match style {
        NumberStyle::Whole | NumberStyle::Month => (min as u64..=max as u64).prop_map(move |v| field_text(v as f64, style)).boxed(),
        NumberStyle::Amount => (min..=max).prop_map(move |v| field_text((v * 100.0).round() / 100.0, style)).boxed(),
        NumberStyle::Percent => (min..=max).prop_map(move |v| field_text(v, style)).boxed(),
    };
    if field.facts().optional { prop_oneof![Just(String::new()), value].boxed() } else { value }
}

// --- A team (issue 27) ----------------------------------------------------------------------

/// The Schiedam example's texts with a team: clients per coach in the project and without it,
/// the cost of a coach, and the other project costs.
pub fn with_team(per_coach: &str, regular: &str, fte_cost: &str, other: &str) -> RawInputs {
    let mut raw = Preset::Schiedam.raw();
    raw.set(Field::PerCoach, per_coach.into());
    raw.set(Field::PerCoachRegular, regular.into());
    raw.set(Field::FteCost, fte_cost.into());
    raw.set(Field::ProjectCost, other.into());
    raw
}

// --- Groups (issues 20 and 26) ---------------------------------------------------------------

/// A group's texts: its name, caseload, exit (a share or a count), share to work and deadweight.
pub fn raw_group(name: &str, caseload: &str, exit: &str, source: ExitSource, work: &str, baseline: &str) -> RawGroup {
    RawGroup::new(name.into(), [(Field::Caseload, caseload), (source.field(), exit), (Field::Work, work), (Field::Baseline, baseline)], source, Default::default())
}

/// A set of two scenarios, the first Schiedam split into `groups`.
pub fn set_with(groups: Vec<RawGroup>) -> ScenarioSet {
    let mut raw = Preset::Schiedam.raw();
    raw.groups = groups;
    let plan = Scenario { name: "Plan, met groepen".into(), raw };
    ScenarioSet::new(vec![plan, Scenario { name: "Zonder".into(), raw: Preset::Haarlem.raw() }], 0, 0, Scenario { name: String::new(), raw: Preset::Empty.raw() })
}

/// Any group's texts, names and bad values included.
pub fn any_group() -> impl Strategy<Value = RawGroup> {
    // Any name: commas, ampersands, euro signs, quotes, markup, bidi characters, colons.
    let name = "[a-zA-Z ,&€%:=+\"<>\u{202e}\u{05d0}]{0,20}";
    let number = prop_oneof![(0u32..5000).prop_map(|n| n.to_string()), Just("veel".to_string()), Just(String::new()), Just("12,5".to_string())];
    (name, number.clone(), number.clone(), any::<bool>(), number.clone(), number).prop_map(|(name, n, e, count, w, b)| {
        let source = if count { ExitSource::Count } else { ExitSource::Share };
        raw_group(name.trim(), &n, &e, source, &w, &b)
    })
}

// --- Ranges as typed (the uncertainty) -----------------------------------------------------

/// Ranges as typed: each field's end with its text.
pub fn raw_ranges(pairs: &[(Field, Bound, &str)]) -> RawRanges {
    let mut raw = RawRanges::default();
    for (f, b, t) in pairs {
        raw.set(*f, *b, t.to_string());
    }
    raw
}

// --- Scenario sets ---------------------------------------------------------------------------

/// The texts a set starts from: the Schiedam example's.
pub fn defaults() -> RawInputs {
    Preset::Schiedam.raw()
}

/// A set of `scenarios`, with its base and the one being edited.
pub fn set_of(scenarios: Vec<Scenario>, base: usize, editing: usize) -> ScenarioSet {
    ScenarioSet::new(scenarios, base, editing, Scenario { name: String::new(), raw: defaults() })
}

/// A valid scenario as a user would leave it: every text valid, in the Dutch form the page
/// shows after reading a link (decimal comma, no grouping).
pub fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let name = "[A-Za-z0-9 éëï,;%&=?+()<>\"'-]{0,60}".prop_map(|n| uitstroomrekenaar::model::core::limits::clean_name(&n));
    let exit = prop_oneof![
        (0u32..=56_900).prop_map(|c| (ExitSource::Count, f64::from(c) / 100.0)),
        (0u32..=10_000).prop_map(|p| (ExitSource::Share, f64::from(p) / 100.0)),
    ];
    // The optional inputs, each sometimes empty: an empty one before a given one is an empty
    // slot in the set link.
    let optional = (
        proptest::option::of(1u32..=1_500_000),
        proptest::option::of(1u32..=1_000),
        proptest::option::of(1u32..=1_000),
        proptest::option::of(0u64..=50_000_000),
    );
    (name, 569u32..=1_000_000, 1u32..=120, 0u32..=480, exit, 0u32..=10_000, 0u64..=100_000_000, 0u32..=10_000, optional)
        .prop_map(|(name, n, p, extra, (source, exit), pct, money, rate, (inhabitants, per_coach, regular, fte))| {
            let text = |v: f64| uitstroomrekenaar::model::core::number::input_text(v);
            let mut raw = defaults();
            raw.set(Field::Caseload, n.to_string());
            raw.set(Field::Period, p.to_string());
            raw.set(Field::Horizon, (p + extra).to_string());
            raw.exit_source = source;
            raw.set(if source == ExitSource::Count { Field::Exits } else { Field::ExitShare }, text(exit));
            raw.set(Field::Work, text(f64::from(pct) / 100.0));
            raw.set(Field::Cost, text(money as f64 / 100.0));
            raw.set(Field::Baseline, text(f64::from(rate) / 100.0));
            raw.set(Field::Return, text(f64::from(pct) / 200.0));
            raw.set(Field::ProjectCost, text(money as f64 / 10.0));
            raw.set(Field::Discount, text(f64::from(rate) / 1000.0));
            let optional = |v: Option<f64>| v.map(text).unwrap_or_default();
            raw.set(Field::Inhabitants, optional(inhabitants.map(f64::from)));
            raw.set(Field::PerCoach, optional(per_coach.map(f64::from)));
            raw.set(Field::PerCoachRegular, optional(regular.map(f64::from)));
            raw.set(Field::FteCost, optional(fte.map(|c| c as f64 / 100.0)));
            Scenario { name, raw }
        })
}

/// A valid set of one to the most scenarios, any of them the base and any edited.
pub fn valid_set() -> impl Strategy<Value = ScenarioSet> {
    prop::collection::vec(valid_scenario(), 1..=MAX_SCENARIOS)
        .prop_flat_map(|s| {
            let n = s.len();
            (Just(s), 0..n, 0..n)
        })
        .prop_map(|(s, base, editing)| set_of(s, base, editing))
}

/// Only the given exit view is the user's; the other is derived, so compare without it. Each
/// text by its field, so that a value read into another field's slot is noticed.
pub fn given(set: &ScenarioSet) -> Vec<(String, Vec<(Field, String)>, ExitSource)> {
    set.scenarios()
        .iter()
        .map(|s| {
            let texts = s.raw.given_fields().map(|f| (f, s.raw.get(f).to_string())).collect();
            (s.name.clone(), texts, s.raw.exit_source)
        })
        .collect()
}

// --- Odd texts for the documents read through serde_json ------------------------------------

/// Any text, and texts full of the characters JSON treats specially.
pub fn odd_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[\\[\\]{}:,\"\\\\/0-9eE+\\-.\u{e9}\u{1}\u{feff}\n]{0,40}"]
}
