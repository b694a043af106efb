//! Stage 3 — **check**: match claims to facts and events, judge them, and
//! turn contradictions into findings.

pub mod finding;
