//! The scenario set as a JSON document: the file users save and open, and what the browser
//! keeps in its storage. Version 1 (documented in `docs/contract.md`):
//!
//! ```json
//! { "format": "uitstroomrekenaar-scenarios", "version": 1, "base": 1, "editing": 2,
//!   "scenarios": [ { "name": "Plan", "inputs": { "caseload": "569", "exits": "139", … } } ] }
//! ```
//!
//! `inputs` holds the texts as typed (so nothing the user typed is lost, valid or not), keyed
//! by link name, with `exit` or `exits` (the one given); a range's ends follow under the
//! single link's names, `"exit_low": "18", "exit_high": "30"` (files without them, written
//! before ranges existed, open as before). Missing inputs take the defaults;
//! `base` and `editing` count from 1. Reading checks everything and says what is wrong; a
//! document of a newer version is refused (and, when stored, kept aside by the page).

use super::link::range_end;
use super::set::{Scenario, ScenarioSet};
use super::Mode;
use crate::model::core::codec::MAX_VALUE_CHARS;
use crate::model::core::limits::{MAX_GROUPS, MAX_NAME_CHARS, MAX_SCENARIOS};
use crate::model::core::{Bound, ExitSource, Field};
use crate::model::input::{RawGroup, RawInputs};
use crate::model::realised::RealisedTexts;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The value of `format` that marks our documents.
pub const FORMAT: &str = "uitstroomrekenaar-scenarios";
/// The version this code writes.
pub const VERSION: u64 = 1;

/// Why a document cannot be read. Scenario numbers count from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The file itself could not be read (the browser gave no text).
    Unreadable,
    /// Not JSON at all; where the reader stopped.
    NotJson {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// JSON, but not marked as one of our documents.
    NotOurs,
    /// Ours, from a newer version of the app.
    NewerVersion(u64),
    /// Ours, with a version this app never wrote.
    UnknownVersion,
    /// A required part is missing or of the wrong kind (its name in the document).
    Missing(&'static str),
    /// No scenarios, or more than [`MAX_SCENARIOS`].
    ScenarioCount(usize),
    /// `base` or `editing` does not name a scenario.
    BadIndex(&'static str),
    /// A scenario's name is not text or too long.
    BadName(usize),
    /// A scenario's inputs are not an object of texts, or one is too long.
    BadInputs(usize),
    /// An input name that is not one of ours.
    UnknownInput(usize, String),
    /// A scenario's groups are not a list of at most eight objects of texts with a name and
    /// a group's inputs (caseload, exit or exits, work, baseline), or a text is too long.
    BadGroups(usize),
}

/// What a saved file carries beside the set: the mode, the plan and the realised results.
/// Optional parts of version 1: files without them open as before, and the browser's stored set
/// leaves them out (it keeps the realised results under their own key).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras {
    /// Realised results or projection.
    pub mode: Mode,
    /// The scenario the realised results are held against, from 0.
    pub plan: Option<usize>,
    /// The realised-results form's texts, when any is given.
    pub realised: Option<RealisedTexts>,
}

/// A document read: the set and what it carries beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The scenarios.
    pub set: ScenarioSet,
    /// The mode, plan and realised results.
    pub extras: Extras,
}

/// Version 1 of the document as written.
#[derive(Serialize)]
struct DocumentV1<'a> {
    format: &'static str,
    version: u64,
    base: usize,
    editing: usize,
    scenarios: Vec<ScenarioOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    realised: Option<&'a RealisedTexts>,
}

/// One scenario as the document writes it: its inputs in form order, and its groups when its
/// caseload is split (each a name and its inputs under their link names, as typed:
/// `{ "name": "Kort", "caseload": "300", "exit": "40", "work": "60", "baseline": "22" }`).
#[derive(Serialize)]
struct ScenarioOut<'a> {
    name: &'a str,
    #[serde(serialize_with = "given_inputs")]
    inputs: &'a RawInputs,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    groups: Vec<GroupOut<'a>>,
}

/// One group as the document writes it.
struct GroupOut<'a>(&'a RawGroup);

impl Serialize for GroupOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let g = self.0;
        let own = [(GROUP_NAME.to_string(), g.name.as_str())]
            .into_iter()
            .chain(g.fields().map(|field| (field.link_name().to_string(), g.get(field))));
        // Its ranges under the single link's names, beside their inputs' (`"exit_low": "30"`).
        let ranges = g.ranges.iter().map(|(field, bound, text)| (bound.link_name(field), text));
        serializer.collect_map(own.chain(ranges))
    }
}

/// The key of a group's name in a document.
const GROUP_NAME: &str = "name";

/// A group from its object in a document; none when a key is not a group's or a text is too
/// long.
fn group_in(texts: &BTreeMap<String, String>) -> Option<RawGroup> {
    let mut group = RawGroup::default();
    for (key, text) in texts {
        let limit = if key == GROUP_NAME { MAX_NAME_CHARS } else { MAX_VALUE_CHARS };
        if text.chars().count() > limit {
            return None;
        }
        let text = text.clone();
        match (key.as_str(), Field::from_link_name(key)) {
            (GROUP_NAME, _) => group.name = text,
            // Of `exit` and `exits`, `exits` wins when both are given.
            (_, Some(Field::ExitShare)) if group.exit_source == ExitSource::Count => {}
            (_, Some(field)) if field.is_per_group() => group.set(field, text),
            // An input of the scenario's, not a group's.
            (_, Some(_)) => return None,
            (key, None) => match range_end(key).filter(|(field, _)| Field::GROUP_RANGES.contains(field)) {
                Some((field, bound)) => group.ranges.set(field, bound, text),
                None => return None,
            },
        }
    }
    Some(group)
}

/// A document as read: each part still as its JSON text, so that each is then read on its own
/// and a part of the wrong kind is reported by its name (`"editing": "1"`: [`LoadError::Missing`]
/// of `editing`) rather than as serde's message.
#[derive(Deserialize)]
struct DocumentIn<'a> {
    #[serde(borrow)]
    format: Option<&'a RawValue>,
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    base: Option<&'a RawValue>,
    #[serde(borrow)]
    editing: Option<&'a RawValue>,
    #[serde(borrow)]
    scenarios: Option<&'a RawValue>,
    #[serde(borrow)]
    mode: Option<&'a RawValue>,
    #[serde(borrow)]
    plan: Option<&'a RawValue>,
    #[serde(borrow)]
    realised: Option<&'a RawValue>,
}

/// One scenario as read, its parts still as JSON text.
#[derive(Deserialize)]
struct ScenarioIn<'a> {
    #[serde(borrow)]
    name: Option<&'a RawValue>,
    #[serde(borrow)]
    inputs: Option<&'a RawValue>,
    #[serde(borrow)]
    groups: Option<&'a RawValue>,
}

/// A part read as `T`; none when it is missing or of another kind.
fn part<'a, T: Deserialize<'a>>(raw: Option<&'a RawValue>) -> Option<T> {
    serde_json::from_str(raw?.get()).ok()
}

/// The inputs the user gave, keyed by link name, in form order, then their ranges' ends
/// (`exit_low`, `exit_high`, …).
fn given_inputs<S: Serializer>(raw: &&RawInputs, serializer: S) -> Result<S::Ok, S::Error> {
    let fields = raw.given_fields().map(|f| (f.link_name().to_string(), raw.get(f)));
    let ranges = raw.given_ranges().map(|(f, b, text)| (b.link_name(f), text));
    serializer.collect_map(fields.chain(ranges))
}

/// What an input's key names: a field, or one end of a field's range.
fn input_key(key: &str) -> Option<(Field, Option<Bound>)> {
    Field::from_link_name(key).map(|f| (f, None)).or_else(|| range_end(key).map(|(f, b)| (f, Some(b))))
}

/// The set as a JSON document (pretty-printed, for people who open the file).
pub fn to_json(set: &ScenarioSet) -> String {
    to_json_with(set, &Extras::default())
}

/// The set and what it carries beside it (a saved file): the mode when it is the realised
/// results', the plan when chosen (from 1), the realised results when any is given.
pub fn to_json_with(set: &ScenarioSet, extras: &Extras) -> String {
    let realised = extras.realised.as_ref().filter(|r| **r != RealisedTexts::default());
    let doc = DocumentV1 {
        format: FORMAT,
        version: VERSION,
        base: set.base() + 1,
        editing: set.editing() + 1,
        scenarios: set
            .scenarios()
            .iter()
            .map(|s| ScenarioOut { name: &s.name, inputs: &s.raw, groups: s.raw.groups.iter().map(GroupOut).collect() })
            .collect(),
        mode: (extras.mode == Mode::Realised).then_some("realised"),
        plan: extras.plan.map(|p| p + 1),
        realised,
    };
    // Strings and whole numbers only: serialising cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Reads a document's set; inputs it lacks come from `defaults`. The format and version are
/// checked before the rest.
pub fn from_json(text: &str, defaults: &RawInputs) -> Result<ScenarioSet, LoadError> {
    read_document(text, defaults).map(|d| d.set)
}

/// Reads a document with what it carries beside the set (a saved file).
pub fn read_document(text: &str, defaults: &RawInputs) -> Result<Document, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    let doc: DocumentIn = match serde_json::from_str(text) {
        // serde would also fill a struct from an array, by position: only an object is ours.
        Ok(doc) if text.trim_start().starts_with('{') => doc,
        Ok(_) => return Err(LoadError::NotOurs),
        Err(e) if e.is_syntax() || e.is_eof() => return Err(LoadError::NotJson { line: e.line(), column: e.column() }),
        Err(_) => return Err(LoadError::NotOurs),
    };
    if part::<String>(doc.format).as_deref() != Some(FORMAT) {
        return Err(LoadError::NotOurs);
    }
    match part::<f64>(doc.version).and_then(whole_number) {
        Some(VERSION) => read_v1(&doc, defaults),
        // Older versions are migrated here once there are any; version 1 is the first.
        Some(v) if v > VERSION => Err(LoadError::NewerVersion(v)),
        Some(_) => Err(LoadError::UnknownVersion),
        None => Err(LoadError::Missing("version")),
    }
}

/// A JSON number that is a whole number from 0 to 2^53 (`1` or `1.0`).
fn whole_number(n: f64) -> Option<u64> {
    (n.fract() == 0.0 && (0.0..=9_007_199_254_740_992.0).contains(&n)).then_some(n as u64)
}

fn read_v1(doc: &DocumentIn, defaults: &RawInputs) -> Result<Document, LoadError> {
    let list: Vec<&RawValue> = part(doc.scenarios).ok_or(LoadError::Missing("scenarios"))?;
    if list.is_empty() || list.len() > MAX_SCENARIOS {
        return Err(LoadError::ScenarioCount(list.len()));
    }
    let count = list.len();
    let index = |key: &'static str, raw: Option<&RawValue>| -> Result<usize, LoadError> {
        let i = part::<f64>(raw).and_then(whole_number).ok_or(LoadError::Missing(key))?;
        usize::try_from(i).ok().filter(|i| (1..=count).contains(i)).map(|i| i - 1).ok_or(LoadError::BadIndex(key))
    };
    let (base, editing) = (index("base", doc.base)?, index("editing", doc.editing)?);
    let mut scenarios = Vec::with_capacity(list.len());
    for (i, entry) in list.into_iter().enumerate() {
        let number = i + 1;
        let entry: ScenarioIn = serde_json::from_str(entry.get()).map_err(|_| LoadError::BadName(number))?;
        let name: String = part(entry.name).filter(|n: &String| n.chars().count() <= MAX_NAME_CHARS).ok_or(LoadError::BadName(number))?;
        let inputs: BTreeMap<String, String> = part(entry.inputs).ok_or(LoadError::BadInputs(number))?;
        let mut raw = defaults.clone();
        for (key, text) in &inputs {
            let (field, bound) = input_key(key).ok_or_else(|| LoadError::UnknownInput(number, key.clone()))?;
            if text.chars().count() > MAX_VALUE_CHARS {
                return Err(LoadError::BadInputs(number));
            }
            match bound {
                None => raw.set(field, text.clone()),
                Some(bound) => raw.ranges.set(field, bound, text.clone()),
            }
        }
        // Of `exit` and `exits`, `exits` wins when both are given.
        if inputs.contains_key(Field::Exits.link_name()) {
            raw.exit_source = ExitSource::Count;
        } else if inputs.contains_key(Field::ExitShare.link_name()) {
            raw.exit_source = ExitSource::Share;
        }
        if entry.groups.is_some() {
            let groups: Vec<BTreeMap<String, String>> =
                part(entry.groups).filter(|g: &Vec<_>| g.len() <= MAX_GROUPS).ok_or(LoadError::BadGroups(number))?;
            raw.groups = groups.iter().map(group_in).collect::<Option<_>>().ok_or(LoadError::BadGroups(number))?;
            raw.fold_single_group();
        }
        scenarios.push(Scenario { name, raw });
    }
    let fallback = Scenario { name: String::new(), raw: defaults.clone() };
    let set = ScenarioSet::new(scenarios, base, editing, fallback);
    let mode = match doc.mode.map(|_| part::<String>(doc.mode)) {
        None => Mode::Projection,
        Some(Some(m)) if m == "realised" => Mode::Realised,
        Some(Some(m)) if m == "projection" => Mode::Projection,
        Some(_) => return Err(LoadError::Missing("mode")),
    };
    let plan = match doc.plan {
        None => None,
        Some(_) => Some(index("plan", doc.plan).map_err(|_| LoadError::BadIndex("plan"))?),
    };
    let realised = match doc.realised {
        None => None,
        Some(_) => Some(part::<RealisedTexts>(doc.realised).ok_or(LoadError::Missing("realised"))?),
    };
    Ok(Document { set, extras: Extras { mode, plan, realised } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::input::Preset;

    fn set() -> ScenarioSet {
        let mut odd = Preset::Haarlem.raw();
        odd.set(Field::Cost, "veel <b>".into());
        let scenarios = vec![
            Scenario { name: "Plan \"A\"".into(), raw: Preset::Schiedam.raw() },
            Scenario { name: "Haarlem".into(), raw: odd },
        ];
        ScenarioSet::new(scenarios, 1, 0, Scenario { name: String::new(), raw: Preset::Empty.raw() })
    }

    #[test]
    fn a_set_round_trips_through_json() {
        let json = to_json(&set());
        assert!(json.contains("\"format\": \"uitstroomrekenaar-scenarios\""));
        assert!(json.contains("\"exits\": \"139\""));
        let back = from_json(&json, &Preset::Empty.raw()).expect("reads back");
        assert_eq!(to_json(&back), json);
        assert_eq!(back.scenarios()[1].raw.get(Field::Cost), "veel <b>");
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        let d = Preset::Empty.raw();
        let good = to_json(&set());
        let cases: Vec<(String, LoadError)> = vec![
            ("{ nee".into(), LoadError::NotJson { line: 1, column: 3 }),
            ("[1, 2]".into(), LoadError::NotOurs),
            (r#"{"format":"iets anders"}"#.into(), LoadError::NotOurs),
            (good.replace("\"version\": 1", "\"version\": 7"), LoadError::NewerVersion(7)),
            (good.replace("\"version\": 1", "\"version\": 0"), LoadError::UnknownVersion),
            (good.replace("\"base\": 2", "\"base\": 3"), LoadError::BadIndex("base")),
            (good.replace("\"editing\": 1", "\"editing\": \"1\""), LoadError::Missing("editing")),
            (good.replace("\"caseload\"", "\"clients\""), LoadError::UnknownInput(1, "clients".into())),
            (good.replace("\"569\"", "569"), LoadError::BadInputs(1)),
            (good.replace("Plan \\\"A\\\"", &"x".repeat(61)), LoadError::BadName(1)),
            (r#"{"format":"uitstroomrekenaar-scenarios","version":1,"base":1,"editing":1,"scenarios":[]}"#.into(), LoadError::ScenarioCount(0)),
        ];
        for (text, want) in cases {
            assert_eq!(from_json(&text, &d), Err(want), "{text}");
        }
    }

    #[test]
    fn mode_plan_and_realised_results_travel_in_a_file() {
        use crate::model::realised::Example;
        let extras = Extras { mode: Mode::Realised, plan: Some(1), realised: Some(Example::Haarlem.texts()) };
        let json = to_json_with(&set(), &extras);
        assert!(json.contains("\"mode\": \"realised\""), "{json}");
        assert!(json.contains("\"plan\": 2"));
        assert!(json.contains("\"realised_closed\": \"238\""));
        let back = read_document(&json, &Preset::Empty.raw()).expect("reads back");
        assert_eq!(back.extras, extras);
        assert_eq!(back.set, set());
        // A file without them (written before) opens as a projection without a plan.
        assert_eq!(read_document(&to_json(&set()), &Preset::Empty.raw()).map(|d| d.extras), Ok(Extras::default()));
        let d = Preset::Empty.raw();
        assert_eq!(read_document(&json.replace("\"plan\": 2", "\"plan\": 9"), &d), Err(LoadError::BadIndex("plan")));
        assert_eq!(read_document(&json.replace("\"realised_closed\"", "\"gesloten\""), &d), Err(LoadError::Missing("realised")));
        assert_eq!(read_document(&json.replace("\"mode\": \"realised\"", "\"mode\": 3"), &d), Err(LoadError::Missing("mode")));
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let json = format!("\u{feff}{}", to_json(&set()));
        assert!(from_json(&json, &Preset::Empty.raw()).is_ok());
    }
}
