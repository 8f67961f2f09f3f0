//! model::json against serde_json: the same texts are accepted, to the same values, and what
//! model::json writes serde_json reads back (and prints the same way).

use proptest::prelude::*;
use serde_json::Value;
use uitstroomrekenaar::model::json::{parse, Json};

fn to_serde(v: &Json) -> Value {
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => Value::from(*n as i64),
        Json::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        // serde_json keeps the last of a repeated key, as Json::get does.
        Json::Object(members) => Value::Object(members.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect()),
    }
}

/// Numbers compared as f64: serde_json keeps integers exact, which says nothing about JSON.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        (0u32..100_000).prop_map(|n| Json::Number(f64::from(n))),
        (-1e6..1e6f64).prop_map(Json::Number),
        any::<String>().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec(("[a-z\"\\\\\u{e9}]{0,5}", inner), 0..6).prop_map(Json::Object),
        ]
    })
}

/// Text that is JSON-like: mostly JSON's own characters, so the readers are tested at the edges.
fn json_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\[\\]{}:,\" \\\\/0-9eE+\\-.tfnrulsaébu\u{1}\n]{0,40}",
        json_value().prop_map(|v| v.to_pretty()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn accepts_what_serde_json_accepts(text in json_like()) {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs.map_err(|e| e.to_string()));
        if let (Ok(o), Ok(t)) = (ours, theirs) {
            prop_assert!(same(&to_serde(&o), &t), "{:?}", text);
        }
    }

    #[test]
    fn writes_what_serde_json_reads_back(v in json_value()) {
        let text = v.to_pretty();
        let theirs: Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(same(&to_serde(&v), &theirs));
        prop_assert_eq!(parse(&text).map(|w| to_serde(&w)).ok().map(|w| same(&w, &theirs)), Some(true));
    }
}

#[test]
fn pretty_printing_matches_serde_json_for_documents() {
    // Keys in order, because serde_json's map sorts them.
    let doc = Json::Object(vec![
        ("format".into(), Json::String("x\"y\u{1}é\t".into())),
        ("list".into(), Json::Array(vec![Json::Object(vec![]), Json::Array(vec![Json::Null])])),
        ("version".into(), Json::Number(1.0)),
    ]);
    let theirs = serde_json::to_string_pretty(&to_serde(&doc)).expect("prints");
    assert_eq!(doc.to_pretty(), theirs);
}
