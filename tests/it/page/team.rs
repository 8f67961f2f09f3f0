//! The team (issue 27), the page's words: with a team, the range on the project cost is named as the
//! other costs in the paragraph.

use crate::common::schiedam;
use uitstroomrekenaar::model::input::Team;
use uitstroomrekenaar::model::projection::project_plan;
use uitstroomrekenaar::model::{Euros, Field, Inputs};

#[test]
fn with_a_team_the_range_on_k_is_named_as_the_other_costs() {
    use uitstroomrekenaar::model::input::{Range, Ranges};
    use uitstroomrekenaar::model::projection::draws::analyse;
    use uitstroomrekenaar::text::{texts, Lang};
    let team = Team { per_coach: 40, per_coach_regular: Some(150), fte_cost: Euros(85_000.0) };
    let inputs = Inputs { team: Some(team), project_cost_per_year: Euros(100_000.0), ..schiedam() };
    let ranges = Ranges::new([(Field::ProjectCost, Range { low: 0.0, high: 2_000_000.0 })]);
    let analysis = analyse(&inputs, &ranges).expect("an analysis");
    let p = project_plan(&inputs, &[]).total;
    // Money is written with a non-breaking space after the euro sign.
    let plain = |text: String| text.replace(['\u{a0}', '\u{202f}'], " ");
    let paragraph = plain(texts(Lang::Nl).summary("Plan", &inputs, &p, Some(&analysis)));
    assert!(paragraph.contains("meest beweegt is overige projectkosten"), "{paragraph}");
    assert!(paragraph.contains("Projectkosten: 10,43 extra coaches × € 85.000 + € 100.000 overige kosten = € 986.692 per jaar."), "{paragraph}");
    let without = plain(texts(Lang::Nl).summary("Plan", &Inputs { team: None, ..inputs }, &p, Some(&analysis)));
    assert!(without.contains("meest beweegt is projectkosten"), "{without}");
}
