//! # loose-bound
//!
//! A bound that is true but far from the reference: "over 800" when the
//! reference is 1,500, or "under 1,000" when it is 400.
//!
//! **Why it matters:** the sentence is not false, but it misleads: readers
//! take "over 800" to mean somewhat over 800. The ratio that counts as loose
//! is 1.5 by default (`loose_bound:` in the configuration).
//!
//! **Example:**
//!
//! ```text
//! Italy keeps over 800 troops in Iraq.
//! reference italy/troops-iraq: 1,500 troops
//! → claims more than 800 troops; reference says 1,500 troops: true, but 1.9 times the bound
//! ```

use crate::check::finding::{Finding, Severity, Suggestion};
use crate::check::suggest::quantity_claim;
use crate::check::{base_finding, describe_quantity, fact_cite, fact_value_text};
use crate::document::Document;
use crate::extract::claim::{Claim, Qualifier, Quantity};
use crate::reference::model::Fact;

pub const ID: &str = "loose-bound";
pub const SEVERITY: Severity = Severity::Info;

/// A finding when a true bound is at least `ratio` away from the reference.
pub fn check(
    doc: &Document,
    claim: &Claim,
    q: &Quantity,
    fact: &Fact,
    ratio: f64,
) -> Option<Finding> {
    if q.value <= 0.0 {
        return None;
    }
    let factor = match q.qualifier {
        Qualifier::Over | Qualifier::AtLeast if fact.value.min() >= ratio * q.value => {
            fact.value.min() / q.value
        }
        Qualifier::Under | Qualifier::UpTo
            if fact.value.max() * ratio <= q.value && fact.value.max() > 0.0 =>
        {
            q.value / fact.value.max()
        }
        _ => return None,
    };
    let unit = fact
        .unit
        .clone()
        .or_else(|| q.unit.clone())
        .unwrap_or_default();
    let message = format!(
        "claims {}; reference says {}: true, but {factor:.1} times the bound",
        describe_quantity(q, &unit),
        fact_value_text(fact)
    );
    let mut f = base_finding(
        doc,
        claim,
        ID,
        SEVERITY,
        message,
        describe_quantity(q, q.unit.as_deref().unwrap_or("")),
    );
    f.reference = Some(Box::new(fact_cite(fact)));
    let Some(span) = crate::check::rules::fact_mismatch::rewritten(claim) else {
        return Some(f);
    };
    let mut about = q.clone();
    about.qualifier = Qualifier::About;
    let replacement = quantity_claim(doc, span, &about, fact);
    let sentence = doc
        .sentences
        .get(claim.sentence)
        .map_or(claim.span, |s| s.span);
    f.context = crate::check::context::context(
        doc,
        claim.span,
        sentence,
        Some((span, replacement.as_str())),
    );
    // A style judgement: shown, never applied by --fix.
    f.suggestion = Some(Suggestion {
        span,
        replacement,
        safe: false,
    });
    Some(f)
}
