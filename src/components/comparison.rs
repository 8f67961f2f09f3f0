//! The comparison: every result of every scenario, with the difference from the base.
//! Cells carry `data-compare` (the metric name), `data-scenario` (from 1) and `data-value`.

use crate::model::results::difference;
use crate::bands::Uncertainty;
use crate::model::{Metric, Projection};
use super::{Projections, Shared};
use crate::model::core::number::canonical;
use super::use_texts;
use yew::prelude::*;

/// What the comparison shows.
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The names as shown, in order.
    pub names: Vec<AttrValue>,
    /// The projections, in the same order.
    pub projections: Projections,
    /// The base scenario.
    pub base: usize,
    /// Every scenario's uncertainty, in the same order: a row gives the headline's band of
    /// those with ranges.
    pub uncertainties: Shared<Vec<Uncertainty>>,
    /// Id of the heading, so the table can appear twice (page and report).
    #[prop_or(AttrValue::Static("comparison-title"))]
    pub id: AttrValue,
    /// Whether cells carry `data-compare` for scripts (the page's table does, the report's not).
    #[prop_or(true)]
    pub data: bool,
}

/// The comparison table.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let t = use_texts();
    let base = &props.projections[props.base.min(props.projections.len() - 1)];
    // A route's rows (its figures are 0 without one) are shown when a scenario uses a route.
    let cell = |metric: Metric, i: usize, p: &Projection| {
        let d = difference(metric, p, base);
        let value = d.value.filter(|v| v.is_finite());
        let shown = t.metric_value(metric, value, p.has_cost(), p.horizon());
        let diff = (i != props.base).then(|| d.absolute.map(|a| t.difference_text(metric, a, d.relative))).flatten();
        let data = props.data.then(|| (metric.name(), (i + 1).to_string(), value.map(canonical).unwrap_or_default()));
        html! {
            <td data-compare={data.as_ref().map(|d| d.0)} data-scenario={data.as_ref().map(|d| d.1.clone())}
                data-value={data.map(|d| d.2)}>
                <span class="comparison-value">{ shown }</span>
                if let Some(diff) = diff { <span class="comparison-diff">{ diff }</span> }
            </td>
        }
    };
    html! {
        <section class="comparison" aria-labelledby={props.id.clone()}>
            <h2 class="utrecht-heading-2" id={props.id.clone()}>{ t.comparison_title }</h2>
            <p class="comparison-intro">{ t.comparison_intro }</p>
            // Scenarios of other sizes or horizons: their totals differ for that reason too.
            if props.projections.iter().any(|p| p.caseload() != base.caseload() || p.horizon() != base.horizon()) {
                <p class="comparison-intro comparison-unlike">{ t.comparison_unlike }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={props.id.clone()}>
                <table class="utrecht-table comparison-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.comparison_result }</th>
                            { for props.names.iter().enumerate().map(|(i, name)| html! {
                                <th scope="col">
                                    <span class="scenario-swatch" data-index={i.to_string()} aria-hidden="true"></span>
                                    { name.clone() }
                                    if i == props.base { <span class="scenario-base-badge">{ t.base_badge }</span> }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        if props.uncertainties.iter().any(|u| *u != Uncertainty::None) {
                            <tr class="comparison-band">
                                <th scope="row">{ t.uncertainty.comparison_band }</th>
                                { for props.uncertainties.iter().map(|u| html! {
                                    <td>{ match u {
                                        Uncertainty::None => String::new(),
                                        Uncertainty::Pending => "…".to_string(),
                                        Uncertainty::Ready(a) => format!("{} – {}", t.money(a.bands.savings_per_year.p10), t.money(a.bands.savings_per_year.p90)),
                                    } }</td>
                                }) }
                            </tr>
                        }
                        { for Metric::ALL.into_iter().map(|metric| html! {
                            <tr hidden={!props.projections.iter().any(|p| metric.applies(p))}>
                                <th scope="row">{ t.metric_label.of(metric) }</th>
                                { for props.projections.iter().enumerate().map(|(i, p)| cell(metric, i, p)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
