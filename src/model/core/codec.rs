//! The link codec: how a value travels in every link format (the single link, the set link,
//! a group's part, the realised results): percent-encoding, the parameters of a query string,
//! a field's text as a link carries it and as the form shows it, and a value's range.

use super::field::Field;
use super::number::{field_text, link_text, parse_number};

/// The longest value a link can put into a field, in characters; longer ones are cut.
pub const MAX_VALUE_CHARS: usize = 200;

/// A field's text as a link carries it: canonical when it parses, else as typed, encoded.
/// Shared by this format and the set's (`scenarios`).
pub fn link_value(field: Field, text: &str) -> String {
    match parse_number(text, field.style()) {
        Ok(v) => link_text(v, field.style()),
        Err(_) => encode(text),
    }
}

/// The form text for a (decoded) value from a link: cut to [`MAX_VALUE_CHARS`], shown the
/// Dutch way when it parses (`52,5`), else exactly as the link has it.
pub fn form_text(field: Field, value: &str) -> String {
    let value: String = value.chars().take(MAX_VALUE_CHARS).collect();
    match parse_number(&value, field.style()) {
        Ok(v) => field_text(v, field.style()),
        Err(_) => value,
    }
}

/// The (decoded) value of the first parameter `name` of a query string, if any.
pub fn param(query: &str, name: &str) -> Option<String> {
    pairs(query).find_map(|(key, value)| (key == name).then(|| decode(value)))
}

/// The parameters of a query string (with or without its leading `?`), in order: each name
/// decoded, each value still encoded (the set link splits its values before decoding them).
/// The one reader of every link format: the single link, the set link, the realised results.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(name), value)
    })
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte; a `%` not
/// followed by two hex digits stays as it is, and invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|&h| hex(h)), bytes.get(i + 2).and_then(|&l| hex(l))) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The separator of a value and its range in the set link's lists (`p24.43:18:30`): a `:`
/// inside a value is always percent-encoded, so it cannot be mistaken for it.
pub const RANGE_SEPARATOR: char = ':';

/// A set-link value split into the value itself and its range's (still encoded) low and high
/// texts, if it has a range.
pub fn split_range(value: &str) -> (&str, Option<(&str, &str)>) {
    let mut parts = value.splitn(3, RANGE_SEPARATOR);
    let own = parts.next().unwrap_or("");
    match (parts.next(), parts.next()) {
        (Some(low), Some(high)) => (own, Some((low, high))),
        (Some(low), None) => (own, Some((low, ""))),
        _ => (own, None),
    }
}
