//! "Hoe rekenen we?": the formulas in words, the caveats and the sources of the defaults.

use crate::text;
use yew::prelude::*;

/// The method section; static text.
#[component]
pub fn Method() -> Html {
    html! {
        <section class="method" aria-labelledby="method-title">
            <h2 id="method-title">{ text::METHOD_TITLE }</h2>
            <ol class="method-formulas">
                { for text::METHOD_FORMULAS.iter().map(|f| html! { <li>{ *f }</li> }) }
            </ol>
            <h3>{ text::CAVEATS_TITLE }</h3>
            <ul class="method-caveats">
                { for text::CAVEATS.iter().map(|(title, body)| html! {
                    <li><strong>{ *title }</strong>{ " " }{ *body }</li>
                }) }
            </ul>
            <h3>{ text::SOURCES_TITLE }</h3>
            <div class="table-scroll">
                <table class="method-sources">
                    <thead><tr><th scope="col">{ "Gegeven" }</th><th scope="col">{ "Waarde" }</th><th scope="col">{ "Bron" }</th></tr></thead>
                    <tbody>
                        { for text::SOURCES.iter().map(|(what, value, source)| html! {
                            <tr><th scope="row">{ *what }</th><td>{ *value }</td><td>{ *source }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
