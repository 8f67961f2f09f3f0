//! Native render tests of ranges, bands and the tornado: what the page and its parts put in the
//! HTML, in both languages. The worker does not run here: a page with ranges renders its bands
//! as pending, and the parts are rendered with bands computed by the model.

use std::rc::Rc;
use uitstroomrekenaar::bands::Uncertainty;
use uitstroomrekenaar::components::chart::Chart;
use uitstroomrekenaar::components::uncertainty::{Bands, Tornado};
use uitstroomrekenaar::components::Shared;
use uitstroomrekenaar::model::core::number::canonical;
use uitstroomrekenaar::model::projection::draws::{Analysis, analyse};
use uitstroomrekenaar::model::input::{Range, Ranges};
use uitstroomrekenaar::model::results::BAND_METRICS;
use uitstroomrekenaar::model::{Field, Inputs, Preset, project};
use uitstroomrekenaar::text::{texts, Lang};
use uitstroomrekenaar::{Calculator, CalculatorProps};
use yew::prelude::*;
use yew::LocalServerRenderer;

async fn page(query: &str) -> String {
    LocalServerRenderer::<Calculator>::with_props(CalculatorProps { query: AttrValue::from(query.to_string()), ..Default::default() })
        .hydratable(false)
        .render()
        .await
}

/// The opening tag of the element with `attribute`.
fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html.find(attribute).unwrap_or_else(|| panic!("no {attribute}"));
    let start = html[..at].rfind('<').expect("tag starts");
    &html[start..at + html[at..].find('>').expect("tag ends")]
}

/// The value of `name` in a tag.
fn attr(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let v = tag.find(&key).unwrap_or_else(|| panic!("no {name} in {tag}")) + key.len();
    tag[v..v + tag[v..].find('"').expect("value ends")].to_string()
}

/// Schiedam with the exit share between 18 and 30% and a deadweight of 0 to 8% a year.
fn schiedam_ranges() -> (Inputs, Ranges) {
    let ranges = Ranges::new([(Field::ExitShare, Range { low: 18.0, high: 30.0 }), (Field::Baseline, Range { low: 0.0, high: 8.0 })]);
    (Preset::Schiedam.inputs(), ranges)
}

#[tokio::test]
async fn a_link_with_ranges_opens_them_and_withdraws_the_bands_until_computed() {
    let html = page("?caseload=569&period=18&exit=24.43&exit_low=18&exit_high=30&baseline_high=8").await;
    assert_eq!(attr(tag(&html, "id=\"input-exit_low\""), "value"), "18");
    assert_eq!(attr(tag(&html, "id=\"input-baseline_high\""), "value"), "8");
    assert_eq!(attr(tag(&html, "id=\"ranges-toggle\""), "aria-expanded"), "true");
    assert!(!tag(&html, "id=\"ranges-body\"").contains("hidden"));
    // Every band figure is there, its value withdrawn, and the page says it is computing.
    for (_, _, name) in BAND_METRICS {
        assert_eq!(attr(tag(&html, &format!("data-metric=\"{name}\"")), "data-value"), "", "{name}");
    }
    assert!(html.contains("Bandbreedte wordt berekend"));
    // Without project cost there is no share of positive runs to wait for.
    assert!(!html.contains("net_positive_share"));
    let with_cost = page("?caseload=569&period=18&exit=24.43&exit_low=18&project_cost=300000").await;
    assert_eq!(attr(tag(&with_cost, "data-metric=\"net_positive_share\""), "data-value"), "", "withdrawn while computed");
    // The point result is there at once.
    let exits: f64 = attr(tag(&html, "data-metric=\"exits\""), "data-value").parse().expect("a number");
    assert!((exits - 569.0 * 0.2443).abs() < 1e-9, "{exits}");
}

#[tokio::test]
async fn without_ranges_there_are_no_bands_and_the_control_is_closed() {
    let html = page("").await;
    assert!(!html.contains("_p10"), "no band figures");
    assert!(!html.contains("data-sensitivity"));
    assert_eq!(attr(tag(&html, "id=\"ranges-toggle\""), "aria-expanded"), "false");
    assert!(tag(&html, "id=\"ranges-body\"").contains("hidden"));
    // The count of exits was typed: its range is offered, not the share's.
    assert!(html.contains("id=\"input-exits_low\""));
    assert!(!html.contains("id=\"input-exit_low\""));
}

#[tokio::test]
async fn a_bad_range_is_marked_on_its_field_and_the_results_keep_working() {
    let html = page("?caseload=569&period=18&exits=139&exits_low=150&cost_high=veel&lang=en").await;
    let low = tag(&html, "id=\"input-exits_low\"");
    assert_eq!(attr(low, "aria-invalid"), "true");
    assert!(html.contains("The low value is above the expected value"), "{html}");
    assert_eq!(attr(tag(&html, "id=\"input-cost_high\""), "aria-invalid"), "true");
    assert!(html.contains("This is not a number"));
    // No valid range is left: no bands, and the results stand.
    assert!(!html.contains("_p10"));
    let saving: f64 = attr(tag(&html, "data-metric=\"savings_per_year\""), "data-value").parse().expect("a number");
    assert!((saving - 2_085_000.0).abs() < 1e-6, "{saving}");
}

#[derive(Properties, PartialEq)]
struct PartsProps {
    lang: Lang,
    analysis: Rc<Analysis>,
    expected: f64,
}

#[component]
fn Parts(props: &PartsProps) -> Html {
    let (inputs, _) = schiedam_ranges();
    let uncertainty = Uncertainty::Ready(props.analysis.clone());
    let projections = vec![Shared(Rc::new(project(&inputs)))];
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <Bands uncertainty={uncertainty.clone()} with_cost={false} />
            <Tornado uncertainty={uncertainty.clone()} expected={props.expected} />
            <Chart names={vec![AttrValue::from("Schiedam")]} {projections} base={0} editing={0} {uncertainty} />
        </ContextProvider<Lang>>
    }
}

#[tokio::test]
async fn the_bands_the_tornado_and_the_chart_band_state_the_models_figures_in_both_languages() {
    let (inputs, ranges) = schiedam_ranges();
    let analysis = Rc::new(analyse(&inputs, &ranges).expect("bands"));
    let expected = project(&inputs).net_result;
    for lang in Lang::ALL {
        let t = texts(lang);
        let html = LocalServerRenderer::<Parts>::with_props(PartsProps { lang, analysis: analysis.clone(), expected })
            .hydratable(false)
            .render()
            .await;
        for (metric, percentile, name) in BAND_METRICS {
            let want = uitstroomrekenaar::model::results::band(&analysis.bands, metric).expect("a band").at(percentile);
            assert_eq!(attr(tag(&html, &format!("data-metric=\"{name}\"")), "data-value"), canonical(want), "{name}");
        }
        // Schiedam has no project cost: no share of positive runs.
        assert!(!html.contains("net_positive_share"));
        // The tornado: a bar per range, widest first, with the net result at each end.
        let first = analysis.tornado[0];
        let bar = tag(&html, "data-sensitivity=");
        assert_eq!(attr(bar, "data-sensitivity"), first.field.link_name());
        assert_eq!(attr(bar, "data-low"), canonical(first.low));
        assert_eq!(attr(bar, "data-high"), canonical(first.high));
        assert_eq!(html.matches("data-sensitivity=").count(), 2);
        assert!(html.contains(&t.most_sensitive(&first, false).replace('\'', "&#x27;")), "{lang:?}: the sentence");
        // The chart draws the band and says it in words.
        assert!(html.contains("class=\"chart-band\""));
        let at_period = analysis.bands.caseload[18];
        assert!(html.contains(&t.chart_band_description(18, at_period)), "{lang:?}: the band in words");
    }
    // Widest first: over five years a deadweight of up to 8% a year moves the net result more
    // than the exit share's 18 to 30%.
    assert_eq!(analysis.tornado.iter().map(|b| b.field).collect::<Vec<_>>(), [Field::Baseline, Field::ExitShare]);
    assert!(analysis.tornado[0].width() > analysis.tornado[1].width());
}

#[test]
fn the_paragraph_gives_the_band_and_the_most_sensitive_input_in_both_languages() {
    let (inputs, ranges) = schiedam_ranges();
    let analysis = analyse(&inputs, &ranges).expect("bands");
    let p = project(&inputs);
    let nl = texts(Lang::Nl).summary("Schiedam", &inputs, &p, Some(&analysis));
    let t = texts(Lang::Nl);
    let band = format!(
        "in 8 van de 10 doorrekeningen tussen {} en {} per jaar",
        t.money(analysis.bands.savings_per_year.p10),
        t.money(analysis.bands.savings_per_year.p90)
    );
    assert!(nl.contains(&band), "{nl}");
    assert!(nl.contains("De aanname die het netto resultaat het meest beweegt is uitstroom zonder project"), "{nl}");
    let en = texts(Lang::En).summary("Schiedam", &inputs, &p, Some(&analysis));
    assert!(en.contains("in 8 of 10 runs"), "{en}");
    assert!(en.contains("The assumption that moves the net result most is "), "{en}");
    // Without ranges the paragraph is as before.
    assert!(!texts(Lang::Nl).summary("Schiedam", &inputs, &p, None).contains("doorrekeningen"));
}
