//! The projection: the third layer of the model, above [`super::input`]. The month-by-month
//! projection of a scenario's caseload with the project and without it ([`scenario`], its
//! [`Month`]s in [`month`]), of a caseload split into groups ([`groups`]), the exits it takes to
//! pay back ([`break_even`]), and the Monte Carlo draws and the tornado ([`draws`]).

pub mod break_even;
pub mod draws;
pub mod groups;
pub mod month;
pub mod scenario;

pub use groups::{project_figures, project_groups, project_plan, GroupProjection};
pub use month::Month;
pub use scenario::{discount_factors, project, summarize, Projection, Summary};
