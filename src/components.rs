//! The page's parts, one component a file. Each gets what it shows through small `Props` and
//! reports up only through callbacks.

pub mod chart;
pub mod field_input;
pub mod method;
pub mod preset_bar;
pub mod results;
pub mod scenario_form;
