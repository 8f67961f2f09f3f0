//! The scenario set as a JSON document: the file users save and open, and what the browser
//! keeps in its storage. Version 1 (documented in the README):
//!
//! ```json
//! { "format": "uitstroomrekenaar-scenarios", "version": 1, "base": 1, "editing": 2,
//!   "scenarios": [ { "name": "Plan", "inputs": { "caseload": "569", "exits": "139", … } } ] }
//! ```
//!
//! `inputs` holds the texts as typed (so nothing the user typed is lost, valid or not), keyed
//! by link name, with `exit` or `exits` (the one given). Missing inputs take the defaults;
//! `base` and `editing` count from 1. Reading checks everything and says what is wrong; a
//! document of a newer version is refused (and, when stored, kept aside by the page).

use super::field::Field;
use super::inputs::{ExitSource, RawInputs};
use super::link::MAX_VALUE_CHARS;
use super::scenarios::{Scenario, ScenarioSet, MAX_NAME_CHARS, MAX_SCENARIOS};
use super::json::{self, Json};

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
}

/// The set as a JSON document (pretty-printed, for people who open the file).
pub fn to_json(set: &ScenarioSet) -> String {
    let text = |s: &str| Json::String(s.to_string());
    let number = |n: usize| Json::Number(n as f64);
    let scenarios = set
        .scenarios()
        .iter()
        .map(|s| {
            let inputs = s.raw
                .given_fields()
                .map(|f| (f.link_name().to_string(), text(s.raw.get(f))))
                .collect();
            Json::Object(vec![("name".into(), text(&s.name)), ("inputs".into(), Json::Object(inputs))])
        })
        .collect();
    Json::Object(vec![
        ("format".into(), text(FORMAT)),
        ("version".into(), number(VERSION as usize)),
        ("base".into(), number(set.base() + 1)),
        ("editing".into(), number(set.editing() + 1)),
        ("scenarios".into(), Json::Array(scenarios)),
    ])
    .to_pretty()
}

/// Reads a document; inputs it lacks come from `defaults`.
pub fn from_json(text: &str, defaults: &RawInputs) -> Result<ScenarioSet, LoadError> {
    let doc = json::parse(text.trim_start_matches('\u{feff}'))
        .map_err(|e| LoadError::NotJson { line: e.line, column: e.column })?;
    if doc.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(LoadError::NotOurs);
    }
    match doc.get("version").and_then(Json::as_u64) {
        Some(VERSION) => read_v1(&doc, defaults),
        // Older versions are migrated here once there are any; version 1 is the first.
        Some(v) if v > VERSION => Err(LoadError::NewerVersion(v)),
        Some(_) => Err(LoadError::UnknownVersion),
        None => Err(LoadError::Missing("version")),
    }
}

fn read_v1(doc: &Json, defaults: &RawInputs) -> Result<ScenarioSet, LoadError> {
    let list = doc.get("scenarios").and_then(Json::as_array).ok_or(LoadError::Missing("scenarios"))?;
    if list.is_empty() || list.len() > MAX_SCENARIOS {
        return Err(LoadError::ScenarioCount(list.len()));
    }
    let index = |key: &'static str| -> Result<usize, LoadError> {
        let i = doc.get(key).and_then(Json::as_u64).ok_or(LoadError::Missing(key))?;
        usize::try_from(i).ok().filter(|i| (1..=list.len()).contains(i)).map(|i| i - 1).ok_or(LoadError::BadIndex(key))
    };
    let (base, editing) = (index("base")?, index("editing")?);
    let mut scenarios = Vec::with_capacity(list.len());
    for (i, entry) in list.iter().enumerate() {
        let number = i + 1;
        let name = entry.get("name").and_then(Json::as_str).ok_or(LoadError::BadName(number))?;
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(LoadError::BadName(number));
        }
        let inputs = entry.get("inputs").and_then(Json::as_object).ok_or(LoadError::BadInputs(number))?;
        let mut raw = defaults.clone();
        for (key, value) in inputs {
            let field = Field::from_link_name(key).ok_or_else(|| LoadError::UnknownInput(number, key.clone()))?;
            let text = value.as_str().filter(|t| t.chars().count() <= MAX_VALUE_CHARS).ok_or(LoadError::BadInputs(number))?;
            raw.set(field, text.to_string());
            match field {
                Field::Exits => raw.exit_source = ExitSource::Count,
                Field::ExitShare if !inputs.iter().any(|(k, _)| k == Field::Exits.link_name()) => {
                    raw.exit_source = ExitSource::Share
                }
                _ => {}
            }
        }
        scenarios.push(Scenario { name: name.to_string(), raw });
    }
    let fallback = Scenario { name: String::new(), raw: defaults.clone() };
    Ok(ScenarioSet::new(scenarios, base, editing, fallback))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Preset;

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
    fn a_byte_order_mark_is_fine() {
        let json = format!("\u{feff}{}", to_json(&set()));
        assert!(from_json(&json, &Preset::Empty.raw()).is_ok());
    }
}
