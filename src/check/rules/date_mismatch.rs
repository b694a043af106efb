//! # date-mismatch
//!
//! A date or a dated commitment contradicts the reference event it speaks
//! about.
//!
//! **Why it matters:** "by June 2022" for a meeting recorded in August, or
//! "in the fall of 2021" for one held in December, misleads readers about
//! what was promised and what was delivered.
//!
//! **How it judges:** `on`/`in` need the event's interval to meet the
//! claim's; `by`/`until` need the event to start no later than the end of
//! the named period; `before` to start before it; `after` to reach past it;
//! `since` to end on or after its start. Seasons are meteorological (fall
//! 2021 = 2021-09-01 … 2021-11-30). A negated commitment ("will not meet
//! before 2023") holds when the event does not fall in the named period.
//! When a sentence holds several dates and several events, each date is
//! judged against the event whose terms stand nearest to it in its clause.
//!
//! **Example:**
//!
//! ```text
//! … reaffirmed their intent to hold the next ministerial meeting by June 2022 …
//! reference coalition/next-ministerial: 2022-09-15
//! → claims by June 2022 (no later than 2022-06-30); reference says 2022-09-15
//! ```

use crate::check::context::context;
use crate::check::finding::{Finding, Severity, Suggestion};
use crate::check::judge::date_consistent;
use crate::check::suggest::date_expression;
use crate::check::{base_finding, describe_date, event_cite};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim};
use crate::reference::model::Event;

pub const ID: &str = "date-mismatch";
pub const SEVERITY: Severity = Severity::Error;

/// A finding when `d` contradicts `event`.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim, event: &Event) -> Option<Finding> {
    if date_consistent(d, event.date.interval)? {
        return None;
    }
    let meaning = describe_date(d)?;
    let status = event
        .status
        .map(|s| format!(" ({})", crate::check::status_name(s)))
        .unwrap_or_default();
    let message = format!(
        "claims {}; reference says {}{status}",
        meaning, event.date.text
    );
    let mut finding = base_finding(doc, claim, ID, SEVERITY, message, meaning);
    finding.reference = Some(Box::new(event_cite(event)));
    // A negated commitment has no single right wording.
    if !d.negated {
        let (expression, relation) =
            date_expression(d, event.date.interval, event.date.granularity);
        let relation_text = doc
            .text
            .get(claim.span.start..d.expression.start)
            .unwrap_or("");
        let relation_text = match relation {
            Some(r) if !relation_text.trim().is_empty() => format!("{r} "),
            _ => relation_text.to_owned(),
        };
        let replacement = format!("{relation_text}{expression}");
        let sentence = doc
            .sentences
            .get(claim.sentence)
            .map_or(claim.span, |s| s.span);
        finding.context = context(
            doc,
            claim.span,
            sentence,
            Some((claim.span, replacement.as_str())),
        );
        finding.suggestion = Some(Suggestion {
            span: claim.span,
            replacement,
            safe: true,
        });
    }
    Some(finding)
}
