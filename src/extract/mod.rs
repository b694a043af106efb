//! Stage 2 — **extract**: nom grammars turn prose into claims.

pub mod claim;
pub mod date;
pub mod number;
