//! The page's parts, one component a file. Each gets what it shows through small `Props` and
//! reports up only through callbacks.

pub mod accessibility;
pub mod budget_table;
pub mod chart;
pub mod comparison;
pub mod field_input;
pub mod file_panel;
pub mod group_form;
pub mod group_table;
pub mod language_switch;
pub mod later;
pub mod method;
pub mod party_table;
pub mod plan_table;
pub mod preset_bar;
pub mod proposal;
pub mod realised_panel;
pub mod report;
pub mod results;
pub mod scenario_form;
pub mod scenario_list;
pub mod storage_notice;
pub mod uncertainty;
pub mod year_table;

use crate::text::{self, Lang, Texts};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The texts of the page's language, which the page provides as a context (Dutch without one).
#[hook]
pub fn use_texts() -> &'static Texts {
    text::texts(use_context::<Lang>().unwrap_or_default())
}

/// Data several components show, passed by reference. Two are equal when they are the same
/// allocation: the page's memo makes new projections exactly when the inputs change, so a
/// component re-renders then, without comparing every month of every scenario.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Every scenario's projection, in order, each shared: a scenario's stays the same allocation
/// until its inputs change, so a part that shows one re-renders only when that one changes.
pub type Projections = Vec<Shared<crate::model::Projection>>;

/// Every scenario's groups projected, in order, each shared as [`Projections`] are.
pub type GroupProjections = Vec<Shared<Vec<crate::model::Projection>>>;

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
