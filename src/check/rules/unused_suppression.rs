//! # unused-suppression
//!
//! A `factlint-disable` comment that suppressed nothing.
//!
//! **Why it matters:** suppressions outlive the mismatches they hid; a
//! stale one would silently hide the next real mismatch on that line.
//! Remove it, or name the rule it was meant for.
//!
//! **Example:**
//!
//! ```text
//! <!-- factlint-disable-next-line fact-mismatch -->
//! The city has 12 bridges.        (no fact-mismatch here)
//! → this suppression suppressed nothing
//! ```

use crate::check::finding::{ClaimSummary, Finding, Severity};
use crate::check::finding_at;
use crate::check::suppress::Suppression;
use crate::document::Document;

pub const ID: &str = "unused-suppression";
pub const SEVERITY: Severity = Severity::Info;

/// A finding at the comment.
pub fn finding(doc: &Document, s: &Suppression) -> Finding {
    let which = if s.rules.is_empty() {
        "every rule".to_owned()
    } else {
        s.rules.join(", ")
    };
    let summary = ClaimSummary::new("suppression", doc.slice(s.span).to_owned());
    finding_at(
        doc,
        s.span,
        s.span,
        ID,
        SEVERITY,
        summary,
        format!("this suppression ({which}) suppressed nothing"),
        "suppresses nothing".to_owned(),
    )
}
