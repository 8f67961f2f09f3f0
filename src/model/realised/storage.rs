//! The realised-results form's texts where they are kept: the browser's storage (JSON) and
//! the link.

use super::*;

/// The form's texts as stored in the browser: a JSON object keyed by field name.
pub fn texts_to_json(texts: &RealisedTexts) -> String {
    // Strings only: serialising cannot fail.
    serde_json::to_string_pretty(texts).unwrap_or_default()
}

/// The form's texts from what [`texts_to_json`] wrote; none when the text is anything else.
/// What earlier versions stored, a JSON array of the eleven texts in form order, still opens:
/// serde reads a struct from an array by position, and the fields of [`RealisedTexts`] are in
/// that order (a test holds it; a field added later goes last, with `#[serde(default)]`).
pub fn texts_from_json(text: &str) -> Option<RealisedTexts> {
    serde_json::from_str(text).ok()
}

/// The texts as a link carries them: one `NAME=value` per field that is not empty, each exactly as
/// typed (percent-encoded), so that a stated share keeps its decimals and a bad value opens
/// marked, as typed. Empty when every field is.
pub fn texts_to_query(texts: &RealisedTexts) -> String {
    let pairs: Vec<String> = RealisedField::ALL
        .into_iter()
        .filter(|f| !texts.get(*f).is_empty())
        .map(|f| format!("{}={}", f.name(), encode(texts.get(f))))
        .collect();
    pairs.join("&")
}

/// The texts a query string carries (fields it lacks are empty), or none when it names none;
/// values longer than [`MAX_VALUE_CHARS`] are cut. Of repeated parameters the first counts.
pub fn texts_from_query(query: &str) -> Option<RealisedTexts> {
    let mut found = false;
    let mut texts = RealisedTexts::default();
    for field in RealisedField::ALL {
        if let Some(value) = param(query, field.name()) {
            found = true;
            texts.set(field, value.chars().take(MAX_VALUE_CHARS).collect());
        }
    }
    found.then_some(texts)
}
