//! Who pays and who gains ("Wie betaalt, wie profiteert"): a row per party with `data-party`
//! (`buig`, `municipality`, `clients`), cells `data-party-metric` (`gain`, `cost`, `net`) with
//! `data-value` (unrounded, discounted), and the total's row (`data-party-total`, its net
//! alone); beside it, what the table does not count, and a link to the formulas and sources.

use super::method::PARTIES_METHOD;
use super::{use_texts, Shared};
use crate::model::core::number::canonical;
use crate::model::results::{parties, PartyMetric, PartyRow};
use crate::model::Projection;
use crate::text::Texts;
use yew::prelude::*;

/// What the table shows.
#[derive(Properties, PartialEq)]
pub struct PartyTableProps {
    /// The projection shown.
    pub projection: Shared<Projection>,
    /// Its heading's id.
    pub id: &'static str,
    /// Whether rows and cells carry their data attributes, and the section its notes and link
    /// (the page's does; the report's is the table alone).
    pub data: bool,
}

/// A cell of a figure, with its data attributes on the page.
fn cell(t: &Texts, data: bool, metric: PartyMetric, value: f64) -> Html {
    html! {
        <td data-party-metric={data.then_some(metric.name())} data-value={data.then(|| canonical(value))}>{ t.money(value) }</td>
    }
}

/// One party's row: its name, what it is, and its three figures.
fn row(t: &Texts, data: bool, r: &PartyRow) -> Html {
    let w = t.parties;
    html! {
        <tr data-party={data.then_some(r.party.name())}>
            <th scope="row">
                { w.party.of(r.party) }
                <span class="party-note">{ w.party_note.of(r.party) }</span>
                if !r.complete {
                    <span class="party-note party-note--missing">{ w.not_counted }</span>
                }
            </th>
            { for PartyMetric::ALL.into_iter().map(|m| cell(t, data, m, m.value(r))) }
        </tr>
    }
}

/// The table by pocket of a projection, built again only when its projection changes.
#[component]
pub fn PartyTable(props: &PartyTableProps) -> Html {
    let t = use_texts();
    let w = t.parties;
    let (p, id, data) = (&*props.projection, props.id, props.data);
    let table = parties(p);
    let has_clients = p.client_income_total.is_some();
    html! {
        <section class="parties" aria-labelledby={id}>
            <h2 class="utrecht-heading-2" {id}>{ w.title }</h2>
            <p class="years-intro">{ w.intro }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                <table class="utrecht-table year-table party-table">
                    <thead>
                        <tr>
                            <th scope="col">{ w.party_column }</th>
                            { for PartyMetric::ALL.into_iter().map(|m| html! { <th scope="col">{ w.columns.of(m) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for table.rows.iter().map(|r| row(t, data, r)) }
                    </tbody>
                    <tfoot>
                        <tr data-party-total={data.then_some("")}>
                            <th scope="row">{ w.total }</th>
                            <td></td>
                            <td></td>
                            { cell(t, data, PartyMetric::Net, table.total) }
                        </tr>
                    </tfoot>
                </table>
            </div>
            // The report's table says what the budget rule takes back (the page says it among
            // what the table does not count, below).
            if !data && p.inhabitants.is_some() {
                <p class="parties-budget">{ t.budget_takes(p) }</p>
            }
            if data {
                if !has_clients {
                    <p class="parties-ask">{ w.clients_ask }</p>
                }
                <h3 class="utrecht-heading-3">{ w.outside_title }</h3>
                <ul class="parties-outside">
                    <li>{ t.budget_takes(p) }</li>
                    <li>{ w.state }</li>
                    <li>{ w.society }</li>
                </ul>
                <p><a class="utrecht-link" href={format!("#{PARTIES_METHOD}")}>{ w.method_link }</a></p>
            }
        </section>
    }
}
