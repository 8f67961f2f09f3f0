//! The team (issue 27), the documents: set links of every earlier form open as before, and a set link
//! with an empty slot before the team round-trips.

use crate::common::schiedam;
use uitstroomrekenaar::model::document::set_link::{from_query, to_query};
use uitstroomrekenaar::model::input::Team;
use uitstroomrekenaar::model::{Euros, Inputs, Preset, validate};

fn opened(query: &str) -> Vec<Inputs> {
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    set.scenarios().iter().map(|s| validate(&s.raw, &schiedam()).inputs).collect()
}

#[test]
fn set_links_of_every_earlier_form_open_as_before() {
    let expected = Inputs { start_month: 2008 * 12 + 8, ..schiedam() };
    // Before the start month: eleven slots; the start is the defaults' (the empty preset's).
    let eleven = opened("?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25");
    assert_eq!(eleven[0], Inputs { start_month: Preset::Empty.inputs().start_month, ..expected });
    // With the start month, and with the inhabitants after it.
    let twelve = "?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09";
    assert_eq!(opened(twelve)[0], expected);
    let thirteen = "?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,12000";
    assert_eq!(opened(thirteen)[0], Inputs { inhabitants: Some(12_000), ..expected });
    // The page writes them as they were written.
    for query in [twelve, thirteen] {
        assert_eq!(to_query(&from_query(query, &Preset::Empty.raw()).expect("a set")), query);
    }
}

#[test]
fn an_empty_slot_keeps_the_later_ones_in_their_place() {
    // Haarlem, inhabitants unknown, with a team: the empty slot is written, and read back empty.
    let query = "?base=1&edit=1&s=Haarlem,280,60,n128,66.40625,14400,120,0,0,0,2.25,1997-01,,40,150,85000";
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(to_query(&set), query);
    let inputs = validate(&set.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!(inputs.inhabitants, None);
    assert_eq!(inputs.team, Some(Team { per_coach: 40, per_coach_regular: Some(150), fte_cost: Euros(85_000.0) }));
    // Without the regular caseload: its slot empty between the two given.
    let query = "?base=1&edit=1&s=Haarlem,280,60,n128,66.40625,14400,120,0,0,0,2.25,1997-01,30000,40,,85000";
    let set = from_query(query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(to_query(&set), query);
    let inputs = validate(&set.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!((inputs.inhabitants, inputs.team.map(|t| t.per_coach_regular)), (Some(30_000), Some(None)));
}
