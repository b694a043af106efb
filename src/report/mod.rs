//! Stage 4 — **report**: render findings.
