//! The native integration tests, in one crate, cut by layer as the model is (`src/model.rs`):
//! a module per layer, each with a file per topic, holding the tests of what that layer does.
//!
//! 1. [`core`]: numbers, the link codec, the table of fields, and the docs' table of inputs
//!    (`docs/contract.md`) against it.
//! 2. [`input`]: checking the texts, the presets, the team's cost, groups' and ranges' texts.
//! 3. [`projection`]: the projection's figures, the team and break-even, groups, ranges per group,
//!    the draws and the tornado.
//! 4. [`results`]: calendar years and the budget.
//! 5. [`realised`]: realised results as the documents carry them (their own tests are in
//!    `src/model/realised/tests.rs`).
//! 6. [`document`]: the single link, the set link, the file.
//!
//! Above the model, [`page`] holds the tests of the page: the state reducer, the texts, the
//! numbers against Node's `Intl`, and what the components render (yew's `ssr`). [`digest`] pins
//! every figure and document of 240 scenarios, across every layer. [`common`] holds the helpers
//! that tests of several modules share.
//!
//! A test is in the layer it is about; the feature it came with (an issue) is named in its file's
//! doc. Property tests' saved seeds are in `tests/proptest-regressions/`, a file per source file
//! (`core/number.rs` has `core/number.txt`), where proptest looks for them beside a `main.rs`.

mod common;
mod core;
mod digest;
mod document;
mod input;
mod page;
mod projection;
mod realised;
mod results;
mod workbook;
