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

use crate::check::finding::{fingerprint, ClaimSummary, Finding, Severity};
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
    let text = doc.slice(s.span).to_owned();
    let mut f = Finding {
        rule: ID,
        severity: SEVERITY,
        path: doc.path.clone(),
        line: 0,
        column: 0,
        end_line: 0,
        end_column: 0,
        start: 0,
        end: 0,
        claim: ClaimSummary {
            kind: "suppression",
            text: text.clone(),
            qualifier: None,
            value: None,
            min: None,
            max: None,
            unit: None,
            interval: None,
            relation: None,
            commitment: None,
        },
        reference: None,
        message: format!("this suppression ({which}) suppressed nothing"),
        meaning: "suppresses nothing".to_owned(),
        suggestion: None,
        alternatives: Vec::new(),
        fingerprint: fingerprint(&[ID, &doc.path, &text]),
        context: Default::default(),
    };
    crate::check::context::locate(doc, s.span, &mut f);
    f.context = crate::check::context::context(doc, s.span, s.span, None);
    f
}
