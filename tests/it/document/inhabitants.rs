//! What the BUIG budget keeps (issue 19), the documents: the inhabitants travel in the single link, the
//! set link and the file, and older links still open as the example.

use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::{Field, Preset};

/// The inhabitants travel in the single link, the set link (a last slot after the start) and the
/// file; older links and files, without them, still read, and an example's still opens as the
/// example.
#[test]
fn inhabitants_travel_in_links_and_files() {
    use uitstroomrekenaar::model::document::set_link;
    use uitstroomrekenaar::model::document::{Scenario, ScenarioSet};
    use uitstroomrekenaar::model::document::set_file;
    use uitstroomrekenaar::state::State;
    let mut raw = Preset::Schiedam.raw();
    raw.set(Field::Inhabitants, "12000".into());
    assert!(link::to_query(&raw).contains("&inhabitants=12000"));
    assert!(!link::to_query(&Preset::Schiedam.raw()).contains("inhabitants"), "unknown is left out");
    let scenario = |raw: &uitstroomrekenaar::model::RawInputs| Scenario { name: "Plan".into(), raw: raw.clone() };
    let set = ScenarioSet::new(vec![scenario(&raw), scenario(&Preset::Haarlem.raw())], 0, 0, scenario(&Preset::Schiedam.raw()));
    let query = set_link::to_query(&set);
    assert!(query.contains(",2008-09,12000&s=Plan,280,"), "{query}");
    assert!(query.ends_with(",1997-01"), "no empty last slot: {query}");
    let back = set_link::from_query(&query, &Preset::Schiedam.raw()).expect("a set");
    assert_eq!(back.scenarios()[0].raw.get(Field::Inhabitants), "12000");
    assert_eq!(back.scenarios()[1].raw.get(Field::Inhabitants), "");
    let file = set_file::to_json(&set);
    assert!(file.contains("\"inhabitants\": \"12000\"") || file.contains("\"inhabitants\":\"12000\""), "{file}");
    let read = set_file::from_json(&file, &Preset::Schiedam.raw()).expect("reads");
    assert_eq!(read.scenarios()[0].raw.get(Field::Inhabitants), "12000");
    // A link from before: the example, inhabitants unknown.
    let old = State::open("?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09", None);
    assert_eq!(old.editing().origin, Some(Preset::Schiedam));
    assert_eq!(old.editing().checked.inputs.inhabitants, None);
    let with = State::open("?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,12000", None);
    assert_eq!(with.editing().checked.inputs.inhabitants, Some(12_000));
}
