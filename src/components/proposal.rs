//! "Voor uw voorstel" (or, for realised results, "Voor uw prijsinzending of evaluatie"): the
//! paragraph ready to paste, with a copy button, and the buttons that print the reports.

use crate::browser;
use web_sys::HtmlTextAreaElement;
use super::{use_texts, Shared};
use crate::bands::Uncertainty;
use crate::model::input::Group;
use crate::model::{Inputs, Projection};
use yew::prelude::*;

/// Which report to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// The edited scenario.
    Scenario,
    /// The comparison of all scenarios.
    Comparison,
    /// The realised results, beside the plan when one is chosen.
    Realised,
}

/// What the section shows.
#[derive(Properties, PartialEq)]
pub struct ProposalProps {
    /// The paragraph.
    pub summary: AttrValue,
    /// The reports it offers to print, in order.
    pub prints: Vec<ReportKind>,
    /// Called with the report to print.
    pub on_print: Callback<ReportKind>,
    /// Whether it is about the realised results (else about the edited scenario).
    #[prop_or_default]
    pub realised: bool,
}

/// What the section about a scenario shows: its paragraph is written from these.
#[derive(Properties, PartialEq)]
pub struct ScenarioProposalProps {
    /// The scenario's name as shown.
    pub name: AttrValue,
    /// Its checked inputs.
    pub inputs: Inputs,
    /// Its groups.
    pub groups: Vec<Group>,
    /// Its projection.
    pub projection: Shared<Projection>,
    /// Its bands, when it has ranges.
    pub uncertainty: Uncertainty,
    /// The reports it offers to print, in order.
    pub prints: Vec<ReportKind>,
    /// Called with the report to print.
    pub on_print: Callback<ReportKind>,
}

/// The section about the edited scenario: its paragraph written here, where it is shown, and
/// only when the section is (it is below the first screen, shown after it) and what it says
/// changed.
#[component]
pub fn ScenarioProposal(props: &ScenarioProposalProps) -> Html {
    let t = use_texts();
    let summary = t.summary_of(&props.name, &props.inputs, &props.groups, &props.projection, props.uncertainty.analysis());
    html! { <Proposal summary={AttrValue::from(summary)} prints={props.prints.clone()} on_print={props.on_print.clone()} /> }
}

/// The paragraph, copy button and print buttons.
#[component]
pub fn Proposal(props: &ProposalProps) -> Html {
    let t = use_texts();
    let status = use_state(|| None::<&'static str>);
    let area = use_node_ref();
    let on_copy = {
        let (status, area, summary) = (status.clone(), area.clone(), props.summary.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, area) = (status.clone(), area.clone());
            browser::copy_text(summary.clone(), move |copied| {
                if copied {
                    status.set(Some(t.copied));
                } else {
                    // The fallback: select the text so the user can copy it.
                    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                        let _ = area.focus();
                        area.select();
                    }
                    status.set(Some(t.copy_selected));
                }
            });
        })
    };
    let print = |kind: ReportKind| {
        let label = match kind {
            ReportKind::Scenario => t.print_scenario,
            ReportKind::Comparison => t.print_comparison,
            ReportKind::Realised => t.print_realised,
        };
        html! { <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={props.on_print.reform(move |_: MouseEvent| kind)}>{ label }</button> }
    };
    let (title, intro, label, id) = if props.realised {
        (t.realised_proposal_title, t.realised_proposal_intro, t.realised_summary_label, "realised-summary-text")
    } else {
        (t.proposal_title, t.proposal_intro, t.summary_label, "summary-text")
    };
    html! {
        <section class="proposal" aria-labelledby="proposal-title">
            <h2 class="utrecht-heading-2" id="proposal-title">{ title }</h2>
            <p>{ intro }</p>
            <label class="field-label" for={id}>{ label }</label>
            <textarea {id} class="proposal-text" readonly=true rows="7" ref={area}
                value={props.summary.clone()} />
            <div class="file-actions">
                <button class="utrecht-button utrecht-button--secondary-action" type="button" onclick={on_copy}>{ t.copy }</button>
                { for props.prints.iter().map(|k| print(*k)) }
            </div>
            <p class="proposal-status" role="status">{ status.unwrap_or("") }</p>
        </section>
    }
}
