//! "Hoe rekenen we?": the formulas in words, ranges and draws, the caveats and the sources of
//! the defaults.

use super::use_texts;
use yew::prelude::*;

/// Where the method section appears.
#[derive(Properties, PartialEq)]
pub struct MethodProps {
    /// Id of the heading, so the section can appear twice (page and report).
    #[prop_or(AttrValue::Static("method-title"))]
    pub id: AttrValue,
    /// Whether to list the sources of the suggested values (the report has its own table).
    #[prop_or(true)]
    pub sources: bool,
    /// Whether to give the projection's formulas (the realised results' report does not).
    #[prop_or(true)]
    pub formulas: bool,
    /// Whether to explain ranges, draws and the tornado (the page does; the one-page report
    /// states its band in words and leaves the method to the page).
    #[prop_or(true)]
    pub uncertainty: bool,
}

/// The id of the budget rule's heading, which the budget table links to.
pub const BUDGET_RULE: &str = "method-budget";

/// The id of the heading of who pays and who gains, which the table by pocket links to.
pub const PARTIES_METHOD: &str = "method-parties";

/// The method section; static text.
#[component]
pub fn Method(props: &MethodProps) -> Html {
    let t = use_texts();
    html! {
        <section class="method" aria-labelledby={props.id.clone()}>
            <h2 class="utrecht-heading-2" id={props.id.clone()}>{ if props.formulas { t.method_title } else { t.caveats_title } }</h2>
            if props.formulas {
                <ol class="method-formulas">
                    { for t.method_formulas.iter().map(|f| html! { <li>{ *f }</li> }) }
                </ol>
                if props.uncertainty {
                    <h3 class="utrecht-heading-3">{ t.uncertainty.method_title }</h3>
                    { for t.uncertainty.method.iter().map(|p| html! { <p class="utrecht-paragraph method-uncertainty">{ *p }</p> }) }
                    <h3 class="utrecht-heading-3">{ t.routes.method_title }</h3>
                    { for t.routes.method.iter().map(|p| html! { <p class="utrecht-paragraph method-routes">{ *p }</p> }) }
                    <h3 class="utrecht-heading-3">{ t.team.method_title }</h3>
                    { for t.team.method.iter().map(|p| html! { <p class="utrecht-paragraph method-team">{ *p }</p> }) }
                    <h3 class="utrecht-heading-3" id={PARTIES_METHOD}>{ t.parties.method_title }</h3>
                    { for t.parties.method.iter().map(|p| html! { <p class="utrecht-paragraph method-parties">{ *p }</p> }) }
                    <h3 class="utrecht-heading-3" id={BUDGET_RULE}>{ t.budget.method_title }</h3>
                    { for t.budget.method.iter().map(|p| html! { <p class="utrecht-paragraph method-budget">{ *p }</p> }) }
                }
                <h3 class="utrecht-heading-3">{ t.caveats_title }</h3>
            }
            <ul class="method-caveats">
                { for t.caveats.iter().map(|(title, body)| html! {
                    <li><strong>{ *title }</strong>{ " " }{ *body }</li>
                }) }
            </ul>
            if props.sources {
            <h3 class="utrecht-heading-3">{ t.sources_title }</h3>
            <div class="table-scroll">
                <table class="utrecht-table method-sources">
                    <thead><tr>{ for t.sources_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    <tbody>
                        { for t.sources.iter().map(|(what, value, source)| html! {
                            <tr><th scope="row">{ *what }</th><td>{ *value }</td><td>{ *source }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
            }
        </section>
    }
}
