//! The page's parts, one component a file. Each gets what it shows through small `Props` and
//! reports up only through callbacks.

pub mod chart;
pub mod comparison;
pub mod field_input;
pub mod file_panel;
pub mod method;
pub mod preset_bar;
pub mod proposal;
pub mod report;
pub mod results;
pub mod scenario_form;
pub mod scenario_list;
pub mod storage_notice;
