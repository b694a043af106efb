//! # past-as-future
//!
//! A commitment ("will meet by June 2020", "plans to open in 2019") whose
//! whole interval lies before the article date.
//!
//! **Why it matters:** a promise dated in the past is either a wrong year
//! or a stale sentence copied from an older article; either way the reader
//! is told something will happen at a time that is already over.
//!
//! A plan told in the past tense ("the president was expected to sign it
//! on Saturday") is not presented as still to come, so it is not one.
//!
//! **Example:**
//!
//! ```text
//! date 2021-06-29
//! The ministers will meet again by June 2020.
//! → commitment by June 2020 (no later than 2020-06-30) lies wholly before the article date 2021-06-29
//! ```

use crate::check::finding::{Finding, Severity};
use crate::check::{base_finding, describe_date};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim, Tense};

pub const ID: &str = "past-as-future";
pub const SEVERITY: Severity = Severity::Warning;

/// A finding when a commitment's whole interval precedes the article date.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim) -> Option<Finding> {
    let article = doc.date?;
    let i = d.interval?;
    if !d.commitment || d.negated || d.tense == Tense::Past || i.end >= article {
        return None;
    }
    let meaning = describe_date(d)?;
    let message = format!("commitment {meaning} lies wholly before the article date {article}");
    Some(base_finding(doc, claim, ID, SEVERITY, message, meaning))
}
