//! How much a set, a scenario and a name may hold: the limits every reader of links, files and
//! storage keeps to, and the one cleaning of a name.

/// The most scenarios a set holds.
pub const MAX_SCENARIOS: usize = 12;

/// The most groups a scenario's caseload is split into.
pub const MAX_GROUPS: usize = 8;

/// The longest name (of a scenario or a group), in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// A name as the set keeps it: without control characters, trimmed at the ends, at most
/// [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    typed_name(name).trim().to_string()
}

/// A name as it is being typed (a scenario's or a group's): without control characters, at
/// most [`MAX_NAME_CHARS`] characters, its spaces kept while the user types.
pub fn typed_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect()
}
