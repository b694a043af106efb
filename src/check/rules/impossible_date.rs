//! # impossible-date
//!
//! A date that no calendar has: "February 30", "June 31", or 29 February in
//! a year that is not a leap year.
//!
//! **Why it matters:** an impossible date is always a typo, and a wrong
//! day is often behind it; it also cannot be checked against any event.
//!
//! **Example:**
//!
//! ```text
//! The ceasefire was signed on June 31, 2021.
//! → June has 30 days: June 31, 2021 does not exist
//! ```

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim};
use crate::extract::date::{date_claim, impossible_day, DateExpr};
use crate::time::MONTH_NAMES;

pub const ID: &str = "impossible-date";
pub const SEVERITY: Severity = Severity::Error;

/// A finding when the claim names a day its month does not have.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim) -> Option<Finding> {
    if d.interval.is_some() {
        return None;
    }
    let (_, parsed) = date_claim(doc.slice(d.expression)).ok()?;
    let DateExpr::Day { year, month, day } = parsed.expr else {
        return None;
    };
    if !impossible_day(year, month, day) {
        return None;
    }
    let name = MONTH_NAMES.get(month.checked_sub(1)? as usize).copied()?;
    let written = match year {
        Some(y) => format!("{name} {day}, {y}"),
        None => format!("{name} {day}"),
    };
    let message = match (month, year) {
        (2, Some(y)) if day == 29 => format!("{y} is not a leap year: {written} does not exist"),
        (2, _) => format!("February has at most 29 days: {written} does not exist"),
        (4 | 6 | 9 | 11, _) => format!("{name} has 30 days: {written} does not exist"),
        _ => format!("{name} has 31 days: {written} does not exist"),
    };
    Some(base_finding(doc, claim, ID, SEVERITY, message, written))
}
