//! # unmatched-claim
//!
//! A figure or date that no fact or event in the reference data speaks
//! about. Off by default; turn it on (`--rule unmatched-claim=info`) to find
//! the gaps in your reference data.
//!
//! **Why it matters:** factlint can only check what the reference data
//! covers. This rule lists the rest, so a desk can decide what to add —
//! `factlint refs draft` writes stubs for them.
//!
//! **Example:**
//!
//! ```text
//! The city has 12 bridges.
//! → no fact or event speaks about "12 bridges"
//! ```

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind};

pub const ID: &str = "unmatched-claim";
pub const SEVERITY: Severity = Severity::Info;

/// A finding for a quantity or date claim nothing matched.
pub fn finding(doc: &Document, claim: &Claim) -> Option<Finding> {
    if matches!(claim.kind, ClaimKind::Duration(_)) {
        return None;
    }
    let kind = if matches!(claim.kind, ClaimKind::Date(_)) {
        "event"
    } else {
        "fact"
    };
    let message = format!(
        "no {kind} in the reference data speaks about \"{}\"",
        doc.slice(claim.span)
    );
    Some(base_finding(
        doc,
        claim,
        ID,
        SEVERITY,
        message,
        "not in the reference data".to_owned(),
    ))
}
