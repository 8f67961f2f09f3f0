//! The docs' table of inputs cannot drift from the code: `docs/contract.md`'s section `## Inputs`
//! has one row per input, in the form's order ([`Field::IN_FORM_ORDER`]), and each row's name,
//! labels, allowed values, and whether it is optional, can have a range and is per group are the
//! field's own facts and its words in the page's texts. (The Unit column is prose for the reader:
//! not checked.)

use uitstroomrekenaar::model::core::number::{month_text, NumberStyle};
use uitstroomrekenaar::model::Field;
use uitstroomrekenaar::text::{texts, Lang};

/// The table's header row, exactly.
const HEADER: &str = "| Name | Input | Unit | Allowed | Optional | Range | Per group |";

/// The rows of the markdown table in the section headed exactly `## Inputs`, each as its cells,
/// trimmed.
fn input_rows(contract: &str) -> Vec<Vec<String>> {
    let mut lines = contract.lines().skip_while(|l| *l != "## Inputs");
    assert_eq!(lines.next(), Some("## Inputs"), "docs/contract.md has no section headed `## Inputs`");
    let section: Vec<&str> = lines.take_while(|l| !l.starts_with("## ")).collect();
    let mut table = section.iter().skip_while(|l| !l.starts_with('|'));
    assert_eq!(table.next().copied(), Some(HEADER), "the header of the table of inputs");
    let rule = table.next().copied().unwrap_or("");
    assert!(rule.starts_with("|---") && rule.split('|').count() == HEADER.split('|').count(), "the rule under the header: {rule:?}");
    let rows: Vec<Vec<String>> = table
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let inner = l.strip_prefix('|').and_then(|l| l.strip_suffix('|')).unwrap_or_else(|| panic!("a row ends with `|`: {l}"));
            let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
            assert_eq!(cells.len(), 7, "seven cells: {l}");
            cells
        })
        .collect();
    assert!(section.iter().filter(|l| l.starts_with('|')).count() == rows.len() + 2, "one table in `## Inputs`, without gaps");
    rows
}

/// `yes` or `no`.
fn yes_no(cell: &str, row: &str) -> bool {
    match cell {
        "yes" => true,
        "no" => false,
        other => panic!("{row}: `yes` or `no`, not {other:?}"),
    }
}

/// A whole number written with comma thousands (`1,000,000`), strictly: groups of three after
/// the first, digits only, after a minus sign (`−20,000`, U+2212) for a negative one.
fn number(text: &str, row: &str) -> f64 {
    if let Some(positive) = text.strip_prefix('\u{2212}') {
        return -number(positive, row);
    }
    let groups: Vec<&str> = text.split(',').collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let well_formed = groups.iter().all(|g| digits(g)) && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    assert!(well_formed, "{row}: {text:?} is not a number with comma thousands");
    groups.concat().parse().unwrap_or_else(|_| panic!("{row}: {text:?}"))
}

#[test]
fn the_docs_table_of_inputs_is_the_fields_facts() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/contract.md");
    let contract = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rows = input_rows(&contract);
    // Every input once, none more, in the form's order.
    let names: Vec<&str> = rows.iter().map(|r| r[0].strip_prefix('`').and_then(|n| n.strip_suffix('`')).unwrap_or_else(|| panic!("a name in backticks: {}", r[0]))).collect();
    let fields: Vec<&str> = Field::IN_FORM_ORDER.iter().map(|f| f.link_name()).collect();
    assert_eq!(names, fields, "the rows' names against Field::IN_FORM_ORDER");
    let (nl, en) = (texts(Lang::Nl), texts(Lang::En));
    for (row, field) in rows.iter().zip(Field::IN_FORM_ORDER) {
        let name = field.link_name();
        let (dutch, english) = row[1].split_once(" / ").unwrap_or_else(|| panic!("{name}: `Dutch label / English label`, not {:?}", row[1]));
        assert_eq!(dutch, nl.field_label.of(field), "{name}: the Dutch label");
        assert_eq!(english, en.field_label.of(field), "{name}: the English label");
        assert!(!row[2].is_empty(), "{name}: a unit");
        let (min, max) = field.range();
        let (low, high) = row[3].split_once('\u{2013}').unwrap_or_else(|| panic!("{name}: `min–max` with an en dash, not {:?}", row[3]));
        if field.style() == NumberStyle::Month {
            assert_eq!((low.to_string(), high.to_string()), (month_text(min as u32), month_text(max as u32)), "{name}: the allowed months");
        } else {
            assert_eq!((number(low, name), number(high, name)), (min, max), "{name}: the allowed values");
        }
        assert_eq!(yes_no(&row[4], name), field.is_optional(), "{name}: optional");
        assert_eq!(yes_no(&row[5], name), field.is_uncertain(), "{name}: range");
        assert_eq!(yes_no(&row[6], name), field.is_per_group(), "{name}: per group");
    }
}
