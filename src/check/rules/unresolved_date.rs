//! # unresolved-date
//!
//! A relative date ("on Monday", "next year", "two weeks ago") in an
//! article that has no date, so it cannot be resolved.
//!
//! **Why it matters:** factlint never guesses the article date from the
//! clock; without it, relative dates are not checked at all. Give the date
//! with `--date`, a front-matter `date:`, or a `Published:` line.
//!
//! **Example:**
//!
//! ```text
//! The ministers met on Monday.          (no article date)
//! → "on Monday" is relative and the article has no date: not resolved
//! ```

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim};

pub const ID: &str = "unresolved-date";
pub const SEVERITY: Severity = Severity::Info;

/// A finding for a relative date left unresolved for want of an article date.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim) -> Option<Finding> {
    if doc.date.is_some() || !d.relative || d.interval.is_some() {
        return None;
    }
    let text = doc.slice(claim.span);
    let message = format!("\"{text}\" is relative and the article has no date: not resolved");
    Some(base_finding(
        doc,
        claim,
        ID,
        SEVERITY,
        message,
        String::from("unresolved"),
    ))
}
