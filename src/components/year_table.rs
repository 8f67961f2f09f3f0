//! The budget view: the edited scenario by calendar year, and the total. Rows carry
//! `data-year` (the year, or `total`), cells `data-year-metric` and `data-value` (unrounded).

use crate::model::core::number::canonical;
use crate::model::results::{YearFigures, YearMetric};
use super::{use_texts, Shared};
use crate::model::Projection;
use crate::text::Texts;
use yew::prelude::*;

/// One row: its heading and a cell per figure.
/// A route's columns (the subsidies, the part-timers) are there for scripts in every row, 0
/// without routes, and shown only with one (`routes`).
fn row(t: &Texts, data: bool, routes: bool, key: String, heading: String, figures: &YearFigures) -> Html {
    html! {
        <tr data-year={data.then(|| key.clone())}>
            <th scope="row">{ heading }</th>
            { for YearMetric::ALL.into_iter().map(|m| {
                let value = m.value(figures);
                html! {
                    <td data-year-metric={data.then_some(m.name())} data-value={data.then(|| canonical(value))} hidden={m.is_route() && !routes}>
                        { t.year_value(m, value) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// What the year table shows.
#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    /// The projection shown.
    pub projection: Shared<Projection>,
    /// Its heading's id.
    pub id: &'static str,
    /// Whether rows and cells carry their data attributes (the page's table does, the report's
    /// not).
    pub data: bool,
}

/// The table of a projection. A component, so that it is built again only when its projection
/// changes, not when the page renders for another reason (the bands' answer, a keystroke in
/// another scenario: at a 600-month horizon the table is 300 figures).
#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let t = use_texts();
    let (p, id, data) = (&*props.projection, props.id, props.data);
    // The routes' columns on the page when a route is used; the one-page report leaves them to
    // its paragraph (two more columns take it to a second page).
    let routes = p.has_routes() && data;
    html! {
        <section class="years" aria-labelledby={id}>
            <h2 class="utrecht-heading-2" {id}>{ t.years_title }</h2>
            <p class="utrecht-paragraph years-intro">{ t.years_intro }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                <table class="utrecht-table year-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.year_column }</th>
                            { for YearMetric::ALL.into_iter().map(|m| html! { <th scope="col" hidden={m.is_route() && !routes}>{ t.year_metric_label.of(m) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for crate::model::results::years(p).iter().map(|y| row(t, data, routes, y.year.to_string(), y.year.to_string(), &y.figures)) }
                    </tbody>
                    <tfoot>
                        { row(t, data, routes, "total".to_string(), t.year_total.to_string(), &crate::model::results::years_total(p)) }
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
