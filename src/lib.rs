//! Uitstroomrekenaar: how many clients of a re-integration project leave social assistance, by
//! which route, and what that saves the municipal benefits budget (BUIG).
//!
//! Everything lives in the library so tests can reach it; `main.rs` only mounts [`App`]
//! ([`takeover`]: over the prerendered first screen, `prerender.rs`).
//!
//! - [`model`]: inputs, validation, projection, links, documents, realised results, CSV. Pure,
//!   no browser (only [`model::float`] asks the platform to read and write a float).
//! - [`state`]: the page's state and its reducer. Pure.
//! - [`lang`]: the page's languages.
//! - [`text`]: every text the user reads, in Dutch and in English, one file per language.
//! - [`present`]: which sentence is said when, and how a figure is written, from those texts.
//! - [`format`]: numbers the language's way, as the browser's `Intl` writes them.
//! - [`browser`]: everything the app asks of the browser: the address, storage, downloads,
//!   opened files, the clipboard, printing, the date and the document's language.
//! - [`bands`]: the bands and the tornado, computed in a Web Worker.
//! - [`app`] and [`components`]: the page.

#[cfg(feature = "page")]
pub mod app;
pub mod bands;
#[cfg(feature = "page")]
pub mod browser;
#[cfg(feature = "page")]
pub mod components;
pub mod format;
pub mod lang;
pub mod model;
pub mod present;
pub mod state;
#[cfg(feature = "page")]
pub mod takeover;
pub mod text;
#[cfg(feature = "workbook")]
pub mod workbook;

#[cfg(feature = "page")]
pub use app::{App, Calculator, CalculatorProps};
