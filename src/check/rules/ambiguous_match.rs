//! # ambiguous-match
//!
//! Several facts or events match a claim equally well, so factlint cannot
//! tell which one it speaks about.
//!
//! **Why it matters:** picking one silently could hide a real mismatch or
//! raise a false one. The fix is in the reference data: make the `match`
//! terms of the facts more specific (add an `all` term, or a `none` term
//! that excludes the other), so that exactly one fact wins.
//!
//! **Bounds:** a claim alone of its kind in its sentence is weighed
//! against every fact that matches the sentence. Where several claims of a
//! kind share a sentence (a list or table without full stops), each is
//! paired only with the facts whose terms are among the 16 term
//! occurrences nearest to it on each side, at most 64 of them, so that such
//! a sentence costs time in proportion to its claims.
//!
//! **Example:**
//!
//! ```text
//! Italy keeps 800 troops in Iraq.
//! facts italy/troops-iraq (match all: [Italy, Iraq]) and
//!       italy/troops-total (match all: [Italy, troops]) both match with two terms
//! → 2 facts match equally well: italy/troops-iraq, italy/troops-total
//! ```

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::Claim;

pub const ID: &str = "ambiguous-match";
pub const SEVERITY: Severity = Severity::Warning;

/// A finding naming every equally good candidate.
pub fn finding(doc: &Document, claim: &Claim, ids: &[&str]) -> Finding {
    let kind = if matches!(claim.kind, crate::extract::claim::ClaimKind::Date(_)) {
        "events"
    } else {
        "facts"
    };
    let message = format!(
        "{} {kind} match equally well: {}",
        ids.len(),
        ids.join(", ")
    );
    let mut f = base_finding(
        doc,
        claim,
        ID,
        SEVERITY,
        message,
        String::from("matches several references"),
    );
    f.alternatives = Vec::new();
    f
}
