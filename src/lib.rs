//! Uitstroomrekenaar: how many clients of a re-integration project leave social assistance, by
//! which route, and what that saves the municipal benefits budget (BUIG).
//!
//! Everything lives in the library so tests can reach it; `main.rs` only mounts [`App`].
//!
//! - [`model`]: inputs, validation, projection, links. Pure, no browser.
//! - [`state`]: the page's state and its reducer. Pure.
//! - [`text`]: every text the user reads, in Dutch.
//! - [`format`]: numbers the Dutch way through the browser's `Intl`.
//! - [`browser`]: the page address, the only browser state the app touches.
//! - [`app`] and [`components`]: the page.

pub mod app;
pub mod browser;
pub mod components;
pub mod format;
pub mod model;
pub mod state;
pub mod text;

pub use app::{App, Calculator, CalculatorProps};
