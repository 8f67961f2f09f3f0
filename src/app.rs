//! The root: one reducer for the state, the address kept in step in an effect, the projection
//! derived from the checked inputs.

use crate::browser;
use crate::components::{
    chart::Chart, method::Method, preset_bar::PresetBar, results::Results, scenario_form::ScenarioForm,
};
use crate::model::{project, Field, Preset};
use crate::state::{Action, State};
use crate::text;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The app as mounted in the browser: the calculator for the page's address.
#[component]
pub fn App() -> Html {
    html! { <Calculator query={browser::query()} /> }
}

/// What the calculator starts from.
#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The query string of the page address the scenario is read from.
    pub query: AttrValue,
}

/// The calculator page.
#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let state = {
        let query = props.query.clone();
        use_reducer(move || State::from_query(&query))
    };
    use_effect_with(state.query(), |query| browser::replace_query(query));
    let projection = use_memo(state.checked.inputs, project);

    let on_edit = {
        let state = state.clone();
        Callback::from(move |(field, text): (Field, String)| state.dispatch(Action::Edit(field, text)))
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |preset: Preset| state.dispatch(Action::Preset(preset)))
    };
    let notice = (!state.checked.problems.is_empty()).then(|| {
        let used: Vec<(Field, f64)> =
            state.checked.problems.iter().map(|p| (p.field, state.checked.inputs.value(p.field))).collect();
        AttrValue::from(text::fallback_notice(&used, state.opened_from_link))
    });

    html! {
        <>
            <header class="page-header">
                <h1>{ text::TITLE }</h1>
                <p class="page-intro">{ text::INTRO }</p>
                <PresetBar origin={state.origin} edited={state.edited()} on_select={on_preset} />
            </header>
            <main class="page-main">
                <div class="page-columns">
                    <ScenarioForm raw={state.raw.clone()} checked={state.checked.clone()} {on_edit} />
                    <div class="page-output">
                        <Results projection={projection.clone()} inputs={state.checked.inputs} {notice} />
                        <Chart {projection} />
                    </div>
                </div>
                <Method />
            </main>
            <footer class="page-footer"><p>{ text::FOOTER }</p></footer>
        </>
    }
}
