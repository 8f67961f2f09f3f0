//! The realised results as the page holds them: the form's texts, what the browser keeps aside
//! while a link's are shown, and the scenario they are held against; read once, here.

use super::*;

/// The realised-results form as read: what it says, and the problems of its fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealisedReading {
    /// The realised result (a field with a problem counts as empty).
    pub result: Realised,
    /// The fields with a problem, and what is wrong.
    pub problems: Vec<(RealisedField, ProblemKind)>,
}

/// The realised results as the page holds them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealisedState {
    /// The form's texts, as typed.
    pub texts: RealisedTexts,
    /// What the browser keeps of the form while the page shows a link's: kept, and not saved
    /// over, until the user chooses.
    pub pending: Option<RealisedTexts>,
    /// Whether the address brought realised results.
    pub from_link: bool,
    /// The scenario the realised results are held against (`plan=N` in the link, from 1).
    pub plan: Option<usize>,
}

impl RealisedState {
    /// The form read once: what it says and the problems of its fields. The page reads it
    /// here and hands the reading down.
    pub fn reading(&self) -> RealisedReading {
        let (result, problems) = model::realised::read(&self.texts);
        RealisedReading { result, problems }
    }

    /// Whether the form may be written to storage (an embedded page never writes).
    pub fn may_save(&self) -> bool {
        self.pending.is_none()
    }

    /// The form filled from what the browser stored. A link's realised results stay on
    /// screen; the stored ones are then kept aside, unsaved over, until the user chooses (when
    /// they differ).
    pub fn with_stored(self, texts: RealisedTexts) -> RealisedState {
        match self.from_link {
            false => RealisedState { texts, ..self },
            true if texts == self.texts => self,
            true => RealisedState { pending: Some(texts), ..self },
        }
    }

    /// The realised results after `action`, with the plan following its scenario to its new
    /// place (`places`) in a set of `n` scenarios.
    pub fn apply(&self, action: &Action, places: &Renumbering, n: usize) -> RealisedState {
        let mut next = RealisedState { plan: self.plan.and_then(|p| places.place(p)), ..self.clone() };
        match action {
            Action::SetPlan(plan) => next.plan = plan.filter(|p| *p < n),
            Action::KeepLinkRealised => next.pending = None,
            Action::OpenSavedRealised => {
                if let Some(saved) = next.pending.take() {
                    next.texts = saved;
                }
            }
            Action::EditRealised(field, text) => next.texts.set(*field, text.clone()),
            Action::RealisedExample(example) => next.texts = example.map(Example::texts).unwrap_or_default(),
            Action::OpenFile(doc) => {
                next.plan = doc.extras.plan;
                if let Some(texts) = &doc.extras.realised {
                    next.texts = texts.clone();
                    next.pending = None;
                }
            }
            _ => {}
        }
        next
    }
}
