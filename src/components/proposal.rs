//! "Voor uw voorstel": the paragraph about the edited scenario, ready to paste, with a copy
//! button, and the buttons that print the report.

use crate::browser;
use web_sys::HtmlTextAreaElement;
use super::use_texts;
use yew::prelude::*;

/// Which report to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// The edited scenario.
    Scenario,
    /// The comparison of all scenarios.
    Comparison,
}

/// What the section shows.
#[derive(Properties, PartialEq)]
pub struct ProposalProps {
    /// The paragraph.
    pub summary: AttrValue,
    /// Whether there is a comparison to print.
    pub can_compare: bool,
    /// Called with the report to print.
    pub on_print: Callback<ReportKind>,
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
                    status.set(Some(t.copied()));
                } else {
                    // The fallback: select the text so the user can copy it.
                    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                        let _ = area.focus();
                        area.select();
                    }
                    status.set(Some(t.copy_selected()));
                }
            });
        })
    };
    let print = |kind: ReportKind| props.on_print.reform(move |_: MouseEvent| kind);
    html! {
        <section class="proposal" aria-labelledby="proposal-title">
            <h2 id="proposal-title">{ t.proposal_title() }</h2>
            <p>{ t.proposal_intro() }</p>
            <label class="field-label" for="summary-text">{ t.summary_label() }</label>
            <textarea id="summary-text" class="proposal-text" readonly=true rows="7" ref={area}
                value={props.summary.clone()} />
            <div class="file-actions">
                <button type="button" onclick={on_copy}>{ t.copy() }</button>
                <button type="button" onclick={print(ReportKind::Scenario)}>{ t.print_scenario() }</button>
                if props.can_compare {
                    <button type="button" onclick={print(ReportKind::Comparison)}>{ t.print_comparison() }</button>
                }
            </div>
            <p class="proposal-status" role="status">{ status.unwrap_or("") }</p>
        </section>
    }
}
