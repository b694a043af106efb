//! # stale-commitment
//!
//! A commitment whose deadline has passed (as of `--as-of DATE` or
//! `--as-of today`) while its event is not recorded as held.
//!
//! **Why it matters:** an archive keeps promising what was never delivered.
//! Reporting it lets an editor update the story or the reference data.
//! Only runs with `--as-of`, so that results never depend on the clock
//! unasked.
//!
//! **Example:**
//!
//! ```text
//! The ministers pledged to meet again by June 2022.
//! reference coalition/next-ministerial: 2022-09, status: scheduled
//! --as-of 2022-07-01
//! → the commitment "by June 2022" ended on 2022-06-30; coalition/next-ministerial is not recorded as held (scheduled)
//! ```

use chrono::NaiveDate;

use crate::check::finding::{Finding, Severity};
use crate::check::{base_finding, describe_date, event_cite, status_name};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim, Relation};
use crate::reference::model::{Event, EventStatus};

pub const ID: &str = "stale-commitment";
pub const SEVERITY: Severity = Severity::Warning;

/// A finding when the commitment's deadline is before `as_of` and the event
/// is not held.
pub fn check(
    doc: &Document,
    claim: &Claim,
    d: &DateClaim,
    event: &Event,
    as_of: NaiveDate,
) -> Option<Finding> {
    if !d.commitment || d.negated || event.status == Some(EventStatus::Held) {
        return None;
    }
    let interval = d.interval?;
    let deadline = match d.relation {
        Some(Relation::Before) => interval.start.pred_opt()?,
        Some(Relation::After) | Some(Relation::Since) => return None,
        _ => interval.end,
    };
    if deadline >= as_of {
        return None;
    }
    let status = event
        .status
        .map_or("no status".to_owned(), |s| status_name(s).to_owned());
    let message = format!(
        "the commitment \"{}\" ended on {deadline}; as of {as_of}, {} is not recorded as held ({status})",
        doc.slice(claim.span),
        event.id
    );
    let meaning = describe_date(d).unwrap_or_default();
    let mut f = base_finding(doc, claim, ID, SEVERITY, message, meaning);
    f.reference = Some(Box::new(event_cite(event)));
    Some(f)
}
