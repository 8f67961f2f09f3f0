//! Routes out of benefit (issue 38), the documents: the single link by the inputs' names, the set
//! link's four slots after `fte_cost` in their order, the file by name; links and files written
//! before read as before.

use crate::common::schiedam;
use uitstroomrekenaar::model::document::set_link::{from_query, to_query};
use uitstroomrekenaar::model::document::{link, set_file, Scenario, ScenarioSet};
use uitstroomrekenaar::model::input::{PartTime, Subsidy};
use uitstroomrekenaar::model::{validate, Euros, Field, Inputs, Preset, Share};

const ROUTES: &str = "&subsidised=33.3333333333&subsidy_cost=16700&parttime=40&parttime_saving=367";

fn with_routes() -> Inputs {
    Inputs {
        subsidy: Some(Subsidy { share: Share::from_percent(33.333_333_333_3), cost_per_year: Euros(16_700.0) }),
        parttime: Some(PartTime { clients: 40, saving_per_month: Euros(367.0) }),
        ..schiedam()
    }
}

#[test]
fn the_single_link_carries_the_routes_by_name() {
    let raw = link::from_query(&format!("?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60{ROUTES}"), &Preset::Schiedam.raw());
    assert_eq!(raw.get(Field::Subsidised), "33,3333333333");
    assert_eq!(validate(&raw, &schiedam()).inputs, with_routes());
    let query = link::to_query(&raw);
    assert!(query.contains(ROUTES), "{query}");
    assert_eq!(link::from_query(&query, &Preset::Schiedam.raw()), raw);
}

#[test]
fn the_set_link_has_the_four_slots_after_the_team() {
    let mut raw = Preset::Schiedam.raw();
    for (field, text) in [(Field::Subsidised, "33,3333333333"), (Field::SubsidyCost, "16700"), (Field::Parttime, "40"), (Field::ParttimeSaving, "367")] {
        raw.set(field, text.into());
    }
    let set = ScenarioSet::new(vec![Scenario { name: "Routes".into(), raw }], 0, 0, Scenario { name: String::new(), raw: Preset::Schiedam.raw() });
    let query = to_query(&set);
    // Inhabitants and the team left empty: their slots empty, then s, L, Q and F.
    assert_eq!(query, "?base=1&edit=1&s=Routes,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,,,,,33.3333333333,16700,40,367");
    let back = from_query(&query, &Preset::Empty.raw()).expect("a set");
    assert_eq!(validate(&back.scenarios()[0].raw, &schiedam()).inputs, Inputs { start_month: 2008 * 12 + 8, ..with_routes() });
    assert_eq!(to_query(&back), query);
    // A link written before the routes: no routes.
    let before = from_query("?base=1&edit=1&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09,,40,150,85000", &Preset::Empty.raw()).expect("a set");
    let inputs = validate(&before.scenarios()[0].raw, &schiedam()).inputs;
    assert_eq!((inputs.subsidy, inputs.parttime), (None, None));
}

#[test]
fn the_file_keeps_the_routes_by_name() {
    let raw = link::from_query(&format!("?caseload=569&exits=139{ROUTES}"), &Preset::Schiedam.raw());
    let set = ScenarioSet::new(vec![Scenario { name: "Routes".into(), raw }], 0, 0, Scenario { name: String::new(), raw: Preset::Schiedam.raw() });
    let json = set_file::to_json(&set);
    let document: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let inputs = &document["scenarios"][0]["inputs"];
    for (key, text) in [("subsidised", "33,3333333333"), ("subsidy_cost", "16700"), ("parttime", "40"), ("parttime_saving", "367")] {
        assert_eq!(inputs[key], text, "{key} in {json}");
    }
    let back = set_file::from_json(&json, &Preset::Empty.raw()).expect("it opens");
    assert_eq!(back, set);
}
