//! The results: the headline figure a proposal quotes, and every other figure, each readable by
//! scripts through `data-metric` and `data-value` (the unrounded number, empty when none).

use crate::model::core::number::canonical;
use crate::bands::Uncertainty;
use crate::model::{Inputs, Metric, Projection};
use super::Shared;
use super::use_texts;
use crate::text::Texts;
use yew::prelude::*;

/// What the results show.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The projection shown: the scenario being edited's, whose inputs are below.
    pub projection: Shared<Projection>,
    /// The inputs the projection used.
    pub inputs: Inputs,
    /// The scenario's name as shown.
    pub name: AttrValue,
    /// Said when some inputs are not valid and others were used.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// The scenario's bands, when it has ranges: the headline's is said under it.
    #[prop_or(Uncertainty::None)]
    pub uncertainty: Uncertainty,
}

/// One figure of a list of results: its label and how it is shown, with `data-metric` and
/// `data-value` (the unrounded `value`, empty when there is none).
pub fn figure(label: &str, name: &'static str, value: Option<f64>, shown: String) -> Html {
    figure_shown(label, name, value, shown, true)
}

/// A [`figure`], hidden from view (and from screen readers) when not `visible`: its
/// `data-metric` and `data-value` stay for scripts.
fn figure_shown(label: &str, name: &'static str, value: Option<f64>, shown: String, visible: bool) -> Html {
    // A figure stays on one line; a sentence in its place (no value) may wrap.
    let class = classes!("metric-value", value.is_none().then_some("metric-value--text"));
    html! {
        <div class="metric" hidden={!visible}>
            <dt class="metric-label">{ label.to_string() }</dt>
            <dd {class} data-metric={name} data-value={value.map(canonical).unwrap_or_default()}>{ shown }</dd>
        </div>
    }
}

/// A result of the projection as a [`figure`]. A figure that says nothing of the scenario (a
/// route's without a route, the pockets' without their inputs: [`Metric::applies`]) is there
/// for scripts, but not shown.
fn metric_row(t: &Texts, metric: Metric, p: &Projection) -> Html {
    let value = metric.value(p).filter(|v| v.is_finite());
    let shown = t.metric_value(metric, value, p.has_cost(), p.horizon());
    figure_shown(t.metric_label.of(metric), metric.name(), value, shown, metric.applies(p))
}

/// The headline and the table of results.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_texts();
    let p = &*props.projection;
    let i = &props.inputs;
    let savings = p.savings_per_year;
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 class="utrecht-heading-2" id="results-title">{ format!("{}: {}", t.results_title, props.name) }</h2>
            if let Some(notice) = &props.notice {
                <p class="results-notice" role="status">{ notice.clone() }</p>
            }
            <div class="headline">
                <p class="headline-label" id="headline-label">{ t.metric_label.of(Metric::SavingsPerYear) }</p>
                <p class="headline-value" aria-describedby="headline-label" data-metric={Metric::SavingsPerYear.name()}
                    data-value={canonical(savings)}>{ t.money(savings) }</p>
                <p class="headline-explain">
                    { t.headline_explanation(p, i) }
                </p>
                // Not announced as it changes: the figures are in the bands' table below.
                if let Some(analysis) = props.uncertainty.analysis() {
                    <p class="headline-band">{ t.band_headline(&analysis.bands.savings_per_year) }</p>
                } else if props.uncertainty == Uncertainty::Pending {
                    <p class="headline-band headline-band--pending">{ t.uncertainty.pending }</p>
                }
                if let Some(sentence) = t.break_even_sentence(p) {
                    <p class="headline-break-even">{ sentence }</p>
                }
                if let Some(budget) = crate::model::results::budget_of(p) {
                    <p class="headline-budget">{ t.budget_sentence(&budget) }</p>
                }
            </div>
            // Repeats the headline where the form hides it (small screens); hidden from screen
            // readers, which have the headline itself.
            <p class="results-sticky" aria-hidden="true">
                { t.sticky_label }{ ": " }<strong>{ t.money(savings) }</strong>
            </p>
            <dl class="metrics">
                { for Metric::ALL[1..].iter().map(|m| metric_row(t, *m, p)) }
            </dl>
        </section>
    }
}
