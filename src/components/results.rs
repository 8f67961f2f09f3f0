//! The results: the headline figure a proposal quotes, and every other figure, each readable by
//! scripts through `data-metric` and `data-value` (the unrounded number, empty when none).

use crate::format;
use crate::model::{Inputs, Projection};
use crate::text;
use std::rc::Rc;
use yew::prelude::*;

/// What the results show.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The projection of the inputs below.
    pub projection: Rc<Projection>,
    /// The inputs the projection used.
    pub inputs: Inputs,
    /// Said when some inputs are not valid and others were used.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

/// One figure: its label and its value, with `data-metric` and `data-value`.
fn metric(name: &'static str, value: Option<f64>, shown: String) -> Html {
    let data_value = value.filter(|v| v.is_finite()).map(|v| v.to_string()).unwrap_or_default();
    let class = classes!("metric-value", data_value.is_empty().then_some("metric-value--text"));
    html! {
        <div class="metric">
            <dt class="metric-label">{ text::metric_label(name) }</dt>
            // A figure stays on one line; a sentence in its place (no value) may wrap.
            <dd {class} data-metric={name} data-value={data_value}>{ shown }</dd>
        </div>
    }
}

/// The headline and the table of results.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let p = &props.projection;
    let i = &props.inputs;
    let at_period = &p.months[p.period_months as usize];
    let reduction = at_period.caseload_baseline - at_period.caseload_project;
    let gross = i.baseline_per_year.fraction() == 0.0 && i.return_share.fraction() == 0.0;
    let savings = p.savings_per_year;
    let ratio = match p.return_ratio {
        Some(r) => text::ratio_text(r),
        None => text::NO_PROJECT_COST.to_string(),
    };
    let break_even = match (p.break_even_month, p.project_cost_total > 0.0) {
        (Some(m), _) => text::month_text(m),
        (None, true) => text::not_within(i.horizon_months),
        (None, false) => text::NO_PROJECT_COST.to_string(),
    };
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{ text::RESULTS_TITLE }</h2>
            if let Some(notice) = &props.notice {
                <p class="results-notice" role="status">{ notice.clone() }</p>
            }
            <div class="headline">
                <p class="headline-label" id="headline-label">{ text::metric_label("savings_per_year") }</p>
                <p class="headline-value" aria-describedby="headline-label" data-metric="savings_per_year"
                    data-value={savings.to_string()}>{ format::money(savings) }</p>
                <p class="headline-explain">
                    { text::headline_explanation(reduction, i.period_months, i.cost_per_year.0, gross) }
                </p>
            </div>
            // Repeats the headline where the form hides it (small screens); hidden from screen
            // readers, which have the headline itself.
            <p class="results-sticky" aria-hidden="true">
                { text::STICKY_LABEL }{ ": " }<strong>{ format::money(savings) }</strong>
            </p>
            <dl class="metrics">
                { metric("exits", Some(p.exits), text::clients_text(p.exits)) }
                { metric("exit_share", Some(p.exit_share), format::percent(p.exit_share, 1)) }
                { metric("exits_work", Some(p.exits_work), text::clients_text(p.exits_work)) }
                { metric("exits_other", Some(p.exits_other), text::clients_text(p.exits_other)) }
                { metric("exits_baseline", Some(p.exits_baseline), text::clients_text(p.exits_baseline)) }
                { metric("caseload_end", Some(p.caseload_end), text::clients_text(p.caseload_end)) }
                { metric("savings_total", Some(p.savings_total), format::money(p.savings_total)) }
                { metric("project_cost_total", Some(p.project_cost_total), format::money(p.project_cost_total)) }
                { metric("net_result", Some(p.net_result), format::money(p.net_result)) }
                { metric("return_ratio", p.return_ratio, ratio) }
                { metric("break_even_month", p.break_even_month.map(f64::from), break_even) }
            </dl>
        </section>
    }
}
