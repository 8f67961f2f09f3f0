//! Routes out of benefit (issue 38) on the page, rendered without a browser: the headline says
//! what the saving is made of in figures that add up to it, in both languages; the new figures
//! by `data-metric` and the years' `data-year-metric`, 0 without routes; the paragraph; bad
//! values marked with what is allowed.

use uitstroomrekenaar::model::document::link;
use uitstroomrekenaar::model::{project, validate, Preset};
use uitstroomrekenaar::text::{texts, Lang};
use uitstroomrekenaar::{Calculator, CalculatorProps};
use yew::{AttrValue, LocalServerRenderer};

const ROUTES: &str = "caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09\
    &subsidised=33.3333333333&subsidy_cost=16700&parttime=40&parttime_saving=367";

async fn page(query: String) -> String {
    LocalServerRenderer::<Calculator>::with_props(CalculatorProps { query: AttrValue::from(query), ..Default::default() })
        .hydratable(false)
        .render()
        .await
}

/// The `data-value` of every element with `data-*="name"` (`attribute` `data-metric` or
/// `data-year-metric`), in order.
fn values(html: &str, attribute: &str, name: &str) -> Vec<String> {
    let needle = format!("{attribute}=\"{name}\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let start = html[..at].rfind('<').expect("tag starts");
            let tag = &html[start..at + html[at..].find('>').expect("tag ends")];
            let v = tag.find("data-value=\"").expect("data-value") + "data-value=\"".len();
            tag[v..v + tag[v..].find('"').expect("value ends")].to_string()
        })
        .collect()
}

#[tokio::test]
async fn the_headline_says_what_the_saving_is_made_of_in_both_languages() {
    let nl = page(ROUTES.into()).await;
    assert!(nl.contains("€\u{a0}1.854.933"), "the headline");
    assert!(
        nl.contains("€\u{a0}2.085.000 minder uitkering voor 139 cliënten − €\u{a0}406.227 loonkostensubsidie + €\u{a0}176.160 minder uitkering aan 40 deeltijdwerkers."),
        "the headline's sum"
    );
    let en = page(format!("{ROUTES}&lang=en")).await;
    assert!(en.contains("€1,854,933"), "the headline in English");
    assert!(en.contains("€2,085,000 less benefit for 139 clients − €406,227 in wage-cost subsidies + €176,160 less benefit for 40 part-timers."), "the sum in English");
    for (name, value) in [
        ("benefit_savings_per_year", 2_085_000.0),
        ("subsidised_placements", 24.325),
        ("subsidy_cost_per_year", 406_227.5),
        ("parttime_savings_per_year", 176_160.0),
        ("savings_per_year", 1_854_932.5),
    ] {
        let shown: f64 = values(&nl, "data-metric", name)[0].parse().expect("a number");
        assert!((shown - value).abs() < 1e-3, "{name}: {shown}");
    }
    // Every year's row has both routes' cells.
    let years = values(&nl, "data-year-metric", "subsidy_cost").len();
    assert_eq!(years, 7, "2008 to 2013 and the total");
    assert_eq!(values(&nl, "data-year-metric", "parttime_saving").len(), years);
    assert!(values(&nl, "data-year-metric", "parttime_saving").iter().all(|v| v != "0"));
}

#[tokio::test]
async fn without_routes_their_figures_are_zero_and_out_of_view() {
    let html = page(String::new()).await;
    for name in ["subsidised_placements", "subsidy_cost_per_year", "parttime_savings_per_year"] {
        assert_eq!(values(&html, "data-metric", name), ["0"], "{name}");
    }
    // Without routes the benefits not paid are the saving, to the bit.
    assert_eq!(values(&html, "data-metric", "benefit_savings_per_year"), values(&html, "data-metric", "savings_per_year")[..1]);
    assert!(values(&html, "data-year-metric", "subsidy_cost").iter().all(|v| v == "0"));
    assert!(html.contains("data-year-metric=\"subsidy_cost\" data-value=\"0\" hidden"), "the column hidden");
    assert!(!html.contains("deeltijdwerkers."), "no route sum");
}

#[test]
fn the_paragraph_says_the_routes_in_both_languages() {
    let raw = link::from_query(&format!("?{ROUTES}&inhabitants=27500"), &Preset::Schiedam.raw());
    let inputs = validate(&raw, &Preset::Schiedam.inputs()).inputs;
    let p = project(&inputs);
    let nl = texts(Lang::Nl).summary("Plan", &inputs, &p, None);
    assert!(nl.contains("structurele besparing op de uitkeringslasten van €\u{a0}1.854.933 per jaar: €\u{a0}2.085.000 minder uitkering voor 139 cliënten − €\u{a0}406.227 loonkostensubsidie + €\u{a0}176.160 minder uitkering aan 40 deeltijdwerkers."), "{nl}");
    assert!(nl.contains("eigen deel van de BUIG"), "the subsidies' own part of the budget: {nl}");
    let en = texts(Lang::En).summary("Plan", &inputs, &p, None);
    assert!(en.contains("structural saving on benefits of €1,854,933 a year: €2,085,000 less benefit for 139 clients − €406,227 in wage-cost subsidies + €176,160 less benefit for 40 part-timers."), "{en}");
}

#[tokio::test]
async fn bad_routes_are_marked_with_what_is_allowed() {
    let html = page("caseload=569&exits=139&cost=15000&parttime=431&parttime_saving=1300&subsidised=30".into()).await;
    // 569 − 139 = 430 stay; € 15.000 / 12 = € 1.250 a month; the subsidy without its cost.
    assert!(html.contains("van 0 tot en met 430 cliënten"), "the part-timers' room");
    assert!(html.contains("€\u{a0}1.250"), "the benefit a month");
    assert!(html.contains("zonder allebei telt deze route niet mee"), "the pair");
    assert_eq!(html.matches("aria-invalid=\"true\"").count(), 3);
}
