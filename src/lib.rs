//! factlint checks the figures and dates in articles against reference data.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! document ──► extract ──► check (match ─► judge ─► rules) ──► report
//!                              ▲
//!                  reference (YAML → validated, indexed)
//! ```
//!
//! Every stage is a pure function of the previous one's output; the library
//! never prints. The `factlint` binary (`cli`) only wires the stages together.
#![warn(clippy::print_stdout, clippy::print_stderr)]
// Nothing a user controls may panic: no unwrap/expect, no indexing that can
// go out of bounds, no explicit panics in library code. Tests may.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod check;
pub mod checker;
pub mod cli;
pub mod config;
pub mod document;
pub mod escape;
pub mod extract;
pub mod fix;
pub mod lsp;
pub mod reference;
pub mod report;
pub mod serve;
pub mod synth;
pub mod time;
