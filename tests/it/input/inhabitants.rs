//! What the BUIG budget keeps (issue 19), the input: the inhabitants are optional and checked.

use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::{Field, Preset, ProblemKind, validate};

#[test]
fn inhabitants_are_optional_and_checked() {
    let raw = |text: &str| link::from_query(&format!("?inhabitants={text}"), &Preset::Schiedam.raw());
    let read = |text: &str| validate(&raw(text), &Preset::Schiedam.inputs());
    assert_eq!(read("12000").inputs.inhabitants, Some(12_000));
    assert_eq!(read("12.000").inputs.inhabitants, Some(12_000));
    let empty = read("");
    assert_eq!((empty.inputs.inhabitants, empty.problems.len()), (None, 0), "empty is unknown, not a problem");
    for (bad, kind) in [("0", "OutOfRange"), ("1500001", "OutOfRange"), ("12,5", "NotWhole"), ("veel", "NotANumber")] {
        let checked = read(bad);
        let problem = checked.problem(Field::Inhabitants).unwrap_or_else(|| panic!("{bad} is marked"));
        assert!(format!("{:?}", problem.kind).starts_with(kind), "{bad}: {:?}", problem.kind);
        assert_eq!(checked.inputs.inhabitants, None, "{bad}: no budget figures from a bad number");
        assert_eq!(checked.problems.len(), 1, "{bad}: the rest stays valid");
    }
    assert!(matches!(read("0").problem(Field::Inhabitants).map(|p| p.kind), Some(ProblemKind::OutOfRange { .. })));
    // A link without inhabitants has them empty, also when its other values are an example's.
    assert_eq!(link::from_query("?caseload=569", &Preset::Schiedam.raw()).get(Field::Inhabitants), "");
}
