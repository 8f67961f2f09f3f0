//! What the BUIG budget keeps, by calendar year: rows carry `data-budget-year` (the year, or
//! `total`), cells `data-budget-metric` and `data-value` (unrounded). While the inhabitants are
//! unknown it asks for them in one line and publishes no figures. From 40,000 inhabitants a
//! sentence says the budget keeps everything, and the table stays in the page, hidden, for scripts.

use super::method::BUDGET_RULE;
use super::{use_texts, Shared};
use crate::model::results::{BudgetFigures, BudgetMetric};
use crate::model::core::number::canonical;
use crate::model::Projection;
use crate::text::Texts;
use yew::prelude::*;

/// One row: its heading and a cell per figure.
fn row(t: &Texts, data: bool, key: String, heading: String, figures: &BudgetFigures) -> Html {
    html! {
        <tr data-budget-year={data.then(|| key.clone())}>
            <th scope="row">{ heading }</th>
            { for BudgetMetric::ALL.into_iter().map(|m| {
                let value = m.value(figures);
                html! {
                    <td data-budget-metric={data.then_some(m.name())} data-value={data.then(|| canonical(value))}>
                        { t.money(value) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// The link to the rule and its sources in the method (on the page, not in the report).
fn rule_link(t: &Texts, data: bool) -> Html {
    html! { if data { <a class="utrecht-link" href={format!("#{BUDGET_RULE}")}>{ t.budget.rule_link }</a> } }
}

/// What the budget table shows.
#[derive(Properties, PartialEq)]
pub struct BudgetTableProps {
    /// The projection shown.
    pub projection: Shared<Projection>,
    /// Its heading's id.
    pub id: &'static str,
    /// Whether rows and cells carry their data attributes (the page's table does, the report's
    /// not).
    pub data: bool,
}

/// The budget view of a projection. A component, for the same reason as the year table: it is
/// built again only when its projection changes.
#[component]
pub fn BudgetTable(props: &BudgetTableProps) -> Html {
    let t = use_texts();
    let (p, id, data) = (&*props.projection, props.id, props.data);
    let Some(budget) = crate::model::results::budget_of(p) else {
        return html! {
            <section class="budget" aria-labelledby={id}>
                <h2 class="utrecht-heading-2" {id}>{ t.budget.title }</h2>
                <p class="budget-ask">{ t.budget.ask }{ " " }{ rule_link(t, data) }</p>
            </section>
        };
    };
    // From 40,000 inhabitants every row would repeat the saving: the sentence says it instead.
    let objective = budget.historic_share == 0.0;
    html! {
        <section class="budget" aria-labelledby={id}>
            <h2 class="utrecht-heading-2" {id}>{ t.budget.title }</h2>
            // The report's paragraph says it already; there it stands only in place of the table.
            if data || objective {
                <p class="budget-sentence">{ t.budget_sentence(&budget) }{ " " }{ rule_link(t, data) }</p>
            }
            if !objective {
                <p class="years-intro">{ t.budget.intro }</p>
            }
            if data || !objective {
                <div class="table-scroll" tabindex={(!objective).then_some("0")} role="region" aria-labelledby={id} hidden={objective}>
                    <table class="utrecht-table year-table budget-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t.year_column }</th>
                                { for BudgetMetric::ALL.into_iter().map(|m| html! { <th scope="col">{ t.budget.columns.of(m) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for budget.years.iter().map(|(year, f)| row(t, data, year.to_string(), year.to_string(), f)) }
                        </tbody>
                        <tfoot>
                            { row(t, data, "total".to_string(), t.year_total.to_string(), &budget.total) }
                        </tfoot>
                    </table>
                </div>
            }
        </section>
    }
}
